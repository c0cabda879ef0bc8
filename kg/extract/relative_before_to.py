""""Spain has handed over its entire stock of Aspide missiles, which it had ordered from Italy,
to Kyiv": the receiver after a relative clause on the weapons (round 37).

The verb rules end the object at the comma, so the receiver after the relative clause was lost
(and only the clause's own purchase was read). Narrow on purpose: a state as the subject right
before a verb of handing over, the weapons right after it (a few words such as "its entire stock
of" allowed), one relative clause opened by ", which|that" and closed by a comma, then "to" and a
state; only weapons the subject is not already given as supplier to that state.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_HANDED = re.compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)*(?:handed\s+over|sent|"
                     r"transferred|delivered|given|donated|shipped|supplied|gifted)\s+", re.I)
_RELATIVE_TO = re.compile(r",\s+(?:which|that)\s+[^,;.]{3,90},\s+to\s+(?:the\s+)?")
CUE = re.compile(r",\s+(?:which|that)\s+[^,;.]{3,90},\s+to\s+[A-Z]")


def relative_before_to_transfers(view: SentView, actors: list[Actor],
                                 tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with "S handed over W, which ..., to R" read as (S, R, W)."""
    text = view.text
    if not CUE.search(text):
        return tfs
    added: list[dict[str, Any]] = []
    for s in actors:
        seller = actor_state(s)
        verb = _HANDED.match(text, s.end) if seller else None
        rel = _RELATIVE_TO.search(text, verb.end()) if verb else None
        if rel is None:
            continue
        r = next((a for a in actors if a.start == rel.end() and actor_state(a)), None)
        buyer = actor_state(r)
        ws = transfer_rules.weapons_in(view, verb.end(), rel.start())
        if not buyer or buyer == seller or not ws or rel.start() - ws[-1].end > 3:
            continue
        told = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"
                and f.get("supplier") == seller and f.get("recipient") == buyer}
        ws = [w for w in ws if w.start not in told]
        added += transfer_rules.transfer_facts(view, seller, [buyer], ws, "RELATIVE_BEFORE_TO",
                                               verb.group(0), 0.75)
    return tfs + added
