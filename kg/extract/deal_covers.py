""""The deal also covers N W" right after "X signed a [framework] agreement with Y" (round 28).

"Australia signed a framework agreement with Japan on Monday. The deal also covers 11 Mogami
frigates": the items of the deal name neither party, and the deal was told in the sentence
before. As in "X signed a contract with Y for W" (the seller is the partner after "with"), Y
supplies and X, the subject that signed, receives. Narrow on purpose: this sentence opens with
"The (framework) deal (agreement, accord, contract, pact) (also) covers (includes, provides
for)", the sentence right before says "signed a/an ... agreement (deal, contract, accord) with
Y" and names exactly two states, the subject X before "signed"; this sentence names no third
state, and only transfers no rule gave a party are filled.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_COVERS = re.compile(r"\s*The\s+(?:new\s+|framework\s+)?(?:deal|agreement|accord|contract|pact)\s+"
                     r"(?:also\s+)?(?:covers|includes|provides\s+for|comprises)\s+")
_SIGNED_WITH = re.compile(r"\bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|deal|"
                          r"contract|accord)\s+with\s+(?:the\s+)?")


def _parties_before(prev: SentView) -> tuple[str, str] | None:
    """(seller, buyer) of "X signed a ... agreement with Y" in ``prev``: (Y, X)."""
    m = _SIGNED_WITH.search(prev.text)
    if m is None:
        return None
    states = {s.state() for s in prev.mentions if s.state()}
    seller = next((s.state() for s in prev.mentions if s.start == m.end() and s.state()), None)
    buyer = next((s.state() for s in prev.mentions if s.state() and s.end <= m.start()
                  and s.state() != seller), None)
    if len(states) != 2 or seller is None or buyer is None:
        return None
    return seller, buyer


def deal_covers_transfers(view: SentView, prev: SentView | None,
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the parties of the deal told just before for "The deal also covers W"."""
    c = _COVERS.match(view.text) if prev is not None else None
    if c is None:
        return found
    parties = _parties_before(prev)
    if parties is None or {m.state() for m in view.mentions if m.state()} - set(parties):
        return found
    seller, buyer = parties
    for f in found:
        if f.get("type") == "ArmsTransfer" and not f.get("supplier") and not f.get("recipient") \
                and (f.get("_at") or 0) >= c.end():
            f["supplier"], f["recipient"] = seller, buyer
            f["confidence"] = min(f.get("confidence", 0.6), 0.6)
    return found


__all__ = ["deal_covers_transfers"]
