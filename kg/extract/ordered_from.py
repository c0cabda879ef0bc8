"""Weapons "ordered from" a state under a signed contract (round 21):

"Poland took delivery of 46 K2 battle tanks on Wednesday. The tanks were ordered from Seoul
under an executive contract signed in 2022", "Australia took delivery of its first Apache
helicopters, ordered from Washington under a contract signed in 2022": the seller (often a
capital for its state) follows "ordered from", and the deal behind the weapons is a treaty
between the buyer and the seller (GOLD.md: arms deals). The buyer is the recipient of the
weapons' transfer in this sentence, else the state opening it, else (for a sentence opening on
the weapons, "The tanks were ordered from ...") the recipient of the transfer told just before.
The seller fills an empty supplier; the weapons right before ", ordered from" are given a
transfer when no rule told one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "ordered from", "has ordered 54 K9 howitzers from", "an order from", "The order was placed
# with"
_ORDERED_FROM = re.compile(
    r"(?:\b(?:ordered|bought|purchased|acquired)\b[^,;]{0,60}?\s+from|\border\s+from|"
    r"\border\s+(?:was\s+|were\s+|had\s+been\s+)?placed\s+with)\s+(?:the\s+)?$", re.I)
# "The tanks were ordered from": the sentence opens on the weapons
_OPENS_ON_WEAPONS = re.compile(
    r"^\s*(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s",
    re.I)
# "under an executive contract signed in 2022", "in a deal signed in May", "under a $1 billion
# contract, signed in July 2024"
_UNDER_SIGNED = re.compile(
    r"\b(?:under|in|through)\s+(?:a|an|the)\s+(?:[\w$.,€£-]+\s+){0,4}?"
    r"(?P<kind>contract|deal|agreement),?\s+(?P<v>signed|inked|sealed)\b", re.I)
# ", ordered from": a reduced relative clause on the weapons just before
_REDUCED = re.compile(r"^\s*,\s*(?:originally\s+|first\s+)?(?:ordered|bought|purchased)\s", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = re.compile(r"\b(?:ordered|bought|purchased|acquired)\b|\border\s", re.I)


def _seller(view: SentView, actors: list[Actor]) -> Actor | None:
    """The state right after "ordered from"."""
    return next((a for a in actors if actor_state(a) and _ORDERED_FROM.search(view.text[:a.start])),
                None)


def _told_just_before(view: SentView, raw: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The transfer of the sentence just before (the last one told there) with a recipient."""
    return next((f for f in reversed(raw) if f.get("type") == "ArmsTransfer"
                 and f.get("_sent") == view.index - 1 and f.get("recipient")), None)


def _transfer_here(tfs: list[dict[str, Any]], seller: Actor) -> dict[str, Any] | None:
    """This sentence's transfer of the weapons told last before the seller, from the seller
    (or from no one yet), with a recipient ("helicopters bought from Poland, and ... patrol
    boats built in France": the boats are not the ones bought)."""
    before = [f for f in tfs if f.get("type") == "ArmsTransfer"
              and f.get("_at", seller.start) < seller.start]
    last = max(before, key=lambda f: f["_at"], default=None)
    if last is None or not last.get("recipient") or last["recipient"] == actor_state(seller) \
            or last.get("supplier") not in (None, actor_state(seller)):
        return None
    return last


def _opening_state(view: SentView, actors: list[Actor], seller: Actor) -> str | None:
    """The state opening the sentence (after a dateline), before the seller."""
    first = next((a for a in actors if actor_state(a) or a.person), None)
    if first is None or first.start >= seller.start or not actor_state(first) \
            or actor_state(first) == actor_state(seller):
        return None
    return actor_state(first)


def _weapons_before(view: SentView, seller: Actor) -> list:
    """The weapons right before ", ordered from S" (the clause's antecedent)."""
    text = view.text
    before = [m for m in view.mentions if m.category and m.end <= seller.start]
    if not before or not _REDUCED.match(text[before[-1].end:seller.start]):
        return []
    return before[-1:]


def ordered_from(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                 raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deal's treaty of "W ordered from S under a contract signed in Y" (with S as the
    supplier the weapons' transfer lacks, and a transfer for weapons no rule gave one)."""
    seller_actor = _seller(view, actors)
    if seller_actor is None:
        return []
    seller = actor_state(seller_actor)
    out: list[dict[str, Any]] = []
    told = _transfer_here(tfs, seller_actor)
    buyer = told["recipient"] if told else _opening_state(view, actors, seller_actor)
    if told is None and buyer is None and _OPENS_ON_WEAPONS.match(view.text):
        told = _told_just_before(view, raw)
        if told is not None and told.get("supplier") not in (None, seller):
            told = None
        buyer = told["recipient"] if told and told["recipient"] != seller else None
    if buyer is None:
        return []
    if told is not None and told.get("supplier") is None:
        told["supplier"] = seller
    if told is None:
        out += transfer_rules.transfer_facts(view, seller, [buyer],
                                             _weapons_before(view, seller_actor), "OF",
                                             "ordered", 0.6)
    deal = _UNDER_SIGNED.search(view.text, seller_actor.end)
    if deal is None:
        return out
    date = next((d.value for d in view.dates if 0 <= d.start - deal.end("v") <= 25), None)
    return out + [{"type": "Treaty", "parties": [buyer, seller], "signatories": [],
                   "date": date, "duration_years": None, "kind": deal.group("kind").lower(),
                   "_sent": view.index, "_signed": True, "confidence": 0.6}]
