"""A second item with its own seller after a first's: "R operates W1 bought from A and W2 from
B" (round 29).

The rules read "W1 bought from A" (its buyer from the subject or the dateline) and stop at "and
W2 from B": no verb stands before the second item, so its seller and buyer were lost. Here the
second weapon takes the first's buyer (or none yet, when a later pass gives the first its buyer,
"Its army operates ..." in a Vilnius report: the later pass then fills both alike) and the state
after its own "from". Narrow on purpose: the first item must be a transfer from the state
written right after "(bought) from", the
second weapon must follow that state after " and " at once (a number or "the" between), and
"from [state]" must follow the second weapon at once; the second state must differ from both.
Only a weapon no rule gave both parties is read (kg.extract.elided_items reads the elided
weapon of "twelve W from A and twelve from B").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_FROM = re.compile(r"\s+(?:(?:bought|purchased|acquired|ordered|imported|obtained)\s+)?"
                   r"from\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:\w+\s+)?")
_BARE_AND = re.compile(r"\s+and\s+")
_OWN_FROM = re.compile(r"\s+from\s+(?:the\s+)?")


def _state_at(actors: list[Actor], pos: int) -> Actor | None:
    """The state written at ``pos``, if one is."""
    return next((a for a in actors if a.start == pos and actor_state(a)), None)


def paired_source_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` plus "W2 from B" after "W1 (bought) from A and" (W2 with no supplier told
    only)."""
    text = view.text
    if text.count(" from ") < 2 or " and " not in text:
        return found
    weapons = {m.start: m for m in view.mentions if m.category}
    for f in [f for f in found if f.get("type") == "ArmsTransfer"
              and f.get("supplier")]:
        w1 = weapons.get(f.get("_at"))
        fr = _FROM.match(text, w1.end) if w1 is not None else None
        first = _state_at(actors, fr.end()) if fr is not None else None
        if first is None or f["supplier"] != actor_state(first):
            continue
        second = _second_item(view, actors, weapons, first.end)
        if second is None:
            continue
        w2, seller = second
        recipient = f.get("recipient")
        if seller in (actor_state(first), recipient) or _has_supplier(found, w2.start):
            continue
        found = [g for g in found
                 if not (g.get("type") == "ArmsTransfer" and g.get("_at") == w2.start)]
        found += transfer_rules.transfer_facts(view, seller, [recipient],
                                               [w2], "PAIRED_SOURCE", "bought", 0.6)
    return found


def _has_supplier(found: list[dict[str, Any]], at: int) -> bool:
    """Whether a transfer of the weapon at ``at`` already has its supplier."""
    return any(g.get("type") == "ArmsTransfer" and g.get("_at") == at and g.get("supplier")
               for g in found)


def _second_item(view: SentView, actors: list[Actor], weapons: dict[int, Any],
                 pos: int) -> tuple[Any, str] | None:
    """(W2, B) of "and W2 from B" right after ``pos``."""
    text = view.text
    a = _AND.match(text, pos)
    if a is None:
        return None
    bare = _BARE_AND.match(text, pos)
    w2 = weapons.get(a.end()) or (weapons.get(bare.end()) if bare is not None else None)
    if w2 is None:
        return None
    own = _OWN_FROM.match(text, w2.end)
    seller = _state_at(actors, own.end()) if own is not None else None
    return (w2, actor_state(seller)) if seller is not None else None  # type: ignore[return-value]


__all__ = ["paired_source_transfers"]
