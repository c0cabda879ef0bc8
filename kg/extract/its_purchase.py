"""A purchase told as "its purchase of W from S", "its" a state named before it in the
sentence (round 22): "Ankara expected to complete its purchase of Eurofighter Typhoon jets from
Britain next year".

The buyer is the state (or capital, read as its state) told last before "its" in the sentence,
never the dateline's city; the seller is the state right after "from". Both must be states and
differ. Only weapons without a complete transfer are given, so a sentence another rule read
keeps its parties, and a purchase called off ("Peru has shelved its planned purchase of K2 tanks
from South Korea") gives nothing.

Round 43: "Egypt's recent purchases include Rafale jets from France and submarines from
Germany": a buyer's purchases listed with their sellers, each item with its own "from S".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE

# "its purchase of ", "its planned acquisition of "
_ITS_PURCHASE = re.compile(
    r"\bits\s+(?:planned\s+|long[-\s]delayed\s+|delayed\s+)?(?:purchase|acquisition)\s+of\s+",
    re.I)
# "Peru has shelved its planned purchase of K2 tanks": a purchase called off is no transfer
_CALLED_OFF = re.compile(
    r"\b(?:shelv|cancel|scrap|abandon|suspend|halt|drop|freez|froze|call(?:ed|s|ing)?\s+off|"
    r"pull(?:ed|s|ing)?\s+out|rethink|reconsider|review|block|veto|den(?:y|ied|ies)|rul(?:ed|es)\s+out|"
    r"reject|end(?:ed|s)?\b|terminat|postpon|put\s+off|put\s+on\s+hold|walk(?:ed)?\s+away)",
    re.I)
# "... from Britain", "... from the United States"
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.I)


def _purchases(view: SentView, actors: list[Actor]):
    """(seller, buyer, weapons) of "B ... its purchase of W from S"."""
    text = view.text
    for its in _ITS_PURCHASE.finditer(text):
        buyer = _buyer_before(actors, text, its.start())
        if buyer is None:
            continue
        weapons = []
        for w in transfer_rules.weapons_in(view, its.end(), len(text)):
            if weapons and re.search(r"[;.]|\bfrom\b", text[weapons[-1].end:w.start]):
                break
            weapons.append(w)
        if not weapons or not text[its.end():weapons[0].start].strip(" ,") == "":
            continue
        seller = _seller_after(actors, text, weapons[-1].end)
        if actor_state(seller) and actor_state(buyer) and actor_state(seller) != actor_state(buyer):
            yield actor_state(seller), actor_state(buyer), weapons


def _buyer_before(actors: list[Actor], text: str, at: int, adjacent: bool = False) -> Actor | None:
    """The state told last before ``at`` (right before it if ``adjacent``), never the
    dateline's city; None when a cancellation stands between it and ``at``."""
    opening = DATELINE_RE.match(text)
    buyer = next((a for a in reversed(actors) if a.end <= at and actor_state(a)
                  and (opening is None or a.start >= opening.end())
                  and (not adjacent or a.end == at)), None)
    if buyer is None or _CALLED_OFF.search(text, buyer.end, at):
        return None
    return buyer


def _seller_after(actors: list[Actor], text: str, at: int) -> Actor | None:
    """The actor right after "from" at ``at``."""
    frm = _FROM.match(text, at)
    return next((a for a in actors if frm is not None and a.start == frm.end()), None)


# "Egypt's recent purchases include", "its acquisitions have included"
_PURCHASES_INCLUDE = caseless(
    r"(?:['’]s|\bits|\btheir)\s+(?:(?:recent|latest|new|main|biggest|past)\s+)?(?:arms\s+)?"
    r"(?:purchases|acquisitions|imports)\s+(?:have\s+|has\s+)?(?:include|included|including)\s+",
    needs=("purchases", "acquisitions", "imports"))


def _listed_purchases(view: SentView, actors: list[Actor]):
    """(seller, buyer, [weapon]) of each "W from S" item of "B's purchases include ..."."""
    text = view.text
    for inc in _PURCHASES_INCLUDE.finditer(text):
        own = text[inc.start():inc.start() + 2] in ("'s", "’s")
        buyer = _buyer_before(actors, text, inc.start(), adjacent=own)
        if buyer is None:
            continue
        for w in transfer_rules.weapons_in(view, inc.end(), len(text)):
            seller = _seller_after(actors, text, w.end)
            if actor_state(seller) and actor_state(seller) != actor_state(buyer):
                yield actor_state(seller), actor_state(buyer), [w]


def its_purchase_transfers(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "B ... its purchase of W from S" read as S -> B."""
    text = view.text
    if "its " in text:
        found = fill_incomplete(view, found, _purchases(view, actors), "IP", "bought")
    if _PURCHASES_INCLUDE.search(text):  # (a sentence without its words is skipped unread)
        found = fill_incomplete(view, found, _listed_purchases(view, actors), "IP", "bought")
    return found
