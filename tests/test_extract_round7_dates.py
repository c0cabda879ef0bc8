"""Dates, seventh round (issue 11): an earlier attack dated "last year", and "overnight on
<weekday>". Sentences are our own."""

from __future__ import annotations

from datetime import date

from kg.extract.dates import find_dates

PUB = date(2025, 9, 17)  # a Wednesday


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text, PUB)]


def test_last_year_dates_the_day_or_month_a_year_back():
    assert values("Last year, on March 3, a missile hit the same market.") == ["2024-03-03"]
    assert values("A drone hit the plant in June last year.") == ["2024-06"]
    assert values("A drone hit the plant on June 2 of last year.") == ["2024-06-02"]


def test_a_day_or_month_without_last_year_keeps_the_articles_year():
    assert values("On March 3, a missile hit the same market.") == ["2025-03-03"]
    assert values("A drone hit the plant in June.") == ["2025-06"]


def test_overnight_on_a_weekday_is_that_day():
    assert values("Jets struck the port overnight on Sunday.") == ["2025-09-14"]
    assert values("Drones attacked the city overnight.") == ["2025-09-17"]
