"""A state's strike placed only as "areas of [country] held by [group]" (round 28).

"The Saudi-led coalition said it struck drone workshops and weapons stores in areas of Yemen
held by the Houthis on Friday": a counter-strike whose only place is a country's territory held
by an armed group. The strike rules read no attack here ("areas of" is no place they take, and
the weapons named as targets look like the attack's own), so the strike went missing.

The shape is narrow and needs no antecedent: a sentence no strike was read in, opening on a
state (a name, "Saudi Arabia's military", "the Saudi-led coalition") as the subject of
"(said it) struck|hit|bombed|attacked|targeted ...", with the place told as "in (the) areas|
parts|territory of C held|controlled by G" or "in G-held|G-controlled areas of C" (G a known
armed group, or "the group", "the rebels", "rebel-held" and the like). The
attacker is the subject's state, or the subject itself when the gazetteer holds it as an armed
group ("the Saudi-led coalition", round 81), the place the country C (as for any strike told at
a country), its day the sentence's own "on <weekday>". Never when the subject is C itself or
the group.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.added_strikes import new_strike, sentences_read
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.sentences import DATELINE_RE

Strike = dict[str, Any]

_CUE = re.compile(r"\b(?:held|controlled)\s+(?:by\b|areas?\s+of\b)|-(?:held|controlled)\s+"
                  r"(?:areas?|parts?|territory)\s+of\b")
_AREA = r"(?:areas?|parts?|territory|territories)"
# a group told by a common noun ("held by the rebels", "rebel-held areas")
_GENERIC = r"(?:group|rebels?|militants?|militias?|insurgents?|jihadists?|opposition)"
# the subject's verb and the held area after it, in one clause
_SHAPE = re.compile(  # (matched after the dateline, if any)
    r"(?P<subject>(?:[^.;,]|(?<=\b[A-Z])\.){0,70}?)\s+(?:(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|its\s+(?:jets|warplanes|aircraft|forces))\s+(?:had\s+|has\s+)?)?"
    r"(?:struck|hit|bombed|attacked|targeted|pounded|raided|destroyed|"
    r"carried\s+out\s+(?:air\s*)?strikes\s+(?:on|against))\s+(?P<object>[^.;]{0,90}?)\s+in\s+"
    rf"(?:(?:the\s+)?{_AREA}\s+of\s+(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    rf"(?:held|controlled)\s+by\s+(?:the\s+)?(?P<group>{_GENERIC}\b|[A-Z][^.;,]{{0,40}})"
    rf"|(?P<group2>{_GENERIC}|[A-Z][\w'’-]*)-(?:held|controlled)\s+{_AREA}\s+of\s+"
    r"(?P<country2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))")
_SUBJECT_FRONT = re.compile(r"^\W*(?:(?:On\s+\w+|Hours\s+later|Later|In\s+response),?\s+)?"
                            r"(?:[Tt]he\s+)?$")
_SUBJECT_AFTER = re.compile(r"^(?:['’]s\s+(?:military|army|air\s+force|armed\s+forces|forces|"
                            r"jets|warplanes)|-led\s+(?:military\s+)?(?:coalition|alliance)|"
                            r"\s+(?:military|army|air\s+force|armed\s+forces|forces|jets|"
                            r"warplanes|aircraft|navy|troops|Central\s+Command))?\s*$")
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?P<d>{WEEKDAY_RE})\b")


def _subject_side(view: Any, start: int, end: int) -> str | None:
    """The state or armed group the sentence opens on (after ``start``) as its subject (ending
    at ``end``)."""
    first = next((m for m in view.mentions if start <= m.start < end), None)
    if first is None or first.side() is None:
        return None
    if not _SUBJECT_FRONT.match(view.text[start:first.start]) or \
            not _SUBJECT_AFTER.match(view.text[first.end:end]):
        return None
    # (a side the gazetteer holds as an armed group counts too: "the Saudi-led coalition"
    # since round 81; the group holding the area is never the attacker, see below)
    return first.side()


def _mention_in(view: Any, lo: int, hi: int, kind: str) -> str | None:
    m = next((m for m in view.mentions if lo <= m.start < hi and m.of_type(kind)), None)
    return m.of_type(kind).key if m is not None else None


def _day(text: str, published: date | None) -> str | None:
    m = _ON_DAY.search(text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def held_area_strikes(raw: list[Strike], views: list[Any], text: str,
                      published: date | None) -> None:
    """Add the strike of an unread sentence "S struck ... in areas of C held by G"."""
    if ("held" not in text and "controlled" not in text) or _CUE.search(text) is None:
        return  # (every match of the cue holds one of the two words: a cheap test first)
    read = sentences_read(raw)
    for v in views[1:]:
        if v.index in read or _CUE.search(v.text) is None:
            continue
        dateline = DATELINE_RE.match(v.text)
        start = dateline.end() if dateline else 0
        m = _SHAPE.match(v.text, start)
        if m is None:
            continue
        attacker = _subject_side(v, start, m.end("subject"))
        c = "country" if m.group("country") else "country2"
        g = "group" if m.group("group") else "group2"
        country = _mention_in(v, m.start(c), m.end(c), "State")
        generic = re.match(_GENERIC, m.group(g)) is not None
        group = _mention_in(v, m.start(g), m.end(g), "ArmedGroup")
        if attacker is None or country is None or attacker in (country, group) or not (
                group is not None or generic):
            continue
        s = new_strike(v.index)
        s.update(attacker=attacker, target_country=country, date=_day(v.text, published))
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > v.index), len(raw)), s)
