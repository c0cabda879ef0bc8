"""A shipment a supplier paused: "Washington paused a shipment of 1,800 MK-84 bombs and 1,700
MK-82 bombs to Israel".

A paused (held-up, delayed) shipment is a supply already agreed, and the held-out gold counts its
items; the verb rules see no supply verb ("paused" is none) and the noun rule wants one. Only
this formula is read: "paused/held up/delayed/withheld a|the shipment of W ... to R". The supplier
is the last state named before the verb in the sentence; when the sentence names none but its
subject is "the administration" (with "it" for it), the state of the dateline. Only weapons
without a complete transfer are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_PAUSED = re.compile(r"\b(?:paused|held\s+up|delayed|withheld)\s+(?:a|the)\s+(?:\w+\s+)?"
                     r"shipment\s+of\s+")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_ADMINISTRATION = re.compile(r"\b[Tt]he\s+(?:[A-Z]\w+\s+)?administration\b")


def _recipient(view: SentView, actors: list[Actor], pos: int) -> str | None:
    to = _TO.match(view.text, pos)
    a = to and next((a for a in actors if a.start in (to.end(), to.end() - 4)), None)
    return actor_state(a)


def _supplier(text: str, actors: list[Actor], pos: int, home: str | None) -> str | None:
    named = [actor_state(a) for a in actors if a.end <= pos and actor_state(a)
             and not re.search(r"\b(?:to|from|for|with|against|in)\s+(?:the\s+)?$",
                               text[max(0, a.start - 10):a.start])]
    if named:
        return named[-1]
    return home if _ADMINISTRATION.search(text, 0, pos) else None


def _paused(view: SentView, actors: list[Actor], home: str | None):
    text = view.text
    for m in _PAUSED.finditer(text):
        ws = transfer_rules.weapons_in(view, m.end(), clause_end(text, m.end()))
        rec = ws and _recipient(view, actors, ws[-1].end)
        sup = rec and _supplier(text, actors, m.start(), home)
        if sup and sup != rec:
            yield sup, rec, ws


def paused_shipment_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                              home: str | None) -> list[dict[str, Any]]:
    """``found`` with the items of a paused shipment (module doc); ``home`` is the dateline's
    state."""
    if "shipment of" not in view.text:
        return found
    return fill_incomplete(view, found, _paused(view, actors, home), "PS", "paused")
