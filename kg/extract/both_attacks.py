"""One blame for two attacks: "Officials said Boko Haram was behind both attacks" (round 27a).

A report often tells two attacks, each in its own sentence and neither with an author, then
names the author once for "both attacks". The claim rules (kg.extract.claimed_leads) give a later
blame to the one attack told last; "both" names the two told last. Kept narrow: the sentence must
say "both attacks" (or "the two attacks"), the blame must name its side the way the claim rules
read it, both attacks must come within six sentences before it, and only an empty side is
filled (never the attacked state's own). With one attack told, nothing is read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.claimed_leads import claim_or_blame

Strike = dict[str, Any]

_BOTH = re.compile(r"\b(?:[Bb]oth|the\s+two)\s+(?:attacks|bombings|blasts|explosions|raids|"
                   r"assaults|ambushes)\b")
_BOTH_NOUNS = ("attacks", "bombings", "blasts", "explosions", "raids", "assaults", "ambushes")
_REACH = 6  # sentences, as kg.extract.claimed_leads reaches


def _last_two(strikes: list[Strike], index: int) -> list[Strike]:
    """The two attacks told last before sentence ``index`` (within reach), or []."""
    before = sorted((s for s in strikes if index - _REACH <= s["_sent"] < index),
                    key=lambda s: (s["_sent"], s.get("_t") or 0))
    if len(before) < 2:
        return []
    two = before[-2:]
    return two if two[0]["target_place"] != two[1]["target_place"] else []


def attribute_both_attacks(strikes: list[Strike], views: list[Any], text: str) -> None:
    """Fill the empty side of the two attacks a "both attacks" blame names back."""
    if not any(w in text for w in _BOTH_NOUNS) or not _BOTH.search(text):
        return
    for v in views:
        if not _BOTH.search(v.text):
            continue
        two = _last_two(strikes, v.index)
        if not two or all(s["attacker"] is not None for s in two):
            continue
        who = claim_or_blame(v, None)
        if who is None:
            continue
        for s in two:
            if s["attacker"] is None and who not in (s["target_country"], s.get("_not_attacker")):
                s["attacker"] = who
                s["_sents"] = [*(s.get("_sents") or [s["_sent"]]), v.index]
