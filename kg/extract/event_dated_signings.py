"""A signing dated relative to another event ("The pact was signed three weeks after a clash
... on November 3").

The date such a sentence names is the event's, not the signing's: the treaty rules took it as the
pact's date and, the pact told before carrying another date, kept a second pact. Here a treaty read
from a sentence that opens "The/That/This [pact word] was signed [N days/weeks/months] after" or
"before" loses a date that stands after that phrase, so it joins the pact told before (the
sentence names it back with "The pact"). Only that opening is read; "signed on [date], three
weeks after the clash" keeps its date.
"""

from __future__ import annotations

import re
from typing import Any

_RELATIVE_SIGNING = re.compile(
    r"^\s*(?:The|That|This)\s+(?:\w+\s+){0,2}(?:pact|agreement|accord|deal|treaty|memorandum|"
    r"contract|protocol)\s+was\s+signed\s+(?:(?:just|only|some|about)\s+)?"
    r"(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b")


def undate_event_relative(view: Any, treaty_facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the date (the event's) of a treaty told as "was signed N weeks after [event] on D"."""
    if not treaty_facts or "was signed" not in view.text:
        return treaty_facts
    if _RELATIVE_SIGNING.match(view.text) is None:
        return treaty_facts
    for f in treaty_facts:
        if f.get("type") == "Treaty" and f.get("date"):
            f["date"] = None
    return treaty_facts


__all__ = ["undate_event_relative"]
