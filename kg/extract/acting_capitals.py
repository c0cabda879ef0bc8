"""A capital that is intensifying its attacks is the attacker's seat, not a target (round 24).

"British Prime Minister Keir Starmer said the strike showed Russia's contempt for peace talks,
with Moscow intensifying its attacks on civilians": the strike rules read "the strike" at the
sentence's place, Moscow, by the speaker's state. A place right before "(is) intensifying /
stepping up / escalating its attacks" acts in the sentence (GOLD.md: a capital used for its
state means the state); the strike read at it is dropped.

Kept narrow: the verb must follow the name directly and govern "its/their" attacks, strikes,
offensive, bombardment or campaign.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.name_spots import bounded_starts

Strike = dict[str, Any]

_ACTS = re.compile(
    r"^\s+(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+)?(?:intensif(?:ying|ies|ied)|"
    r"step(?:ping|s|ped)\s+up|escalat(?:ing|es|ed)|ramp(?:ing|s|ed)\s+up|expand(?:ing|s|ed)|"
    r"widen(?:ing|s|ed)|continu(?:ing|es|ed)|press(?:ing|es|ed)\s+on\s+with)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|offensive|bombardment|bombing|"
    r"shelling|campaign|assault|air\s+war)\b", re.I)


def _acts_in_sentence(text: str, name: str) -> bool:
    """Whether ``name`` stands as the subject of "intensifying its attacks"."""
    return any(_ACTS.match(text[i + len(name):]) for i in bounded_starts(text, name))


def drop_acting_capitals(raw: list[Strike], texts: list[str]) -> None:
    """Drop strikes read at a place that is itself intensifying its attacks (in place)."""
    def acting(s: Strike) -> bool:
        name = s.get("_place_text")
        return (s["type"] == "Strike" and bool(name) and s["_sent"] < len(texts)
                and _acts_in_sentence(texts[s["_sent"]], name))
    raw[:] = [s for s in raw if not acting(s)]
