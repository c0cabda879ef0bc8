"""Weapons to be shot down are no transfer (round 28).

"France will provide Israel with help to shoot down Iranian missiles", "The United States
promised Kyiv it would shoot down Russian missiles with Patriot interceptors": the verb rules
read the missiles as what was provided or promised, but they are the enemy's, the object of
"shoot down". A transfer is dropped when its weapon is the object of "shoot/shooting down" or
"intercept(ing)" with at most "any", "the", "all", "incoming" and two more words between
(the demonym); the weapons that do the shooting ("with Patriot interceptors", "sending Patriot
systems") are kept, and so is a weapon with a "-supplied" ("-made", "-built") adjective, which
names who armed the side that fired it ("shot down four US-supplied ATACMS missiles" is read by
kg.extract.transfers; "shot down" is left to kg.extract.downed_weapons).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

CUE = re.compile(r"\bshoot(?:ing)?\s+down\b|\bintercept(?:ing)?\b", re.I)
_SHOOT_DOWN_BEFORE = re.compile(
    r"\b(?:shoot(?:ing)?\s+down|intercept(?:ing)?)\s+(?:(?:any|the|all|incoming|more)\s+)*"
    r"(?:[\w-]+\s+){0,2}$", re.I)
# "shot down four US-supplied ATACMS missiles": the adjective names who supplied the launcher
# (kg.extract.transfers A5); such a weapon is kept
_SUPPLIED_ADJ = re.compile(r"[-‑](?:supplied|made|built|designed|provided|donated|delivered)\b",
                           re.I)


def drop_shot_down_objects(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without transfers of weapons that are the object of "shoot down"."""
    text = view.text
    if CUE.search(text) is None:
        return found
    out = []
    for f in found:
        at = f.get("_at") if f.get("type") == "ArmsTransfer" else None
        m = _SHOOT_DOWN_BEFORE.search(text, max(0, at - 60), at) if at is not None else None
        if m is None or _SUPPLIED_ADJ.search(text, m.start(), at + 20):
            out.append(f)
    return out


__all__ = ["CUE", "drop_shot_down_objects"]
