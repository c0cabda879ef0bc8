"""A second attack told by a device going off in the lead's second clause (round 27a).

"Fighters overran a post in A, killing nine, and explosives packed into a truck detonated near a
barracks in B hours later" tells two attacks; the strike rules split a sentence at a second
clause only when its subject is an attacker or a weapon the gazetteer knows ("and a truck bomb
exploded"), and "explosives packed into a truck" or "an explosive device" is neither, so the
second attack was lost. Kept narrow: the clause must open with ", and" and its subject must be
such a device, right before its verb of going off.
"""

from __future__ import annotations

import re

_DEVICE = (r",\s+and\s+(?:(?:the\s+|a\s+|an\s+)?explosives\s+packed\s+into\s+(?:an?|the)\s+[a-z-]+|"
           r"(?:an?|two|three)\s+(?:[a-z-]+\s+)?(?:explosive\s+devices?|IEDs?))\s+")
_DEVICE_CLAUSE = re.compile(_DEVICE + r"(?:detonated|exploded|went\s+off)\b")
# the same clause ending right before its verb (the caller's trigger)
_DEVICE_SUBJECT = re.compile(_DEVICE + r"$")


def device_clause(text: str, pos: int) -> int | None:
    """Where ", and [device] detonated" starts in text[pos:], or None."""
    m = _DEVICE_CLAUSE.search(text, pos)
    return m.start() if m is not None else None


def device_subject(text: str, lo: int, hi: int) -> re.Match | None:
    """", and explosives packed into a truck " ending text[lo:hi] (right before the verb), as a
    match in text[lo:hi] like kg.extract.strikes.weapon_clause's, or None."""
    return _DEVICE_SUBJECT.search(text[lo:hi]) if "and" in text[lo:hi] else None
