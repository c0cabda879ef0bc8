"""A leader named after "[state], whose president is": "Sri Lanka, whose president is X" (round 25).

"whose president X" was read (roles.py's _WHOSE_GAP); with the copula "is" between the office and
the name no rule tied them, so the office was lost. Read only for a person or an unknown name
standing right after "whose [office] is (now)" that right follows a state's name and a comma.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase, person_of

_WHOSE_IS = re.compile(
    r",\s+whose\s+(?P<title>president|prime\s+minister|premier|head\s+of\s+state|leader|king|"
    r"emir|defen[cs]e\s+minister|foreign\s+minister)\s+is\s+(?:now\s+)?"
    r"(?:(?:General|Colonel|Captain|Lieutenant|(?:Field\s+)?Marshal|Admiral|Major|Sheikh|Dr\.?)\s+)?")


def whose_office_roles(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` plus "[state], whose [office] is [name]"."""
    if "whose " not in view.text:
        return roles
    for w in _WHOSE_IS.finditer(view.text):
        state = next((m.state() for m in view.mentions
                      if m.end == w.start() and m.state() and not m.is_demonym), None)
        named = next((m for m in view.mentions if m.start == w.end()), None)
        p = person_of(named) if named is not None and state else None
        if p is None or any(r.person == p[0] for r in roles):
            continue
        title = " ".join(w.group("title").lower().split())
        roles.append(RolePhrase(p[0], p[1] or named.text, p[2], state, title, w.start(),
                                named.end, named.start, named.end, 0.65, "R25e-whose"))
    return roles
