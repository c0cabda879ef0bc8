"""Strikes of issue 11's fifth round, from blind7's abstract error categories (never its
texts): the exact place told a sentence after a broader one (a region, a sea, the dateline's
city), lists of places, follow-up sentences, interceptions, "the group" pointing back, a
state's named command reporting its own strike, the weapon told in the next sentence or as a
list. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-02-20"
facts, one = make_helpers(PUB)


def strikes(text: str) -> list[tuple]:
    return [(f.get("attacker"), f.get("target_place")) for f in facts(text, "Strike")]


def article_strikes(text: str) -> list[dict]:
    """Strikes of a whole article (headline and dateline as written)."""
    rec = extract_text(text, published=PUB)
    return [f for f in record_to_gold_facts(rec)["facts"] if f["type"] == "Strike"]


def test_the_region_of_the_lead_yields_to_the_town_told_next():
    got = facts("Russian missiles struck the Kharkiv region on Monday night. The strikes hit "
                "the town of Chuhuiv, killing three people.", "Strike")
    # (the place as GeoNames spells it)
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Russia", "Chuhuyiv")]
    assert got[0]["killed"] == 3 and got[0]["weapon"]


def test_a_sea_of_the_lead_yields_to_the_port_told_next():
    got = strikes("A Houthi drone struck a fuel tanker in the Red Sea on Tuesday. The vessel "
                  "was hit off the port of Mokha, a maritime agency said.")
    assert got == [("Houthis", "Mocha")]  # (GeoNames spelling)


def test_the_datelines_city_yields_to_the_village_told_next():
    got = article_strikes("Drones hit the south\n\nZAPORIZHZHIA, Ukraine — Russian drones "
                          "attacked the region overnight, killing one man. A drone hit a school "
                          "in the village of Komyshuvakha, injuring two teachers.\n")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Russia", "Komyshuvakha")]
    assert (got[0]["killed"], got[0]["injured"]) == (1, 2)


def test_a_district_of_a_named_city_lies_in_that_citys_state():
    got = article_strikes("Shelling in Sudan\n\nKHARTOUM, Sudan — Shells fired by the Rapid "
                          "Support Forces landed on a market in the Omdurman district of Karari "
                          "on Sunday, killing nine people.\n")
    assert [(f["target_place"], f["target_country"]) for f in got] == [("Karari", "Sudan")]


def test_a_capital_known_only_as_its_states_name_is_also_the_city_hit():
    got = one("Al-Shabaab fighters attacked a military base near Mogadishu on Friday.", "Strike")
    assert (got["attacker"], got["target_place"], got["target_country"]) == (
        "al-Shabaab", "Mogadishu", "Somalia")


def test_places_in_a_list_with_the_preposition_repeated_are_each_hit():
    got = strikes("Israeli aircraft struck targets in Rafah and in Khan Younis on Thursday.")
    assert got == [("Israel", "Rafah"), ("Israel", "Khan Younis")]


def test_a_city_and_the_town_of_another_are_each_hit():
    got = strikes("Russian drones struck Kharkiv and the town of Izium overnight.")
    assert got == [("Russia", "Kharkiv"), ("Russia", "Izium")]


def test_an_interception_over_a_region_is_no_strike_by_the_side_that_intercepted():
    got = strikes("Ukraine's air defences shot down 40 drones over the Kyiv region overnight, "
                  "the air force said.")
    assert got == []


def test_an_interception_does_not_add_a_strike_to_the_one_told():
    got = strikes("Russia launched 80 drones at Ukraine overnight. Ukrainian air defences shot "
                  "down 60 drones over the Kyiv region. A drone hit a house in Bila Tserkva, "
                  "killing a woman.")
    assert ("Ukraine", "Kyiv Oblast") not in got and ("Russia", "Bila Tserkva") in got


def test_a_territory_summed_up_yields_to_the_town_and_another_strike_stays_its_own():
    got = facts("Israeli strikes killed 14 people across Gaza on Friday. In Deir al-Balah, a "
                "strike on a tent killed five people. Another strike hit a school in Gaza City.",
                "Strike")
    assert [(f["attacker"], f["target_place"]) for f in got] == [
        ("Israel", "Deir al-Balah"), ("Israel", "Gaza City")]
    assert got[0]["killed"] == 5  # the town's own toll, not the territory's


def test_when_the_attack_came_is_no_strike_on_the_place_named_there():
    got = strikes("A Russian missile struck Dnipro on Tuesday, killing four people. The attack "
                  "came hours after Zelenskyy visited Kharkiv.")
    assert got == [("Russia", "Dnipro")]


def test_the_weapon_just_told_hitting_a_district_is_the_same_strike():
    got = strikes("A Russian missile struck Dnipro on Tuesday, killing four people. The missile "
                  "hit a clinic in the Sobornyi district, officials said.")
    assert got == [("Russia", "Dnipro")]


def test_the_backed_group_points_back_to_the_group_not_its_backer():
    got = strikes("Hezbollah has traded fire with Israel for weeks. On Sunday the Iran-backed "
                  "group fired rockets at Kiryat Shmona, wounding two.")
    assert got == [("Hezbollah", "Kiryat Shmona")]


def test_the_militants_with_an_adjective_point_back_to_the_group_named():
    got = strikes("Al-Shabaab has stepped up its campaign. The Islamist militants attacked a "
                  "base in Baidoa on Friday, killing 7 soldiers.")
    assert got == [("al-Shabaab", "Baidoa")]


def test_a_states_named_command_telling_its_own_strike_is_the_attacker():
    got = strikes("The Israeli military's Northern Command said its jets hit a weapons depot "
                  "near Nabatieh overnight.")
    assert got == [("Israel", "Nabatieh")]


def test_a_command_of_a_states_army_striking_at_home_is_the_attacker():
    got = strikes("The Central Command of the Myanmar army said its aircraft struck rebel "
                  "positions near Lashio on Monday.")
    assert got == [("Myanmar", "Lashio")]
