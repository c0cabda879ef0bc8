""""Its parliament approved the sale of W to R": "Its" is the state that opens the sentence
before (round 30).

"Japan has tightened its own export rules this year. Its parliament approved the sale of Type 03
missiles to the Philippines in October": the approving body belongs to the seller, but the
sentence names no state for it. Read only when the sentence opens with "Its" and a state body
(parliament, government, cabinet, ...) that approved "the sale/export of", the sentence before
stands in the same paragraph and opens with a state as its subject, and that state is not the
buyer; only an empty supplier is filled.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.opening_actor import opening_actor

_ITS_APPROVED = re.compile(
    r"Its\s+(?:parliament|government|cabinet|legislature|congress|defen[cs]e\s+ministry)\s+"
    r"(?:has\s+|had\s+)?(?:also\s+)?(?:approved|authori[sz]ed|cleared)\s+(?:the\s+|a\s+)?"
    r"(?:possible\s+)?(?:sale|export)s?\s+of\s+")
_TO = re.compile(r"\s+to\s+")


def _opening_state(prev_view: SentView, prev_actors: list[Actor]) -> str | None:
    first = opening_actor(prev_view, prev_actors)
    if first is None or first.person or first.demonym:
        return None
    return actor_state(first)


def its_approver_transfers(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                           prev_view: SentView | None, prev_actors: list[Actor]
                           ) -> list[dict[str, Any]]:
    """``tfs`` with the state of the sentence before as seller of "Its X approved the sale"."""
    text = view.text
    if prev_view is None or not text.startswith("Its "):
        return tfs
    m = _ITS_APPROVED.match(text)
    seller = _opening_state(prev_view, prev_actors) if m else None
    if seller is None:
        return tfs
    end = clause_end(text, m.end())
    weapons = transfer_rules.weapons_in(view, m.end(), end)
    to = _TO.match(text, weapons[-1].end) if weapons else None
    buyer = next((actor_state(a) for a in actors
                  if to and a.start in (to.end(), to.end() + len("the "))), None)
    if buyer is None or buyer == seller:
        return tfs
    return transfer_rules.complete_or_add(view, tfs, weapons, seller, buyer, "supplier", "ITS",
                                          "approved the sale")
