"""A ship's position measured from a port is not a second attack on the port: "... fired two
missiles at a tanker in the Gulf of Aden on Tuesday. The tanker was about 80 nautical miles off
Mukalla when the first missile struck its bow" (round 26).

The second sentence reads as an attack with no attacker on Mukalla, which then took over the
sea of the attack just told. The development gold gives the sea for a ship hit in a named sea
(about 25 facts, "off Mokha" and "off the Yemeni coast" included) and the port only where no
sea is named. Only a sentence right after a strike placed at a sea, whose own strike has no
attacker and whose place is written "<N> (nautical) miles/kilometres off <place>", is that
strike told again: its toll and day fill the empty slots of the sea attack, its place is dropped.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_CUE = re.compile(r"\b(?:miles|kilometres|kilometers|km)\s+off\s", re.I)
_WATER = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Bay|Channel)\b")
_OFF = r"\b(?:miles|kilometres|kilometers|km)\s+off\s+(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?"


def positions_told_again(found: list[Strike], last_found: list[Strike], text: str,
                         label_of: Callable[[str], str | None]) -> list[Strike]:
    """The strikes of this sentence that only give the position of the ship hit just told at a
    sea; their slots fill that attack's empty ones. Returns them (the caller drops them)."""
    if len(last_found) != 1 or _CUE.search(text) is None:
        return []
    sea = last_found[0]
    label = label_of(sea["target_place"]) if sea.get("target_place") else None
    if not label or _WATER.search(label) is None:
        return []
    again = [s for s in found if s["attacker"] in (None, sea["attacker"]) and s.get("_place_text")
             and re.search(_OFF + re.escape(s["_place_text"]) + r"\b", text)]
    for s in again:
        for k in ("killed", "injured", "date"):
            if sea[k] is None:
                sea[k] = s[k]
        sea["_sents"] = [*sea.get("_sents", [sea["_sent"]]), s["_sent"]]
    return again
