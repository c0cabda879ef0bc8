"""Strikes, seventh round (issue 11): tolls revised or raised later, and a toll told of "that
attack" after a second attack. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.strikes import casualties

PUB = "2025-09-17"  # a Wednesday
facts, one = make_helpers(PUB)


def test_a_raised_or_revised_toll_is_the_latest_figure():
    assert casualties("Police first counted six dead; the toll was later raised to 11.")[0] == 11
    assert casualties("The death toll was revised upwards to seventeen on Tuesday.")[0] == 17
    assert casualties("The toll has been updated to 31, the ministry said.")[0] == 31


def test_a_raised_toll_in_a_later_paragraph_reaches_the_attack_told_without_one():
    text = ("KHERSON, Ukraine — A Russian glide bomb slammed into the river port on Monday "
            "evening, regional officials said.\n\nRescuers worked through the night.\n\n"
            "By Tuesday the toll had been raised to seven.")
    got = one(text, "Strike")
    assert (got["target_place"], got["killed"]) == ("Kherson", 7)


def test_toll_of_that_attack_goes_to_the_attack_just_told():
    text = ("Russian missiles hit the city of Sumy on Monday, killing four people and wounding "
            "ten. On Tuesday a second wave struck the Zarichnyi district of Sumy with drones. "
            "Two people died in that attack and six were hurt.")
    got = sorted((f["date"], f["killed"], f["injured"]) for f in facts(text, "Strike"))
    assert got == [("2025-09-15", 4, 10), ("2025-09-16", 2, 6)]
