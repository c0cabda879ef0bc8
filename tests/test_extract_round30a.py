"""Round 30 (helper a): strikes that are no new attack. "A pact that X struck with Y" is a deal
(kg.extract.struck_pacts); "pressed their assault on X" is ground fighting
(kg.extract.pressed_assaults); "<span> after X struck <state>" is a time reference
(kg.extract.time_reference_strikes); a capital named as the report's source is not the target place
(kg.extract.source_capitals). From the abstract error categories of a fresh set (never its
texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.pressed_assaults import pressed_assault
from kg.extract.struck_pacts import deal_struck
from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


# a deal struck with a capital

def test_a_pact_struck_with_a_capital_is_no_strike():
    text = ("The vote came as Khartoum prepared to ratify a naval pact that Sudan struck with "
            "Moscow earlier this year.")
    assert _sides(text) == []


def test_the_accord_struck_between_two_states_is_no_strike():
    assert deal_struck("struck", "They praised the accord ", " between Baku and Yerevan.")


def test_drones_that_struck_with_precision_are_still_read():
    assert not deal_struck("struck", "The drones ", " with precision.")


def test_a_city_struck_after_a_truce_is_still_a_strike():
    text = "After the truce collapsed, Russia struck Kharkiv with drones on Tuesday, killing two."
    assert _sides(text) == [("Russia", "Kharkiv")]


# a pressed ground assault

def test_a_pressed_assault_is_no_strike():
    text = "Arakan Army fighters pressed their assault on Sittwe on Wednesday, residents said."
    assert _sides(text) == []


def test_pressing_ahead_with_an_offensive_is_no_strike():
    assert pressed_assault("offensive", "The army is pressing ahead with the ")


def test_a_launched_assault_stays_an_attack_word():
    assert not pressed_assault("assault", "The rebels launched an ")


def test_a_bombing_next_to_a_pressed_assault_is_kept():
    text = ("Rebels pressed their assault on Sittwe as army jets bombed a market in Kyaukme on "
            "Wednesday, killing 11 people.")
    assert [s[1] for s in _sides(text)] == ["Kyaukme"]


# an attack told only as a time reference

def test_a_week_after_a_state_struck_a_state_is_no_new_strike():
    text = ("A week after Iran struck Israel, Israeli jets bombed military sites near Isfahan on "
            "Wednesday, the army said.")
    assert _sides(text) == [("Israel", "Isfahan")]


def test_a_trailing_time_reference_gives_no_strike():
    text = ("Explosions were heard across Tehran early on Wednesday, a week after Iran struck "
            "Israel with hundreds of missiles, state media said.")
    assert _sides(text) == []


def test_an_earlier_attack_on_a_place_is_still_read():
    text = "A week after Israel struck Hodeidah, the Houthis fired a missile at Eilat on Wednesday."
    assert ("Israel", "Hodeidah") in _sides(text)


# attacks told apart stay apart

def test_separate_attacks_with_their_own_tolls_stay_apart():
    text = ("Rapid Support Forces drones struck a market in El Obeid on Sunday, killing five "
            "people. On Monday the RSF shelled a district of Kadugli, killing three civilians.")
    assert [s[1] for s in _sides(text)] == ["El Obeid", "Kadugli"]


# a capital as the report's source

def test_the_attackers_capital_as_source_is_not_the_target():
    text = ("Turkish warplanes struck PKK targets in northern Iraq on Wednesday, Ankara's "
            "defence ministry said.")
    got = one(text, "Strike")
    assert (got["attacker"], got["target_country"]) == ("Turkey", "Iraq")
    assert got["target_place"] != "Ankara"


def test_a_capitals_ministry_hit_keeps_its_place():
    text = "Russian drones hit Kyiv's energy ministry on Wednesday, killing two guards."
    assert _sides(text) == [("Russia", "Kyiv")]
