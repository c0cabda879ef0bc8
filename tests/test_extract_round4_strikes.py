"""Strikes of issue 11's fourth round, from blind6's error categories (never its texts): a
reaction to an attack ("the strike showed that ..."), a campaign named by its season ("a third
winter of attacks") and a record of attacks ("on at least two occasions") are no new strike.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-02-20"
facts, one = make_helpers(PUB)


def strikes(text: str) -> list[tuple]:
    return [(f.get("attacker"), f.get("target_place")) for f in facts(text, "Strike")]


def test_a_reaction_to_the_strike_is_not_a_strike_on_the_capital_named_in_it():
    got = strikes("A Russian drone struck a ship near Odesa on Tuesday. Moldovan President "
                  "Maia Sandu said the strike showed that Moscow was trying to intimidate its "
                  "neighbours.")
    assert got == [("Russia", "Odesa")]


def test_a_reaction_alone_is_no_strike():
    assert strikes("Polish Prime Minister Donald Tusk said the attack proved Moscow was "
                   "ready to hit civilians.") == []


def test_a_season_of_attacks_in_a_purpose_clause_is_a_campaign():
    assert strikes("Parliament approved a package meant to help Kyiv survive a third winter "
                   "of Russian attacks on its power grid.") == []


def test_attacks_on_several_occasions_are_a_record_not_one_strike():
    assert strikes("Officials said the rebels had launched Iranian-made missiles at Riyadh on "
                   "at least two occasions and that Tehran had provided the parts.") == []


def test_a_dozen_and_two_dozen_injured():
    assert one("A Russian drone hit a bus in Kherson on Monday, injuring a dozen people.",
               "Strike")["injured"] == 12
    assert one("Russian drones struck Odesa on Tuesday, injuring about two dozen people.",
               "Strike")["injured"] == 24


def test_a_toll_that_rose_later_in_the_sentence_is_the_toll_and_its_day_not_the_attacks():
    f = one("Russian shelling had killed 12 people in the Kharkiv region, a toll that rose to "
            "15 by Wednesday.", "Strike")
    assert f["killed"] == 15 and not f.get("date")


def test_a_strike_on_homes_is_a_strike_not_hitting_home():
    f = one("Russian artillery struck homes in several villages near Kharkiv on Monday.",
            "Strike")
    assert (f["attacker"], f["target_place"]) == ("Russia", "Kharkiv")
    assert strikes("The message hit home on Monday.") == []
