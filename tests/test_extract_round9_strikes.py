"""Strikes, ninth round (issue 11): artillery or mortar fire on a place is an attack; a bomb that
exploded outside a building; an unknown name right after "a drone strike on" is the place hit;
a strike the text says nobody has been named for keeps no attacker; a state accused of arming
the attacker is not blamed for the attack; "Beirut's southern suburbs" is Beirut. Sentences are
our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-03-14"  # a Friday
facts, one = make_helpers(PUB)


def pairs(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def test_mortar_fire_on_a_place_is_an_attack_by_the_clause_subject():
    f = one("Azerbaijan replied with mortar fire on Sotk on Tuesday, wounding two soldiers.",
            "Strike")
    assert (f["attacker"], f["target_place"], f["injured"]) == ("Azerbaijan", "Sotk", 2)


def test_returned_fire_without_a_place_is_no_attack():
    assert facts("Soldiers returned fire across the frontier for an hour.", "Strike") == []


def test_bomb_exploded_outside_a_building_in_a_city():
    f = one("A car bomb exploded outside a hotel in Mogadishu on Monday, killing nine people.",
            "Strike")
    assert (f["target_place"], f["killed"], f["date"]) == ("Mogadishu", 9, "2025-03-10")


def test_unknown_name_after_drone_strike_on_is_the_place():
    f = one("A Chinese-made drone strike on Umm Kadada killed four people on Sunday.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == (None, "Umm Kadada", 4)


def test_person_after_strike_on_is_not_a_place():
    got = pairs("A drone strike on Abu Hamza, a senior commander of the group, killed him "
                "on Sunday.")
    assert all(p != "Abu Hamza" for _, p in got)


def test_strike_said_to_be_unattributed_keeps_no_attacker():
    text = ("The RSF shelled El Obeid on Sunday, killing five people.\n\n"
            "Drones hit a fuel depot in Kassala on Monday, killing two guards. Officials did "
            "not say who launched them.")
    assert pairs(text) == {("Rapid Support Forces", "El Obeid"), (None, "Kassala")}


def test_strike_unattributed_in_its_own_sentence():
    text = ("The RSF shelled El Obeid on Sunday, killing five people.\n\n"
            "A drone struck a market in Kassala on Monday, killing two people, without saying "
            "which side was behind it, witnesses said.")
    assert (None, "Kassala") in pairs(text)


def test_state_accused_of_arming_is_not_the_attacker():
    text = ("A drone struck a truck near Marjayoun on Monday, killing two people. Israel "
            "accuses Iran of arming the militants in the area.")
    assert all(a != "Iran" for a, _ in pairs(text))


def test_capital_southern_suburbs_stay_the_capital():
    assert pairs("Israeli jets bombed Beirut's southern suburbs on Friday, killing two "
                 "people.") == {("Israel", "Beirut")}
