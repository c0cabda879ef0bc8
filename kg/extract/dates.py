"""Dates in news text, resolved against the publication date.

* full dates ("8 July 2024", "July 8, 2024", "Jan. 16, 2025", "2024-07-08") -> YYYY-MM-DD
* a day and month without a year ("8 July") take the publication year
* a month alone ("in March") -> YYYY-MM (publication year); "March 2024" -> 2024-03
* a weekday ("on Friday", "said Monday") -> the latest such day on or before publication
  ("next Friday" -> the first one after); "today" / "yesterday" / "last night" likewise
* vague times ("earlier this week", "last month") give no date
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.caseless import odd_case

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# "Monday|...|Sunday" as a regex group, for every pattern that names a weekday
WEEKDAY_RE = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"

_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|per))")),
    ("my", re.compile(rf"\b(?:in\s+(?:early\s+|mid-?|late\s+)?)?{_MON}(?:\s+{_YEAR})?\b")),
    ("weekday", re.compile(
        r"\b(?P<rel>next\s+|last\s+|this\s+|on\s+|early\s+|late\s+)?"
        rf"(?P<wd>{WEEKDAY_RE})\b"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?")),
    # a year alone, as news gives the date of an earlier treaty: "signed in 2005"
    ("year", re.compile(r"\b(?:[Ii]n|of|[Ss]ince|[Ff]rom)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\d)")),
    # ("overnight on Monday", "overnight into Sunday", "overnight Sunday": the weekday tells
    # the day)
    ("rel", re.compile(r"\b(?P<word>today|yesterday|last\s+night|this\s+morning|overnight|"
                       r"tonight|earlier\s+today)\b(?!\s+(?:(?:on|into|to)\s+(?:[A-Z][a-z]+day|"
                       rf"\d)|{WEEKDAY_RE}\b))", re.I)),
]


_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec")
_DIGIT = re.compile(r"\d")
# "last year" just before a day or month without a year (same clause)
_LAST_YEAR = re.compile(r"\b(?:[Ll]ast|[Pp]revious)\s+year\b[^.;]{0,20}$")
_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+year\b")
_REL_WORDS = ("today", "yesterday", "night", "morning")


def _may_match(text: str) -> set[str]:
    """The kinds of _PATTERNS that can match ``text``, by cheap substring tests (each pattern
    needs a word or character the test looks for): most sentences hold no date at all."""
    kinds = set()
    digit = _DIGIT.search(text) is not None
    month = any(p in text for p in _MONTH_PREFIXES)
    if digit and "-" in text:
        kinds.add("iso")
    if digit and month:
        kinds.update(("dmy", "mdy"))
    if month:
        kinds.add("my")
    if "day" in text:
        kinds.add("weekday")
    if "19" in text or "20" in text:
        kinds.add("year")
    low = text.lower()
    if any(w in low for w in _REL_WORDS) or odd_case(text):
        kinds.add("rel")
    return kinds


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the string searched
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM or YYYY
    kind: str


def _month(tok: str) -> int | None:
    return MONTHS.get(tok.lower().rstrip("."))


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def resolve_weekday(weekday: int, published: date, direction: str = "past") -> date:
    """The latest ``weekday`` on or before ``published`` (or the first after, for 'next')."""
    if direction == "next":
        delta = (weekday - published.weekday()) % 7 or 7
        return published + timedelta(days=delta)
    delta = (published.weekday() - weekday) % 7
    return published - timedelta(days=delta)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date in ``text`` that resolves to a value (vague ones are skipped)."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    possible = _may_match(text)
    for kind, rx in _PATTERNS:
        if kind not in possible:
            continue
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            value = None
            g = m.groupdict()
            if kind == "iso":
                value = _safe_date(int(g["year"]), int(g["mon"]), int(g["day"]))
            elif kind in ("dmy", "mdy"):
                mon = _month(g["mon"])
                if kind == "mdy" and g["mon"].lower().rstrip(".") == "may" and not g["year"]:
                    # "May 8" is fine, but "may 8" (modal) is excluded by the capital letter
                    if not g["mon"][0].isupper():
                        continue
                year = int(g["year"]) if g["year"] else (published.year if published else None)
                if year and not g["year"] and (_LAST_YEAR.search(text, max(0, m.start() - 30),
                                                                 m.start())
                                               or _LAST_YEAR_AFTER.match(text, m.end())):
                    year -= 1  # "Last year, on May 25": the year before the article's
                if mon and year:
                    value = _safe_date(year, mon, int(g["day"]))
                    if value and not g["year"] and published and \
                            date.fromisoformat(value) > published + timedelta(days=7):
                        value = _safe_date(year - 1, mon, int(g["day"]))  # last year's
            elif kind == "my":
                if g["mon"] == "May" and not g["year"] and not m.group(0).lower().startswith("in"):
                    continue  # "May" alone is too often the modal verb or a name
                if not g["mon"][0].isupper():
                    continue
                mon = _month(g["mon"])
                year = int(g["year"]) if g["year"] else (published.year if published else None)
                if mon and year:
                    if not g["year"] and (_LAST_YEAR.search(text, max(0, m.start() - 30),
                                                            m.start())
                                          or _LAST_YEAR_AFTER.match(text, m.end())):
                        year -= 1  # "last year in May", "in April last year"
                    elif not g["year"] and published and mon > published.month:
                        year -= 1  # "in November", written in January: last year's
                    value = f"{year:04d}-{mon:02d}"
            elif kind == "weekday" and published:
                rel = (g["rel"] or "").strip().lower()
                d = resolve_weekday(WEEKDAYS[g["wd"].lower()], published,
                                    "next" if rel == "next" else "past")
                if rel == "last" and d == published:
                    d -= timedelta(days=7)
                value = d.isoformat()
            elif kind == "year":
                value = g["year"]
            elif kind == "rel" and published:
                w = g["word"].lower()
                d = published - timedelta(days=1) if w == "yesterday" else published
                value = d.isoformat()
            if value:
                out.append(DateMention(m.start(), m.end(), value, kind))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


_PUB_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b"),
]


def parse_date_line(line: str) -> str | None:
    """A publication date from a date line ('2025-01-16', 'Monday, 8 July 2024, 14:27',
    'Published 11th May 2023, 13:01 BST', 'Jan. 16, 2025'); None if the line is not one."""
    line = line.strip()
    if not line or len(line) > 80:
        return None
    for rx in _PUB_PATTERNS:
        m = rx.search(line)
        if m:
            g = m.groupdict()
            mon = int(g["mon"]) if g["mon"].isdigit() else _month(g["mon"])
            rest = (line[:m.start()] + " " + line[m.end():]).split()
            if mon and len(rest) <= 5:  # a date line, not a headline with a date in it
                value = _safe_date(int(g["year"]), mon, int(g["day"]))
                if value:
                    return value
    return None


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
