"""The state of a junta told by its seat: "X, who has led the junta in Niamey since 2023"
(round 32).

A council or junta named without its state ("the junta", "the ruling council") and followed
right away by "in [capital or state]" sits in that place's state; the head read by
kg.extract.roles' council rule is that state's leader. Read only for the words right after the
council's name (not "who leads the junta that took power in Bamako", which has its own rule).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_IN_SEAT = re.compile(r"\s+in\s+")


def seat_state(view: SentView, council_end: int) -> str | None:
    """The state of the place named right after the council ("the junta in Niamey")."""
    seat = _IN_SEAT.match(view.text, council_end)
    if seat is None:
        return None
    return next((x.state() for x in view.mentions if x.start == seat.end() and x.state()
                 and not x.is_demonym), None)
