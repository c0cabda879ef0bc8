"""An item "W supplied by its ally [state]" in a list beside an item whose recipient was read
(round 26).

"The army's new equipment, including K9 howitzers bought from South Korea and Patriot missiles
supplied by its ally the United States, ...": "its ally" stands between "by" and the supplier,
so no rule reads the item; its recipient is the one of the list's other item (Poland). Only
when the state follows "supplied/sold/provided/delivered by its ally/partner" at once, the
weapon stands right before "supplied", and another transfer of the sentence was read (its
recipient, when it has one, is this item's; else both are filled from the article alike). When
a rule already gave the item the list's other supplier ("bought from India and W supplied by its
ally S" read as two Indian items), the supplier right after the item overrides it: the strongest
cue there is, in the item's own phrase.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

CUE = re.compile(r"\s+(?:supplied|sold|provided|delivered)\s+by\s+its\s+(?:close\s+|main\s+)?"
                 r"(?:ally|partner)\s+(?:the\s+)?", re.I)
_BREAK = re.compile(r".*(?:,|\band\b|\bincluding\b)", re.S)


def ally_supplied_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "W supplied by its ally S" given to the recipient of the list's other
    item."""
    text = view.text
    m = CUE.search(text) if " its " in text else None
    if m is None:
        return found
    supplier = actor_state(next((a for a in actors if a.start == m.end()), None))
    if not supplier:
        return found
    brk = _BREAK.match(text, 0, m.start())
    weapons = transfer_rules.weapons_in(view, brk.end() if brk else 0, m.start())[-1:]
    # the list's other items (their recipient, or none yet: it is filled for all of them from
    # the article later, "The army's new equipment, including ...")
    receivers = [f.get("recipient") for f in found if f.get("type") == "ArmsTransfer"
                 and f.get("recipient") != supplier and f.get("supplier")
                 and f.get("_at") not in {w.start for w in weapons}]
    receivers.sort(key=lambda r: r is None)
    if not weapons or not receivers and not any(f.get("_at") == weapons[0].start
                                                 for f in found):
        return found
    told = [f for f in found if f.get("type") == "ArmsTransfer"
            and f.get("_at") == weapons[0].start]
    if told:
        # the item was given the list's other supplier ("bought from India and W supplied by
        # its ally S"): "by its ally S" right after it says whose it is
        for f in told:
            if f.get("recipient") != supplier:
                f["supplier"] = supplier
        return found
    return found + transfer_rules.transfer_facts(view, supplier, [receivers[0]], weapons,
                                                 "ALLY_SUPPLIED", "supplied", 0.75)
