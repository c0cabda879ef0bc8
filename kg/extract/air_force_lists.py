"""A fleet listed item by item, "W1 supplied by S1, W2 sold by S2 and W3 supplied by S3", the
air force speaking (round 26).

"Overhead flew F-7 jets supplied by China, Yak-130 trainers sold by Russia and C-130 transport
planes supplied by the United States, the air force said": no recipient in the sentence; the
fleet is the air force's, and the air force is the article's (its dateline's) state. Narrow on
purpose: the sentence names "the air force", lists at least two items each followed at once by
"supplied/sold/provided/delivered by [state]", and only fills a recipient no rule gave; each
supplier supplies only the weapon right before its "by".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_BY = re.compile(r"\s+(?:supplied|sold|provided|delivered)\s+by\s+(?:the\s+)?", re.I)
# the cue every firing needs (one search of the sentence before anything else)
CUE = re.compile(r"\bthe\s+air\s+force\b", re.I)


def _items(view: SentView, actors: list[Actor]) -> tuple[int, list[tuple[str, Any]]]:
    """(how many "by [state]" the list holds, (supplier state, weapon mention) of each
    "W supplied by S" whose weapon the gazetteer knows)."""
    text, out, lo, givers = view.text, [], 0, 0
    for by in _BY.finditer(text):
        giver = next((a for a in actors if a.start == by.end()), None)
        state = actor_state(giver)
        givers += bool(state)
        weapons = transfer_rules.weapons_in(view, lo, by.start())[-1:] if state else []
        if weapons:
            out.append((state, weapons[0]))
        lo = giver.end if giver else by.end()
    return givers, out


def air_force_list_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                             home: str | None) -> list[dict[str, Any]]:
    """``found`` with the items of an air force's listed fleet given to ``home`` (the dateline's
    state) when no recipient was read."""
    if not home or " by " not in view.text or not CUE.search(view.text):
        return found
    givers, items = _items(view, actors)
    if givers < 2:
        return found
    told = {f.get("_at"): f for f in found if f.get("type") == "ArmsTransfer"}
    for state, weapon in items:
        if state == home:
            continue
        fact = told.get(weapon.start)
        if fact is not None:
            if not fact.get("recipient") and fact.get("supplier") in (None, state):
                fact["supplier"], fact["recipient"] = state, home
            continue
        found += transfer_rules.transfer_facts(view, state, [home], [weapon], "AIR_FORCE_LIST",
                                               "supplied", 0.75)
    return found
