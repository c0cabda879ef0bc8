"""A model's number is not a count: "two ASC 890 surveillance aircraft" (round 25).

When the gazetteer does not know a model ("ASC 890", "Dornier 228"), the weapon found is the
generic noun after it ("surveillance aircraft"), and the quantity reader takes the number right
before that noun (890, 228) for the count. A number that ends a capitalised name is the model's;
the count, if any, comes before the name ("two ASC 890 ..." gives 2). Read only for a transfer of
this sentence whose quantity equals the number before its weapon (at most two lower-case words between), with a capitalised word
right before that number.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.numbers import parse_number

_MODEL_END = re.compile(r"(?:^|\s)(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)?\s*"
                        r"(?:[A-Z][\w-]*\s+){1,3}(?P<n>\d+)\s+(?:[a-z][\w-]*\s+){0,2}$")


def fix_model_numbers(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with a model's number read as a count replaced by the count before the name
    (or none)."""
    text = view.text
    for f in found:
        at, q = f.get("_at"), f.get("quantity")
        if f.get("type") != "ArmsTransfer" or not q or not at or q < 100:
            continue
        m = _MODEL_END.search(text, max(0, at - 60), at)
        if m is None or int(m.group("n")) != q:
            continue
        count = parse_number(m.group("count") or "")
        f["quantity"] = count if count and count < 100000 else None
    return found
