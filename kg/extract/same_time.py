""""On the same morning": the day of the attack told just before (round 29).

"A ballistic missile hit a warehouse near Eilat early on Wednesday ... On the same morning,
Israeli warplanes struck fuel tanks at the port of Ras Isa": the second attack names no day of
its own, only the time of the one told before it, so it takes that attack's day. Unlike
`same_barrage.py` ("The same barrage also hit X": one salvo, one side), the sentence tells
another attack, possibly by the other side; what it shares is only the day.

Kept narrow, as a word pointing back outside the sentence must be: the sentence must open on
"(On/Early/Later on) the same morning/day/night/evening/afternoon" (or "That same ...") or
say "on the same morning" inside (not "on the same day as the talks"), only an empty day is
filled, and only from the strike told last before it (when that one has no day
either, nothing is guessed).
"""

from __future__ import annotations

import re
from typing import Any

_SAME_TIME_OPENING = re.compile(
    r"^\W*(?:(?:Early|Late|Later)\s+)?(?:(?:on|in|during)\s+)?(?:the|that)\s+same\s+"
    r"(?:morning|day|night|evening|afternoon)\b", re.I)
# "Russian missiles struck Izmail on the same morning, killing nine" (not "on the same day as
# the talks": another event's day)
_SAME_TIME_INSIDE = re.compile(
    r"\b(?:on|during|later|earlier)\s+(?:the|that)\s+same\s+(?:morning|day|night|evening|"
    r"afternoon)\b(?!\s+(?:as|that|when|of)\b)", re.I)


def _told_at_the_same_time(text: str) -> bool:
    return bool(_SAME_TIME_OPENING.match(text) or _SAME_TIME_INSIDE.search(text))


def same_time_day(strikes: list[dict[str, Any]], texts: list[str], text: str) -> None:
    """Fill the empty day of a strike whose sentence opens on "On the same morning" with the
    day of the strike told last before it (in place)."""
    if "same " not in text and "Same " not in text:
        return
    for s in strikes:
        if s["date"] is not None or not _told_at_the_same_time(texts[s["_sent"]]):
            continue
        before = [o for o in strikes if o["_sent"] < s["_sent"]]
        if not before:
            continue
        last = max(o["_sent"] for o in before)
        days = {o["date"] for o in before if o["_sent"] == last}
        if len(days) == 1 and None not in days:
            s["date"] = days.pop()
