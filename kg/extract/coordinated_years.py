"""The year of a signing coordinated after another act ("The two countries settled their shelf
line in 2003 and signed a treaty on their economic zones in 2022").

The treaty rules date a signing by the date nearest its verb, and here that is the year that
ends the first clause, just before "and signed"; the signing's own year stands after its object.
When a treaty of such a sentence carries the year told right before "and signed", and a year
follows the treaty word within the same clause, it takes that later year. Only "in YYYY and
signed ... in YYYY" is read.
"""

from __future__ import annotations

import re
from typing import Any

_IN_YEAR_AND_SIGNED = re.compile(
    r"\bin\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?:later\s+|then\s+)?signed\s+(?:a|an|the)\s+"
    r"[^,;.]{0,80}?\bin\s+(?P<y2>(?:19|20)\d\d)\b")


def redate_coordinated_signing(view: Any, treaty_facts: list[dict[str, Any]]
                               ) -> list[dict[str, Any]]:
    """A treaty dated by the year of the clause before "and signed" takes its own year."""
    if not treaty_facts or "and signed" not in view.text:
        return treaty_facts
    m = _IN_YEAR_AND_SIGNED.search(view.text)
    if m is None or m.group("y1") == m.group("y2"):
        return treaty_facts
    dated = [f for f in treaty_facts if f.get("type") == "Treaty" and f.get("date") == m.group("y1")]
    if len(dated) == 1:
        dated[0]["date"] = m.group("y2")
    return treaty_facts


__all__ = ["redate_coordinated_signing"]
