"""Transfer quantities counted in dozens ("some two dozen Leopard 2 tanks bought from Berlin").

The count rules read the unit word before "dozen" ("two" -> 2) and stop there, so "two dozen"
gave 2 and "about three dozen" 3. Here a transfer of the sentence whose quantity equals that unit
word, with "[unit] dozen" standing just before its weapon, gets the unit times twelve. Only the
fact whose weapon follows the phrase within a few words changes; "dozens of" (no count) is not
read. The article cue is the word "dozen" itself.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.numbers import parse_number

DOZEN_CUE = re.compile(r"\b[Dd]ozen\b")

# "two dozen", "some three dozen", "a dozen"; the weapon within four words after
_DOZEN = re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d{1,2})\s+dozen\s+"
                    r"(?:[\w-]+\s+){0,4}")


def _dozen_phrases(text: str) -> list[tuple[int, int, int]]:
    """(unit, start, end) of each "[unit] dozen" phrase with up to four words after it."""
    out = []
    for m in _DOZEN.finditer(text):
        unit = 1 if m.group("n").lower() == "a" else parse_number(m.group("n"))
        if unit:
            out.append((unit, m.start(), m.end()))
    return out


def dozen_quantities(view: Any, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each transfer of this sentence counted as "[unit] dozen W" the unit times twelve."""
    if "dozen" not in view.text:
        return tfs
    phrases = _dozen_phrases(view.text)
    for f in tfs:
        at = f.get("_at")
        if f.get("type") != "ArmsTransfer" or not isinstance(at, int) \
                or f.get("_sent", view.index) != view.index:
            continue
        for unit, start, end in phrases:
            if start < at <= end and f.get("quantity") in (unit, None):
                f["quantity"] = unit * 12
    return tfs


__all__ = ["DOZEN_CUE", "dozen_quantities"]
