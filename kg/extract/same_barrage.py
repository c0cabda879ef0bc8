"""The same barrage: a place hit by the attack just told takes its day (round 20).

"Russia fired a barrage of missiles at Odesa overnight ... The same barrage also hit Mykolaiv":
the second place is another strike (kept apart, as "also hit" always is), but of the same salvo,
so it happened on the same day. Only a sentence that opens on "The same <barrage/attack/wave>"
qualifies, and only an empty day is filled, from the strike of the sentence just before by the
same side ("also hit X on Tuesday" keeps its own day).
"""

from __future__ import annotations

import re
from typing import Any

_SAME_OPENING = re.compile(
    r"^\W*(?:The|That|This)\s+same\s+(?:[\w-]+\s+)?(?:barrage|attack|wave|salvo|volley|raid|"
    r"strike|assault|bombardment|onslaught)\b", re.I)


def same_barrage_day(strikes: list[dict[str, Any]], texts: list[str]) -> None:
    """Fill the empty day of a strike told as "The same barrage also hit X" with the day of the
    strike told in the sentence before, when both have the same attacker."""
    for s in strikes:
        if s["date"] is not None or not _SAME_OPENING.match(texts[s["_sent"]]):
            continue
        before = [o for o in strikes if o["_sent"] == s["_sent"] - 1 and o["date"]]
        if len(before) == 1 and before[0]["attacker"] == s["attacker"]:
            s["date"] = before[0]["date"]
