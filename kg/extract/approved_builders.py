"""The approver of "must approve the transfer of the US-built aircraft" supplies nothing
(round 26).

"Norway's government said that Washington must approve the transfer of the US-built aircraft
before it could send six more F-16 jets to Ukraine": the maker's state consents to a re-export;
the sender is the sentence's subject (Norway). A transfer whose supplier is the approver or the
"[X]-built" state is given to the sentence's first state that is neither, and dropped when
there is none. Only in a sentence that says "approve(s/d) the transfer of the [X]-built/-made".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

CUE = re.compile(r"\bapprov\w*\s+(?:the\s+)?(?:re-?export|transfer)\s+of\s+(?:the\s+)?"
                 r"(?:\w+\s+)?\S*-(?:built|made)\b", re.I)


def approved_builder_suppliers(view: SentView, actors: list[Actor],
                               found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the approving/building state's transfers given to the sentence's sender."""
    text = view.text
    m = CUE.search(text) if "approv" in text else None
    if m is None:
        return found
    consenting = {actor_state(a) for a in actors if a.end <= m.end()
                  and (a.end > m.start() or re.match(r"\s+(?:must|would|has\s+to|had\s+to|to)?"
                                                     r"\s*approv", text[a.end:m.start() + 8]))}
    consenting.discard(None)
    if not consenting:
        return found
    senders = [actor_state(a) for a in actors if a.start < m.start() and actor_state(a)
               and actor_state(a) not in consenting]
    out = []
    for f in found:
        if f.get("type") == "ArmsTransfer" and f.get("supplier") in consenting:
            sender = next((s for s in senders if s != f.get("recipient")), None)
            if sender is None:
                continue
            f["supplier"] = sender
        out.append(f)
    return out
