"""Debris that killed someone across the border is no attack on that state (round 24).

"Russia fired ... drones at Ukraine overnight, killing five people in Kyiv. In neighbouring
Moldova, a man was killed by falling debris in the village of Ocnita after a drone was shot
down": the strike rules read an attack by Russia on Ocnita. The death came from a weapon aimed
elsewhere and brought down; GOLD.md's "one fact per distinct attack" has no attack on Moldova.
A strike read from a sentence telling casualties or damage "by (falling) debris / wreckage /
fragments", in another state than the one the same attacker's other strikes of the article hit,
is dropped.

Kept narrow: debris in the state attacked ("Drone debris kills one in Kyiv high-rise") stays
that attack, and the attacker must have another strike in the article.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless

Strike = dict[str, Any]

_BY_DEBRIS = caseless(r"\b(?:killed|injured|wounded|hurt|damaged|hit)\s+by\s+(?:falling\s+|"
                      r"the\s+)?(?:debris|wreckage|fragments|shrapnel\s+from\s+an?\s+"
                      r"(?:intercepted|downed))\b|\b(?:falling\s+)?(?:debris|wreckage|"
                      r"fragments)\s+(?:of|from)\s+an?\s+(?:intercepted|downed)\b",
                      needs=("debris", "wreckage", "fragments", "shrapnel"))


def _other_states_hit(s: Strike, strikes: list[Strike]) -> set[str]:
    return {o["target_country"] for o in strikes if o is not s and o["_sent"] != s["_sent"]
            and o.get("attacker") == s["attacker"] and o.get("target_country")}


def drop_spillover_debris(raw: list[Strike], texts: list[str]) -> None:
    """Drop a debris casualty across the border read as an attack on that state (in place)."""
    strikes = [s for s in raw if s["type"] == "Strike"]

    def spillover(s: Strike) -> bool:
        if s["type"] != "Strike" or not s.get("attacker") or s["_sent"] >= len(texts) \
                or not _BY_DEBRIS.search(texts[s["_sent"]]):
            return False
        hit = _other_states_hit(s, strikes)
        return bool(hit) and s.get("target_country") not in hit
    raw[:] = [s for s in raw if not spillover(s)]
