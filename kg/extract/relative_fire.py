"""The side of a relative clause "a missile the Houthis fired at Tel Aviv" is the attacker of the
strike on that place (round 22).

"The Israeli strikes ... answered a ballistic missile the Houthis fired at Tel Aviv last week":
the attack on Tel Aviv is told inside a clause whose head is the weapon and whose subject is its
author, while the sentence's own subject ("The Israeli strikes") is the other side. Read clause by
clause, the strike on Tel Aviv took the sentence's subject. Only the side that begins the relative
clause right after the weapon, and only for the strike whose place follows "fired|launched at".
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "a ballistic missile the Houthis fired at ", "rockets that Hezbollah launched at "
_RELATIVE_FIRE = re.compile(
    r"\b(?:missiles?|rockets?|drones?|shells?)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:had\s+|have\s+|has\s+)?(?:fired|launched)\s+"
    r"(?:at|on|towards?)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?$")


def _side(view: Any, start: int, end: int) -> str | None:
    """The state or armed group named between these offsets (one mention)."""
    found = [m for m in view.mentions if start <= m.start < end]
    if len(found) != 1:
        return None
    return found[0].side()


def relative_clause_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Give the strike whose place ends "a missile <side> fired at <place>" that side."""
    for s in strikes:
        i, place_text = s["_sent"], s.get("_place_text")
        if not place_text or not 0 < i < len(views):
            continue
        text = views[i].text
        at = text.find(place_text)
        m = _RELATIVE_FIRE.search(text[:at]) if at > 0 else None
        if m is None:
            continue
        who = _side(views[i], m.start("side"), m.end("side"))
        if who is not None and who != s.get("target_country"):
            s["attacker"] = who
