"""Strikes, seventh round (issue 11): earlier attacks told in a sentence of background are
facts when dated (with their own date), and not merged into the attack the article reports.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-09-17"  # a Wednesday
facts, one = make_helpers(PUB)


def dated(text: str) -> set[tuple]:
    return {(f["target_place"], f["date"], f["killed"]) for f in facts(text, "Strike")}


def test_the_worst_since_a_dated_strike_dates_that_strike():
    got = dated("Russian missiles hit Zaporizhzhia on Monday, killing five. It was the worst "
                "attack on the region since a strike on a bus station in Kramatorsk in June "
                "2023 killed 13 people.")
    assert got == {("Zaporizhzhia", "2025-09-15", 5), ("Kramatorsk", "2023-06", 13)}


def test_since_a_year_is_no_date_of_the_attack():
    got = dated("The Houthis have fired at ships since 2023, and in March 2024 a Houthi "
                "missile hit a ship off Aden, killing three sailors.")
    assert {d for _, d, _ in got} == {"2024-03"}


def test_the_city_last_struck_in_a_month_is_another_attack():
    got = dated("Russian drones hit Kherson on Monday, killing one man. The city was last "
                "struck in June, when a missile killed 11 people.")
    assert got == {("Kherson", "2025-09-15", 1), ("Kherson", "2025-06", 11)}
