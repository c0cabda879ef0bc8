"""Strikes, eighth round (issue 11): several targets named in one clause give one strike each,
also when the first target ends in a facility noun or the next is "the outskirts of" a town, and
"power stations" is what was hit (not "strike power"). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-11-20"  # a Thursday
facts, one = make_helpers(PUB)


def places(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def test_power_stations_hit_in_a_list_of_cities():
    assert places("Russian missiles hit power stations in Odesa, Mykolaiv and Kherson on "
                  "Tuesday, cutting heat to thousands.") == {
        ("Russia", "Odesa"), ("Russia", "Mykolaiv"), ("Russia", "Kherson")}


def test_power_as_a_capability_is_still_no_attack():
    assert facts("The new jets would strike power far beyond the region, analysts said.",
                 "Strike") == []


def test_second_target_after_a_facility_noun():
    assert places("Israeli aircraft struck the Sidon fuel depot and the port of Tripoli on "
                  "Monday night.") == {("Israel", "Sidon"), ("Israel", "Tripoli")}


def test_second_target_on_the_outskirts_of_a_town():
    assert places("Israeli drones hit targets in Khan Younis and on the outskirts of Rafah on "
                  "Wednesday.") == {("Israel", "Khan Younis"), ("Israel", "Rafah")}


def test_a_place_that_only_locates_the_first_is_not_a_second_target():
    assert places("Russian drones struck the Kremenchuk oil refinery near Poltava on "
                  "Sunday.") == {("Russia", "Kremenchuk")}


def test_targets_listed_after_the_raid_are_each_a_strike_of_it():
    got = facts("Russian jets bombed Idlib province on Saturday. Among the targets were a fuel "
                "depot in Saraqib and a market in Ariha, residents said.", "Strike")
    assert {(f["attacker"], f["target_place"], f["date"]) for f in got} == {
        ("Russia", "Saraqib", "2025-11-15"), ("Russia", "Ariha", "2025-11-15")}


def test_targets_of_a_plan_are_no_strike():
    assert facts("The targets included Odesa and Lviv, according to the leaked plan.",
                 "Strike") == []
