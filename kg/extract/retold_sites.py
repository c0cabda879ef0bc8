"""The attack told again at the village it hit, though no side is named yet (round 21).

"A military drone strike killed 16 civilians in Zamfara state on Thursday. The strike hit a
gathering of villagers in Tungar Kara, a farming village ...": the second sentence refers back
("The strike") and names the village where the attack told at its region fell. Its strike has
no attacker of its own, so it was dropped as an attack not told in full, and the village was
lost with it; the attack stayed at the state or region.

Here such a dropped strike gives its place to the attack told in the sentence before (in the
paragraph or closing the one before) when that attack stands at a region (or wider) that holds
the village, or that the tables cannot relate to it in the same country, and neither side
differs.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

# "The strike hit a gathering in X", "The attack struck a market in the village of X"
_RETOLD_HIT = re.compile(r"^\W*The\s+(?:[a-z][\w-]*\s+)?(?:strike|attack|raid|bombing|air\s*strike|"
                         r"airstrike|bomb|missile|drone)\s+(?:hit|struck|targeted|destroyed|"
                         r"slammed\s+into|tore\s+through)\b")
_ANOTHER = re.compile(r"\b(?:also|again|another|separate|second|earlier|later)\b", re.I)


def place_of_retold_site(s: Strike, told: list[Strike], texts: list[str], para: list[int],
                         is_wide: Callable[[str | None], bool],
                         inside: Callable[[str, str], bool],
                         located: Callable[[str], bool]) -> Strike | None:
    """``s`` (a strike about to be dropped as told only in part) moves the attack told just
    before it to its finer place when its sentence retells that attack (see the docstring);
    returns the attack moved."""
    j = s["_sent"]
    if not s["target_place"] or j >= len(texts) or j < 1 or j >= len(para) \
            or not _RETOLD_HIT.match(texts[j]) or _ANOTHER.search(texts[j]) \
            or para[j] - para[j - 1] > 1:
        return None
    before = [o for o in told if o is not s and o["_sent"] == j - 1 and o["target_place"]]
    if len(before) != 1:
        return None
    lead = before[0]
    if not is_wide(lead["target_place"]) or s["attacker"] not in (None, lead["attacker"]) \
            or s.get("date") not in (None, lead.get("date")):
        return None
    if not (inside(s["target_place"], lead["target_place"])
            or (not located(s["target_place"])
                and s.get("target_country") in (None, lead.get("target_country")))):
        return None
    lead["target_place"], lead["_place_text"] = s["target_place"], s.get("_place_text")
    lead["_sents"] = sorted({*(lead.get("_sents") or [lead["_sent"]]), j})
    return lead
