"""An agentless passive that continues the sentence before (round 22): "The army has also
strengthened its own arsenal. Turkish Bayraktar TB2 drones have also been delivered, officials
said".

The sentence must open with a demonym and a weapon ("Turkish Bayraktar TB2 drones"), go on
with "have also been delivered" (supplied, shipped, sent) without "to" or "by", and name no
other state. The demonym's state supplies; the recipient is the one state the sentence before
names (not the supplier), or, when that sentence opens with "The army" ("The military", "The
armed forces") and names no state, the dateline's state (its army, as in kg.extract.
army_received). "also" is required: it says the sentence goes on with the one before.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "... have also been delivered" (no "to"/"by" right after)
_ALSO_DELIVERED = re.compile(
    transfer_rules.UNIT_NOUNS + r"\s+(?:has|have)\s+also\s+been\s+"
    r"(?:delivered|supplied|shipped|sent)\b(?!\s+(?:to|by)\b)", re.I)
_ARMY_OPENS = re.compile(r"^\s*The\s+(?:army|military|armed\s+forces)\b", re.I)


def _receiver_before(prev_view: SentView, prev_actors: list[Actor], supplier: str,
                     dateline_state: str | None) -> str | None:
    states = {actor_state(a) for a in prev_actors if actor_state(a)}
    if len(states) == 1 and supplier not in states:
        return states.pop()
    if not states and _ARMY_OPENS.match(prev_view.text) and dateline_state != supplier:
        return dateline_state
    return None


def also_delivered_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                             prev_view: SentView | None, prev_actors: list[Actor],
                             dateline_state: str | None) -> list[dict[str, Any]]:
    """``found`` with "[demonym] W have also been delivered" given the recipient before."""
    text = view.text
    if prev_view is None or "also been" not in text:
        return found
    opener = next((a for a in actors if a.start == len(text) - len(text.lstrip())), None)
    if opener is None or not opener.demonym or not actor_state(opener):
        return found
    weapons = transfer_rules.weapons_in(view, opener.end, len(text))
    if not weapons or text[opener.end:weapons[0].start].strip():
        return found
    if _ALSO_DELIVERED.match(text, weapons[0].end) is None:
        return found
    supplier = actor_state(opener)
    if {actor_state(a) for a in actors if actor_state(a) and not a.demonym} - {supplier}:
        return found
    if any(f.get("type") == "ArmsTransfer" and f.get("_at") == weapons[0].start
           and f.get("supplier") and f.get("recipient") for f in found):
        return found
    recipient = _receiver_before(prev_view, prev_actors, supplier, dateline_state)
    if recipient is None:
        return found
    found = [f for f in found
             if not (f.get("type") == "ArmsTransfer" and f.get("_at") == weapons[0].start)]
    return found + transfer_rules.transfer_facts(view, supplier, [recipient], weapons[:1], "AL",
                                                 "delivered", 0.7)
