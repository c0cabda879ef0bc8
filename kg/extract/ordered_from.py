"""Weapons told before, then "ordered from" a state (round 21):

"Poland took delivery of 46 K2 battle tanks on Wednesday. The tanks were ordered from Seoul
under an executive contract signed in 2022": the second sentence names the seller (a capital
for its state) of the weapons the first told, and the deal behind them. The seller fills the
supplier of the transfer told just before (when it has none); the deal is a treaty between that
transfer's recipient and the seller. The sentence must open on the weapons ("The tanks were
ordered from ...") so the buyer is surely the one told before.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

# "The tanks were ordered from", "The jets had been bought from the"
_OPENS_ORDERED = re.compile(
    r"^\s*(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:originally\s+|first\s+)?(?:ordered|bought|purchased|acquired)\s+from\s+(?:the\s+)?$", re.I)
# "under an executive contract signed in 2022", "in a deal signed in May"
_UNDER_SIGNED = re.compile(
    r"\b(?:under|in|through)\s+(?:a|an|the)\s+(?:[\w$.,€£-]+\s+){0,4}?"
    r"(?P<kind>contract|deal|agreement)\s+(?P<v>signed|inked|sealed)\b", re.I)


def _seller(view: SentView, actors: list[Actor]) -> str | None:
    """The state after the opening "The W were ordered from"."""
    for a in actors:
        if a.person or not (a.key or "").startswith("state/"):
            continue
        return a.key if _OPENS_ORDERED.match(view.text[:a.start]) else None
    return None


def _told_just_before(view: SentView, raw: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The transfer of the sentence just before (the last one told there) with a recipient."""
    return next((f for f in reversed(raw) if f.get("type") == "ArmsTransfer"
                 and f.get("_sent") == view.index - 1 and f.get("recipient")), None)


def ordered_from(view: SentView, actors: list[Actor], raw: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """The deal's treaty of "The W were ordered from S under a contract signed in Y" (and S as
    the supplier the transfer told just before lacks)."""
    seller = _seller(view, actors)
    told = _told_just_before(view, raw) if seller else None
    if told is None or told["recipient"] == seller or told.get("supplier") not in (None, seller):
        return []
    if told.get("supplier") is None:
        told["supplier"] = seller
    deal = _UNDER_SIGNED.search(view.text)
    if deal is None:
        return []
    date = next((d.value for d in view.dates if 0 <= d.start - deal.end("v") <= 25), None)
    return [{"type": "Treaty", "parties": [told["recipient"], seller], "signatories": [],
             "date": date, "duration_years": None, "kind": deal.group("kind").lower(),
             "_sent": view.index, "_signed": True, "confidence": 0.6}]
