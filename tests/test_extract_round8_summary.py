"""Strikes, eighth round (issue 11): the night's count of drones and missiles "at the country",
with a city "the main target", restates the attack on that city told with its own day; it is
not a second attack dated to the day of the report. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-11-20"  # a Thursday
facts, one = make_helpers(PUB)


def test_count_with_the_main_target_merges_into_the_attack_told():
    text = ("Russian drones struck apartment blocks in Odesa late on Tuesday, killing three "
            "people. Moscow sent 310 drones and 20 missiles at Ukraine overnight into "
            "Wednesday, and Odesa was the main target, the air force said.")
    got = [f for f in facts(text, "Strike") if f["target_place"] == "Odesa"]
    assert len(got) == 1 and got[0]["killed"] == 3 and got[0]["date"] == "2025-11-18"


def test_attacks_on_one_city_days_apart_stay_two():
    text = ("Russian drones struck apartment blocks in Odesa on Monday, killing three people. "
            "On Thursday Russia fired 200 drones at Ukraine, with Odesa the main target, "
            "killing one.")
    got = [f for f in facts(text, "Strike") if f["target_place"] == "Odesa"]
    assert len(got) == 2
