"""Suppliers and recipients told by a fixed phrase rather than by the supply verb's own slots.

The verb rules read "India will transfer launchers to Armenia"; these phrases leave a slot of an
otherwise read transfer empty, or put the parties where the verb rules do not look:

- "Beijing will resume shipments of X to Venezuela": the subject of "resume shipments/deliveries
  of" is the supplier (a bare "resume talks" tells no weapon, so nothing is read);
- "India, which had pressed Yerevan ..., said it would now transfer N of its own X": the subject
  before the relative clause is who "it" is ("of its own" marks the giver's stock);
- "Turkey has also become an important supplier. Mali and Burkina Faso have both received X":
  the recipients are the subject, the supplier only in the sentence just before (same
  paragraph), told as "has become a/an (important|major|key|...) supplier";
- "X and Y had been re-exported to [group] by the Emirates": the passive's agent is who sent
  them, not the maker of the made-in adjective;
- "Its own air force, strengthened by Russian X supplied by Moscow": "its" is the state the
  sentence before opened with;
- "X, which Iran delivered to Port Sudan": a port or city after "delivered/sent/shipped to"
  stands for its state, the recipient (the article-wide guess took a state told before);
- "A shipment of Bulgarian X bound for Port Sudan was blocked": a stopped shipment is no
  transfer.

Each rule reads one narrow order; the first three only fill an empty supplier, the last two tell
a transfer whose parties the phrase names outright.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import Mention, SentView


def _state(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person and not a.demonym else None
    return key if key and key.startswith(("state/", "org/")) else None


def _open_transfers(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in found if f.get("type") == "ArmsTransfer" and f.get("recipient")
            and not f.get("supplier")]


def _fill_supplier(found: list[dict[str, Any]], supplier: str, lo: int = 0) -> None:
    for f in _open_transfers(found):
        if f.get("_at", 0) >= lo and f["recipient"] != supplier:
            f["supplier"] = supplier


# "Beijing will resume shipments of", "Moscow agreed to resume deliveries of"
_RESUME = re.compile(r"\s+(?:(?:will|would|is\s+to|plans\s+to|agreed\s+to|has\s+agreed\s+to|"
                     r"said\s+it\s+would)\s+)?resum(?:e|es|ed|ing)\s+(?:its\s+|the\s+)?"
                     r"(?:arms\s+|weapons?\s+)?(?:shipments|deliveries|supplies|exports|"
                     r"sales)\s+of\s+", re.I)


def _resumed_shipper(view: SentView, actors: list[Actor]) -> tuple[str, int] | None:
    for a in actors:
        m = _RESUME.match(view.text, a.end)
        if m and _state(a):
            return _state(a), m.end()
    return None


# "India, which had pressed Yerevan ..., said it would now transfer 12 of its own"
_WHICH = re.compile(r",\s+which\s+[^;]{5,160}?,\s+said\s+(?:that\s+)?it\s+(?:would|will|could)\s+"
                    r"(?:now\s+|also\s+|soon\s+)?(?:transfer|send|give|supply|hand\s+over|"
                    r"deliver|provide)\s+[^;]{0,40}?\bof\s+its\s+own\s+", re.I)


def _own_stock_giver(view: SentView, actors: list[Actor]) -> tuple[str, int] | None:
    first = actors[0] if actors else None
    if first is None or not re.fullmatch(r"\W*(?:The\s+)?", view.text[:first.start]):
        return None
    m = _WHICH.match(view.text, first.end)
    return (_state(first), m.end()) if m and _state(first) else None


_BECAME_SUPPLIER = re.compile(r"\s+(?:has|had|have)\s+(?:also\s+|since\s+|now\s+)?become\s+"
                              r"(?:an?|one\s+of\s+the)\s+(?:(?:important|major|key|leading|big|"
                              r"main|significant|growing)\s+)+(?:arms\s+|weapons\s+)?"
                              r"suppliers?\b", re.I)
_BOTH_RECEIVED = re.compile(r"\b(?:have|had)\s+(?:both|also|each)\s+(?:received|acquired|"
                            r"bought|taken\s+delivery\s+of)\s+", re.I)


def _supplier_told_before(view: SentView, prev: SentView | None,
                          prev_actors: list[Actor]) -> str | None:
    if prev is None or not _BOTH_RECEIVED.search(view.text):
        return None
    first = prev_actors[0] if prev_actors else None
    if first is None or not re.fullmatch(r"\W*", prev.text[:first.start]):
        return None
    return _state(first) if _BECAME_SUPPLIER.match(prev.text, first.end) else None


def fill_cued_suppliers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                        prev: SentView | None, prev_actors: list[Actor]
                        ) -> list[dict[str, Any]]:
    """``found`` with the empty suppliers the phrases above name filled in; ``prev``: the
    sentence before in the same paragraph (or None)."""
    if not _open_transfers(found):
        return found
    for told in (_resumed_shipper(view, actors), _own_stock_giver(view, actors)):
        if told:
            _fill_supplier(found, *told)
    before = _supplier_told_before(view, prev, prev_actors)
    if before:
        _fill_supplier(found, before)
    return found


# "had been re-exported to the Rapid Support Forces by the Emirates"
_PASSIVE_TO_BY = re.compile(r"\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:quietly\s+|secretly\s+)?"
                            r"(?:re-?exported|sold|supplied|shipped|delivered|transferred|"
                            r"passed\s+on)\s+to\s+", re.I)


_THE = re.compile(r"(?:the\s+)?", re.I)
_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)


def _subject_start(text: str, end: int) -> int:
    """Where the passive's subject starts: after the last clause mark before it (", and
    Soviet-designed T-72 tanks were re-exported": only the tanks)."""
    cuts = [text.rfind(c, 0, end) + len(c) for c in (".", ";", ":", ",", " - ")
            if text.rfind(c, 0, end) >= 0]
    return max(cuts, default=0)


