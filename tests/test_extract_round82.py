"""Round 82, from error categories of two fresh blind sets (blind131/132: read as categories
only) and the counts behind them over the older sets: a dotted "U.S.-supplied" adjective, US
combatant commands reporting their own strikes, a land strike placed by its distance from a
town, a launch area told as "from the direction of", an ambush told in the passive, a strike
told in an "after" clause of a vow, "the southern Caribbean" as a name of the sea, a bare
"coalition" after the article has named one, and the enemy in "the coalition fighting X".
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from kg.extract.evaluate import Matcher
from kg.extract.records import get_extractor
from tests.extract_helpers import make_helpers, make_side_view, transfer_triples, wire

PUB = "2024-03-12"
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)  # {(attacker, target_place)}


def _places(text: str) -> set:
    return {(s["attacker"], s["target_place"]) for s in facts(text, "Strike")}


def test_a_dotted_us_supplied_adjective_names_the_supplier():
    text = wire("Ukraine has used U.S.-supplied HIMARS launchers to hit Russian ammunition "
                "depots across the south, officials said.", "KYIV", published=PUB)
    assert transfer_triples(facts, text) == {("United States", "Ukraine", "HIMARS launchers")}


def test_a_dotted_us_led_adjective_is_not_a_party_of_a_purchase():
    text = wire("Ankara was removed from the U.S.-led F-35 programme in 2019 over its purchase "
                "of S-400 air defence systems from Russia.", "ANKARA", published=PUB)
    assert {t[1] for t in transfer_triples(facts, text)} <= {"Turkey"}


def test_a_destroyed_stock_of_supplied_missiles_is_not_the_attackers_supply():
    text = wire("Moscow said its forces had destroyed a Ukrainian patrol boat and a stock of "
                "U.S.-supplied Harpoon anti-ship missiles at the port on Sunday.", "KYIV",
                published=PUB)
    assert all(t[1] != "Russia" for t in transfer_triples(facts, text))


def test_a_us_command_reporting_one_of_its_air_strikes_is_the_attacker():
    text = wire("U.S. Africa Command said one of its air strikes killed three al-Shabaab "
                "fighters near Jilib on Sunday.", "MOGADISHU", published=PUB)
    assert _sides(text) == {("United States", "Jilib")}


def test_a_central_command_report_of_its_forces_strike_is_the_united_states():
    text = wire("Central Command said its forces struck a Houthi radar site near Hodeidah on "
                "Sunday.", "DUBAI", published=PUB)
    assert _sides(text) == {("United States", "Hodeidah")}


def test_a_land_strike_placed_by_its_distance_from_a_town_is_at_that_town():
    text = wire("The U.S. military's Africa Command said it had conducted an air strike on "
                "Sunday about 40 kilometres northeast of Kismayo, killing two fighters.",
                "MOGADISHU", published=PUB)
    assert _sides(text) == {("United States", "Kismayo")}


def test_a_town_named_only_as_the_distance_of_another_place_is_not_hit():
    text = wire("Militants attacked an army post in Bulo Burde, about 200 kilometres north of "
                "Beledweyne, on Sunday, killing four soldiers.", "MOGADISHU", published=PUB)
    assert "Beledweyne" not in {p for _, p in _places(text)}


def test_a_launch_area_from_the_direction_of_is_not_the_place_hit():
    text = wire("State media said Israeli jets fired six missiles from the direction of the "
                "occupied Golan Heights at an air base near Homs on Monday, wounding two "
                "soldiers.", "DAMASCUS", published=PUB)
    assert _sides(text) == {("Israel", "Homs")}


def test_an_ambush_told_in_the_passive_is_an_attack():
    text = wire("A patrol was ambushed near the town of Menaka on Sunday, killing nine "
                "soldiers, the army said.", "BAMAKO", published=PUB)
    assert _places(text) == {(None, "Menaka")}


def test_men_shot_dead_with_no_attacker_told_are_still_no_attack():
    text = wire("Three men were shot dead in Menaka on Sunday, police said.", "BAMAKO",
                published=PUB)
    assert facts(text, "Strike") == []


def test_a_sided_strike_after_a_vow_of_revenge_is_an_attack():
    text = wire("Hezbollah vowed revenge after an Israeli air strike near Tyre on Tuesday "
                "killed one of its commanders.", "BEIRUT", published=PUB)
    assert _sides(text) == {("Israel", "Tyre")}


def test_a_vow_to_fight_on_after_attacks_of_no_side_gives_its_speaker_no_attack():
    text = wire("The army chief vowed to fight on after drone attacks on Port Sudan, his office "
                "said.", "PORT SUDAN", published=PUB)
    assert all(a is None for a, _ in _places(text))


def test_the_southern_caribbean_is_a_name_of_the_caribbean_sea():
    m = Matcher(get_extractor().gaz)
    assert m.same_place("southern Caribbean", "Caribbean Sea")
    assert not m.same_place("southern Caribbean", "Gulf of Mexico")


def test_a_strike_in_the_southern_caribbean_is_placed_in_the_sea():
    text = wire("U.S. forces struck a boat carrying drugs in the southern Caribbean on Tuesday, "
                "killing eleven people.", "WASHINGTON", published=PUB)
    assert _sides(text) == {("United States", "Caribbean Sea")}


_COALITION = (
    "Head\n2022-01-18\nSANAA, Jan 17 (Staff) - The Houthis fired drones at Abu Dhabi on Monday, "
    "killing three people, the Emirati authorities said. The Saudi-led coalition has vowed "
    "to respond.\n\n"
    "Hours later, coalition warplanes pounded the Yemeni capital Sanaa, killing at least "
    "fourteen people, residents said.")


def test_bare_coalition_warplanes_are_the_articles_named_coalition():
    assert ("Saudi-led coalition", "Sanaa") in _sides(_COALITION)


def test_a_bare_coalition_with_no_named_one_in_the_article_is_no_side():
    text = _COALITION.replace("The Saudi-led coalition has vowed to respond.",
                              "Officials vowed to respond.")
    assert all(a != "Saudi-led coalition" for a, _ in _sides(text))


def test_the_enemy_in_a_participle_after_the_coalition_is_not_the_attacker():
    text = wire("Hours later, the Saudi-led coalition fighting the Houthis launched air strikes "
                "on the Yemeni capital Sanaa, killing fourteen people.", "SANAA",
                published="2022-01-18")
    assert _sides(text) == {("Saudi-led coalition", "Sanaa")}
