""""The strikes hit several villages in X": a sentence whose subject refers back to the attack
just told has that attack's side (round 78).

"Pakistani air strikes killed 46 in Afghanistan's Paktika province, a Taliban government
spokesman said. The strikes late on Tuesday hit several villages in the Barmal district": the
second sentence names no side, and the discourse fallback took the nearest claimant, the
spokesman's government, as the side of the strikes that hit its own country. A definite "the
strikes" / "the attack" opening the sentence is the attack told before: its side is the one side
of the strikes of the sentence before it (not the headline's, not a background attack, not
the state hit itself: a guess that a later blame corrects).
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# the sentence's subject: "The strikes", "The overnight attack", "That raid" (not "The strike on
# Tyre": an attack named by its place may be another one)
_SUBJECT_BACK = re.compile(r"^\W*(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|"
                           r"airstrikes?|attacks?|raids?|bombings?|bombardment|barrage|assault|"
                           r"shelling)\b(?!\s+(?:on|in|against|at|near)\s+[A-Z])")


def side_told_before(s: Strike, strikes: list[Strike], views: list[Any]) -> str | None:
    """The side of the attack a back-referring subject points to, when there is one."""
    i = s["_sent"]
    if not 0 < i < len(views) or not _SUBJECT_BACK.match(views[i].text):
        return None
    prior = [o for o in strikes if o is not s and o["_sent"] == i - 1 > 0
             and o.get("attacker") and not o.get("_earlier")
             # (told in its own sentence, not itself filled from context: confidence 0.8)
             and o.get("confidence", 0) >= 0.8
             # (a side that is the very state hit is a guess the blame told later corrects)
             and o["attacker"] not in (o.get("target_country"), s.get("target_country"))]
    sides = {o["attacker"] for o in prior}
    return sides.pop() if len(sides) == 1 else None
