"""An arms contract told in a relative clause on the buyer (round 21):

"The delivery is a milestone for the Philippines, which signed a contract for 12 more FA-50 jets
with South Korea in June 2025": the buyer is the state the clause hangs on, the seller the state
after "with", the weapons those between "for" and "with". The verb rules of kg.extract.transfers
see no supply verb here; with the transfer told, kg.extract.purchase_deals makes the deal's
treaty. Only fills: weapons that already have a complete transfer keep it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

# "R, which signed a $1 billion contract for W with S", "R, which has signed a deal for W with S"
_WHICH_CONTRACTED = re.compile(
    r"\s*,\s*which\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:signed|inked|sealed)\s+(?:a|an)\s+"
    r"(?:[\w$.,€£-]+\s+){0,3}?(?:contract|deal|agreement)\s+for\s+", re.I)
_WITH = re.compile(r"\s+with\s+(?:the\s+)?", re.I)


def _state(a: Actor | None) -> str | None:
    return a.key if a is not None and not a.person and (a.key or "").startswith("state/") \
        else None


def _contracts(view: SentView, actors: list[Actor]):
    """(seller, buyer, weapons) for each "R, which signed a contract for W with S"."""
    text = view.text
    for r in actors:
        m = _WHICH_CONTRACTED.match(text, r.end)
        if not m or not _state(r):
            continue
        seller = next((a for a in actors if a.start > m.end()), None)
        w = _WITH.search(text, m.end(), seller.start) if seller else None
        if not _state(seller) or w is None or w.end() != seller.start \
                or re.search(r"[,;]", text[m.end():w.start()]):
            continue
        weapons = transfer_rules.weapons_in(view, m.end(), w.start())
        if weapons and _state(seller) != _state(r):
            yield _state(seller), _state(r), weapons


def contract_clause_transfers(view: SentView, actors: list[Actor],
                              found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers of "R, which signed a contract for W with S" added."""
    if "which" not in view.text:
        return found
    for seller, buyer, weapons in _contracts(view, actors):
        whole = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
                 and f.get("supplier") and f.get("recipient")}
        weapons = [w for w in weapons if w.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [seller], buyer, weapons, "RK", "signed")
    return found
