"""The office of "his [nationality] counterpart, X" when its holder is told by title alone
(round 27): "The Peruvian foreign minister hosted his Chilean counterpart, X" gives X the
foreign minister's office (Chile's), though no named leader comes before to lend it.

Read only in the sentence itself, from the last title before the counterpart, introduced by
"the [demonym]" or "[State]'s" and followed by "his/her" with no name in between (the
counterpart is then the titled subject's, not someone's told sentences before); or followed by
the holder's name when no role of that holder was read (round 63: "Defence Minister X met his
Indonesian counterpart Y", X's state untold).
"""

from __future__ import annotations

import re

_THE_BEFORE = re.compile(r"(?:\b[Tt]he\s+(?:[A-Z][\w-]+\s+)?|\b[A-Z][\w-]+['’]s\s+)$")
_NAMED_TO_HIS = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z][\w-]*\s+){1,5}?(?:his|her)\s+"
                           r"(?:[A-Z][\w-]+\s+)?$")
_TO_HIS = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,5}?(?:his|her)\s+(?:[A-Z][\w-]+\s+)?$")


def unnamed_title_office(text: str, start: int, titles: re.Pattern) -> str | None:
    """The title of "the [demonym] / [State]'s [title] [verb ...] his" right before ``start``
    (where the counterpart phrase begins), else None."""
    last = None
    for t in titles.finditer(text, 0, start):
        last = t
    if last is None or last.group("title").lower() == "counterpart":
        return None
    if _THE_BEFORE.search(text, 0, last.start()) and _TO_HIS.fullmatch(text, last.end(), start):
        return last.group("title")
    if _NAMED_TO_HIS.fullmatch(text, last.end(), start):
        # "Defence Minister Richard Marles met his Indonesian counterpart X" where the named
        # holder's own state is not told: X still holds the title, for X's state (round 63)
        return last.group("title")
    return None
