"""The state that owns a ranked name: "Mali's General Assimi Goita", "Niger's Captain X".

A clause after the name ("..., who leads the junta that took power in Bamako") gives the office
but often names no state of its own, while the sentence names others (the dateline's city, the
capital the junta seized). The possessive right before the rank is the strongest cue of whose
ruler he is; it is only read when nothing but rank words stand between it and the name.
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView

# "'s General ", "'s Senior General ", "'s Lt. Col. ": capitalised rank words only
_RANK_GAP = re.compile(r"['’]s\s+(?:[A-Z][a-z]*\.?\s+){1,3}")


def own_state_before(view: SentView, person: Mention) -> str | None:
    """The state of a possessive mention right before the person, over rank words only."""
    before = [x for x in view.mentions if x.end <= person.start]
    if not before:
        return None
    o = before[-1]
    if not o.possessive or not o.state() or o.is_demonym:
        return None
    if not _RANK_GAP.fullmatch(view.text[o.end:person.start]):
        return None
    return o.state()
