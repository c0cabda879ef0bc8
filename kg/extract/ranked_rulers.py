"""Military rulers named by rank after "the military rulers of A, B and C" (round 54).

"The military rulers of Mali, Burkina Faso and Niger met in Niamey. Mali's General X said ...;
Burkina Faso's Captain Y called ...": the office is told once for all the states, each ruler
after it only by a rank. A name right after "[state]'s [rank]" is that state's ruler when an
earlier sentence of the article calls the rulers (or juntas, military leaders) of a list holding
that state so; a rank alone ("Israel's General X") is an officer, not a ruler.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase, person_of

_RULERS_OF = re.compile(r"\b(?:military\s+(?:rulers|leaders|governments|juntas|regimes)|juntas|"
                        r"junta\s+leaders)\s+(?:of|in)\s+", re.I)
_RANK = re.compile(r"^['’]s\s+(?:(?:military\s+)?(?:ruler|leader)\s*,?\s+)?(?:General|Gen\.|"
                   r"Captain|Capt\.|Colonel|Col\.|Lieutenant\s+Colonel|Lt\.?\s*Col\.|"
                   r"Brigadier(?:\s+General)?|Major|(?:Field\s+)?Marshal)\s+")


def _ruled_states(views: list[SentView], before: int) -> set[str]:
    """The states an earlier sentence calls ruled by the military ("the juntas of A and B")."""
    out: set[str] = set()
    for v in views[:before]:
        for m in _RULERS_OF.finditer(v.text):
            stop = re.search(r"[.;:]|\s(?:met|said|have|has|are|were|signed|agreed)\b",
                             v.text[m.end():])
            hi = m.end() + (stop.start() if stop else len(v.text) - m.end())
            out.update(x.state() for x in v.mentions
                       if m.end() <= x.start < hi and x.state() and not x.is_demonym)
    return out


def ranked_ruler_roles(view: SentView, views: list[SentView], roles: list[RolePhrase]
                       ) -> list[RolePhrase]:
    """``roles`` plus "[state]'s [rank] [name]" for states told before as military-ruled."""
    if "'s " not in view.text and "’s " not in view.text:
        return roles
    ruled: set[str] | None = None
    for m in view.mentions:
        state = m.state()
        if not state or m.is_demonym:
            continue
        rank = _RANK.match(view.text[m.end:])
        if rank is None:
            continue
        named = next((x for x in view.mentions if x.start == m.end + rank.end()), None)
        p = person_of(named) if named is not None else None
        if p is None or any(r.person == p[0] for r in roles):
            continue
        if ruled is None:
            ruled = _ruled_states(views, view.index)
        if state not in ruled:
            continue
        roles.append(RolePhrase(p[0], p[1] or named.text, p[2], state, "military ruler", m.start,
                                named.end, named.start, named.end, 0.7, "R54-ranked-ruler"))
    return roles
