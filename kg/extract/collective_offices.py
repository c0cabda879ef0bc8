"""Names given as "[State]'s X" after a collective office told a sentence or two before (round 24).

"The foreign ministers of Peru and Chile signed an accord on Monday. ... Speaking afterwards,
Peru's X said ..., while Chile's Y called it ...": the office is stated once for both states,
then each minister is named by the possessive of a state of that list alone, not always opening
the sentence and not always as a coordinated pair (round 22's R7c reads only "A's X and B's Y"
at the opening of the very next sentence). Read only for an unknown name (two to four words)
standing right after "[State]'s ", the state one of the collective office's list not yet given
a holder, within three sentences of the office, with one title only ("the foreign ministers"),
and the name not described otherwise (", an opposition lawmaker", ", who ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.entities import Mention, SentView

# how many sentences after the collective office a possessive name may still hold it
_WINDOW = 3
# "Ecuador's X, an opposition lawmaker," / "A's X, who ...": another description of the name
_DESCRIBED = re.compile(r"\s*(?:,|\s+—|\s+-)\s*(?:a|an|the|who|whose|herself|himself)\b", re.I)


@dataclass
class CollectiveOffice:
    """"The [title]s of A and B": the title, its states in order, the sentence it was told in."""

    title: str
    states: list[str]
    index: int
    signed: bool = False  # "... ministers of A and B signed ...": the holders are signers
    given: set[str] = field(default_factory=set)  # states already given a holder


def collective_office(titles: list[str], states: list[str], index: int,
                      signed: bool = False) -> CollectiveOffice | None:
    """The office to carry, from a plural office with its "of A and B" list (one title only)."""
    if len(titles) != 1 or len(states) < 2:
        return None
    return CollectiveOffice(titles[0], list(states), index, signed)


def possessive_holders(view: SentView, persons: list, office: CollectiveOffice | None
                       ) -> list[tuple[Mention, tuple[str, str, bool], str]]:
    """(mention, person, state) for each unknown name right after "[State]'s " whose state is one
    of the carried office's list, within the window."""
    if office is None or not 0 < view.index - office.index <= _WINDOW:
        return []
    text, out = view.text, []
    for m, p in persons:
        if not p[2]:
            continue
        st = _possessive_before(view, m)
        if st is None or st not in office.states or st in office.given \
                or _DESCRIBED.match(text, m.end):
            continue
        office.given.add(st)
        out.append((m, p, st))
    return out


def _possessive_before(view: SentView, m: Mention) -> str | None:
    """The state whose possessive ends right before the name ("Chile's Claudia ...", "the
    Philippines' Ramon ...")."""
    for x in view.mentions:
        gap = view.text[x.end:m.start]
        if x.end <= m.start and x.state() and not x.is_demonym and (
                re.fullmatch(r"['’]s\s+", gap)
                or (x.text.endswith("s") and re.fullmatch(r"['’]\s+", gap))):
            return x.state()
    return None
