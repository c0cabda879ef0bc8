"""Sellers told beside a contract or purchase, where no supply verb links the two states.

- "Israel, with which Rabat signed a contract for 150 WanderB drones": the state before
  ", with which" sells, the state that signed buys;
- "42 Rafale fighter jets, ordered from Paris under a contract": the state after "ordered
  from" (a capital for its state) sells, for a weapon whose buyer a rule found but whose seller
  it did not;
- "received 24 Rafale jets and 12 Caesar howitzers under a deal agreed with Paris" (round 66):
  the state after "deal ... with" sells the weapons before it whose buyer a rule found but
  whose seller it did not;
- "its purchase of Turkish KAAN fighter jets": the nationality on the weapon sells; the buyer
  is a possessive state ("Indonesia's purchase of ..."), or, for "its", left to the article's
  one buyer (kg.extract.records).

Each frame is read whole and only weapons in its object are taken; a weapon another rule gave
both parties keeps them. "its purchase of domestic patrol boats" names no seller and gives
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state, subject_before
from kg.extract.entities import Mention, SentView

# "Israel|, with which Rabat signed a contract for "
_WITH_WHICH = re.compile(r"\s*,\s*with\s+which\s+(?:the\s+)?")
_SIGNED_FOR = re.compile(r"\s+(?:had\s+|has\s+)?(?:signed|concluded|agreed|inked)\s+(?:a|an)\s+"
                         r"(?:[\w$.,€£-]+\s+){0,3}?(?:contract|deal|agreement)\s+"
                         r"(?:for|to\s+buy)\s+", re.I)
# "jets|, ordered from Paris under a contract"
_ORDERED_FROM = re.compile(r"\s*,\s*(?:which\s+(?:were|was)\s+)?(?:ordered|bought|purchased)\s+"
                           r"from\s+(?:the\s+)?")
# "... under a contract", "... in 2021,": the seller's name ends there (not "Paris-based Dassault")
_UNDER_CONTRACT = re.compile(r"\s+(?:under|in|through)\s+(?:a|an|the)\s+(?:[\w$.,€£-]+\s+){0,3}?"
                             r"(?:contract|deal|agreement)\b|\s+in\s+\d{4}\b|\s*[,.;]", re.I)
# "jets| under a deal agreed with |Paris"
_DEAL_WITH = re.compile(r"[^;.]{0,60}?\b(?:under|as\s+part\s+of|through)\s+(?:a|an|the)\s+"
                        r"(?:[\w$.,€£-]+\s+){0,3}?(?:contract|deal|agreement|accord)\s+"
                        r"(?:(?:agreed|signed|struck|reached|concluded|negotiated)\s+"
                        r"(?:(?:in|on|last|this|earlier)\s+(?:\w+\s+){0,2}?)?)?with\s+(?:the\s+)?")
# "its purchase of Turkish| KAAN fighter jets", "Indonesia's purchase of 48 Turkish| ..."
_PURCHASE_OF = re.compile(r"(?:\b[Ii]ts|['’]s)\s+(?:planned\s+|proposed\s+|recent\s+)?"
                          r"(?:purchase|acquisition|procurement)\s+of\s+(?:\d+\s+)?$")


def _actor_at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _complete_at(found: list[dict[str, Any]]) -> set[int]:
    return {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
            and f.get("supplier") and f.get("recipient")}


def _with_which(view: SentView, actors: list[Actor]):
    """(seller, buyer, weapons) of "S, with which B signed a contract for W"."""
    text = view.text
    for s in actors:
        ww = _WITH_WHICH.match(text, s.end)
        buyer = _actor_at(actors, ww.end()) if ww and actor_state(s) else None
        signed = _SIGNED_FOR.match(text, buyer.end) if actor_state(buyer) else None
        if signed and actor_state(buyer) != actor_state(s):
            ws = transfer_rules.weapons_in(view, signed.end(), clause_end(text, signed.end()))
            yield actor_state(s), actor_state(buyer), ws[:1]


def _possessive_owner(actors: list[Actor], text: str, pos: int) -> str | None:
    """The state written right before "'s purchase"; for "its", the state that is the clause's
    subject ("Poland defended its purchase of ..."), else None (the article decides)."""
    if text[pos:pos + 3].lower().startswith("its"):
        subj = subject_before(actors, text, pos)
        return actor_state(subj.actors[-1]) if subj is not None and len(subj.actors) == 1 else None
    return next((actor_state(a) for a in actors if a.end == pos and actor_state(a)), None)


def _purchases_of(view: SentView, actors: list[Actor]):
    """(seller, buyer or None, weapons) of "its purchase of Turkish W"."""
    text = view.text
    for s in actors:
        if not (s.demonym and actor_state(s)):
            continue
        told = _PURCHASE_OF.search(text, max(0, s.start - 60), s.start)
        if told is None or told.end() != s.start:
            continue
        ws = transfer_rules.weapons_in(view, s.end, clause_end(text, s.end))
        if ws and re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+){0,2}", text[s.end:ws[0].start]):
            owner = _possessive_owner(actors, text, told.start())
            if owner != actor_state(s):
                yield actor_state(s), owner, ws[:1]


def _sellers_after(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                   frame: re.Pattern, holds: Callable[[Actor, Mention, re.Match], bool]) -> None:
    """Fill the empty seller of each transfer whose buyer a rule found and whose weapon is
    followed by ``frame`` and a state (the seller), where ``holds(seller, weapon, match)``."""
    text = view.text
    for f in found:
        if f.get("type") != "ArmsTransfer" or f.get("supplier") or not f.get("recipient"):
            continue
        w = next((m for m in view.mentions if m.start == f.get("_at") and m.category), None)
        m = frame.match(text, w.end) if w is not None else None
        seller = _actor_at(actors, m.end()) if m else None
        if actor_state(seller) and actor_state(seller) != f["recipient"] and holds(seller, w, m):
            f["supplier"] = actor_state(seller)


def _ordered_from_sellers(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> None:
    """Fill the empty seller of "W, ordered from S under a contract" (a buyer already found)."""
    _sellers_after(view, actors, found, _ORDERED_FROM,
                   lambda seller, w, m: bool(_UNDER_CONTRACT.match(view.text, seller.end)))


def _deal_with_sellers(view: SentView, actors: list[Actor],
                       found: list[dict[str, Any]]) -> None:
    """Fill the empty seller of "R received W under a deal agreed with S" (a buyer found; no
    other state between the weapon and the seller)."""
    _sellers_after(view, actors, found, _DEAL_WITH,
                   lambda seller, w, m: not any(w.end <= a.start < m.end() and actor_state(a)
                                                for a in actors))


def contract_seller_transfers(view: SentView, actors: list[Actor],
                              found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers of these frames (weapons without a complete transfer)."""
    low = view.text.lower()
    if "with which" not in low and "purchase of" not in low and "acquisition of" not in low \
            and "procurement of" not in low and " from " not in low and " with " not in low:
        return found
    _ordered_from_sellers(view, actors, found)
    if " with " in low:
        _deal_with_sellers(view, actors, found)
    for seller, buyer, ws in [*_with_which(view, actors), *_purchases_of(view, actors)]:
        ws = [w for w in ws if w.start not in _complete_at(found)]
        if not ws:
            continue
        span = {w.start for w in ws}
        # ("The new aircraft come from Israel, with which ...": the drones named after are
        # those aircraft, not a second system)
        found = [f for f in found if not (f.get("type") == "ArmsTransfer" and (
            f.get("_at") in span or f.get("supplier") == seller and not f.get("recipient")
            and not f.get("weapon")))]
        for f in transfer_rules.transfer_facts(view, seller, [buyer] if buyer else [None], ws,
                                               "CT", "ordered", 0.7):
            f["_needs_recipient_ctx"] = buyer is None
            found.append(f)
    return found
