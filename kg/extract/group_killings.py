"""A raid told as "Fighters of the Allied Democratic Forces (ADF) killed 22 villagers in Oicha
on Tuesday night" (round 24).

A lead may tell an armed group's raid with "killed" as its only verb and the group (or its
fighters) as the subject; the strike rules read "attacked"/"stormed" but not this shape, so the
whole attack went missing. Kept narrow, since "X killed N" is as often a war's running toll:
the group is an armed group the gazetteer knows (a state's killings are the war's), it is the
sentence's subject ("Fighters of the G (ACR)", "G fighters", "G"), "killed" follows at once with a
number of people, a place follows ("in Oicha": the town of "in Oicha, in North Kivu province"; a
name the gazetteer does not know counts after "in"/"near"), the sentence gives a day ("on
Tuesday night", not "have killed thousands over the years"), and no strike was read in it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import new_strike, sentences_read
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.numbers import NUMBER_RE
from kg.link.folding import slugify

Strike = dict[str, Any]

_FIGHTERS = r"(?:fighters|militants|members|gunmen|insurgents|rebels|jihadists|militiamen)"
# the subject opens the sentence (after a dateline): "Fighters of the ", "Suspected "
_BEFORE_GROUP = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s)\W*"
    # ("UN experts said M23 fighters had killed ...": a report of the raid, round 76)
    r"(?:[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,3}?(?:said|say|says|reported|found|concluded)\s+"
    r"(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?)?"
    r"(?:(?:[Ss]uspected\s+)?(?:[Ff]ighters|[Mm]ilitants|[Mm]embers|[Gg]unmen|"
    r"[Ii]nsurgents|[Rr]ebels|[Jj]ihadists|[Mm]ilitiamen)"
    r"\s+(?:of|from|belonging\s+to)\s+)?(?:the\s+)?"
    # ("Fighters of the Islamic State-linked ADF": the group's affiliation before it; round 81)
    r"(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}-(?:linked|allied|affiliated|aligned|backed)\s+)?$")
# (every number the wire writes, digits or words: "fourteen", "twenty-three", round 78)
_NUMBER = rf"(?:{NUMBER_RE}|dozens\s+of)"
# "(ADF) killed 22 villagers", " fighters killed at least 30 people"
_AFTER_GROUP = re.compile(
    rf"^(?:\s*\([A-Z][A-Za-z-]{{1,9}}\))?(?:\s+{_FIGHTERS})?\s+(?:had\s+)?killed\s+"
    rf"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?{_NUMBER}\s+")
_ON_DAY = re.compile(rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")
# "in the village of Kishishe": a name the gazetteer lacks, placed by its noun (round 75)
# ("in the villages of Kishishe and Bambo": the first of several; round 81)
_SETTLEMENT_OF = re.compile(r"\b(?:village|town|hamlet|settlement)s?\s+of\s+$")


# "in late November", "in early March": a month told by its part
_IN_PART_OF = re.compile(r"\bin\s+(?:late|early|mid)[\s-](?:[A-Z]|$)")


# a toll over a span of time, not one raid: "over the years", "since 2022", "this year"
_SPAN = re.compile(r"\b(?:over\s+the\s+(?:years|past|last)|since|this\s+year|in\s+recent|so\s+far|"
                   r"in\s+total)\b", re.I)


def _group_subject(v: Any) -> tuple[str, int] | None:
    """(group key, end of "killed N ") when an armed group is the subject of "killed N"."""
    for m in v.mentions:
        group = m.of_type("ArmedGroup")
        if group is None or not _BEFORE_GROUP.search(v.text[:m.start]):
            continue
        after = _AFTER_GROUP.match(v.text[m.end:])
        if after is not None:
            return group.key, m.end + after.end()
    return None


def _place_after(v: Any, at: int) -> tuple[str, str] | None:
    """The first place after "killed N ..." (key, text); a name no gazetteer knows counts after
    "in" or "near"."""
    for m in v.mentions:
        if m.start < at:
            continue
        if m.place():
            return m.place(), m.text
        if m.is_unknown and (v.text[:m.start].endswith((" in ", " near "))
                             or _SETTLEMENT_OF.search(v.text, max(0, m.start - 30), m.start)):
            return "place/" + slugify(m.text), m.text
    return None


def _day(v: Any, published: date) -> str | None:
    """The day of "on Tuesday", else the month of "in November" (round 75), else None."""
    day = next((d for d in _ON_DAY.finditer(v.text)
                if not strike_rules.REPORT_DATE.search(v.text, max(0, d.start() - 20),
                                                       d.start())), None)
    if day is not None:  # (not "UN investigators said on Wednesday": the day of the report)
        return resolve_weekday(WEEKDAYS[day.group("d").lower()], published).isoformat()
    month = next((d for d in v.dates if len(d.value) == 7
                  and (v.text.startswith("in ", d.start)
                       or v.text[max(0, d.start - 3):d.start] == "in "
                       # ("in late November 2022": round 81)
                       or _IN_PART_OF.search(v.text, max(0, d.start - 12), d.start + 1))), None)
    return month.value if month is not None else None


def group_killings(raw: list[Strike], views: list[Any], published: date | None,
                   state_of: Callable[[str], str | None], dateline_state: str | None) -> None:
    """Add the raid of a sentence whose armed group "killed N" people somewhere on a given day
    (see the module's doc), when no strike rule read the sentence."""
    read = sentences_read(raw)
    for v in views[1:]:
        if v.index in read:
            continue
        subject = _group_subject(v)
        if subject is None:
            continue
        day = _day(v, published) if published is not None else None
        placed = _place_after(v, subject[1])
        killed, injured = strike_rules.casualties(v.text)
        if placed is None or killed is None:
            continue
        if day is None and (_SPAN.search(v.text) or not _SETTLEMENT_OF.search(
                v.text, subject[1], v.text.find(placed[1], subject[1]))):
            continue  # no day, unless "in the village of X" places one raid (round 76)
        s = new_strike(v.index)
        s.update(attacker=subject[0], target_place=placed[0], _place_text=placed[1],
                 target_country=state_of(placed[0]) or dateline_state, killed=killed,
                 injured=injured, date=day)
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > v.index), len(raw)), s)
