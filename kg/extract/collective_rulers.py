"""Military rulers named in a list under a collective description (round 18):

* "The heads of the three military governments — Guinea's General A, Gabon's General B and
  Niger's General C — signed ...", "the three juntas' leaders, Mali's Colonel A and ...":
  each "[state]'s [rank] name" of the list leads that state (R18a).

No title stands before the names (only a rank), so the ordinary rules (roles.TITLE_RE) find no
office; the collective phrase before the list is the cue that each rank-and-name is a ruler.
Without it, "Niger's General X" may be any officer: no role. Each finder yields ``(mention,
person, state, title, start, end, rule, confidence)`` for RoleFinder's ``add``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.caseless import caseless
from kg.extract.entities import SentView

_COUNT = r"(?:two|three|four|five)"
_RULERS = r"(?:heads|leaders|rulers|chiefs)"
_GOVERNMENTS = (r"(?:military\s+(?:governments|regimes|juntas|rulers|leaders)|juntas|"
                r"(?:military|junta)[- ](?:led|ruled)\s+(?:states|countries|governments))")
# "the heads of the three military governments", "the three juntas' leaders", "the three
# military rulers", "the three coup leaders"
_COLLECTIVE = caseless(
    r"\b" + _RULERS + r"\s+of\s+the\s+" + _COUNT + r"\s+" + _GOVERNMENTS + r"|\b" + _COUNT +
    r"\s+(?:juntas['’]\s+" + _RULERS + r"|military\s+(?:rulers|leaders)|coup\s+leaders|"
    r"junta\s+(?:leaders|chiefs|heads))\b")
_RANK = re.compile(r"['’]s\s+(?:(?:Senior\s+|Lieutenant[- ]|Lt\.?[- ]|Major[- ]|Brigadier[- ])?"
                   r"General|Gen\.|Colonel|Col\.|(?:Lieutenant|Lt\.?)[- ]Colonel|Captain|"
                   r"Capt\.|Field\s+Marshal)\s+")


def collective_rulers(view: SentView, persons: list) -> Iterator[tuple]:
    """R18a: each "[state]'s [rank] name" listed after a collective phrase of rulers."""
    text = view.text
    lead = _COLLECTIVE.search(text)
    if lead is None:
        return
    found = []
    for s in view.mentions:
        state = s.state()
        if s.start < lead.end() or not state or s.is_demonym:
            continue
        rank = _RANK.match(text, s.end)
        if rank is None:
            continue
        person = next(((m, p) for m, p in persons if m.start == rank.end()), None)
        if person is not None:
            found.append((person[0], person[1], state, "leader", s.start, person[0].end,
                          "R18a", 0.75))
    if len(found) >= 2:  # a list, as the collective phrase says
        yield from found
