"""A place named only as a motive is no target: "said they had acted in solidarity with the
people of Gaza" (round 28).

The Houthis' claim of a tanker attack told before names Gaza as the cause they act for; the
strike rules read an attack on Gaza and the merge joined the tanker attack to it, so the attack
moved from the sea to Gaza. A strike whose place is written only after "in solidarity with",
"in support of" or "on behalf of" (within a few words) is dropped when the same side has a strike
told in another sentence (the attack claimed), else it loses its place. Round 29 reads the
people "in" the place as well ("in support of the Palestinians in Gaza").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless

# ("in what it calls solidarity with Palestinians in Gaza": round 59)
_MOTIVE = re.compile(r"\b(?:in\s+solidarity\s+with|in\s+support\s+of|on\s+behalf\s+of|"
                     r"calls?\s+solidarity\s+with|calls?\s+support\s+for)\s+"
                     r"(?:the\s+)?(?:(?:Palestinian\s+people|people|Palestinians|residents|"
                     r"population)\s+(?:of|in)\s+)?",
                     re.I)
_CUE = caseless(r"\b(?:solidarity|in\s+support\s+of|on\s+behalf\s+of)\b",
                needs=("solidarity", "support", "behalf"))


def _motive_only(s: dict[str, Any], text: str) -> bool:
    place = s.get("_place_text")
    if not place or place not in text:
        return False
    motives = {m.end() for m in _MOTIVE.finditer(text)}
    spots = [m.start() for m in re.finditer(re.escape(place), text)]
    return bool(motives) and all(i in motives for i in spots)


def drop_motive_places(raw: list[dict[str, Any]], texts: list[str], article: str) -> None:
    """Drop (in place) a strike placed only at the cause its side says it acts for."""
    if not _CUE.search(article):
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    motive = [s for s in strikes if s.get("attacker") and s["_sent"] < len(texts)
              and _motive_only(s, texts[s["_sent"]])]
    for s in motive:
        if any(o is not s and o["_sent"] != s["_sent"] and o.get("attacker") == s["attacker"]
               for o in strikes):
            raw[:] = [f for f in raw if f is not s]
        else:
            s["target_place"] = s["target_country"] = None
