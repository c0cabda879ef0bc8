"""The states after a plural title's names: "Presidents A and B of X and Y" (round 28e).

"Prime Ministers Anna Berg and Jonas Lind of Sweden and Norway sent envoys": the states follow
the names, in the names' order ("respectively" or not). The plural rule read the title before
the names but not the "of ..." after them, and fell back on the states of the sentence before,
which gave each name the state of another sentence, or the pair swapped when that sentence named
them the other way round. Read only on "of" right after the last name and a list of exactly as
many states, joined only by commas and "and".
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_OF = re.compile(r"\s*,?\s+of\s+(?:the\s+)?")
_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def states_after_names(view: SentView, names_end: int, count: int) -> list[str]:
    """The ``count`` states of "of X and Y" right after ``names_end``, in order; else []."""
    text = view.text
    of = _OF.match(text, names_end)
    if of is None:
        return []
    out: list[str] = []
    pos = of.end()
    for m in view.mentions:
        if m.start < pos:
            continue
        if m.start != pos or not m.state() or m.is_demonym or m.possessive:
            break
        out.append(m.state())  # type: ignore[arg-type]
        gap = _NEXT.match(text, m.end)
        if gap is None or len(out) == count:
            break
        pos = gap.end()
    return out if len(out) == count and len(set(out)) == count else []
