"""Counts written with a thousands comma that the quantity reader took for a year (round 25).

"Italy will supply 2,000 Aster missiles to Moldova": the quantity reader skips numbers between
1900 and 2100 as years ("the 2022 order"), so "2,000" gave no quantity; a number written with a
thousands comma is never a year. Read only for a transfer of this sentence with no quantity whose
weapon follows such a number at once (not money: no currency sign before it, no "million" after).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_COMMA_COUNT = re.compile(r"(?<![$€£\d,.])(?P<n>\d{1,3}(?:,\d{3})+)\s+$")


def fill_comma_counts(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "2,000 W" read as a quantity of 2000 where none was read."""
    text = view.text
    if ",0" not in text and ",1" not in text and ",9" not in text:
        return found
    for f in found:
        at = f.get("_at")
        if f.get("type") != "ArmsTransfer" or f.get("quantity") is not None or not at:
            continue
        m = _COMMA_COUNT.search(text, max(0, at - 12), at)
        if m:
            n = int(m.group("n").replace(",", ""))
            if 1900 <= n <= 2100:
                f["quantity"] = n
    return found
