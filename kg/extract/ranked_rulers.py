"""Military rulers named by rank after "the military rulers of A, B and C" (round 54), or listed
as "the juntas, led by General X in Mali, Captain Y in Burkina Faso and ..." (round 68).

"The military rulers of Mali, Burkina Faso and Niger met in Niamey. Mali's General X said ...;
Burkina Faso's Captain Y called ...": the office is told once for all the states, each ruler
after it only by a rank. A name right after "[state]'s [rank]" is that state's ruler when an
earlier sentence of the article calls the rulers (or juntas, military leaders) of a list holding
that state so; a rank alone ("Israel's General X") is an officer, not a ruler.
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView
from kg.extract.roles import RolePhrase, person_of

_RULERS_OF = re.compile(r"\b(?:military\s+(?:rulers|leaders|governments|juntas|regimes)|juntas|"
                        r"junta\s+leaders)\s+(?:of|in)\s+", re.I)
_RANKS = (r"(?:General|Gen\.|Captain|Capt\.|Colonel|Col\.|Lieutenant\s+Colonel|Lt\.?\s*Col\.|"
          r"Brigadier(?:\s+General)?|Major|(?:Field\s+)?Marshal)\s+")
_RANK = re.compile(r"^['’]s\s+(?:(?:military\s+)?(?:ruler|leader)\s*,?\s+)?" + _RANKS)


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


# "The three juntas, led by General X in Mali, Captain Y in Burkina Faso and ..." (round 68)
_JUNTAS_LED_BY = re.compile(r"\b(?:juntas|governments|military\s+(?:rulers|leaders|governments|"
                            r"regimes))\s*,?\s+(?:each\s+|respectively\s+)?led\s+by\s+", re.I)
_RANK_ONLY = re.compile(_RANKS)
_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_IN = re.compile(r"\s+in\s+(?:the\s+)?")


def rulers_led_in(view: SentView) -> list[tuple[int, int, list[tuple[Mention, str, int]]]]:
    """Each "juntas, led by [rank] [name] in [state], [rank] [name] in [state] and ..." of the
    sentence as (start, end, [(the name's mention, its state, where its rank starts)]); also
    read for the treaty such a list signs (kg.extract.counted_parties.led_rulers_treaty)."""
    text = view.text
    out = []
    for led in _JUNTAS_LED_BY.finditer(text) if " led by " in text else ():
        pos, items = led.end(), []
        while True:
            rank = _RANK_ONLY.match(text, pos)
            named = next((x for x in view.mentions if rank and x.start == rank.end()), None)
            at = _IN.match(text, named.end) if named is not None and person_of(named) else None
            place = next((x for x in view.mentions if at and x.start == at.end()
                          and x.state() and not x.is_demonym), None)
            if place is None:
                break
            items.append((named, place.state(), rank.start()))
            gap = _ITEM_GAP.match(text, place.end)
            if gap is None:
                break
            pos = gap.end()
        if items:
            out.append((led.start(), pos, items))
    return out


def _rulers_led_in(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """Each ruler of "juntas, led by [rank] [name] in [state], ...": of the state after them."""
    for _, _, items in rulers_led_in(view):
        for named, state, at in items:
            p = person_of(named)
            if not any(r.person == p[0] for r in roles):
                roles.append(RolePhrase(p[0], p[1] or named.text, p[2], state, "military ruler",
                                        at, named.end, named.start, named.end, 0.7,
                                        "R68-rulers-led-in"))
    return roles


def ranked_ruler_roles(view: SentView, views: list[SentView], roles: list[RolePhrase]
                       ) -> list[RolePhrase]:
    """``roles`` plus "[state]'s [rank] [name]" for states told before as military-ruled, and
    the rulers listed as "juntas, led by [rank] [name] in [state], ..." (round 68)."""
    if " led by " in view.text:
        roles = _rulers_led_in(view, roles)
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
