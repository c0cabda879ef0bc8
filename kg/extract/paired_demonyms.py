"""Two attackers told as coordinated adjectives: "Syrian and Turkish drones struck ..." (round 29).

The modifier rule of kg.extract.strikes takes the adjective nearest the weapon, so "[A] and [B]
warplanes" gave B. The annotation names one attacker for such a joint raid and takes the first
one written (as it does for "The United States and Britain struck"), so a demonym joined by a bare
"and" to another demonym just before it gives way to that first one. Only two adjectives of
different states, nothing between them but "and": "Russian-made and Iranian drones" or "Syrian
army and Turkish drones" do not match. A state's name may open the pair ("US and British
warplanes", round 63) where a subject can start, not after a verb ("hit Ukraine and Russian
drones ...").
"""
from __future__ import annotations

import re
from typing import Sequence

from kg.extract.clauses import Actor

_AND = re.compile(r"\s+and\s+")
# where a coordinated subject may open: the sentence, a dateline's dash, "the", a clause word
_OPENS = re.compile(r"(?:^|[.,;:—–-]\s*|\b(?:[Tt]he|when|as|after|while|before|that)\s+)$")


def first_of_pair(actors: Sequence[Actor], text: str, chosen: Actor) -> Actor:
    """The first of "[A] and [B]" when the modifier picked B; else the actor picked."""
    if not chosen.demonym or chosen.start < 6 or text[chosen.start - 5:chosen.start] != " and ":
        return chosen
    first = next((a for a in actors if a.end <= chosen.start - 5
                  and _AND.fullmatch(text, a.end, chosen.start)), None)
    if first is None or first.person or not first.key or first.key == chosen.key:
        return chosen
    if not first.demonym and not (first.key.startswith("state/") and _OPENS.search(
            text, 0, first.start)):
        return chosen  # ("US and British warplanes": a state's name opening the pair, round 63)
    return first
