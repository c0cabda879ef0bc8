"""A militia, rebel or breakaway leader holds no state office (round 26).

"Iraqi militia leader Qais al-Khazali", "Tuareg rebel leader X", "the breakaway leader X",
"Flemish nationalist party leader X": the bare title "leader" gave each the dateline's or the
adjective's state. A word naming a non-state body right before "leader" says the office is not the
state's. Only roles with office "leader", only persons the gazetteer does not know (so "Workers'
Party leader Kim Jong Un" keeps his role).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_NON_STATE_LEADER = re.compile(
    r"\b(?:militia|rebel|insurgent|guerrilla|breakaway|separatist|party|faction|opposition)"
    r"\s+leader,?\s+$", re.I)


def drop_non_state_leaders(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` without the new persons called a militia, rebel, breakaway or party leader."""
    if not roles or " leader" not in view.text:
        return roles
    return [r for r in roles if not _non_state(view.text, r)]


def _non_state(text: str, role: RolePhrase) -> bool:
    return (role.office == "leader" and role.person_new
            and _NON_STATE_LEADER.search(text, max(0, role.person_start - 40),
                                         role.person_start) is not None)
