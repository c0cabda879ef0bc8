"""An arms contract told in a relative clause on the buyer (round 21):

"The delivery is a milestone for the Philippines, which signed a contract for 12 more FA-50 jets
with South Korea in June 2025", "Egypt, which signed a deal with France for 30 Rafale jets": the
buyer is the state the clause hangs on, the seller the state after "with", the weapons those
after "for". The verb rules of kg.extract.transfers see no supply verb here; with the transfer
told, kg.extract.purchase_deals makes the deal's treaty. Only fills: weapons that already have a
complete transfer keep it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons, replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "R, which signed a $1 billion contract for W with S", "R, which has signed a deal for W with S"
_WHICH_CONTRACTED = re.compile(
    r"\s*,\s*which\s+(?:in\s+\d{4}\s+)?(?:(?:has|had)\s+)?(?:also\s+)?(?:signed|inked|sealed)\s+"
    r"(?:a|an)\s+(?:[\w$.,€£-]+\s+){0,3}?(?:contract|deal|agreement)\s+", re.I)
_FOR = re.compile(r"for\s+", re.I)
_WITH = re.compile(r"\s+with\s+(?:the\s+)?", re.I)
_WITH_FIRST = re.compile(r"with\s+(?:the\s+)?", re.I)


def _for_then_with(view: SentView, actors: list[Actor], lo: int):
    """"... contract for W with S": (seller, weapons)."""
    text = view.text
    seller = next((a for a in actors if a.start > lo), None)
    w = _WITH.search(text, lo, seller.start) if seller else None
    if w is None or w.end() != seller.start or re.search(r"[,;]", text[lo:w.start()]):
        return None, []
    return seller, transfer_rules.weapons_in(view, lo, w.start())


def _with_then_for(view: SentView, actors: list[Actor], lo: int):
    """"... contract with S for W": (seller, weapons up to the clause's end)."""
    text = view.text
    seller = next((a for a in actors if a.start == lo), None)
    f = _FOR.match(text, seller.end + 1) if seller else None
    if f is None or text[seller.end] != " ":
        return None, []
    return seller, transfer_rules.weapons_in(view, f.end(), clause_end(text, f.end()))


def _contracts(view: SentView, actors: list[Actor]):
    """(seller, buyer, weapons) for each "R, which signed a contract for W with S" (or "with S
    for W")."""
    text = view.text
    for r in actors:
        m = _WHICH_CONTRACTED.match(text, r.end)
        if not m or not actor_state(r):
            continue
        if _FOR.match(text, m.end()):
            seller, weapons = _for_then_with(view, actors, _FOR.match(text, m.end()).end())
        elif _WITH_FIRST.match(text, m.end()):
            seller, weapons = _with_then_for(view, actors, _WITH_FIRST.match(text, m.end()).end())
        else:
            continue
        if weapons and actor_state(seller) and actor_state(seller) != actor_state(r):
            yield actor_state(seller), actor_state(r), weapons


def contract_clause_transfers(view: SentView, actors: list[Actor],
                              found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers of "R, which signed a contract for W with S" added."""
    if "which" not in view.text:
        return found
    for seller, buyer, weapons in _contracts(view, actors):
        whole = complete_weapons(found)
        weapons = [w for w in weapons if w.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [seller], buyer, weapons, "RK", "signed")
    return found
