""""The strike hit a house in the Barmal district" right after "a Pakistani drone strike in
Paktika province last week": the attack named back is the one just told, and so is its side
(round 23).

A lead may give the side only as an adjective ("protest against a Pakistani drone strike in
Paktika province"), and the next sentence tells the attack in detail, opening on "The strike"
with no side of its own. Left empty, the discourse pass gave it the article's main actor (the
state that protests, which is the state hit). A sentence that opens on the attack as a definite
noun ("The strike|attack|air strike|drone strike|bombing") followed by its verb, and names no
state or armed group, takes the attacker of the one strike of the sentence just before (also
across a paragraph break: a lead is often a paragraph of one sentence). Only an empty slot.
Such a sentence tells the attack's exact place: it replaces the lead's region in the merge.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_RETOLD_OPENING = re.compile(
    r"^\W*The\s+(?:(?:air|drone|missile|rocket)\s+)?(?:strike|attack|bombing|raid)\s+"
    r"(?:had\s+)?(?:hit|struck|destroyed|killed|targeted|flattened|tore\s+through|"
    r"slammed\s+into)\b")


def _names_a_side(view: Any) -> bool:
    """A state (not a place standing for its state) or an armed group."""
    return any((m.of_type("State") and not m.place()) or m.of_type("ArmedGroup")
               for m in view.mentions)


def side_of_retold_strike(strikes: list[Strike], views: list[Any]) -> None:
    """Give "The strike hit ..." the attacker of the strike of the sentence just before."""
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") is not None or not 0 < i < len(views):
            continue
        if not _RETOLD_OPENING.match(views[i].text) or _names_a_side(views[i]):
            continue
        before = [o for o in strikes if o["_sent"] == i - 1]
        if len(before) == 1 and before[0].get("attacker"):
            s["attacker"] = before[0]["attacker"]
            s["_retold"] = True  # (its place, not the lead's region: Extractor._merge_strikes)
