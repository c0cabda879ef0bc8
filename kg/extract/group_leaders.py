"""A rebel or militant group's "Its leader, X" holds no state office (round 30).

"The National Liberation Army, a guerrilla group active on both sides of the border, denied any
role. Its leader, X, said ...": the bare title "leader" gave X the dateline's state, but "its"
points back to the group the sentence before introduced, and a group's leader is not a national
office-holder. Read only for a new person whose role is "leader" told as "Its leader" (or "its
leader") and a sentence right before that calls something a rebel, militant, guerrilla,
insurgent, jihadist, separatist or armed group, movement or front; a sentence before that also
speaks of ruling or governing keeps the role (a group in power, "the ruling military council").
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_ITS_LEADER = re.compile(r"\b[Ii]ts\s+leader,?\s+$")
_GROUP = re.compile(r"\b(?:rebel|militant|guerrilla|insurgent|jihadist|separatist|armed|"
                    r"militia)\s+(?:group|movement|front|alliance|coalition|organi[sz]ation)\b")
_GOVERNS = re.compile(r"\b(?:rul(?:ing|es)|govern(?:s|ing|ment)|in\s+power|junta)\b")


def drop_group_leaders(view: SentView, views: list[SentView],
                       roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` without the new persons told as the leader of the group just introduced."""
    if not roles or view.index == 0 or "ts leader" not in view.text:
        return roles
    before = views[view.index - 1].text
    if not _GROUP.search(before) or _GOVERNS.search(before):
        return roles
    return [r for r in roles if not _group_leader(view.text, r)]


def _group_leader(text: str, role: RolePhrase) -> bool:
    return (role.office == "leader" and role.person_new
            and _ITS_LEADER.search(text, max(0, role.person_start - 14),
                                   role.person_start) is not None)
