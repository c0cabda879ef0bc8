"""The state of a visiting office-holder told without one (round 18):

"DOHA — Qatar and Kazakhstan signed ... during a state visit by President X": X is a guest, so
not of the host (the dateline's state, or the place of "a visit to Y by"); when the sentence
names exactly one other state, X is its office-holder. Without "visit by" right before the
title, or with more than one other state, nothing is said (the ordinary context rules apply).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# "during a state visit by", "a two-day visit to Doha by", "an official visit by the"
_VISIT_BY = re.compile(r"\bvisit\s+(?:to\s+(?P<host>[^,;.]{2,40}?)\s+)?by\s+(?:the\s+)?$",
                       re.I)


def guest_state(view: SentView, title_start: int, dateline_state: str | None) -> str | None:
    """The one state other than the host that the sentence names, for a title after
    "visit by"."""
    text = view.text
    visit = _VISIT_BY.search(text, 0, title_start)
    if visit is None:
        return None
    host = None
    if visit.group("host"):
        host = next((m.state() for m in view.mentions if visit.start("host") <= m.start
                     < visit.end("host") and m.state()), None)
    host = host or dateline_state
    if host is None:
        return None
    others = list(dict.fromkeys(m.state() for m in view.mentions
                                if m.state() and not m.is_demonym and m.state() != host))
    return others[0] if len(others) == 1 else None
