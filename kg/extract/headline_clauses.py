"""A headline's side in another clause than its attack is not the attacker (round 21).

"Sudan army chief meets Egypt leader as drones hit Port Sudan": the headline's strike took the
side of the first clause (Egypt, met by the army chief) though its own clause, "drones hit Port
Sudan", names none; the body tells the attack ("The Rapid Support Forces struck Port Sudan
with drones"), and the two stayed apart as two attacks. When the headline's attacker is named
only before a clause boundary ("as", "after", "while", "amid", ";", ":") that precedes the
attack clause, or is the side that repels the attack ("Somali troops repel raid on Baidoa
base"), and a body strike at the same place has an attacker, the headline takes it. Round 25:
also when the side is named only after the boundary and the place only before it ("Iranian-built
missile hits Marib camp as US strikes nine Houthi sites").
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_BOUNDARY = re.compile(r"\s(?:as|after|while|amid|when)\s|[;:]")
# "Somali troops repel raid on Baidoa base": the side that defends
_DEFENDS = re.compile(r"^\s+(?:(?:troops|forces|army|soldiers|police)\s+)?(?:repel|repulse|foil|"
                      r"thwart|fend\s+off|fight\s+off|beat\s+back)(?:s|ed)?\b", re.I)


def _side_keys(m: Any) -> set[str]:
    group = m.of_type("ArmedGroup")
    return {k for k in (m.state(), group.key if group else None) if k}


def _side_after_place(text: str, cut: Any, told: list[Any], s: Strike) -> bool:
    """"Iranian-built missile hits Marib camp as US strikes nine Houthi sites": the side is
    named only in the clause after the boundary, the place only in the one before it."""
    place = s.get("_place_text")
    at = text.find(place) if place else -1
    return (cut is not None and bool(told) and 0 <= at < cut.start()
            and all(m.start >= cut.end() for m in told))


def headline_side_in_other_clause(strikes: list[Strike], views: list[Any]) -> None:
    """Give the headline's strike the body's attacker at the same place (see the doc)."""
    if not views:
        return
    head = views[0]
    cut = _BOUNDARY.search(head.text)
    for s in strikes:
        who = s.get("attacker")
        if s["_sent"] != 0 or not who or not s.get("target_place"):
            continue
        told = [m for m in head.mentions if who in _side_keys(m)]
        defends = bool(told) and _DEFENDS.match(head.text[told[0].end:]) is not None
        if not defends and not _side_after_place(head.text, cut, told, s) and (
                cut is None or not told or any(m.start >= cut.end() for m in told)):
            continue  # the side is in the attack's clause
        body = next((b for b in strikes if b["_sent"] > 0 and b.get("attacker")
                     and b.get("target_place") == s["target_place"]), None)
        if body is not None and body["attacker"] != who:
            s["attacker"] = body["attacker"]
