"""A recipient whose verb comes after a relative clause that names other parties (round 25).

"Mali, whose defence minister Sadio Camara visited Moscow in May, has received Su-24 bombers from
Russia": the receiving rules look for the subject right before "has received" and find the
clause's own names (a minister, Moscow) instead of Mali. Read only for "[state], whose/which ...,
has/have/had (also) received/bought/acquired/obtained W from [state]": the state before the
comma receives, the state right after "from" supplies, and only weapons no rule gave both parties
(a partial fact of them gives way).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_CLAUSE_VERB = re.compile(
    r",\s+(?:whose|which)\s+[^;,]{3,90}?,\s+(?:has|have|had)\s+(?:also\s+|since\s+|already\s+)?"
    r"(?:received|bought|acquired|obtained|taken\s+delivery\s+of)\s+")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")


def interrupted_receivers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                          ) -> list[dict[str, Any]]:
    """``found`` with "R, whose ..., has received W from S" read as S -> R."""
    text = view.text
    if ", whose " not in text and ", which " not in text:
        return found
    for m in _CLAUSE_VERB.finditer(text):
        # (the state's actor may span the clause's office-holder: "Mali, whose defence minister
        # Sadio Camara")
        r = next((a for a in actors if a.key and a.key.startswith("state/") and not a.demonym
                  and a.start < m.start() and re.fullmatch(r"(?:the\s+)?[A-Z][\w .'’-]{1,30}",
                                                            text[a.start:m.start()])), None)
        recipient = r.key if r is not None else None
        if not recipient:
            continue
        ws = transfer_rules.weapons_in(view, m.end(), m.end() + 80)
        if not ws:
            continue
        frm = _FROM.match(text, ws[-1].end)
        s = frm and next((a for a in actors if a.start == frm.end()), None)
        supplier = actor_state(s)
        if not supplier or supplier == recipient or s.demonym:
            continue
        told = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
                and f.get("supplier") and f.get("recipient")}
        ws = [w for w in ws if w.start not in told]
        if ws:
            found = replace_transfers(view, found, [supplier], recipient, ws, "INTR",
                                      "received")
    return found
