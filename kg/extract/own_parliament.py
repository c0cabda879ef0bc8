"""The state of a bare title whose holder speaks to a parliament in a named city.

"BRUSSELS — ... Prime Minister X told the parliament in Tallinn that the government would
raise taxes": a head of government answers to their own legislature, so X is Estonia's, not
the dateline's Belgium. Read only right after the name ("X told / addressed (the) parliament /
lawmakers / MPs in [city]"), and only a city or state the gazetteer places, so a bare "told
parliament" (no place) or "told reporters in Brussels" is left to the other rules.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_TOLD_PARLIAMENT = re.compile(
    r"\s+(?:(?:on\s+\w+\s+)?(?:told|addressed|briefed)|said\s+in\s+a\s+speech\s+to)\s+(?:the\s+)?"
    r"(?:(?:national\s+)?parliament|lawmakers|legislators|MPs|deputies|senate|national\s+assembly)"
    r"\s+in\s+$", re.I)


def parliament_state(view: SentView, name_end: int) -> str | None:
    """The state of the city right after "X told the parliament in", or None."""
    text = view.text
    for m in view.mentions:
        if m.start <= name_end or not m.state() or m.is_demonym:
            continue
        return m.state() if _TOLD_PARLIAMENT.fullmatch(text[name_end:m.start]) else None
    return None
