""""[S] has lifted a hold on the delivery of [W] to [R]": a supply resumed (round 24).

Lifting a hold, freeze or suspension on a delivery restores the transfer, but no verb rule reads
"the delivery of W to R" under "lifted a hold on" (an export or sale noun is read; a delivery
is not). Narrow on purpose: a lifting verb ("lifted", "has lifted", "eased", "ended") and a hold
noun, at most a short clause before "on the delivery/shipment/sale/export/transfer of", the
weapons before "to", the recipient the state right after "to", and the supplier the state that
opens the sentence as its subject. A hold that "remains in place" has no lifting verb. Only
weapons no complete transfer holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_LIFTED_ON = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:lifted|lifts|eased|ended|removed)\s+(?:a|an|its|the|their)\s+"
    r"(?:[\w-]+\s+)?(?:hold|freeze|ban|block|suspension|pause|halt|embargo)\b[^,.;]{0,50}?"
    r"\s+on\s+(?:the\s+|further\s+)?(?:deliver(?:y|ies)|shipments?|sales?|exports?|transfers?)"
    r"\s+of\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?$", re.I)
# a dateline before the subject: "TAIPEI, Dec 4 (Staff) - "
_OPENING = re.compile(r"\s*(?:[A-Z][A-Z .'-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^)]*\)\s+"
                      r"[-–—]\s+)?(?:The\s+)?")


def lifted_hold_transfers(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "S lifted a hold on the delivery of W to R" read as S -> R."""
    text = view.text
    m = _LIFTED_ON.search(text) if "lift" in text or "eased" in text or "ended" in text \
        else None
    first = actors[0] if actors else None
    if m is None or not actor_state(first) or first.demonym or first.end > m.start() \
            or not _OPENING.fullmatch(text[:first.start]):
        return found
    end = clause_end(text, m.end())
    r = next((a for a in actors if m.end() < a.start < end and actor_state(a) and not a.demonym
              and _TO.search(text, m.end(), a.start)), None)
    if r is None or actor_state(r) == actor_state(first):
        return found
    whole = complete_weapons(found)
    weapons = [w for w in transfer_rules.weapons_in(view, m.end(), r.start)
               if w.start not in whole]
    if not weapons:
        return found
    span = {w.start for w in weapons}
    found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
    return found + transfer_rules.transfer_facts(view, actor_state(first), [actor_state(r)], weapons,
                                                 "LIFTED-HOLD", "delivery", 0.75)
