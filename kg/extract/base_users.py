"""A state named as the user of the base that was hit is not the attacker guessed for it
(round 29).

"Rockets struck Ain al-Asad, the largest American military base in western Iraq": the clause
names no attacker, and the article-wide guess (kg.extract.discourse.attacker_for) took the
United States, whose own strike on another town came next. The demonym on the base says whose
troops were hit. Only a guessed attacker is refused (an attacker the sentence names stands: "US
jets struck militias near an American base"), and only when the demonym stands right before
"(military|air|naval|army) base" in the sentence of the strike.
"""
from __future__ import annotations

import re
from typing import Any

_BASE = re.compile(r"\b(?P<dem>[A-Z][a-z]+)\s+(?:(?:military|air|naval|army)\s+)?(?:base|airbase|"
                   r"air\s+base)\b")


def unless_base_user(key: str | None, text: str, gaz: Any) -> str | None:
    """The guessed attacker key, or None when the sentence calls the base hit that state's."""
    if key is None or "base" not in text:
        return key
    ent = gaz.get(key)
    demonyms = set(getattr(ent, "demonyms", ()) or ()) if ent is not None else set()
    if not demonyms:
        return key
    if any(m.group("dem") in demonyms for m in _BASE.finditer(text)):
        return None
    return key
