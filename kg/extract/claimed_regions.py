"""The attacker's own claim of an attack, told at the region: one attack, at the town (round 22).

"Russian missiles struck port facilities in Odesa ... Moscow said its forces had hit 'military
infrastructure' in the Odesa region." The attacking side's statement retells the attack told
before by the town it hit, at the region around it; the strike rules read a second strike at
the region, and the merge of nested places then kept the region for the one attack.

Here a strike read from a sentence where a side says "its forces/troops/army had hit ... in the
X region" (a claim of its own side, no toll of its own), placed at an administrative region,
folds into the one earlier strike of the same attacker at a place the region holds.
"""
from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

# "Moscow said its forces had hit", "the ministry said its troops struck"
_OWN_CLAIM = re.compile(r"\bsaid\s+(?:that\s+)?its\s+(?:[a-z]+\s+)?(?:forces|troops|army|military|"
                        r"units|aircraft|air\s+force|navy)\s+(?:had\s+)?(?:hit|struck|targeted|"
                        r"attacked|destroyed)\b")


def _sents(s: Strike) -> list[int]:
    return s.get("_sents") or [s["_sent"]]


def join_claimed_regions(raw: list[Strike], texts: list[str],
                         is_region: Callable[[str | None], bool],
                         inside: Callable[[str, str], bool]) -> None:
    """Fold a side's claim at a region into its one earlier attack on a place the region
    holds (see the module's docstring)."""
    for r in [s for s in raw if s["type"] == "Strike" and s["target_place"] and s["attacker"]]:
        j = r["_sent"]
        if len(set(_sents(r))) != 1 or j >= len(texts) or not _OWN_CLAIM.search(texts[j]) \
                or not is_region(r["target_place"]) \
                or r["killed"] is not None or r["injured"] is not None:
            continue
        before = [s for s in raw if s["type"] == "Strike" and s is not r
                  and s["attacker"] == r["attacker"] and s["target_place"]
                  and max(_sents(s)) < j and not is_region(s["target_place"])
                  and inside(s["target_place"], r["target_place"])]
        if len(before) != 1 or r["date"] not in (None, before[0]["date"]):
            continue
        p = before[0]
        p["_sents"] = sorted({*_sents(p), j})
        raw.remove(r)
