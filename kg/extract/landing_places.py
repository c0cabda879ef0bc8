"""Where a weapon fired at a country came down: "... fired a ballistic missile at Israel, and it
struck an open area near Beersheba" (round 21).

The strike rules read the attack on the state ("fired ... at Israel": a strike with the country
hit but no place), and the clause after it, whose subject is the weapon referred back to ("and
it struck", "and the missile landed"), names where it fell. That town is the attack's place; the
country alone stood as the place before, which no gold shares.

Only a strike with no place (or only the dateline's), whose sentence goes on ", and it/they/the missile(s)
struck/hit/landed/fell/crashed ...", takes the first town named after that (before a closing
", the X said"), and only a town the tables put in the country hit (or cannot place at all).
Round 25: also ", and at least four of them struck ...", and a base the gazetteer does not know
("the Nevatim air base": the place "Nevatim", as older gold names bases), not the dateline's city
or the country fired at.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.folding import slugify

Strike = dict[str, Any]

_IT_HIT = re.compile(r",?\s+and\s+(?:it|they|the\s+(?:missile|drone|rocket|projectile|shell)s?|"
                     r"(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|several|some)\s+of\s+them)\s+"
                     r"(?:later\s+|then\s+)?(?:struck|hit|landed|fell|crashed|slammed)\b")
_BASE_AFTER = re.compile(r"\s+(?:air\s*base|airbase|airfield|air\s+field|naval\s+base)\b", re.I)
_SAID_TAIL = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|says|reported|added)\b")


def _named_base(m: Any, text: str) -> bool:
    """A name the gazetteer does not know, followed by a base's kind ("Nevatim air base")."""
    return m.is_unknown and _BASE_AFTER.match(text, m.end) is not None


def place_where_it_landed(strikes: list[Strike], views: list[Any],
                          state_of: Callable[[str], str | None],
                          is_town: Callable[[str], bool]) -> list[Strike]:
    """Give a strike on a country the town its weapon struck in the clause after it; returns
    the strikes so placed."""
    moved = []
    for s in strikes:
        if (s["target_place"] and not s.get("_lead_place")) or not s.get("target_country") \
                or s["_sent"] >= len(views):
            continue
        v = views[s["_sent"]]
        hit = _IT_HIT.search(v.text)
        if hit is None:
            continue
        tail = _SAID_TAIL.search(v.text, hit.end())
        end = tail.start() if tail else len(v.text)
        town = next((m for m in v.mentions if hit.end() <= m.start and m.end <= end
                     and (_named_base(m, v.text) or m.place() and not m.state()
                          and is_town(m.place()))), None)
        if town is None:
            continue
        if _named_base(town, v.text):  # "and four of them struck the Nevatim air base"
            s["target_place"], s["_place_text"] = "place/" + slugify(town.text), town.text
            moved.append(s)
            continue
        if state_of(town.place()) not in (None, s["target_country"]):
            continue
        s["target_place"], s["_place_text"] = town.place(), town.text
        moved.append(s)
    return moved
