"""Days told relative to another attack ("Hours later", "the previous night", "two days
earlier", "one week earlier", "The attack came a day after a bomb exploded in Cali"): the
strike's date from the dated strike told just before it, never from the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.numbers import parse_number

_N = (r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      r"\d{1,2})")
# the offset of the strike's own day from the day of the strike told before it
_RELATIVE = caseless(
    r"\b(?:(?P<same>hours\s+later|later\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)|"
    r"(?:that|the)\s+same\s+(?:day|night|evening|morning|afternoon)|minutes\s+later)"
    r"|(?P<prev>(?:the|on\s+the)\s+(?:previous|preceding)\s+(?:night|day|evening)|"
    r"the\s+(?:night|day|evening)\s+before)"
    # "The next day, drones hit a school": the day after the attack told before
    r"|(?P<next>(?:the|on\s+the)\s+(?:next|following)\s+(?:day|morning|night|evening))"
    # ("two weeks after a deadly attack": a round figure, so weeks only with earlier/later)
    rf"|{_N}\s+(?:(?P<unit>weeks?)\s+(?P<wdir>later|earlier)|days?\s+(?P<dir>later|earlier|before|"
    r"after)))\b",
    needs=("later", "same", "previous", "preceding", "before", "earlier", "after", "next",
           "following"))
# "Two days after the pipeline attack, gunmen ambushed ...", "Eight days after that strike":
# the day after an attack told before
_ATTACK_REF = re.compile(r"\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|raids?|"
                         r"bombings?|barrages?|ambush|assault|blasts?|shelling)\b", re.I)
# "The attack came a day after a truck bomb exploded": the strike is the earlier one
_CAME = re.compile(r"\b(?:came|comes|happened|occurred|followed)\s+$", re.I)


def resolve_relative_dates(strikes: list[dict[str, Any]], texts: list[str]) -> None:
    """Give an undated strike the day its sentence tells relative to the dated strike before."""
    ordered = sorted(strikes, key=lambda s: (s["_sent"], s.get("_t", 0)))
    for k, s in enumerate(ordered):
        if s.get("date") or s["_sent"] == 0:
            continue
        text = texts[s["_sent"]]
        m = _RELATIVE.search(text)
        if m is None:
            continue
        # (not an attack told as the one answered: "in response to strikes on Beirut")
        anchor = next((o for o in reversed(ordered[:k]) if o["_sent"] != 0
                       and not o.get("_earlier")
                       and s["_sent"] - o["_sent"] <= 4 and o.get("date")
                       and len(o["date"]) == 10), None)
        if anchor is None:
            continue
        if m.group("same"):
            days = 0
        elif m.group("prev"):
            days = -1
        elif m.group("next"):
            days = 1
        else:
            n = _count(m)
            if not n:
                continue
            if m.group("unit"):
                # ("Exactly one week earlier, Russian missiles killed": round 88)
                s["date"] = shift_day(anchor["date"], 7 * n if m.group("wdir").lower() == "later"
                                      else -7 * n)
                continue
            later = m.group("dir").lower() in ("later", "after")
            if m.group("dir").lower() == "after" and (_CAME.search(text[:m.start()]) or (
                    s.get("_earlier") and anchor["_sent"] == s["_sent"]
                    and anchor.get("_t", 0) < m.start() < s.get("_t", 0))):
                # "came a day after <this strike>"; "Hezbollah fired rockets at Kiryat Shmona
                # on Saturday, a day after <this strike>": the day before the one told first
                later = False
            elif m.group("dir").lower() == "after" and not _ATTACK_REF.match(text, m.end()):
                continue  # "two days after the talks": not relative to an attack
            days = n if later else -n
        s["date"] = shift_day(anchor["date"], days)


# "..., a day after", "two days after": the gap between a day told first and an attack after it
_DAYS_AFTER = re.compile(rf"\b{_N}\s+days?\s+after\s+", re.I)


def days_before(text: str, lo: int, hi: int) -> int | None:
    """The days between the day told before `lo` and the attack at `hi`, when the text between
    says "a day after" / "two days after" (else None)."""
    m = None
    for m in _DAYS_AFTER.finditer(text, lo, hi):
        pass
    if m is None or hi - m.end() > 50:
        return None
    return _count(m)


def _count(m: re.Match) -> int | None:
    """The number of days `_N` matched: "a day" is one."""
    n = m.group("n").lower()
    return 1 if n in ("a", "an") else parse_number(n)


def shift_day(day: str, days: int) -> str:
    """An ISO day moved by `days`."""
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
