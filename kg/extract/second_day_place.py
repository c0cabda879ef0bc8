"""Two attacks on two days told in one sentence: "Israeli drones had hit Sanaa on Monday and
Saada on Tuesday, killing two people in each city" (round 29).

The strike rules read the first place with its day and stop at the second day, so the second
attack went missing. Each place has its own day, so they are two distinct attacks (GOLD.md: one
fact per distinct attack), by the same side with the same weapon.

Kept narrow: a strike read at A from a sentence "<hit|struck|attacked|bombed|shelled|targeted>
A on <weekday> and B on <another weekday>", B a place the gazetteer knows that no strike of the
sentence is at. B's strike copies A's side, weapon and country of B, its day is its own weekday;
the toll is copied only when the sentence gives it "in each" place ("killing two people in each
city"), else left empty.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday

Strike = dict[str, Any]

# "hit Sanaa on Monday and Saada on Tuesday"
_TWO_DAYS = re.compile(
    rf"\b(?:hit|struck|attacked|bombed|shelled|targeted|pounded)\s+(?:the\s+)?"
    rf"(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:late\s+|early\s+)?on\s+(?P<d1>{WEEKDAY_RE})"
    rf"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:late\s+|early\s+)?on\s+"
    rf"(?P<d2>{WEEKDAY_RE})\b")
_EACH = re.compile(r"\bin\s+each\b|\beach\s+(?:city|town|time|attack|strike)\b")


def _weekday(name: str, published: date | None) -> str | None:
    return (resolve_weekday(WEEKDAYS[name.lower()], published).isoformat()
            if published is not None else None)


def second_day_places(raw: list[Strike], views: list[Any], text: str, published: date | None,
                      state_of: Callable[[str], str | None]) -> None:
    """Add the second attack of "hit A on <day> and B on <other day>" read only at A."""
    if "day and " not in text:
        return
    for s in [s for s in raw if s["type"] == "Strike"]:
        view = views[s["_sent"]]
        m = _TWO_DAYS.search(view.text)
        if m is None or m.group("d1") == m.group("d2") or s.get("_place_text") != m.group("a"):
            continue
        b = next((x for x in view.mentions if x.start == m.start("b") and x.place()), None)
        if b is None or any(o["type"] == "Strike" and o["_sent"] == view.index
                            and o["target_place"] == b.place() for o in raw):
            continue
        second = dict(s, target_place=b.place(), _place_text=b.text,
                      target_country=state_of(b.place()) or s["target_country"],
                      date=_weekday(m.group("d2"), published), _locators=[])
        if not _EACH.search(view.text):
            second.update(killed=None, injured=None)
        s["date"] = _weekday(m.group("d1"), published) or s["date"]
        raw.insert(raw.index(s) + 1, second)
