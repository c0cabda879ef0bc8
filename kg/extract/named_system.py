"""A generic system in the lead named in the next sentence (round 22):

"Morocco has agreed to buy an advanced medium-range air defence system ... The system, the
Barak MX built by Israel Aerospace Industries, will be delivered over three years": the lead's
transfer carries only the description ("advanced medium-range air defence system"), and the
name told right after is the same system, not a second one. Read only when the next sentence
(in the paragraph or opening the next one) opens "The [head noun], the [named weapon]" (an
apposition with the head noun of the transfer's description) and the transfer names no system
of its own; the transfer then takes the name (an empty slot filled, nothing overridden).
"""

from __future__ import annotations

import re
from typing import Any

_APPOSED = re.compile(r"^\W*The\s+(?P<head>[a-z-]+),\s+(?:the\s+)?")


def _head(text: str) -> str:
    return text.split()[-1].lower() if text.split() else ""


def _named_after(view: Any, pos: int) -> Any:
    """The named weapon mention that starts at ``pos`` of this sentence, if any."""
    for m in view.mentions:
        if m.start == pos and m.category:
            w = m.weapon()
            if w is not None and not w.key.startswith("generic/"):
                return m
    return None


def name_generic_systems(facts: list[dict[str, Any]], views: list[Any]) -> None:
    """Give a lead transfer of a described system the name of "The system, the X" after it."""
    for f in facts:
        if f.get("type") != "ArmsTransfer" or f.get("weapon") or not f.get("weapon_text"):
            continue
        i = f.get("_sent")
        if i is None or i + 1 >= len(views):
            continue
        nxt = views[i + 1]
        m = _APPOSED.match(nxt.text)
        if m is None or m.group("head") != _head(f["weapon_text"]):
            continue
        named = _named_after(nxt, m.end())
        if named is not None:
            f["weapon"] = named.weapon().key
            f["weapon_text"] = named.text
