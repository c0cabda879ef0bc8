"""A lead attack placed only by the dateline, told again with its own place: "ISLAMABAD -
Indian missiles struck three sites in Pakistan ... In Punjab province, the strikes hit sites
around Bahawalpur". The second sentence names where the attack of the first fell; it is no
second attack, and the dateline city was never the target."""

from __future__ import annotations

import re
from typing import Any

# "the strikes", "the missile attacks", "these raids": the attack just told, told again
_RECAP = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids|airstrikes|"
                    r"missiles|bombardment|barrage|strike|attack|raid|airstrike)\b", re.I)


def refine_lead_places(strikes: list[dict[str, Any]], raw: list[dict[str, Any]],
                       texts: list[str], para: list[int], state_of: Any) -> None:
    """Give a strike placed at the dateline the place the next sentence of its paragraph tells
    for the same attack, and drop that sentence's copy (from `raw`)."""
    for s in [o for o in strikes if o in raw and o.get("_lead_place")]:
        i = s["_sent"]
        nxt = [o for o in strikes if o in raw and o is not s and o["_sent"] in (i + 1, i + 2)
               and o["target_place"] and _RECAP.search(texts[o["_sent"]])
               and (i >= len(para) or o["_sent"] >= len(para) or para[o["_sent"]] == para[i])]
        for o in nxt:
            hit = s["target_country"]
            if hit and state_of(o["target_place"]) != hit:
                continue
            if o["attacker"] not in (None, s["attacker"], o["target_country"]):
                continue  # another side's attack
            if o.get("date") and s.get("date") and o["date"] != s["date"]:
                continue
            s["target_place"], s["_place_text"] = o["target_place"], o.get("_place_text")
            s["_lead_place"] = False
            for k in ("killed", "injured"):
                if o[k] is not None and (s[k] is None or o[k] > s[k]):
                    s[k] = o[k]
            s["_sents"] = [*s.get("_sents", [s["_sent"]]), o["_sent"]]
            raw.remove(o)
            break
