"""A contract told in the second of two crossed clauses: "A flies W bought from B, while C
acquired V from D under a contract signed in 2007" (round 31).

The treaty rules read the signing of the sentence with its first two states and made a treaty
A-B dated 2007; but the contract is the while-clause's, between its buyer C and seller D. Read
only when the sentence holds ", while [state] acquired/bought/received/ordered ... from [state]
under a contract/deal/agreement signed": the sentence's treaties are then replaced by the one of
C and D (with the date the old ones carried, or the first date after "signed").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state, state_actor_at
from kg.extract.entities import SentView

_WHILE_CONTRACT = re.compile(
    r",\s+while\s+(?:the\s+)?(?P<buyer>[A-Z][^,;.]{1,40}?)\s+(?:acquired|bought|received|"
    r"ordered|purchased|obtained)\s+[^,;.]{1,80}?\bfrom\s+(?:the\s+)?(?P<seller>[A-Z][^,;.]{1,40}?)"
    r"\s+under\s+(?:a|an|the)\s+(?:[\w$.-]+\s+){0,3}?(?:contract|deal|agreement)\s+"
    r"(?:that\s+was\s+|which\s+was\s+)?signed\b")


def while_contract_treaties(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with a crossed clause's misread treaty replaced by the while-clause's pair."""
    text = view.text
    if ", while" not in text:
        return found
    m = _WHILE_CONTRACT.search(text)
    if m is None:
        return found
    buyer = actor_state(state_actor_at(actors, m.start("buyer")))
    seller = actor_state(state_actor_at(actors, m.start("seller")))
    if buyer is None or seller is None or buyer == seller:
        return found
    pair = {buyer, seller}
    mine = [f for f in found if f.get("type") == "Treaty"]
    if any(set(f.get("parties") or []) == pair for f in mine):
        return found
    date = next((f.get("date") for f in mine if f.get("date")), None) or next(
        (d.value for d in view.dates if d.start >= m.end()), None)
    rest = [f for f in found if f.get("type") != "Treaty"]
    return rest + [{"type": "Treaty", "parties": [buyer, seller], "signatories": [],
                    "date": date, "duration_years": None, "kind": "contract",
                    "_sent": view.index, "_signed": True, "confidence": 0.6}]
