"""Weapons that "will follow" a delivery told in the sentence right before (round 29).

"Lithuania received its first Leopard 2A8 tanks from Germany on Tuesday. Chancellor Friedrich
Merz's office said the tanks would be followed by Boxer infantry fighting vehicles next spring":
the second sentence names no recipient and its supplier only as a leader's office; the vehicles
come the same way as the tanks. Reaching outside the sentence needs the strongest cue (round 21),
so the wording must be "the [noun] would (will, are to) be followed by W", the noun must be the
head of a weapon of a transfer with both parties told in the sentence right before, only one
such pair of parties may fit, and the sentence may name no state but those two. Read only for
weapons no rule gave both parties.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons, told_pairs
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_FOLLOWED = re.compile(r"\bthe\s+(?P<noun>[a-z]+)\s+(?:would|will|are\s+to|were\s+to)\s+"
                       r"(?:soon\s+|later\s+)?be\s+followed\s+by\s+")


def _antecedent_parties(raw: list[dict[str, Any]], sent: int, noun: str) -> tuple[str, str] | None:
    """(supplier, recipient) of the one pair the sentence ``sent`` told a ``noun`` for."""
    pairs = told_pairs(raw, sent, head=noun)
    return pairs.pop() if len(pairs) == 1 else None


def followed_item_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                            raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` plus "the tanks would be followed by W" given the parties of the tanks told
    in the sentence right before."""
    text = view.text
    if "followed by" not in text or view.index == 0:
        return found
    m = _FOLLOWED.search(text)
    if m is None:
        return found
    parties = _antecedent_parties(raw, view.index - 1, m.group("noun"))
    if parties is None or any(actor_state(a) and actor_state(a) not in parties for a in actors):
        return found
    whole = complete_weapons(found)
    weapons = [w for w in transfer_rules.weapons_in(view, m.end(), clause_end(text, m.end()))
               if w.start not in whole]
    if not weapons:
        return found
    span = {w.start for w in weapons}
    found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
    return found + transfer_rules.transfer_facts(view, parties[0], [parties[1]], weapons,
                                                 "FOLLOWED_BY", "followed", 0.6)


__all__ = ["followed_item_transfers"]
