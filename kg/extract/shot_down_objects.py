"""Weapons to be shot down are no transfer (round 28).

"France will provide Israel with help to shoot down Iranian missiles", "The United States
promised Kyiv it would shoot down Russian missiles with Patriot interceptors": the verb rules
read the missiles as what was provided or promised, but they are the enemy's, the object of
"shoot down". A transfer is dropped when its weapon is the object of "shoot/shooting/shot down"
or "intercept(ing)" with at most "any", "the", "all", "incoming" and two more words between
(the demonym, "-made" adjectives); the weapons that do the shooting ("with Patriot
interceptors", "sending Patriot systems") are kept.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

CUE = re.compile(r"\b(?:shoot(?:ing)?|shot)\s+down\b|\bintercept(?:ing)?\b", re.I)
_SHOOT_DOWN_BEFORE = re.compile(
    r"\b(?:(?:shoot(?:ing)?|shot)\s+down|intercept(?:ing)?)\s+(?:(?:any|the|all|incoming|more)\s+)*"
    r"(?:[\w-]+\s+){0,2}$", re.I)


def drop_shot_down_objects(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without transfers of weapons that are the object of "shoot down"."""
    text = view.text
    if CUE.search(text) is None:
        return found
    return [f for f in found if not (
        f.get("type") == "ArmsTransfer" and f.get("_at") is not None
        and _SHOOT_DOWN_BEFORE.search(text, max(0, f["_at"] - 60), f["_at"]))]


__all__ = ["CUE", "drop_shot_down_objects"]
