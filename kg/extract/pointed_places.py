"""The town a strike's sentence points back to with "the city" or "there" (round 21).

"Residents of Homs reported heavy explosions overnight. Israeli jets struck a depot on the edge
of the city, killing two"; "Residents of Kadugli said the city had no power. RSF drones hit the
power station there on Saturday". The attack sentence names no place, only a reference back,
and the sentence just before names one town while telling no attack: that town is where the
attack fell. Without this the dateline's city ("DAMASCUS —") or the place of an attack told
paragraphs earlier stood in, though the text points elsewhere.

The same holds within the sentence: "Loud explosions shook Homs overnight as Israeli jets struck
a depot near the city". Kept narrow: exactly one town or city (regions and states do not count)
named before the reference in the sentence itself, else in the sentence just before (in the
paragraph or closing the one before), which must tell no attack of its own (an attack told just
before is what the older joins already follow); the reference is "the city/town/village", "the
city's ..." or a locative "there" (not "there were", "there is").
"""

from __future__ import annotations

import re
from typing import Any, Callable, Collection, Sequence

from kg.extract.sentences import DATELINE_RE

# "on the edge of the city", "the town's market", "hit the power station there"
_POINTER = re.compile(
    r"\b(?:the|that)\s+(?:city|town|village)\b(?!['’]|\s+(?:of|council|authorities|"
    r"administration|officials?|governor|mayor|hall)\b)|"
    r"\b(?:the\s+)?(?:city|town|village)['’]s\s+(?!(?:military\s+|regional\s+)?(?:administration|"
    r"authorities|officials?|governor|mayor|council|head|police|spokes\w+)\b)|"
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
    r"seems?|seemed|appears?|appeared|remains?|remained|be|been|being)\b)", re.I)


# "drones launched from Donetsk": where the attack came from, not where it fell
_FROM_BEFORE = re.compile(r"\b(?:from|towards?|to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")


def points_back(text: str) -> bool:
    """The sentence refers back to a town told before ("the city", "there")."""
    return bool(_POINTER.search(text))


def _towns(view: Any, is_town: Callable[[str], bool], end: int | None = None) -> list[str]:
    """The towns a sentence names (before ``end``), not the dateline's."""
    head = DATELINE_RE.match(view.text)
    return list(dict.fromkeys(
        m.place() for m in view.mentions
        if m.place() and not m.state() and not m.is_demonym and is_town(m.place())
        and (end is None or m.end <= end) and (head is None or m.start >= head.end())
        and not _FROM_BEFORE.search(view.text, 0, m.start)))


def pointed_town(view: Any, before: Any, para: Sequence[int], is_town: Callable[[str], bool],
                 attack_sents: Collection[int]) -> str | None:
    """The one town a sentence (an attack told without a place) points back to with "the
    city" or "there": the one its own words name before the pointer ("Explosions shook Homs as
    jets struck a depot near the city"), else the one the sentence just before (``before``)
    names, in the paragraph or closing the paragraph before, when that sentence tells no
    attack; else None (datelines do not count)."""
    i = view.index
    pointer = _POINTER.search(view.text)
    if pointer is None:
        return None
    own = _towns(view, is_town, pointer.start())
    if own:
        return own[0] if len(own) == 1 else None
    if before is None or i >= len(para) or para[i] - para[i - 1] > 1 or (i - 1) in attack_sents:
        return None
    towns = _towns(before, is_town)
    return towns[0] if len(towns) == 1 else None
