"""A deal told in passing as "a similar deal signed with [state]" beside the sentence's own
signing ("The Philippines signed a contract on Monday for two frigates from South Korea, weeks
after a similar deal signed with Japan").

The treaty rules read "signed ... with Japan" as the sentence's signing and gave it Monday, while
the contract for the frigates came from the purchase rule without a date. The day belongs to the
main clause: when every date of the sentence stands before "a similar deal signed with", the
treaty with the state named after it gives its date to the sentence's undated deal with another
state and keeps none itself (the similar deal was signed earlier, on a day not told). Its kind is
the phrase's noun.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import group_after

_SIMILAR = re.compile(r"\b(?:a|an)\s+similar\s+(?P<noun>deal|agreement|contract|pact|accord)\s+"
                      r"(?:(?:it\s+|they\s+)?(?:had\s+)?signed\s+)?with\s+")


def _partner(view: Any, actors: list[Any]) -> tuple[str, int, str] | None:
    m = _SIMILAR.search(view.text)
    if m is None:
        return None
    g = group_after(actors, view.text, m.end(), max_gap=4)
    if g is None or len(g.actors) != 1 or not (g.actors[0].key or "").startswith("state/"):
        return None
    return g.actors[0].key, m.start(), m.group("noun")


def _main_deal(told: dict[str, Any], partner: str,
               transfers: list[dict[str, Any]], view: Any) -> dict[str, Any] | None:
    """The sentence's own deal, from its one transfer whose buyer signed with the partner."""
    pairs = {(t["recipient"], t["supplier"]) for t in transfers
             if t.get("_sent", view.index) == view.index and t.get("supplier")
             and t.get("recipient") and t["supplier"] != partner
             and t["recipient"] in told["parties"] and t["supplier"].startswith("state/")}
    if len(pairs) != 1:
        return None
    buyer, seller = next(iter(pairs))
    deal = {k: v for k, v in told.items() if k != "evidence"}
    deal.update(parties=[buyer, seller], date=None, kind=None, signatories=[])
    if "evidence" in told:
        deal["evidence"] = told["evidence"]
    return deal


def date_similar_deals(view: Any, actors: list[Any], treaties: list[dict[str, Any]],
                       deals: list[dict[str, Any]], transfers: list[dict[str, Any]]) -> None:
    """Move the sentence's date from the "similar deal" partner's treaty to the undated deal
    (made from the sentence's transfer when the purchase rule made none)."""
    if "similar" not in view.text or not treaties:
        return
    found = _partner(view, actors)
    if found is None:
        return
    partner, at, noun = found
    if any(d.start > at for d in view.dates):
        return  # a date after the phrase may be the similar deal's own
    similar = [t for t in treaties if partner in t.get("parties", ())]
    others = [t for t in treaties + deals if partner not in t.get("parties", ())
              and t.get("_sent", view.index) == view.index]
    if len(similar) == 1 and not others:
        made = _main_deal(similar[0], partner, transfers, view)
        if made is not None:
            deals.append(made)
            others = [made]
    if len(similar) != 1 or len(others) != 1:
        return
    told, main = similar[0], others[0]
    if told.get("date") and not main.get("date"):
        main["date"] = told["date"]
        told["date"] = None
    told["kind"] = noun


__all__ = ["date_similar_deals"]
