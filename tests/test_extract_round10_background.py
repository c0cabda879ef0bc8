"""Strikes, tenth round (issue 11): an earlier attack told in passing on "the same city" is an
attack of its own at the place told, dated from the attack it is told against ("came three days
after a missile strike on the same city"), with its own toll, never merged into the main one.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-13"  # a Friday
facts, one = make_helpers(PUB)


def rows(text: str) -> set[tuple]:
    return {(f["target_place"], f["date"], f["killed"], f["injured"])
            for f in facts(text, "Strike")}


def test_noun_strike_on_the_same_city_is_another_attack():
    assert rows("Russian drones hit a power plant in Kharkiv on Thursday, injuring three "
                "workers.\n\nThe attack came two days after a missile strike on the same city.") \
        == {("Kharkiv", "2025-06-12", None, 3), ("Kharkiv", "2025-06-10", None, None)}


def test_verb_struck_the_same_city_keeps_its_own_toll():
    assert rows("Israeli jets bombed a house in Khan Younis on Monday, killing six people. "
                "The raid came a day after drones struck the same town, killing one man.") \
        == {("Khan Younis", "2025-06-09", 6, None), ("Khan Younis", "2025-06-08", 1, None)}


def test_the_same_city_as_the_place_of_a_reaction_is_no_attack():
    fs = facts("A Russian missile hit a school in Sumy on Tuesday, killing two teachers. "
               "Residents of the same city held a vigil on Wednesday.", "Strike")
    assert [(f["target_place"], f["killed"]) for f in fs] == [("Sumy", 2)]
