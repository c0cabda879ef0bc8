"""A guessed minister is not of the state their words name by adjective (round 28e).

"Armenia and Azerbaijan traded accusations ... . Defence Minister X said Azerbaijani soldiers
had fired first": with no dateline and no state word before the title, the role took the
article's most-named state, and the adjectives of the other side ("Azerbaijani soldiers",
"Pakistani officials") made that the side the minister speaks about. The speaker serves the
state the article's lead opens with. Read only for a guessed role (confidence 0.5 or less) whose
title opens its sentence, when its state is named in that sentence only by adjective and only
after the name, the dateline is not that state's, and the lead opens with another state and
names the guessed one too. (Under that state's own dateline, "Thai troops" in a Bangkok report
are the speaker's own: not read.)
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_OPENING = re.compile(r"[\W_]*(?:[A-Z][A-Z .'-]+(?:,[^—–]{0,40})?\s*(?:—|–|--)\s*)?(?:the\s+)?$",
                      re.I)


def _lead_subject(views: list[SentView], before: int) -> tuple[str, set[str]] | None:
    """(the state the lead opens with, the states it names): the first sentence with one."""
    for v in views[1:before]:
        states = [m for m in v.mentions if m.state()]
        if not states:
            continue
        first = states[0]
        if first.is_demonym or first.possessive or not _OPENING.fullmatch(v.text, 0, first.start):
            return None
        return first.state(), {m.state() for m in states}  # type: ignore[return-value]
    return None


def spoken_of_roles(view: SentView, views: list[SentView], roles: list[RolePhrase],
                    dateline_state: str | None) -> list[RolePhrase]:
    """``roles`` with a sentence-opening guess of a state its words name by adjective given to
    the lead's opening state."""
    if not roles or view.index < 2 or roles[0].start != 0 or roles[0].confidence > 0.5:
        return roles
    role = roles[0]
    spoken = [m for m in view.mentions if m.state() == role.state]
    if not spoken or dateline_state == role.state or any(
            not m.is_demonym or m.start < role.person_end for m in spoken):
        return roles
    lead = _lead_subject(views, view.index)
    if lead is None or lead[0] == role.state or role.state not in lead[1]:
        return roles
    return [dataclasses.replace(role, state=lead[0])] + roles[1:]
