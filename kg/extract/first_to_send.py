""""In 2023 it became the first country to send F-16 jets to Ukraine": a transfer told as a
first (round 37).

The verb is an infinitive after "became the first country to", so no verb rule read it; the
subject is a state or "it", the state opening the sentence before in the paragraph (as for "It
ordered W from S", kg.extract.it_ordered). Narrow on purpose: "became (was) the first
[country|nation|state|ally|member|government] to" and a verb of supply must follow the subject
at once, the receiver is the state after "to" following the weapons; only weapons no transfer
holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.it_ordered import subject_state

_FIRST_TO = re.compile(r"\s+(?:became|was|is)\s+the\s+first\s+(?:[\w-]+\s+)?(?:country|nation|"
                       r"state|ally|member|government|donor)\s+(?:[\w\s]{0,30}?\s+)?to\s+(?:send|"
                       r"supply|deliver|provide|give|donate|transfer|export|sell)\s+")
_IT = re.compile(r"\b[Ii]t$")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
CUE = re.compile(r"\bthe\s+first\s+[^.;]{0,40}\bto\s+(?:send|supply|deliver|provide|give|"
                 r"donate|transfer|export|sell)\b")
CUE_WORD = "first"  # (in every CUE match: a sentence without it is not scanned)


def first_to_send_transfers(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                            prev: SentView | None) -> list[dict[str, Any]]:
    """``tfs`` with "S became the first country to send W to R"; ``prev`` is the sentence
    before in the paragraph (for "it"), or None."""
    text = view.text
    if CUE_WORD not in text or not CUE.search(text):
        return tfs
    for m in _FIRST_TO.finditer(text):
        s = next((a for a in actors if a.end == m.start() and actor_state(a)), None)
        supplier = actor_state(s) if s is not None else (
            subject_state(prev) if prev is not None and _IT.search(text, 0, m.start())
            else None)
        ws = transfer_rules.weapons_in(view, m.end(), len(text))
        to = _TO.match(text, ws[-1].end) if ws else None
        r = next((a for a in actors if to and a.start == to.end() and actor_state(a)), None)
        buyer = actor_state(r)
        if supplier and buyer and supplier != buyer:
            tfs = fill_incomplete(view, tfs, [(supplier, buyer, ws)], "FIRST_TO_SEND", m.group(0))
    return tfs
