"""A bare title is never of the state its holder accuses in the same sentence.

"SEOUL — North Korea fired two missiles. Defence Minister X accused Pyongyang of threatening
the peninsula": the context guesses (the sentence before's subject, the most named state) point
at North Korea, but one does not accuse one's own government, so X is the dateline's. Read only
for a state the rules took from the context (the title names none) and a state the holder
"accused / blamed / condemned / warned" right after the name; the state then is the first of
the sentence before's subject, the dateline's and the article's that is not the accused one,
or none at all (no guess left).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_ACCUSES = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|"
                      r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|thank(?:ed|s|ing)|"
                      r"prais(?:ed|es|ing))\s+(?:the\s+)?$")
# ("President X's office thanked Nairobi for its support": one thanks another state, not one's
# own either, but with no other candidate the guess stands for the later passes; round 75)
_THANKS = re.compile(r"\b(?:thank|prais)\w*\s+(?:the\s+)?$")


def accused_state(view: SentView, name_end: int) -> tuple[str | None, bool]:
    """The state the clause after a name accuses ("X ... accused Beijing of"), or None, and
    whether the verb thanks or praises it; only the first accused, before the sentence's next
    name or end."""
    text = view.text
    for m in view.mentions:
        if m.start <= name_end or not m.state() or m.is_demonym:
            continue
        if m.person():
            return None, False
        gap = text[name_end:m.start]
        if _ACCUSES.search(gap) and re.match(r"(?:['’]s\s+\w+)?(?:\s+on\s+\w+)?\s+(?:of|for)\b",
                                             text[m.end:m.end + 30]):
            return m.state(), bool(_THANKS.search(gap))
    return None, False


def unaccused_state(view: SentView, name_end: int, state: str,
                    candidates: tuple[str | None, ...]) -> str | None:
    """``state`` unless the holder accuses it; then the first of ``candidates`` that is not the
    accused state (None if none is left; for a state thanked or praised, the guess stands)."""
    accused, thanks = accused_state(view, name_end)
    if accused != state:
        return state
    return next((c for c in candidates if c and c != accused), state if thanks else None)
