"""The state of a delegation's head told with a bare title (round 18):

"Iran's delegation was led by the foreign minister, X" / "The Iranian side was headed by
Foreign Minister X": the title is the delegation's state's, not the dateline's (the host of
the talks). Only a delegation, side or team of a state named right before "led by" / "headed
by" counts.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_LED_BY = re.compile(r"^(?:['’]s)?\s+(?:delegation|side|team|negotiators|negotiating\s+team)\s+"
                     r"(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?(?:led|headed)\s+by\s+"
                     r"(?:the\s+|its\s+)?(?:(?:acting|new|interim)\s+)?$", re.I)


def delegation_state(view: SentView, title_start: int) -> str | None:
    """The state of the delegation that the title at ``title_start`` leads."""
    before = [m for m in view.mentions if m.end <= title_start and m.state()]
    if not before:
        return None
    m = before[-1]
    return m.state() if _LED_BY.match(view.text[m.end:title_start]) else None
