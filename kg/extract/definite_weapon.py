""""The missile hit a house in Aitaroun" right after "An Israeli drone strike killed five": the
weapon named back is the one of the strike just told, and so is its side (round 21).

A sentence that opens with the weapon as a definite noun ("The missile", "The drones") and no side
of its own retells the attack of the sentence before (same paragraph); read alone it takes its
attacker from whatever side the discourse pass finds nearby (often the other side of a later
paragraph, answering the attack). Its attacker is the attacker of the strike of the sentence
before, when that one has one and this sentence names no side.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_DEFINITE_WEAPON = re.compile(
    r"^\W*The\s+(?:missiles?|drones?|rockets?|shells?|bombs?|projectiles?)\s+(?:had\s+)?"
    r"(?:hit|struck|slammed\s+into|landed|exploded|crashed\s+into|tore\s+through)\b")


def _names_a_side(view: Any) -> bool:
    return any(m.state() or m.of_type("ArmedGroup") for m in view.mentions)


def weapon_told_before(strikes: list[Strike], views: list[Any], para: list[int]) -> None:
    """Give the strike of "The missile hit ..." the attacker of the strike just before it."""
    by_sent = {}
    for s in strikes:
        by_sent.setdefault(s["_sent"], s)
    for s in strikes:
        i = s["_sent"]
        if not 1 < i < len(views) or para[i] != para[i - 1]:
            continue
        if not _DEFINITE_WEAPON.match(views[i].text) or _names_a_side(views[i]):
            continue
        before = by_sent.get(i - 1)
        if before is not None and before.get("attacker") and before is not s:
            s["attacker"] = before["attacker"]
