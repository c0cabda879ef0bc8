"""The state of a head of government told only in "a visit by Prime Minister X to [capital]".

The place after "to" is where X went, so X is not its office-holder; the pipeline either gave X
the destination's state ("Anwar Ibrahim ... to Ankara": Turkey) or dropped X as ambiguous. When
the sentence names exactly one state besides the destination's ("A deal between Niger and Russia
was signed during a visit by Prime Minister X to Moscow"), X serves that state. Only "visit by"
right before a head's title and "to" right after the name count; with no or several other
states nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase, person_of

_CUE = "visit by "
_VISIT_BY = re.compile(r"\bvisit\s+by\s+(?P<title>[Pp]rime\s+[Mm]inister|[Pp]resident|"
                       r"[Pp]remier|[Cc]hancellor)\s+$")
_TO = re.compile(r"\s+to\s+$")
_CONF = 0.7


def _destination_state(view: SentView, name_end: int) -> str | None:
    """The state of the place named right after "<name> to"."""
    for m in view.mentions:
        if m.start > name_end and m.state() and _TO.fullmatch(view.text[name_end:m.start]):
            return m.state()
    return None


def _guest_state(view: SentView, dest: str | None) -> str | None:
    """The one state the sentence names other than the visit's destination ``dest``."""
    if dest is None:
        return None
    others = {m.state() for m in view.mentions
              if m.state() and not m.is_demonym and m.state() != dest}
    return others.pop() if len(others) == 1 else None


def visitor_states(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """Give the visitor of "a visit by <head's title> X to <place>" the sentence's other state,
    correcting a role given the destination's state or adding one the pipeline dropped."""
    text = view.text
    if _CUE not in text:
        return roles
    out = list(roles)
    for m in view.mentions:
        title = _VISIT_BY.search(text, max(0, m.start - 40), m.start)
        pinfo = person_of(m) if title else None
        if title is None or pinfo is None:
            continue
        dest = _destination_state(view, m.end)
        guest = _guest_state(view, dest)
        if guest is None:
            continue
        told = next((i for i, r in enumerate(out) if r.person_start == m.start), None)
        if told is not None:
            # (only the destination's state is corrected: a state told otherwise stands)
            if out[told].state in (dest, None):
                out[told] = replace(out[told], state=guest, confidence=_CONF)
            continue
        key, label, new = pinfo
        out.append(RolePhrase(key, label, new, guest, title.group("title").lower(),
                              title.start("title"), m.end, m.start, m.end, _CONF, "R31c-visit"))
    return out
