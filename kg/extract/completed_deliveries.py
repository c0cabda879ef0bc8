""""[S] said that it had completed the handover of its last W to [R]" (round 25).

A supply told as a noun after a verb of finishing ("completed the handover/delivery/transfer
of W to R") names the giver only as the clause's subject, often through the "it" of a report
("Norway said on Tuesday that it had ..."); the noun rules read only "S's delivery of W to R".
Narrow on purpose: "completed/finished/began/started the delivery/handover/transfer/shipment
of", the weapons, then "to" and the recipient at once; the supplier is the state right before
"has/had" + that verb, or the state that opens "[S] said (on Day) (that) it had". Only weapons
no complete transfer holds are given one; a future or hedged "will complete" is not read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_COMPLETED = re.compile(
    r"\b(?:completed|finished|began|begun|started)\s+(?:the\s+)?(?:delivery|handover|hand-over|"
    r"transfer|shipment)\s+of\s+")
_NOUNS_OF = ("delivery of", "handover of", "hand-over of", "transfer of", "shipment of")
_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had)\s+|said\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?it\s+(?:has|had)\s+)?"
    r"(?:now\s+|also\s+|already\s+)?$")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def _subject(text: str, actors: list[Actor], at: int) -> str | None:
    """The state whose clause runs up to the verb at ``at`` ("Norway has", "Norway said it had")."""
    s = next((a for a in reversed(actors) if a.end <= at), None)
    if s is None or not actor_state(s) or _BEFORE.fullmatch(text, s.end, at) is None:
        return None
    return actor_state(s)


def completed_delivery_transfers(view: SentView, actors: list[Actor],
                                 found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "S (said it) had completed the handover of W to R" read as S -> R (W)."""
    text = view.text
    if not any(noun in text for noun in _NOUNS_OF):
        return found
    for m in _COMPLETED.finditer(text):
        supplier = _subject(text, actors, m.start())
        end = clause_end(text, m.end())
        to = _TO.search(text, m.end(), end)
        r = to and next((a for a in actors if a.start == to.end()), None)
        if supplier is None or r is None or not r.key or r.person or r.key == supplier:
            continue
        weapons = transfer_rules.weapons_in(view, m.end(), to.start())
        found = fill_incomplete(view, found, [(supplier, r.key, weapons)], "COMPLETED",
                                "delivered")
    return found
