"""Leader roles told by a description of the office rather than its title, or by the state
alone (round 16):

* "the head of Sudan's military government, General X", "the head of the military government
  in Niger, X": the leader of that state (R16a);
* "Germany's Boris Pistorius": a gazetteer office-holder named after a state's possessive, no
  title given: the office the gazetteer says they hold for that state on the publication date
  (R16b; a name the gazetteer does not know gets nothing, as no office is told);
* "the head of the ruling sovereignty council, army chief X": the head of a ruling council with
  a second, military title between the office and the name; the council names no state, so the
  state is the context's, as for R16a (R27e).

Each finder yields ``(mention, person, state, title, start, end, rule, confidence)`` for
RoleFinder's ``add``; "the country's top diplomat" is a title (roles.TITLE_RE).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from kg.extract.entities import SentView

_STATE_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2}"
_RANK = (r"(?:(?:Senior\s+|Lieutenant[- ]|Lt\.?[- ]|Major[- ]|Maj\.?[- ]|Brigadier[- ]|"
         r"Brig\.?[- ])?(?:General|Gen)|Colonel|Col|(?:Lieutenant|Lt\.?)[- ]Colonel|"
         r"Field\s+Marshal|Captain|Capt|Major|Admiral|Mr)\.?\s+")
# "the head of Sudan's military government, General X", "the leader of the country's junta,
# X", "the head of the military government in Niger, X"
_HEAD_OF = re.compile(
    r"\b(?:[Tt]he\s+)?(?:head|leader|chief)\s+of\s+(?:(?P<s>(?:the\s+)?" + _STATE_NAME +
    r")['’]s\s+|the\s+(?:country['’]s\s+)?)(?:ruling\s+)?(?:military|transitional|interim)\s+"
    r"(?:government|junta|regime|authorities)(?:\s+in\s+(?P<s2>" + _STATE_NAME + r"))?"
    r"\s*,\s*(?:" + _RANK + r")?")


# "Sudan's Sovereignty Council head and army chief, General X", "the Sudanese Sovereign Council
# chairman X": the head of a ruling council, named after the council and its head's title
_COUNCIL_HEAD = re.compile(
    r"\b(?:(?P<s>(?:the\s+)?" + _STATE_NAME + r")['’]s\s+|(?:the\s+)?(?P<d>[A-Z][a-z]+)\s+)"
    r"(?:(?:Transitional|Ruling|Sovereign(?:ty)?|Presidential(?:\s+Leadership)?|Military)\s+)+"
    r"Council\s+(?:head|chief|chair(?:man|woman|person)?|leader|president)"
    r"(?:\s+and\s+(?:army|armed\s+forces|military)\s+(?:chief|commander|head))?"
    r"\s*,?\s*(?:" + _RANK + r")?")


# "the head of the ruling sovereignty council, army chief X", "the head of the ruling junta
# and army chief, General X" (the army title in between)
_RULING_COUNCIL_ARMY_CHIEF = re.compile(
    r"\b[Tt]he\s+(?:head|leader|chair(?:man)?)\s+of\s+the\s+ruling\s+"
    r"(?:(?:sovereign(?:ty)?|military|transitional)\s+council|(?:military\s+)?junta)"
    r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?"
    r"(?:army|military|armed\s+forces)\s+(?:chief|commander)(?:\s*,\s*|\s+)(?:" + _RANK + r")?")


def _state_in(view: SentView, start: int, end: int) -> str | None:
    return next((m.state() for m in view.mentions if start <= m.start < end and m.state()
                 and not m.is_demonym), None)


def military_heads(view: SentView, persons: list, fallback: str | None) -> Iterator[tuple]:
    """R16a: the head of a state's military government, named after the description
    (``fallback``: the state of the context, for "the head of the military government, X")."""
    for h in _HEAD_OF.finditer(view.text):
        person = next(((m, p) for m, p in persons if m.start == h.end()), None)
        if person is None:
            continue
        named = h.group("s") or h.group("s2")
        if named:
            span = "s" if h.group("s") else "s2"
            state = _state_in(view, h.start(span), h.end(span))
            if state is None:
                continue  # "the head of Wagner's ...": not a state
        else:
            state = fallback
        if state:
            yield (person[0], person[1], state, "leader", h.start(), person[0].end, "R16a", 0.8)
    yield from _council_heads(view, persons)
    if fallback and "ruling" in view.text:
        yield from _army_chief_council_heads(view, persons, fallback)


def _army_chief_council_heads(view: SentView, persons: list, state: str) -> Iterator[tuple]:
    """R27e: "the head of the ruling sovereignty council, army chief X": the council's head
    (the context's state); the army title alone would make no leader."""
    for h in _RULING_COUNCIL_ARMY_CHIEF.finditer(view.text):
        person = next(((m, p) for m, p in persons if m.start == h.end()), None)
        if person:
            yield (person[0], person[1], state, "head of the ruling council", h.start(),
                   person[0].end, "R27e", 0.8)


def _council_heads(view: SentView, persons: list) -> Iterator[tuple]:
    """R17a: "Sudan's Sovereignty Council head and army chief X": only with the state told by
    its possessive or adjective (a bare council may sit beside a host state that is not its)."""
    for h in _COUNCIL_HEAD.finditer(view.text):
        person = next(((m, p) for m, p in persons if m.start == h.end()), None)
        span = "s" if h.group("s") else "d"
        state = next((m.state() for m in view.mentions if h.start(span) <= m.start < h.end(span)
                      and m.state()), None) if person else None
        if state:
            yield (person[0], person[1], state, "head of the ruling council", h.start(),
                   person[0].end, "R17a", 0.8)


def possessive_office_holders(view: SentView, persons: list, gaz: Any,
                              published: date | None) -> Iterator[tuple]:
    """R16b: "China's Wang Yi": the gazetteer's office of that state, active on ``published``."""
    if published is None:
        return
    text = view.text
    for s in view.mentions:
        state = s.state()
        if not (state and s.possessive and not s.is_demonym):
            continue
        after = re.match(r"['’]s?\s+", text[s.end:])
        if after is None:
            continue
        at = s.end + after.end()
        person = next(((m, p) for m, p in persons if m.start == at and not p[2]), None)
        if person is None:
            continue
        # ("Sudan's A and Egypt's B signed": a pair, read by roles R10 and the signers when
        # an office is told; the gazetteer's office of each stands when none is; round 81)
        offices = [o for o in gaz.offices_of(person[1][0])
                   if o.state == state and o.active_on(published)]
        if len(offices) == 1:
            yield (person[0], person[1], state, offices[0].office, at, person[0].end,
                   "R16b", 0.75)
