"""Office-holders of a breakaway region told as "the region's leader, X".

"Russia signed a treaty with the breakaway region of South Ossetia. ... the region's leader,
Alan Gagloev, signed": the title's state is the region the article called breakaway (the
gazetteer lists such regions as states), not the dateline's state nor the sentence's subject.
Read only with both cues: "the region's" right before the title, and a "breakaway region of X"
(or "breakaway X") told in this sentence or one before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.extract.entities import SentView

_BREAKAWAY = re.compile(r"\bbreakaway\s+(?:[A-Z][\w-]*\s+)?(?:region\s+of\s+|republic\s+of\s+)?")
# "the region's leader", "the breakaway region's foreign minister" (then ", " and the name)
_REGIONS_TITLE = re.compile(r"\b[Tt]he\s+(?:breakaway\s+)?region['’]s\s+(?:[\w-]+\s+)?[\w-]+"
                            r"\s*,?\s*$")


def breakaway_region(views: list[SentView], upto: int) -> str | None:
    """The state of the last "breakaway (region of) X" told up to sentence ``upto``."""
    found = None
    for v in views[:upto + 1]:
        for b in _BREAKAWAY.finditer(v.text):
            m = next((x for x in v.mentions if x.start == b.end() and x.state()
                      and not x.is_demonym), None)
            if m is not None:
                found = m.state()
    return found


def region_office_holders(view: SentView, views: list[SentView], roles: list[Any]) -> list[Any]:
    """Roles whose title reads "the region's ..." get the article's breakaway region."""
    out = []
    for r in roles:
        if _REGIONS_TITLE.search(view.text[max(0, r.person_start - 60):r.person_start]):
            region = breakaway_region(views, view.index)
            if region and region != r.state:
                r = replace(r, state=region)
        out.append(r)
    return out
