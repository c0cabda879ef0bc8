""""An air strike that Israel said targeted a Hezbollah commander": the side that says what its
attack was aimed at carried it out (round 36).

The clause names the side only as the speaker inside a relative clause on the attack noun, so
no subject rule read it, and the strike took a side from elsewhere in the article (or the
target's group). Narrow on purpose: the attack noun, "that" or "which", the side, a verb of
saying and a verb of aiming must follow each other at once; only the strikes told in that
sentence are changed.
"""

from __future__ import annotations

import re
from typing import Any

_ATTACK_THAT = re.compile(
    r"\b(?:strike|strikes|attack|attacks|raid|raids|bombing|bombardment|shelling|operation)\s+"
    r"(?:that|which)\s+(?:the\s+)?$", re.I)
_SAID_AIMED = re.compile(
    r"^\s+(?:said|says|claimed|claims|insisted|maintained)\s+(?:had\s+|has\s+|was\s+|were\s+)?"
    r"(?:targeted|targeting|aimed\s+at|directed\s+at|struck|hit|killed|destroyed|"
    r"eliminated)\b", re.I)
CUE = re.compile(r"\b(?:that|which)\s+(?:the\s+)?[\w\s-]{2,40}?\s+(?:said|says|claimed|claims)\b",
                 re.I)


def speaking_side(view: Any) -> str | None:
    """The side that says what the attack of this sentence was aimed at."""
    if not CUE.search(view.text):
        return None
    for m in view.mentions:
        side = m.side()
        if side and _ATTACK_THAT.search(view.text[max(0, m.start - 30):m.start]) \
                and _SAID_AIMED.match(view.text[m.end:]):
            return side
    return None


def said_targeted_attacker(strikes: list[dict[str, Any]], views: list[Any]) -> None:
    """Give a strike told in such a sentence the side that speaks of its aim."""
    for s in strikes:
        side = speaking_side(views[s["_sent"]])
        if side is not None:
            s["attacker"] = side