def _agent_transfers(view: SentView, actors: list[Actor]):
    text = view.text
    for m in _PASSIVE_TO_BY.finditer(text):
        at = _THE.match(text, m.end()).end()
        rec = next((a for a in actors if a.start in (m.end(), at)), None)
        agent = next((a for a in actors if rec is not None and a.start > rec.end
                      and _BY.fullmatch(text, rec.end, a.start)), None)
        if not (_state(rec) and _state(agent)) or _state(rec) == _state(agent):
            continue
        lo = _subject_start(text, m.start())
        weapons = transfer_rules.weapons_in(view, lo, m.start())
        if weapons:
            yield _state(agent), _state(rec), weapons


# "Its own air force, strengthened by Russian X supplied by Moscow,"
_ITS_FORCE = re.compile(r"\W*Its\s+(?:own\s+)?(?:air\s+force|army|navy|military|armed\s+forces|"
                        r"forces)\s*,\s+(?:strengthened|equipped|armed|reinforced|bolstered)\s+"
                        r"(?:by|with)\s+", re.I)
_SUPPLIED_BY = re.compile(r"\s+(?:supplied|sold|delivered|provided)\s+by\s+", re.I)


def _its_force_transfer(view: SentView, actors: list[Actor], prev: SentView | None,
                        prev_actors: list[Actor]):
    m = _ITS_FORCE.match(view.text)
    first = prev_actors[0] if prev_actors else None
    if m is None or prev is None or first is None \
            or not re.fullmatch(r"\W*", prev.text[:first.start]) or not _state(first):
        return
    weapons = transfer_rules.weapons_in(view, m.end(), clause_end(view.text, m.end()))
    if len(weapons) != 1:
        return
    by = _SUPPLIED_BY.match(view.text, weapons[0].end)
    agent = next((a for a in actors if by and a.start == by.end()), None)
    if _state(agent) and _state(agent) != _state(first):
        yield _state(agent), _state(first), weapons


def agent_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                    prev: SentView | None, prev_actors: list[Actor]) -> list[dict[str, Any]]:
    """``found`` with the transfers the passive agents above name (they replace the facts other
    rules gave the same weapons: a maker's adjective is not the sender)."""
    low = view.text.lower()
    if " by " not in low:
        return found
    told = [*_agent_transfers(view, actors), *_its_force_transfer(view, actors, prev, prev_actors)]
    for supplier, recipient, weapons in told:
        found = replace_transfers(view, found, [supplier], recipient, weapons, "AG", "supplied")
    return found


# "delivered to Port Sudan", "sent four Mi-24 helicopters to Port Sudan"
_TO_PLACE = re.compile(r"\b(?:delivered|sent|shipped|flown|ferried|transferred)\s+(?:[^,;.]{0,50}?\s)?"
                       r"to\s+(?:the\s+(?:port|city|town)\s+of\s+)?$", re.I)


def _state_of_place(m: Mention) -> str | None:
    from kg.link.gazetteer import Gazetteer
    from kg.link.places import places_for

    return places_for(Gazetteer.load()).state_of(m.place())


def _delivered_to_place(view: SentView) -> tuple[int, str] | None:
    """(where the place starts, its state) of the one "delivered to [port or city]"."""
    told = []
    for m in view.mentions:
        if m.place() is None:
            continue
        lo = max(0, m.start - 60)
        to = _TO_PLACE.search(view.text[lo:m.start])
        state = _state_of_place(m) if to else None
        if state:
            told.append((m.start, state))
    return told[0] if len(told) == 1 else None


_STOPPED = caseless(r"\bbound\s+for\s+[^,;]{2,40}?\s+(?:was|were|had\s+been|has\s+been)\s+"
                    r"(?:blocked|seized|intercepted|stopped|impounded|halted|turned\s+back)\b",
                    needs=("bound",))  # (searched in every sentence: most have no "bound")


def place_recipients(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the empty recipients a "delivered to [city]" names filled, and the
    shipments told as stopped on the way dropped."""
    stopped = _STOPPED.search(view.text)
    if stopped:
        return [f for f in found if not (f.get("type") == "ArmsTransfer"
                                         and f.get("_at", -1) < stopped.start())]
    open_ = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("supplier")
             and not f.get("recipient")]
    told = _delivered_to_place(view) if open_ else None
    if told:
        for f in open_:
            if f["supplier"] != told[1] and f.get("_at", 10**6) < told[0]:
                f["recipient"] = told[1]
    return found
