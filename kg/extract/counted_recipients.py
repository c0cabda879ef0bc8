"""Arms sold "to all three governments": one transfer to each state of the list told before.

"Mali, Niger and Burkina Faso signed a charter ... Turkey has sold Bayraktar TB2 drones to all
three governments": the count names no state, so the rules read one recipient from the context
(or none). The recipients are the nearest list of exactly that many states named together
("A, B and C") in this sentence or the five before. Read only with the count right after the
weapon ("W to all three governments / to the three states / to each of the two countries"), and
only when a list of that length is found; the number word is the strong cue.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_TO_ALL_N = re.compile(r"\s+to\s+(?:all\s+|each\s+of\s+the\s+|the\s+)(?P<n>two|three|four|five)\s+"
                       r"(?:governments|states|countries|nations|juntas|members|allies)\b", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def _state_lists(view: SentView, before: int | None = None) -> list[list[str]]:
    """The lists of states named together in a sentence ("A, B and C"), in order."""
    out: list[list[str]] = []
    cur: list[str] = []
    end = None
    for m in view.mentions:
        if before is not None and m.start >= before:
            break
        if not m.state() or m.is_demonym or m.possessive:
            continue
        if cur and end is not None and _LIST_GAP.fullmatch(view.text[end:m.start]):
            cur.append(m.state())
        else:
            if len(cur) >= 2:
                out.append(cur)
            cur = [m.state()]
        end = m.end
    if len(cur) >= 2:
        out.append(cur)
    return out


def _nearest_list(view: SentView, views: list[SentView], pos: int, n: int) -> list[str] | None:
    """The last list of exactly ``n`` distinct states before ``pos`` here, else in the five
    sentences before (nearest first)."""
    for w, before in [(view, pos)] + [(views[i], None)
                                      for i in range(view.index - 1, max(-1, view.index - 6), -1)]:
        for states in reversed(_state_lists(w, before)):
            if len(set(states)) == n:
                return list(dict.fromkeys(states))
    return None


def counted_recipients(view: SentView, views: list[SentView],
                       tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with a transfer "W to all N governments" split into one per listed state."""
    out: list[dict[str, Any]] = []
    for f in tfs:
        wt = f.get("weapon_text") if f.get("type") == "ArmsTransfer" else None
        m = None
        if wt and f.get("supplier"):
            at = view.text.find(wt)
            m = _TO_ALL_N.match(view.text, at + len(wt)) if at >= 0 else None
        states = _nearest_list(view, views, m.start(), _COUNTS[m.group("n").lower()]) \
            if m else None
        if not states or f["supplier"] in states:
            out.append(f)
            continue
        out.extend(dict(f, recipient=s) for s in states)
    return out
