"""The side supplied with the weapons that struck is the attacker, not the supplier or the
accuser (round 36).

"Sudan's army accused Chad of supplying the Rapid Support Forces with the drones that struck Port
Sudan": the strike's trigger sits in a relative clause on the weapons, and the side that was
given them (the object of "supplying ... with") fired them. Without this the sentence's subject
(the accuser) or the supplier was taken as the attacker.

Narrow on purpose: the side must follow the supply verb at once ("the" allowed), a short weapon
phrase must follow "with", and the attack verb must open the relative clause on it; only strikes
told in that sentence are changed.
"""

from __future__ import annotations

import re
from typing import Any

_SUPPLIED_WITH = re.compile(
    r"\b(?:supply|supplying|supplied|provide|providing|provided|arm|arming|armed|equip|"
    r"equipping|equipped)\s+(?:the\s+)?$", re.I)
_WITH_WEAPONS_THAT = re.compile(
    r"^\s+with\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:that|which)\s+"
    r"(?:later\s+|then\s+|had\s+|have\s+)?(?:struck|hit|attacked|targeted|killed|bombed|"
    r"shelled|pounded|slammed\s+into|destroyed|damaged)\b", re.I)
CUE = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:that|which)\s+", re.I)


def supplied_user(view: Any) -> str | None:
    """The side written as supplied with the weapons that struck, if the sentence says so."""
    if not CUE.search(view.text):
        return None
    for m in view.mentions:
        side = m.side()
        if side and _SUPPLIED_WITH.search(view.text[max(0, m.start - 40):m.start]) \
                and _WITH_WEAPONS_THAT.match(view.text[m.end:]):
            return side
    return None


def supplied_users_attack(strikes: list[dict[str, Any]], views: list[Any]) -> None:
    """Give a strike told in such a sentence the side supplied with its weapons, and so a
    strike at the same place that took the attacked state itself as its attacker (the accuser
    of "... accused Chad of supplying the RSF with the drones that struck Port Sudan")."""
    for s in strikes:
        user = supplied_user(views[s["_sent"]])
        if user is None:
            continue
        s["attacker"] = user
        for o in strikes:
            if o is not s and o["target_place"] == s["target_place"] and o["target_place"] \
                    and o["attacker"] and o["attacker"] == o.get("target_country"):
                o["attacker"] = user
