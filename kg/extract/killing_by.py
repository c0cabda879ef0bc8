"""A nominal attack, "the killing of 11 men, most of them farm workers, by gunmen at Mangu on
Sunday night" (round 25).

Reports that follow an attack (a protest, a funeral, a condemnation) often tell it only as a
noun phrase: "the killing of N <people> ... by <agent> at|in <place>". No strike rule reads a
killing with its agent in a by-phrase, so the whole attack went missing. Kept narrow: a count
right after "killing of", a by-phrase of unnamed attackers ("gunmen", "militants", "attackers")
or of an armed group the gazetteer knows (never a state or its forces: "by soldiers", "by
police" is a raid, not an attack by a group), a place right after it, a day ("on Sunday"), and
no strike read in the sentence. The attacker is the group, or none for unnamed gunmen. Round
73: the passive, "N soldiers were killed by <agent> in <place> on <day>", the same way.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.added_strikes import insert_in_order, new_strike, unread_matches
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.numbers import parse_number
from kg.link.folding import slugify

Strike = dict[str, Any]

_CUE = re.compile(r"\bkillings?\s+of\s+")
_UNNAMED = r"(?:(?:unidentified|unknown|armed|suspected)\s+)?(?:gunmen|attackers|assailants)"
# "killing of 11 men, most of them farm workers, by gunmen at "
# the victims counted, and the place after the agent ("in the [demonym] town of X")
_VICTIMS = (r"(?:[a-z]*men|people|villagers|farmers|workers|civilians|soldiers|traders|miners|"
            r"worshippers|passengers)")
_WHERE = r"(?:at|in|near)\s+(?:the\s+(?:[A-Z][\w'’-]+\s+)?(?:village|town)\s+of\s+)?(?P<rest>[^.;]*)"
_KILLING_BY = re.compile(
    r"\bkillings?\s+of\s+(?:at\s+least\s+)?(?P<n>\d+|[a-z]+)\s+(?:[a-z-]+\s+){0,2}?"
    rf"{_VICTIMS}\b(?P<mid>[^.;]{{0,60}}?),?\s+by\s+(?P<agent>[^.;]{{1,60}}?)\s+{_WHERE}")
# "Fifteen soldiers were killed by JNIM gunmen in the town of Djibo on Sunday": the same attack
# told in the passive (round 73)
_KILLED_BY = re.compile(
    r"(?:^|[\s,(])(?:(?i:at\s+least)\s+)?(?P<n>\d+|(?i:[a-z]+(?:-[a-z]+)?))\s+(?:[a-z-]+\s+){0,2}?"
    rf"{_VICTIMS}\s+(?:were|had\s+been|have\s+been)\s+killed\s+by\s+"
    rf"(?P<agent>[^.;]{{1,60}}?)\s+{_WHERE}")
_ON_DAY = re.compile(rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")


def _find(text: str) -> re.Match | None:
    """A killing by gunmen in a sentence (its cue tested first)."""
    if _CUE.search(text):
        return _KILLING_BY.search(text)
    return _KILLED_BY.search(text) if "killed by" in text else None


def _agent(v: Any, m: re.Match[str]) -> tuple[bool, str | None] | None:
    """(agent ok, armed group key) of the by-phrase: unnamed gunmen or an armed group."""
    agent = m.group("agent")
    if re.fullmatch(_UNNAMED, agent):
        return True, None
    for x in v.mentions:
        if m.start("agent") <= x.start < m.end("agent"):
            group = x.of_type("ArmedGroup")
            if group is not None and not x.state():
                return True, group.key
            return None
    return None


def _place(v: Any, at: int) -> tuple[str, str] | None:
    """The place opening the text after "at|in|near" (key, text)."""
    for x in v.mentions:
        if x.start < at:
            continue
        if x.start > at + 5:
            return None
        if x.place():
            return x.place(), x.text
        if x.is_unknown:
            return "place/" + slugify(x.text), x.text
        return None
    return None


def killings_by(raw: list[Strike], views: list[Any], published: date | None,
                state_of: Callable[[str], str | None], dateline_state: str | None) -> None:
    """Add the attack of "the killing of N men ... by gunmen at <place> on <day>" (see the
    module's doc) when no strike rule read the sentence."""
    if published is None or not any("killing" in v.text or "killed by" in v.text
                                    for v in views):
        return
    for v, m in unread_matches(raw, views, _find):
        killed, agent = parse_number(m.group("n")), _agent(v, m)
        day = _ON_DAY.search(m.group("rest"))
        placed = _place(v, m.start("rest"))
        if killed is None or agent is None or day is None or placed is None:
            continue
        s = new_strike(v.index)
        s.update(attacker=agent[1], target_place=placed[0], _place_text=placed[1],
                 target_country=state_of(placed[0]) or dateline_state, killed=killed,
                 date=resolve_weekday(WEEKDAYS[day.group("d").lower()], published).isoformat())
        insert_in_order(raw, s)
