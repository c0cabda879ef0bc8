""""R is still waiting for N W that it ordered from S in [year]": an order not yet delivered
(round 27).

"ordered from S" names only the seller, and the buyer is the subject of "waiting for", two
clauses away, so no verb rule joined them. The cue is narrow: "waiting for" right after the
subject state's "is/are (still)", the weapons between "for" and "that/which it ordered
(bought, purchased) from", the seller the state right after "from". Only weapons no transfer
holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_WAITING = re.compile(r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:still\s+)?waiting\s+for\s+")
_ORDERED = re.compile(r",?\s+(?:that|which)\s+it\s+(?:had\s+|has\s+)?(?:ordered|bought|purchased)"
                      r"\s+from\s+(?:the\s+)?")


def waiting_ordered_transfers(view: SentView, actors: list[Actor],
                              tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the order of "R is still waiting for W that it ordered from S"."""
    if "waiting for" not in view.text:
        return tfs
    wait = _WAITING.search(view.text)
    order = _ORDERED.search(view.text, wait.end()) if wait else None
    if order is None:
        return tfs
    buyer = next((a for a in actors if a.end == wait.start() and actor_state(a)), None)
    seller = next((a for a in actors if a.start == order.end() and actor_state(a)), None)
    if buyer is None or seller is None or actor_state(buyer) == actor_state(seller):
        return tfs
    told = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"}
    ws = [w for w in transfer_rules.weapons_in(view, wait.end(), order.start())
          if w.start not in told]
    return tfs + transfer_rules.transfer_facts(view, actor_state(seller), [actor_state(buyer)],
                                               ws, "WAITING_ORDERED", "ordered", 0.7)
