"""Strikes, eighth round (issue 11): a named ship hit, told in the passive with no place, is a
strike by whoever the sentence names (its place left blank); a house hit with no place is not.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-11-20"  # a Thursday
facts, one = make_helpers(PUB)


def test_a_named_ship_struck_in_the_passive_is_a_strike():
    got = one("The Maltese-flagged freighter Blue Heron was hit by a Houthi drone boat on "
              "Tuesday, the shipping agency said.", "Strike")
    assert got["attacker"] == "Houthis" and got["date"] == "2025-11-18"


def test_a_building_with_no_place_is_still_no_strike():
    assert facts("An office block was struck by Russian drones on Tuesday.", "Strike") == []
