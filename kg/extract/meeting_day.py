"""A pact "also signed" by the two who met is dated by their meeting (round 23).

"Ukraine's Defence Minister X met Czech Defence Minister Y in Prague on Wednesday. The two
ministers also signed a contract for ...": the signing sentence gives no day; "also" ties it to
the meeting told in the sentence just before. Read only on "The two [leaders | ministers ...]
also signed" right after a sentence of the same paragraph with a meeting verb ("met", "hosted",
"held talks") and exactly one date; only a treaty of this sentence without a date is dated.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_ALSO_SIGNED = re.compile(
    r"\b[Tt]he\s+two\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state|"
    r"(?:(?:foreign|defen[cs]e)\s+)?ministers)\s+also\s+(?:signed|inked)\b")
_MEETING = re.compile(r"\b(?:met|hosted|received|held\s+talks\s+with|visited)\b")


def meeting_dated(view: SentView, before: SentView | None,
                  treaties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``treaties`` with an undated one dated by the meeting of the sentence before."""
    if before is None or "also" not in view.text or not _ALSO_SIGNED.search(view.text) \
            or view.dates:
        return treaties
    if not _MEETING.search(before.text) or len(before.dates) != 1:
        return treaties
    for f in treaties:
        if f.get("type") == "Treaty" and not f.get("date"):
            f["date"] = before.dates[0].value
    return treaties
