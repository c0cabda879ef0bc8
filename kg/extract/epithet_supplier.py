""""accusing the Gulf state of supplying [G] with [W]": a supplier named only by an epithet
(round 24).

Reports that return to an accusation often name the accused state by a description ("the Gulf
state", "the Horn of Africa nation") after naming it once. The verb rules see no state before
"of supplying" and read nothing. The cue is narrow: "the", one or two capitalised words, a
state noun ("state", "kingdom", "emirate", "nation", "country"), "of supplying/arming/providing"
and the armed group or state supplied right after; the supplier is the one state an earlier
sentence of the article already gave as supplier to that same recipient (none or two: nothing).
Only weapons no complete transfer holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_EPITHET_OF = re.compile(
    r"\bthe\s+(?:[A-Z][\w-]*\s+){1,2}(?:state|kingdom|emirate|nation|country|monarchy)\s+of\s+"
    r"(?:(?:also|covertly|secretly|illegally)\s+)?(?P<v>supplying|arming|providing|sending)\s+"
    r"(?:the\s+)?")
_WITH = re.compile(r"\s+with\s+")


def _earlier_supplier(before: list[dict[str, Any]], recipient: str, index: int) -> str | None:
    """The one state that earlier sentences gave as supplier to ``recipient``."""
    told = {f["supplier"] for f in before if f.get("type") == "ArmsTransfer"
            and f.get("recipient") == recipient and (f.get("supplier") or "").startswith("state/")
            and f.get("_sent", index) < index}
    return told.pop() if len(told) == 1 else None


def epithet_supplier_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                               before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "the [Region] state of supplying G with W" read as (the state told before
    as G's supplier) -> G."""
    text = view.text
    if " of " not in text:
        return found
    for m in _EPITHET_OF.finditer(text):
        g = next((a for a in actors if a.start == m.end() and a.key and not a.person
                  and not a.demonym), None)
        w = g and _WITH.match(text, g.end)
        supplier = g and _earlier_supplier(before, g.key, view.index)
        if not w or not supplier or supplier == g.key:
            continue
        whole = complete_weapons(found)
        weapons = [x for x in transfer_rules.weapons_in(view, w.end(), clause_end(text, w.end()))
                   if x.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [supplier], g.key, weapons, "EPITHET",
                                      m.group("v"), confidence=0.7)
    return found
