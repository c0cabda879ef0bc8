"""The deal behind an arms purchase: "X will buy W from Y in a deal signed on Thursday",
"X, which signed a deal with Y to buy W, ...". A signed arms deal is a treaty between buyer and
seller (GOLD.md), but the sentence is about the weapons, so the treaty rules find no subject
or "with" partner for it; the transfer rules have already told who sells to whom."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.entities import SentView

# "in a deal signed", "under a $2.8 billion contract signed", "signed a deal", "inked a
# contract": a purchase deal told as done (not "plans to sign a deal")
_SIGNED_DEAL = caseless(
    r"\b(?:(?:in|under|after|through|via|as\s+part\s+of)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w$.,€£-]+\s+){0,4}?(?P<n1>deal|contract|agreement|accord)\s+(?P<v1>signed|inked|sealed)"
    r"|(?P<v2>signed|inked|sealed|concluded)\s+(?:a|an|the|its|their)\s+(?:[\w$.,€£-]+\s+){0,4}?"
    r"(?P<n2>deal|contract|agreement))\b",
    needs=("signed", "inked", "sealed", "concluded"))  # (v1 or v2: most sentences hold none)
# "Its navy received W from S under a deal signed in 2015": the buyer is the pronoun opening the
# sentence, which the transfer rules resolved (round 25)
_BUYER_PRONOUN = re.compile(r"(?:Its|Their)\s+(?:navy|army|air\s+force|military|armed\s+forces|"
                            r"coast\s+guard|government|defen[cs]e\s+ministry)\s+")
_NOT_SIGNED = re.compile(r"\b(?:not|never|yet\s+to|to|would|could|may|might|plans?\s+to|"
                         r"expected\s+to|hopes?\s+to)\s+(?:be\s+)?$", re.I)


def purchase_treaties(view: SentView, transfers: list[dict[str, Any]],
                      treaties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One treaty for the one buyer-seller pair of this sentence's transfers when the sentence
    tells a deal signed for them and the treaty rules found none with both states."""
    text = view.text
    m = _SIGNED_DEAL.search(text)
    if m is None or _NOT_SIGNED.search(text, 0, m.start()):
        return []
    pairs = {(t["recipient"], t["supplier"]) for t in transfers
             if t.get("_sent") == view.index and t.get("supplier") and t.get("recipient")
             and t["supplier"].startswith("state/") and t["recipient"].startswith("state/")}
    if len(pairs) != 1:
        return []  # several buyers or sellers: whose deal it is stays unsaid
    buyer, seller = next(iter(pairs))
    named = {x.state() for x in view.mentions} - {None}
    if named != {buyer, seller} and not (named == {seller} and _BUYER_PRONOUN.match(text)):
        return []  # a third state named (another supplier, a place): whose deal is unclear
    if any(len(f.get("parties", [])) >= 2 and (buyer in f["parties"] or seller in f["parties"])
           for f in treaties):
        return []  # the treaty rules told it (or another deal of the same state)
    verb = m.end("v1") if m.group("v1") else m.end("v2")
    date = next((d.value for d in view.dates if 0 <= d.start - verb <= 40), None) \
        or _date_after_seller(view, seller)
    kind = (m.group("n1") or m.group("n2")).lower()
    return [{"type": "Treaty", "parties": [buyer, seller], "signatories": [], "date": date,
             "duration_years": None, "kind": kind, "_sent": view.index, "_signed": True,
             "confidence": 0.65}]


def _date_after_seller(view: SentView, seller: str) -> str | None:
    """The date right after the seller or the weapons ("signed a contract for 12 FA-50 jets with
    South Korea in June 2025", "a deal with France for 30 Rafale jets in 2021"): the signing's,
    however long the phrase between it and the verb."""
    ends = [m.end for m in view.mentions if m.state() == seller or m.category]
    return next((d.value for d in view.dates for e in ends if 0 <= d.start - e <= 4), None)
