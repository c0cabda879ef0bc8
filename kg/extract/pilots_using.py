""""In [state], the air force commander said his pilots were striking ... using W supplied by S"
(round 26).

The speaker's own air force uses the weapons, so its state receives them; the sentence names
that state only as a place or possessive before the speaker ("In neighbouring Ukraine, ...").
Narrow on purpose: the sentence names an "air force" (commander, chief or spokesman), "his/its/
our/their pilots/crews" before "using W supplied/provided/sold/delivered by S" and exactly one
state that is not a demonym and not S before the pilots; only a recipient no rule gave is filled.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

CUE = re.compile(r"\b(?:his|its|our|their)\s+(?:pilots|crews)\b", re.I)
_USING = re.compile(r"\busing\s+", re.I)
_BY = re.compile(r"\s+(?:supplied|provided|sold|delivered)\s+by\s+(?:the\s+)?", re.I)


def pilots_using_transfers(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "his pilots ... using W supplied by S" given to the air force's state."""
    text = view.text
    crews = CUE.search(text) if "pilots" in text or "crews" in text else None
    if crews is None or "air force" not in text.lower():
        return found
    using = _USING.search(text, crews.end())
    by = using and _BY.search(text, using.end())
    supplier = by and actor_state(next((a for a in actors if a.start == by.end()), None))
    if not supplier:
        return found
    homes = {actor_state(a) for a in actors if a.end <= crews.start() and not a.demonym} - {None}
    weapons = transfer_rules.weapons_in(view, using.end(), by.start())[-1:]
    if len(homes) != 1 or supplier in homes or not weapons:
        return found
    home = homes.pop()
    for f in found:
        if f.get("type") == "ArmsTransfer" and f.get("_at") == weapons[0].start:
            if f.get("recipient") or f.get("supplier") not in (None, supplier):
                return found
    found = [f for f in found if not (f.get("type") == "ArmsTransfer"
                                      and f.get("_at") == weapons[0].start)]
    return found + transfer_rules.transfer_facts(view, supplier, [home], weapons, "PILOTS_USING",
                                                 "supplied", 0.75)
