"""A killing told only inside a claim or a blame: "JNIM claimed the killing of 12 soldiers near
Djibo on Tuesday", "The government blamed the ADF for the weekend killings of 40 villagers near
Beni" (round 28).

Like kg.extract.killing_by's "the killing of N men ... by gunmen at X", the attack is only a
noun phrase, here the object of the claim or blame that names its author; no strike rule reads
it, so the whole attack went missing. Kept narrow: a sentence no strike was read in; "claimed
(responsibility for)" right after an armed group opening the sentence, or "blamed G for" with G
an armed group the gazetteer knows (never a state: "blamed Rwanda for the killings" is as often
about a war); then "the|<Weekday>'s (weekend|<Weekday>) killing(s) of N <people>" and a place
right after "at|in|near". The attacker is the group, the toll N, the day the weekday told
("Tuesday's", "on Tuesday"), else none.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.added_strikes import insert_in_order, new_strike, unread_matches
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.numbers import parse_number

Strike = dict[str, Any]

_CUE = re.compile(r"\b(?:claimed|blamed)\b[^.;]{0,80}?\bkillings?\s+of\b")
_PEOPLE = (r"(?:[a-z]*men|people|villagers|farmers|workers|civilians|soldiers|traders|miners|"
           r"worshippers|passengers|troops|officers|policemen|herders|fishermen|pupils|students)")
_CLAIMED_KILLING = re.compile(
    rf"\b(?:(?P<claimed>claimed)(?:\s+responsibility\s+for)?|blamed\s+(?P<g>[^.;]{{1,60}}?)\s+for)"
    rf"\s+(?:the\s+|(?P<dayp>{WEEKDAY_RE})['’]s\s+)(?:(?:weekend|{WEEKDAY_RE})\s+)?killings?\s+of\s+"
    rf"(?:at\s+least\s+|more\s+than\s+)?(?P<n>\d+|[a-z]+)\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b"
    r"[^.;]{0,40}?\s+(?:at|in|near)\s+(?:the\s+(?:village|town)\s+of\s+)?(?P<rest>[^.;]*)")
_SUBJECT_FRONT = re.compile(r"^\W*(?:(?:Separately|Later|On\s+\w+),?\s+)?(?:[Tt]he\s+)?$")
_BEFORE_CLAIM = re.compile(r"^\s+(?:(?:has|had|later|also|quickly|swiftly)\s+)*$")
_ON_DAY = re.compile(rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")


def _find(text: str) -> re.Match | None:
    """A claimed killing in a sentence (its cue tested first)."""
    return _CLAIMED_KILLING.search(text) if _CUE.search(text) else None


def _author(v: Any, m: re.Match[str]) -> str | None:
    """The armed group that claims (opening the sentence) or is blamed (right after "blamed")."""
    if m.group("claimed"):
        first = v.mentions[0] if v.mentions else None
        if first is None or not _SUBJECT_FRONT.match(v.text[:first.start]) or \
                not _BEFORE_CLAIM.match(v.text[first.end:m.start("claimed")]):
            return None
    else:
        first = next((x for x in v.mentions if m.start("g") <= x.start < m.end("g")), None)
        if first is None or not re.fullmatch(r"(?:the\s+)?", v.text[m.start("g"):first.start]):
            return None
    group = first.of_type("ArmedGroup") if first is not None else None
    return group.key if group is not None and not first.state() else None


def _place(v: Any, at: int) -> Any:
    """The place opening the text at ``at`` ("near Djibo"; "in Mozambique's Cabo Delgado
    province": past the state's possessive)."""
    for x in v.mentions:
        if x.start < at:
            continue
        if x.start > at + 5:
            return None
        if x.place():
            return x
        if not (x.state() and x.possessive):
            return None
        at = x.end + 3
    return None


def _day(m: re.Match[str], published: date | None) -> str | None:
    on = _ON_DAY.search(m.group("rest"))
    name = m.group("dayp") or (on.group("d") if on else None)
    if name is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[name.lower()], published).isoformat()


def claimed_killings(raw: list[Strike], views: list[Any], text: str, published: date | None,
                     state_of: Callable[[str], str | None]) -> None:
    """Add the attack of "G claimed the killing of N <people> near X" (see the module's doc)."""
    if "killing" not in text or _CUE.search(text) is None:
        return
    for v, m in unread_matches(raw, views, _find):
        killed, author = parse_number(m.group("n")), _author(v, m)
        place = _place(v, m.start("rest"))
        if killed is None or author is None or place is None:
            continue
        s = new_strike(v.index, "claimed")
        s.update(attacker=author, target_place=place.place(), _place_text=place.text,
                 target_country=state_of(place.place()), killed=killed, date=_day(m, published))
        insert_in_order(raw, s)
