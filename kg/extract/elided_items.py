""""R is buying twelve W from A and twelve from B": the second item's weapon is elided
(round 27).

The verb rules read "W from A" and stop at "and twelve from B", which names no weapon. The cue is
narrow: a purchase verb, one weapon phrase, "from [state]", then "and [number] (more) from
[state]" at once; the buyer is the state just before the verb ("R is buying", "R bought"). The
second seller gets the same weapon with its own number; the first item is added only when no
transfer holds it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.numbers import NUMBER_RE, parse_number

_BUY = re.compile(r"\s+(?:(?:is|are|was|were|has|have|had|will)\s+(?:also\s+)?)?"
                  r"(?:buying|bought|buys?|ordered|ordering|orders|purchased|purchasing|"
                  r"acquired|acquiring)\s+")
_ELIDED = re.compile(rf"\s+from\s+(?:the\s+)?(?P<first>[A-Z][\w .'-]*?)\s*,?\s+and\s+(?:another\s+)?"
                     rf"(?P<num>{NUMBER_RE})\s+(?:more\s+)?from\s+(?:the\s+)?(?=[A-Z])")


def elided_item_transfers(view: SentView, actors: list[Actor],
                          tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with both sellers of "R is buying N W from A and N from B"."""
    text = view.text
    if " from " not in text or " and " not in text:
        return tfs
    el = _ELIDED.search(text)
    if el is None:
        return tfs
    buy = next((b for b in _BUY.finditer(text, 0, el.start())), None)
    if buy is None:
        return tfs
    buyer = next((a for a in actors if a.end == buy.start() and actor_state(a)), None)
    first = next((a for a in actors if a.start == el.start("first") and actor_state(a)), None)
    second = next((a for a in actors if a.start == el.end() and actor_state(a)), None)
    weapons = transfer_rules.weapons_in(view, buy.end(), el.start())
    if buyer is None or first is None or second is None or len(weapons) != 1:
        return tfs
    r = actor_state(buyer)
    out = list(tfs)
    held = {(f.get("supplier"), f.get("_at")) for f in tfs if f.get("type") == "ArmsTransfer"}
    if (actor_state(first), weapons[0].start) not in held:
        out = [f for f in out if not (f.get("type") == "ArmsTransfer"
                                      and f.get("_at") == weapons[0].start
                                      and not f.get("supplier"))]
        out += transfer_rules.transfer_facts(view, actor_state(first), [r], weapons,
                                             "ELIDED_ITEM", "bought", 0.7)
    if actor_state(second) not in (r, actor_state(first)):
        for f in transfer_rules.transfer_facts(view, actor_state(second), [r], weapons,
                                               "ELIDED_ITEM", "bought", 0.7):
            f["quantity"] = parse_number(el.group("num"))
            out.append(f)
    return out
