"""The side named in "the first such <Nationality> strike" / "the first such attack by <side>"
is the attacker of the attack its sentence tells (round 22).

An agentless passive often gives its author only in a trailing phrase that ranks the attack
among others of the same side: "A car was struck by a drone near Tubas on Monday, killing three
men, in the first such Israeli strike in the northern West Bank since the summer"; "A checkpoint
in Mogadishu was hit by a car bomb, killing eight, in the first such attack by al-Shabaab in the
capital since March". Read sentence by sentence, the attacker came from another sentence (the
side blamed for another attack, the author of the next strike). The phrase is a strong cue inside
the attack's own sentence, so the side it names replaces the attacker of the strikes told in
that sentence (and of the headline's strike at the same place, which retells it).
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_NOUN = r"(?:air\s+|drone\s+|missile\s+)?(?:strike|airstrike|attack|bombing|raid)"
# "the first such Israeli strike", "the first such attack by al-Shabaab"
_FIRST_SUCH_ADJ = re.compile(rf"\b(?:the|its|their)\s+first\s+such\s+(?P<side>[A-Z][\w-]*)\s+{_NOUN}\b")
_FIRST_SUCH_BY = re.compile(rf"\b(?:the|its|their)\s+first\s+such\s+{_NOUN}\s+by\s+(?:the\s+)?(?P<side>\w)")


def _side_at(view: Any, start: int) -> str | None:
    """The state or armed group of the mention that begins at this offset."""
    m = next((x for x in view.mentions if x.start == start), None)
    if m is None:
        return None
    return m.side()


def first_such_side(view: Any) -> str | None:
    """The side the sentence ranks its attack by ("the first such Israeli strike")."""
    for pattern in (_FIRST_SUCH_ADJ, _FIRST_SUCH_BY):
        m = pattern.search(view.text)
        if m is not None:
            return _side_at(view, m.start("side"))
    return None


def first_such_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Give the strikes of a "first such <side> strike" sentence that side as attacker."""
    for i in sorted({s["_sent"] for s in strikes}):
        if not 0 < i < len(views):
            continue
        who = first_such_side(views[i])
        if who is None:
            continue
        places = {s.get("target_place") for s in strikes if s["_sent"] == i}
        for s in strikes:
            if s["_sent"] == i or (s["_sent"] == 0 and s.get("target_place") in places):
                s["attacker"] = who
