"""Weapons whose "arrival" the article's state celebrates, with the seller of the deal (round 25).

"Thai officials on Sunday celebrated the arrival last month of the first two Gripen E fighters at
Surat Thani air base, the start of a $600 million deal that Thailand signed with Sweden": the
noun "arrival" names no recipient (the weapons came to the state the report is from, the
dateline's) and the supplier is the state the deal was signed "with" in the same sentence (or
the one the weapons came "from"). Read only for "the arrival (last month / on Sunday) of (the
first) N W", the weapons right after "of", a supplier after "deal / contract / agreement / order
... with" or "from" in the same sentence, a dateline state other than it, no third state in the sentence, and weapons no rule gave
both parties (a supplier-less fact of them gives way). "The arrival of a Swedish trade
delegation" names no weapon and gives nothing.

The verb reads the same way: "Armenia has signed contracts with India for artillery, and the first
Indian-made Pinaka rocket launchers arrived last year": "the first [Demonym]-made W arrived" with
no place after it is the dateline state's, from the demonym's state (again only with no third
state in the sentence).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clause_parties import replace_transfers
from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state, states_within
from kg.extract.entities import SentView

_ARRIVAL = re.compile(
    r"\barrival\s+(?:(?:last|this|earlier\s+this)\s+\w+\s+|on\s+\w+\s+|in\s+(?:[A-Z][a-z]+"
    r"\s+)?\d{4}\s+|in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?of\s+"
    r"(?:the\s+|its\s+)?(?:(?:first|initial|last|final|second)\s+)?", re.I)
_FIRST_MADE_ARRIVED = re.compile(
    r"\b[Tt]he\s+first\s+(?:\w+\s+)?(?P<dem>[A-Z][a-z]+)-(?:made|built|supplied)\s+"
    r"(?P<w>[^,;.]{2,60}?)\s+(?:have\s+|has\s+|had\s+)?arrived\b(?!\s+(?:in|at)\b)")
_SELLER = re.compile(r"\b(?:(?:deal|contract|agreement|order)\b[^.;]{0,40}?\bwith|from)\s+"
                     r"(?:the\s+)?", re.I)


def _seller(text: str, actors: list[Actor], pos: int) -> str | None:
    """The state after "deal ... with" or "from" past ``pos``, the first one only."""
    for m in _SELLER.finditer(text, pos):
        a = next((a for a in actors if a.start == m.end() and not a.demonym), None)
        if actor_state(a):
            return actor_state(a)
    return None


def arrival_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                      dateline_state: str | None) -> list[dict[str, Any]]:
    """``found`` with "the arrival of the first N W ..., a deal ... with S" read as S -> the
    dateline's state."""
    text = view.text
    if not dateline_state or "arriv" not in text:
        return found
    if "arrived" in text:
        found = _first_made_arrived(view, actors, found, dateline_state)
    m = _ARRIVAL.search(text)
    if m is None:
        return found
    ws = [w for w in transfer_rules.weapons_in(view, m.end(), m.end() + 60)
          if w.start - m.end() <= 14][:1]
    supplier = ws and _seller(text, actors, ws[0].end)
    if not supplier or supplier == dateline_state or set(states_within(
            actors, 0, len(text))) - {supplier, dateline_state}:
        return found  # ("the arrival in Kyiv of ...": a third state may be the one supplied)
    if any(f.get("type") == "ArmsTransfer" and f.get("_at") == ws[0].start and f.get("supplier")
           and f.get("recipient") for f in found):
        return found
    return replace_transfers(view, found, [supplier], dateline_state, ws, "ARRIVAL", "delivered")


def _first_made_arrived(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                        dateline_state: str) -> list[dict[str, Any]]:
    """``found`` with "the first [Demonym]-made W arrived" read as the demonym's state -> the
    dateline's state."""
    text = view.text
    m = _FIRST_MADE_ARRIVED.search(text)
    maker = m and next((a for a in actors if a.start == m.start("dem") and a.demonym), None)
    supplier = maker.key if maker is not None and (maker.key or "").startswith("state/") else None
    if not supplier or supplier == dateline_state or set(states_within(
            actors, 0, len(text))) - {supplier, dateline_state}:
        return found
    ws = transfer_rules.weapons_in(view, m.start("w"), m.end("w"))[:1]
    if not ws or any(f.get("type") == "ArmsTransfer" and f.get("_at") == ws[0].start
                     and f.get("supplier") and f.get("recipient") for f in found):
        return found
    return replace_transfers(view, found, [supplier], dateline_state, ws, "ARRIVAL", "delivered")
