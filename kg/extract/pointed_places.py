"""The town a strike's sentence points back to with "the city" or "there" (round 21).

"Residents of Homs reported heavy explosions overnight. Israeli jets struck a depot on the edge
of the city, killing two"; "Residents of Kadugli said the city had no power. RSF drones hit the
power station there on Saturday". The attack sentence names no place, only a reference back,
and the sentence just before names one town while telling no attack: that town is where the
attack fell. Without this the dateline's city ("DAMASCUS —") or the place of an attack told
paragraphs earlier stood in, though the text points elsewhere.

Kept narrow: the sentence before must be in the same paragraph, name exactly one town or city
(regions and states do not count) and tell no attack of its own (an attack told just before is
what the older joins already follow); the reference is "the city/town/village", "the
city's ..." or a locative "there" (not "there were", "there is").
"""

from __future__ import annotations

import re
from typing import Callable, Collection, Mapping, Sequence

# "on the edge of the city", "the town's market", "hit the power station there"
_POINTER = re.compile(
    r"\b(?:the|that)\s+(?:city|town|village)\b(?!['’]|\s+(?:of|council|authorities|"
    r"administration|officials?|governor|mayor|hall)\b)|"
    r"\b(?:the\s+)?(?:city|town|village)['’]s\s+(?!(?:military\s+|regional\s+)?(?:administration|"
    r"authorities|officials?|governor|mayor|council|head|police|spokes\w+)\b)|"
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
    r"seems?|seemed|appears?|appeared|remains?|remained|be|been|being)\b)", re.I)


def points_back(text: str) -> bool:
    """The sentence refers back to a town told before ("the city", "there")."""
    return bool(_POINTER.search(text))


def pointed_town(i: int, text: str, para: Sequence[int],
                 settlements: Mapping[int, list[str]], is_town: Callable[[str], bool],
                 attack_sents: Collection[int]) -> str | None:
    """The one town the sentence before names, when sentence ``i`` (an attack told without a
    place) points back with "the city" or "there" and the sentence before tells no attack;
    else None."""
    if i < 1 or i >= len(para) or para[i] != para[i - 1] or (i - 1) in attack_sents:
        return None
    if not points_back(text):
        return None
    towns = [k for k in settlements.get(i - 1, []) if is_town(k)]
    return towns[0] if len(towns) == 1 else None
