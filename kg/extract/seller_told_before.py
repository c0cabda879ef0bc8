"""The seller of a pronoun buyer's order, told in the sentence just before.

"Romania has turned to South Korea for much of its new artillery, the ministry said. It ordered
54 K9 howitzers last year and 36 K10 vehicles": the order names neither the seller nor the buyer;
the buyer comes from "It", and the seller is the state the sentence before says the buyer
turned to or buys from. Narrow on purpose: the order opens with "It" or "The country", names
no state itself, and the sentence right before names the buyer and exactly one other state,
behind a turning or buying cue ("turned to S", "has been buying arms from S"); a state merely
named there ("after tension with S") is not taken.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# the order: "It ordered ...", "The country bought ...", "It has also purchased ..."
_PRONOUN_ORDER = re.compile(
    r"^\s*(?:It|The\s+country)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:ordered|bought|purchased|"
    r"signed\s+(?:a\s+)?contracts?\s+for)\b")
# the cue before the seller: "has turned to", "is turning to", "looked to", "buys ... from"
_SELLER_CUE = re.compile(
    r"\b(?:(?:turned|turning|turns|looked|looking|looks)\s+to|(?:buys|buying|bought|purchases|"
    r"purchasing|purchased|imports|importing|imported)\s+(?:[\w-]+\s+){0,3}?from)\s+(?:the\s+)?$")


def _seller_before(prev: SentView, buyer: str) -> str | None:
    """The one state other than ``buyer`` that ``prev`` names behind a turning cue."""
    states = {m.state() for m in prev.mentions if m.state()}
    if buyer not in states or len(states - {buyer}) != 1:
        return None
    seller = next(iter(states - {buyer}))
    cued = [m for m in prev.mentions if m.state() == seller
            and _SELLER_CUE.search(prev.text[max(0, m.start - 30):m.start])]
    return seller if cued else None


def seller_told_before(view: SentView, prev: SentView | None,
                       tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the seller filled for a pronoun buyer's order (``prev``: the sentence right
    before, or None); only empty suppliers are filled."""
    if prev is None or not _PRONOUN_ORDER.match(view.text) \
            or any(m.state() for m in view.mentions):
        return tfs
    for f in tfs:
        if f.get("type") == "ArmsTransfer" and f.get("recipient") and not f.get("supplier"):
            seller = _seller_before(prev, f["recipient"])
            if seller:
                f["supplier"] = seller
                f["confidence"] = min(f.get("confidence", 0.6), 0.6)
    return tfs
