"""A second buyer of the system a transfer just told: "India sold BrahMos missiles to the
Philippines in 2022. Indonesia has acquired the same model."

"the same model" names no weapon, so the verb rules read nothing. Narrow on purpose: the
sentence opens with a state that "has acquired/bought/ordered/received the same model (system,
missile, type)", and the sentence right before, in the same paragraph, tells exactly one
complete transfer of one named system; the new transfer takes that system (a copy of its
mention) and its supplier.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_SAME = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|since\s+|now\s+)?(?:acquired|bought|"
                   r"ordered|purchased|received)\s+(?P<ref>the\s+same\s+(?:model|system|missile|"
                   r"type|weapon|aircraft|jet)s?)\b")
_OPENING = re.compile(r"\W*(?:[A-Z][A-Z .'-]+\s[—–-]\s+)?(?:[Tt]he\s+)?")


def _told_just_before(before: list[dict[str, Any]], index: int) -> dict[str, Any] | None:
    """The one complete transfer of one system told in sentence ``index``."""
    told = [f for f in before if f.get("type") == "ArmsTransfer" and f.get("_sent") == index
            and f.get("supplier") and f.get("recipient") and f.get("weapon")]
    return told[0] if len({f["weapon"] for f in told}) == 1 else None


def same_model_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                         before: list[dict[str, Any]], prev: SentView | None,
                         same_para: bool) -> list[dict[str, Any]]:
    """``found`` with the transfer "R has acquired the same model" tells (module doc)."""
    text = view.text
    if "same " not in text or prev is None or not same_para or not actors:
        return found
    buyer = actors[0]
    rec = actor_state(buyer)
    m = rec and _OPENING.fullmatch(text[:buyer.start]) and _SAME.match(text, buyer.end)
    told = m and _told_just_before(before, prev.index)
    ante = told and next((w for w in prev.mentions if w.start == told.get("_at") and w.category),
                         None)
    if not ante or told["supplier"] == rec or any(
            f.get("type") == "ArmsTransfer" and f.get("recipient") == rec for f in found):
        return found
    ref = replace(ante, start=m.start("ref"), end=m.end("ref"))
    return found + transfer_rules.transfer_facts(view, told["supplier"], [rec], [ref], "SM",
                                                 "acquired", 0.75)
