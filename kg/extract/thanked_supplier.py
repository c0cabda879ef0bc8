"""A leader who thanks a state for weapons speaks for the state that receives them (round 25).

"President Volodymyr Zelenskyy thanked Sweden for a new package that includes 20 CV90 infantry
fighting vehicles": the verb rules read Sweden's package, but no recipient is named; the leader
doing the thanking holds office in the state supplied. Read only for "[office-holder of R]
thanked S for ...", S a state right after "thanked" (not R), and only transfers of this sentence
from S with no recipient.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_THANKED = re.compile(r"\s+(?:has\s+|had\s+)?thanked\s+(?:the\s+)?")


def thanked_recipients(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                       ) -> list[dict[str, Any]]:
    """``found`` with the state of the leader who "thanked S for W" as W's recipient."""
    text = view.text
    if "thanked" not in text:
        return found
    for a in actors:
        m = _THANKED.match(text, a.end)
        leader_state = a.role.state if m and a.role is not None else None
        if not leader_state:
            continue
        s = next((b for b in actors if b.start == m.end()), None)
        supplier = actor_state(s)
        if not supplier or supplier == leader_state \
                or not re.match(r"\s+for\b", text[s.end:s.end + 5]):
            continue
        for f in found:
            if f.get("type") == "ArmsTransfer" and f.get("supplier") == supplier \
                    and not f.get("recipient"):
                f["recipient"] = leader_state
    return found
