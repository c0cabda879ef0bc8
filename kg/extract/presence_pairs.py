"""Two officials told "in the presence of [office] X and [office] Y and their [nationality]
counterparts": X and Y serve one state, the one opposite the counterparts.

The counterparts' demonym names a state whose office-holders are someone else, so the context
guess that would give it to one of the pair is refused and that official is dropped, while the
other gets a state from elsewhere. When exactly one of the pair is told, the other, titled too,
takes the same state (never the counterparts' state). Only this phrase, inside one sentence.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import TITLE_RE, RolePhrase, person_of

_CUE = "presence of "
_PAIR = re.compile(r"\bin\s+the\s+presence\s+of\s+(?P<pair>[^;:()]{8,120}?)\s+and\s+(?:their|"
                   r"his|her)\s+(?P<dem>[A-Z][\w-]+)\s+counterparts\b")
_CONF = 0.6


def _titled(text: str, start: int, m_start: int) -> re.Match | None:
    """The title right before a name at ``m_start`` (searched from ``start``)."""
    t = None
    for t in TITLE_RE.finditer(text, start, m_start):
        pass
    return t if t is not None and not text[t.end():m_start].strip() else None


def presence_pair_roles(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """Add the untold one of "in the presence of [office] X and [office] Y and their
    [nationality] counterparts" with the told one's state."""
    text = view.text
    if _CUE not in text or "counterparts" not in text:
        return roles
    pair = _PAIR.search(text)
    if pair is None:
        return roles
    lo, hi = pair.start("pair"), pair.end("pair")
    names = [m for m in view.mentions if lo <= m.start and m.end <= hi and person_of(m)]
    if len(names) != 2:
        return roles
    told = [r for r in roles if any(r.person_start == m.start for m in names)]
    opposite = {m.state() for m in view.mentions if m.start == pair.start("dem")}
    if len(told) != 1 or told[0].state is None or told[0].state in opposite:
        return roles
    other = next(m for m in names if m.start != told[0].person_start)
    title = _titled(text, lo, other.start)
    if title is None:
        return roles
    key, label, new = person_of(other)  # type: ignore[misc]
    return roles + [RolePhrase(key, label or other.text, new, told[0].state,
                               title.group("title").lower(), title.start(), other.end,
                               other.start, other.end, _CONF, "R31c-presence")]
