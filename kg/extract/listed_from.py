""""the transfer of [W] from [A] and [B] to [R]": every listed state supplies (round 24).

The verb rules read one supplier after "from" and drop the others of the list ("Germany
approved the transfer of Leopard 1 tanks from Denmark and the Netherlands to Ukraine" gave only
Denmark). Narrow on purpose: a transfer noun ("transfer", "delivery", "export", "sale") with
"of", the weapons before "from", at least two states listed right after "from" (joined by
commas and "and"), and the recipient the state right after "to". The approving state of the
sentence is no supplier; the facts other rules gave the same weapons give way only when their
supplier is one of the listed states (or missing).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.guarded_skies import listed_states

_TRANSFER_OF = re.compile(
    r"\b(?:transfers?|deliver(?:y|ies)|exports?|re-?exports?|sales?|handover)\s+of\s+", re.I)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)


def listed_from_transfers(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "the transfer of W from A and B to R" read as A -> R and B -> R."""
    text = view.text
    if " from " not in text or " and " not in text:
        return found
    for t in _TRANSFER_OF.finditer(text):
        frm = _FROM.search(text, t.end())
        if frm is None or re.search(r"[,;.]", text[t.end():frm.start()]):
            continue
        suppliers = listed_states(text, actors, frm.end())
        if len(suppliers) < 2:
            continue
        last = min((a for a in actors if actor_state(a) == suppliers[-1] and a.start >= frm.end()),
                   key=lambda a: a.start, default=None)
        to = last and _TO.match(text, last.end)
        r = to and next((a for a in actors if a.start == to.end() and not a.demonym), None)
        recipient = actor_state(r)
        weapons = transfer_rules.weapons_in(view, t.end(), frm.start())
        if not recipient or recipient in suppliers or not weapons:
            continue
        span = {w.start for w in weapons}
        told = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("_at") in span]
        if all(f.get("supplier") in (None, *suppliers) and f.get("recipient") in (None, recipient)
               for f in told):
            found = replace_transfers(view, found, suppliers, recipient, weapons, "LISTED-FROM",
                                      "transfer")
    return found
