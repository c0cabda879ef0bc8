"""Transfers told inside a relative clause or participle that names both parties.

"Rebels seized equipment that Turkey had supplied to the Sudanese army, including two TB2
drones": the verb rules take the clause for a hedge-free supply with no item (the items follow
", including"). "The ship was one of several patrol boats supplied by Japan to the Philippines'
coast guard": a participle "W supplied by S to R" after "one of several". Narrow on purpose: the
supplier and the recipient are states named right at the verb ("that S had supplied to R",
"supplied by S to R"), and only weapons without a complete transfer are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_GIVE = r"supplied|provided|delivered|donated|sold|sent|shipped|given|gifted|transferred"
# "that Turkey had supplied to the Sudanese army, including"
_THAT = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$")
_HAD_GIVEN = re.compile(rf"\s+(?:had|has|have)\s+(?:(?:earlier|previously|once)\s+)?(?:{_GIVE})"
                        r"\s+to\s+(?:the\s+)?")
_INCLUDING = re.compile(r"[^.;]{0,40}?,\s+including\s+")
# "one of several patrol boats supplied by Japan to the Philippines' coast guard"
_ONE_OF = re.compile(r"\bone\s+of\s+(?:several|many|the|\w+)\s+")
_BY = re.compile(rf"\s+(?:{_GIVE})\s+by\s+(?:the\s+)?")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def _actor_at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _state_recipient(actors: list[Actor], pos: int, supplier: str) -> str | None:
    """The state of the actor at ``pos`` (or at the "the" right before it), not the supplier."""
    r = actor_state(_actor_at(actors, pos) or _actor_at(actors, pos - 4))
    return r if r and r != supplier else None


def _that_supplied(view: SentView, actors: list[Actor]):
    """"that S had supplied to R, including W": (S, R, weapons after "including")."""
    text = view.text
    for s in actors:
        sup = actor_state(s)
        given = sup and _THAT.search(text, max(0, s.start - 12), s.start) and \
            _HAD_GIVEN.match(text, s.end)
        rec = given and _state_recipient(actors, given.end(), sup)
        incl = rec and _INCLUDING.match(text, given.end())
        if incl:
            ws = transfer_rules.weapons_in(view, incl.end(), clause_end(text, incl.end()))
            yield sup, rec, ws


def _one_of_supplied_by(view: SentView, actors: list[Actor]):
    """"one of several W supplied by S to R": (S, R, [W])."""
    text = view.text
    for m in _ONE_OF.finditer(text):
        ws = [w for w in transfer_rules.weapons_in(view, m.end(), clause_end(text, m.end()))
              if w.start == m.end() or re.fullmatch(r"[\w-]+\s+", text[m.end():w.start])]
        by = ws and _BY.match(text, ws[0].end)
        sup = by and actor_state(_actor_at(actors, by.end()))
        to = sup and _TO.match(text, _actor_at(actors, by.end()).end)
        rec = to and _state_recipient(actors, to.end(), sup)
        if rec:
            yield sup, rec, ws[:1]


def supplied_to_transfers(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers these clauses tell, for weapons without a complete one."""
    text = view.text
    readings = []
    if "including" in text and ("that" in text or "which" in text):
        readings += list(_that_supplied(view, actors))
    if "one of " in text and " by " in text:
        readings += list(_one_of_supplied_by(view, actors))
    return fill_incomplete(view, found, readings, "ST", "supplied") if readings else found
