"""The host met on a trip: "flew to Ashgabat to sign an accord with President X" (round 29).

A title with no state after a journey "to [city] to sign/meet ... with" names the host, the
head of the state whose city it is: the rules fell back to the dateline's state (the traveller's
own, whose president was already told) or dropped the name as a visitor's. Only after a verb of
travel, a city (or state) of one state right after "to", and a purpose "to sign / to meet /
to hold talks" whose "with" the title follows.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_TRIP = re.compile(
    r"\b(?:fl(?:ew|ying|ies|y)|travel(?:l?ed|l?ing|s)?|went|going|headed|heading|arrived|"
    r"arriving)\s+(?:on\s+)?to\s+$")
_PURPOSE = re.compile(r"\s+(?:on\s+\w+\s+)?to\s+(?:sign|meet|hold\s+talks)\b[^.;:()]{0,80}?"
                      r"\bwith\s+(?:the\s+)?(?:country['’]s\s+|its\s+)?$")


def visit_host_state(view: SentView, title_start: int) -> str | None:
    """The state of the city in "flew to [city] to sign ... with [title] X", else None."""
    text = view.text
    if " to sign" not in text and " to meet" not in text and " to hold" not in text:
        return None
    for m in view.mentions:
        if m.start >= title_start:
            break
        if m.state() and not m.is_demonym and not m.possessive and _TRIP.search(
                text, max(0, m.start - 30), m.start) and _PURPOSE.fullmatch(
                text, m.end, title_start):
            return m.state()
    return None
