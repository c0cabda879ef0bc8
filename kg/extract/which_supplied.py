"""A supplier named as the antecedent of "which": "Niger has deepened ties with Turkey, which
trains its troops and has supplied Bayraktar TB2 drones" (round 90).

The verb rules read "which ... has supplied W" with Turkey as the supplier and no recipient, or
(after "trains its troops and") nothing at all. The relative clause tells what the state it
follows did for the main clause's subject: that subject (a state other than the supplier) is
the recipient. Only weapons without a complete transfer are given.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state, subject_before
from kg.extract.entities import SentView

_WHICH_SUPPLIED = re.compile(r",\s*which\s+(?:[^,;.]{0,60}?\s+and\s+)?(?:also\s+)?"
                             r"(?:has\s+|had\s+|have\s+)?(?:long\s+|already\s+)?"
                             r"(?P<verb>supplied|sold|delivered|provided|sent|shipped)\s+")

# "has deepened ties with", "'s junta has turned to": the subject's own verb, right before
_TURNED_TO = re.compile(r"(?:['’]s\s+[\w-]+)?\s+(?:has\s+|have\s+|had\s+)?(?:[\w-]+\s+){1,4}?"
                        r"(?:with|to)\s+(?:the\s+)?")


def _readings(view: SentView, actors: list[Actor]):
    text = view.text
    for m in _WHICH_SUPPLIED.finditer(text):
        first = next((a for a in actors if a.end == m.start()), None)
        supplier = actor_state(first)
        if supplier is None:
            continue
        subj = subject_before(actors, text, first.start)
        recipient = actor_state(subj.actors[-1]) if subj is not None else None
        if recipient is None or recipient == supplier \
                or not _TURNED_TO.fullmatch(text, subj.actors[-1].end, first.start):
            continue
        ws = transfer_rules.weapons_in(view, m.end(), clause_end(text, m.end()))
        if ws:
            yield supplier, recipient, ws


def which_supplied_transfers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers a "[R] ... [S], which ... has supplied W" sentence tells."""
    if ", which" not in view.text:
        return found
    return fill_incomplete(view, found, _readings(view, actors), "WH", "supplied")
