"""'It accuses President X': X is not of the state "It" stands for (round 25).

"Congo accuses Rwanda of sending troops ... . Rwanda denies it. It accuses President X of arming
a militia": the bare title took the nearest state before ("It" → Rwanda), the accuser, while the
president accused is the other side's. Read only on "It accuses/blames/charges [title] X", for a
role whose state was a guess (confidence 0.5 or less) and is the state opening the sentence before
(the one "It" stands for): X serves the one other state the two sentences before name; with none
or several, no role is guessed.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_IT_ACCUSES = re.compile(
    r"(?:^|[.;]\s+|,\s+and\s+)(?:It|it)\s+(?:also\s+)?(?:accuses|accused|blames|blamed|"
    r"charges|charged)\s+(?P<title>(?:[A-Z][a-z]+\s+){1,2})")


def _opening_state(view: SentView) -> str | None:
    """The state whose name opens ``view`` ("Rwanda denies it."): what "It" after it stands for."""
    first = view.mentions[0] if view.mentions else None
    if first is None or first.is_demonym or view.text[:first.start].strip(" \"'“"):
        return None
    return first.state()


def _other_state(views: list[SentView], index: int, accuser: str | None) -> str | None:
    """The one state other than ``accuser`` named (not as a demonym, nor as the dateline's
    capitals) in the two sentences before sentence ``index``."""
    states = {m.state() for v in views[max(0, index - 2):index] for m in v.mentions
              if m.state() and not m.is_demonym and not m.text.isupper()} - {accuser}
    return states.pop() if len(states) == 1 else None


def accused_leader_states(view: SentView, views: list[SentView],
                          roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` with the leader accused by "It" given the other side's state."""
    if "ccuse" not in view.text and "lame" not in view.text and "harge" not in view.text:
        return roles
    out = []
    for r in roles:
        cue = _IT_ACCUSES.search(view.text, 0, r.person_start + 1)
        if cue is None or cue.end() != r.person_start or r.confidence > 0.5:
            out.append(r)
            continue
        if view.index == 0 or _opening_state(views[view.index - 1]) != r.state:
            out.append(r)  # the guess is not the state "It" stands for
            continue
        other = _other_state(views, view.index, r.state)
        if other is not None:
            out.append(dataclasses.replace(r, state=other))
    return out
