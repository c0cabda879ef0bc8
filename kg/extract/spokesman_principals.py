"""The principal of "a spokesman for President X": the state the spokesman speaks for (round 29).

"HANOI — A spokesman for President X said ... that Indonesian patrol boats would stay ...": the
title names no state, so the rules fell back to the dateline's Vietnam. What the spokesman says
of their own side names it: the one state the sentence names after the name. Only after
"spokesman/spokeswoman/spokesperson for" and only when the sentence names exactly one state
after the name and none before the title (but the dateline): two states after the name leave it
a guess.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$", re.I)


def spokesman_principal_state(view: SentView, title_start: int, name_end: int,
                              after_dateline: int) -> str | None:
    """The one state named after the name when the title follows "a spokesman for", else
    None."""
    text = view.text
    if "spokes" not in text or not _FOR.search(text[max(0, title_start - 30):title_start]):
        return None
    if any(after_dateline <= m.start < title_start and m.state() for m in view.mentions):
        return None
    after = {m.state() for m in view.mentions if m.start >= name_end and m.state()}
    return after.pop() if len(after) == 1 else None
