"""Listed targets of the lead's attack told in their own sentence: no strikes of their own.

"Israeli warplanes struck several sites in southern Lebanon on Monday ... Among the targets was
a warehouse on the outskirts of Nabatieh ... A building in the village of Kfar Kila was also
hit." The lead attack hit several sites; the sentence opening "Among the targets was/were"
names one of them (one site: "were" may list towns each hit apart), and a "... was also hit" sentence right after it names another. Both are the
lead's attack told by its targets, not new attacks (a fresh set read each as a strike and moved
the lead to the first one). Only the explicit "Among the targets" opening starts the rule.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.attack_reports import absorb_report, strike_sents

Strike = dict[str, Any]

# singular only: "Among the targets were a fuel station in A and a market in B" under "struck
# two towns" lists the towns, each its own strike (dev8a's convention)
_AMONG = re.compile(r"^\W*Among\s+the\s+(?:targets|sites\s+(?:hit|struck))\s+was\b")
# "A building in the village of Kfar Kila was also hit." (a passive "also hit" with no
# attacker, day or "another")
_ALSO_HIT = re.compile(r"^\W*(?:An?|The)\s[^.;]*\b(?:was|were)\s+also\s+(?:hit|struck|"
                       r"damaged|targeted)\W*$")
_ANOTHER = re.compile(r"\b(?:another|again|separately|earlier|later|last\s+(?:week|month|year))"
                      r"\b", re.I)


def absorb_among_targets(raw: list[Strike], lead: Strike | None, views: list[Any],
                         dateline_place: str | None) -> None:
    """Fold the strikes of an "Among the targets was X" sentence right after the lead's report
    (and of a "... was also hit" sentence right after that one) into the lead. A lead placed
    only at the dateline city takes the first listed target's place (a site it hit, where the
    dateline is only where the report was written)."""
    if lead is None:
        return
    start = max(strike_sents(lead)) + 1
    if start >= len(views) or not _AMONG.match(views[start].text):
        return
    told = [start]
    if start + 1 < len(views) and _ALSO_HIT.match(views[start + 1].text) \
            and not _ANOTHER.search(views[start + 1].text):
        told.append(start + 1)
    for s in [s for s in raw if s["type"] == "Strike" and s is not lead and s["_sent"] in told
              and s["attacker"] in (None, lead["attacker"])
              and s["date"] in (None, lead["date"])]:
        if lead["target_place"] in (None, dateline_place) and s["target_place"] \
                and s["target_country"] == lead["target_country"]:
            lead["target_place"] = s["target_place"]
        absorb_report(raw, lead, s)
