""""A week after Iran struck Israel, Israeli jets bombed sites near Isfahan": an attack told
only as a time reference (round 30).

A clause "<span> after <side> struck <state>" dates the attack the sentence reports by an
earlier one between two states. Read as a strike, it took the place of the reported attack
("Isfahan") and the side of the earlier one (Iran striking Isfahan), or, in "Explosions were
heard across Tehran ..., a week after Iran struck Israel", the place the sentence opens on. An
earlier attack that is worth a fact names where it fell ("days after Houthi drones hit a
building in Tel Aviv") and stays a strike; this one names only the state hit.

Kept narrow: the strike verb is a past form (struck, attacked, hit, bombed, shelled, raided,
targeted); before it stand a span of time ("a week", "days", "two months", "hours"), "after",
and one to three capitalised words (the side) at the start of the sentence or after a comma or
dash; right after it stands a mention of a state (not a place) closing the clause (a comma, a
full stop, "with ...", "on <weekday>", "last <month|week|...>").
"""

from __future__ import annotations

import re
from typing import Any

_VERBS = frozenset({"struck", "attacked", "hit", "bombed", "shelled", "raided", "targeted"})
_SPAN_AFTER = re.compile(
    r"(?:^|[,—–]\s*|^[A-Z][A-Z .'-]+,[^—–]{0,30}[—–]\s*)(?:just\s+|only\s+)?"
    r"(?i:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|hours?)\s+after)\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
_CLOSES = re.compile(r"^\s*(?:[,.;]|$|with\b|on\s+[A-Z]\w+day\b|last\s+\w+\b|in\s+(?:early|mid|late)\b)")


def time_reference_strike(view: Any, word: str, t_start: int, t_end: int) -> bool:
    """Whether the trigger at [t_start, t_end) is "<span> after <side> struck <state>"."""
    if word not in _VERBS or not _SPAN_AFTER.search(view.text[:t_start]):
        return False
    at = t_end + 1
    obj = next((m for m in view.mentions if m.start == at), None)
    return obj is not None and obj.state() is not None and obj.place() is None \
        and _CLOSES.match(view.text[obj.end:]) is not None
