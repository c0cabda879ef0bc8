"""A headline's attack placed at the region it names, told by the body at a town (round 27).

"Drones hit fuel depot in Sudan's Red Sea state" above "Drones launched by the RSF struck a
fuel depot in the port city of Port Sudan on Thursday": the headline gives only the region
("<Country>'s <Region> state/province/region"), the body the town inside it; the merge does not
know the town lies in the region, so the headline became a second, undated strike. Only a
headline strike whose place is written "<...>'s <Place> state|province|region" is dropped, and
only when a body strike of the same attacker and target country has another place.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_CUE = re.compile(r"['’]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:state|province|region)\b")

_KIND_END = re.compile(r"\s(?:state|province|region)$")


def _region_in_headline(place_text: str, headline: str) -> bool:
    """The headline writes the place as a region of a possessor ("Sudan's Red Sea state")."""
    kind = "" if _KIND_END.search(place_text) else r"\s+(?:state|province|region)"
    return re.search(rf"['’]s\s+{re.escape(place_text)}{kind}\b", headline) is not None


def _told_in_body(s: Strike, strikes: list[Strike]) -> bool:
    return any(b["_sent"] > 0 and b["target_place"] and b["target_place"] != s["target_place"]
               and b["target_country"] == s["target_country"]
               and b["attacker"] == s["attacker"] for b in strikes)


def drop_headline_regions(raw: list[dict[str, Any]], texts: list[str]) -> None:
    """Drop the headline's strike at a region when the body tells one at a town of it."""
    if not texts or _CUE.search(texts[0]) is None:
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    for s in strikes:
        if s["_sent"] == 0 and s.get("_place_text") and s["target_country"] \
                and _region_in_headline(s["_place_text"], texts[0]) and _told_in_body(s, strikes):
            raw.remove(s)
