"""A lead dated only by its report, its day in the next sentence (round 29).

"A Russian glide bomb attack on Kharkiv killed two people, the mayor said on Wednesday. The bomb
struck a petrol station on Tuesday evening, he said." The lead's only day is the one its report
was given on, so the strike took Wednesday; the next sentence, which refers back to the lead's
attack by its weapon or attack noun ("The bomb struck"), tells the attack's own day but names no
new place, so the strike rules read no strike there and its day was lost.

Kept narrow: the lead's sentence has no time word but "said on <weekday>", the very next
sentence opens on "The <weapon/attack noun> struck/hit/landed/exploded ... on <weekday>", no
strike was read in it (one that was is joined or kept apart by the merge), and only a day that
differs from the report's is taken.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.extract.dateline_leads import dated_by_report_only
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday

Strike = dict[str, Any]

_RETOLD_STRUCK = re.compile(
    rf"^\W*The\s+(?:[\w-]+\s+)?(?:bomb|missile|drone|rocket|shell|strike|attack|raid|blast)s?\s+"
    rf"(?:struck|hit|slammed\s+into|landed|fell|exploded|came\s+down)\b[^.;]{{0,120}}?"
    rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")


def day_after_report_lead(raw: list[Strike], texts: list[str], published: date | None) -> None:
    """Give a lead dated only by its report the day the next sentence tells (in place)."""
    if published is None:
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    told = {s["_sent"] for s in strikes}
    for s in strikes:
        i = s["_sent"]
        if not s.get("date") or i + 1 >= len(texts) or i + 1 in told:
            continue
        m = _RETOLD_STRUCK.match(texts[i + 1])
        if m is None or not dated_by_report_only(texts[i]):
            continue
        day = resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()
        if day != s["date"]:
            s["date"] = day
