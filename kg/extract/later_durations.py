"""A treaty's term told in a sentence of its own after the signing (round 18):

"Kenya and Uganda signed a border agreement on Wednesday. The deal runs for five years." /
"It runs for four years.": the sentence opens with the agreement ("The deal", "The protocol",
"It") and a verb of lasting (runs, lasts, is valid, remains in force) gives the years; the
term is the latest signed treaty's of the two sentences before, when it has none. Nothing else
of the sentence is read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.treaties import durations

_OPENING = re.compile(
    r"^[\W_]*(?:It|(?:The|This)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|pact|"
    r"treaty|protocol|charter|memorandum|text))\b[^.;]{0,80}?\b(?:runs|run|lasts|last|is\s+valid|"
    r"will\s+be\s+valid|remains\s+in\s+force|will\s+remain\s+in\s+force|is\s+in\s+force)\s+"
    r"for\b")


def later_duration(text: str, index: int, raw: list[dict[str, Any]]) -> None:
    """Give the latest signed treaty of the two sentences before ``index`` the years that
    ``text`` says it runs for."""
    if not _OPENING.match(text):
        return
    years = durations(text)
    if years is None:
        return
    target = next((f for f in reversed(raw) if f.get("type") == "Treaty" and f.get("_signed")
                   and not f.get("_attach_only") and 0 < index - f["_sent"] <= 2), None)
    if target is not None and target.get("duration_years") is None:
        target["duration_years"] = years
