"""An attack told through its victims: "Six soldiers were killed when their helicopter was
brought down by a drone near El Obeid on Wednesday. The army blamed the Rapid Support Forces"
(round 29).

The subject is the dead, the attack a "when their <craft> was <brought down|shot down|hit> by a
<weapon>" clause; no strike rule reads it, so the attack went missing, and the blame of the next
sentence was read as an attack of its own where it named a region ("the RSF, which have stepped
up drone attacks on North Kordofan in recent weeks").

Kept narrow: "<N> ... were killed|died when their <helicopter|plane|aircraft|vehicle|convoy|bus|
truck|boat> was ... by a(n) [adj] <drone|missile|rocket|...>", its own toll, a place the gazetteer
knows after the weapon, and no strike read in the sentence. The attacker is the weapon's
nationality adjective, else the side a claim or blame names in the next three sentences
(kg.extract.claimed_leads.claim_or_blame, kg.extract.bare_blame; stopping at one that tells
another attack), never the state hit. The strike read from that blame sentence is dropped only
when it has the same attacker, no toll and no day, and lies in a region holding the place.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import (first_known_place, insert_in_order, new_strike,
                                     sentences_read, set_weapon, unread_matches)
from kg.extract.bare_blame import bare_blame
from kg.extract.claimed_leads import claim_or_blame
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.link.folding import slugify

Strike = dict[str, Any]

_CRAFT = r"(?:helicopters?|planes?|aircraft|jets?|vehicles?|convoy|bus|truck|boat|ship|jeep)"
_WEAPON = r"(?:drones?|missiles?|rockets?|shells?|mines?|bombs?|roadside\s+bombs?)"
# "were killed when their helicopter was brought down by a drone"
_WHEN_THEIR = re.compile(
    rf"\b(?:were|was)\s+killed\s+when\s+(?:their|its|his|an?|the)\s+(?:[\w-]+\s+)?{_CRAFT}\s+"
    rf"(?:was|were)\s+(?:brought\s+down|shot\s+down|downed|hit|struck|destroyed|targeted)\s+"
    rf"by\s+an?\s+(?P<side>[A-Z][\w-]*\s+)?(?:[\w-]+\s+)?(?P<weapon>{_WEAPON})\b")
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?P<d>{WEEKDAY_RE})\b")
_CLAIM_REACH = 3
_TOWN_OF = re.compile(r"\b(?:town|village|municipality)\s+of\s+$")


def _day(text: str, published: date | None) -> str | None:
    """The sentence's own "on <weekday>"."""
    m = _ON_DAY.search(text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def _blamed(views: list[Any], i: int, told: set[int], place: str) -> tuple[str, int] | None:
    """The side the next sentences claim or blame, and its sentence, before another attack."""
    for v in views[i + 1:i + 1 + _CLAIM_REACH]:
        who = claim_or_blame(v, place) or bare_blame(v)
        if who is not None:
            return who, v.index
        if v.index in told:
            return None
    return None


def _side(view: Any, m: re.Match[str]) -> str | None:
    """The state of the weapon's nationality adjective ("a Russian drone")."""
    if m.group("side") is None:
        return None
    named = next((x for x in view.mentions if x.start == m.start("side")), None)
    return named.state() if named is not None else None


def _drop_blame_strike(raw: list[Strike], i: int, who: str, place: str,
                       inside: Callable[[str, str], bool]) -> None:
    """Drop the bare strike read from the blame sentence ``i`` ("which have stepped up drone
    attacks on <region>"): same side, no toll, no day, a region holding the place."""
    for s in [s for s in raw if s["type"] == "Strike" and s["_sent"] == i]:
        if (s["attacker"] == who and s["killed"] is None and s["injured"] is None
                and s["date"] is None and s["target_place"] and s["target_place"] != place
                and inside(place, s["target_place"])):
            raw.remove(s)


def _town_told_next(views: list[Any], i: int, placed: tuple[str, str], told: set[int],
                    inside: Callable[[str, str], bool]) -> tuple[str, str]:
    """The town the next sentence names in the region the craft was hit in ("... brought down
    by a drone in Antioquia province. The helicopter had been supporting an operation near the
    town of Amalfi": Amalfi; round 81), else the place as read."""
    if i + 1 >= len(views) or i + 1 in told:
        return placed
    nxt = views[i + 1]
    towns = [(x.place(), x.text) for x in nxt.mentions
             if x.place() and x.place() != placed[0] and inside(x.place(), placed[0])]
    if not towns and not any(x.place() for x in nxt.mentions):
        # (a town too small for the gazetteer, placed by its noun: "near the town of Amalfi")
        towns = [("place/" + slugify(x.text), x.text) for x in nxt.mentions if x.is_unknown
                 and _TOWN_OF.search(nxt.text, max(0, x.start - 20), x.start)]
    return towns[0] if len(towns) == 1 else placed


def _craft_clauses(raw: list[Strike], views: list[Any]):
    """(view, match, end) for each "killed when their <craft> was <hit> by a <weapon>" clause
    no strike reads: in a sentence no strike reads (end: the sentence's end), or one whose
    strikes are all told after the clause ("..., and a truck bomb exploded in Cali": end, the
    first of their verbs; round 81)."""
    yield from ((v, m, len(v.text)) for v, m in unread_matches(raw, views, _WHEN_THEIR.search))
    read = sentences_read(raw)
    for v in views[1:]:
        m = _WHEN_THEIR.search(v.text) if v.index in read else None
        if m is None:
            continue
        here = [s for s in raw if s["type"] == "Strike" and v.index in (s.get("_sents")
                                                                         or [s["_sent"]])]
        if any(s["_sent"] != v.index or s.get("_t") is None or s["_t"] <= m.end()
               for s in here):
            continue
        yield v, m, min(s["_t"] for s in here)


def downed_craft(raw: list[Strike], views: list[Any], text: str, published: date | None,
                 state_of: Callable[[str], str | None],
                 inside: Callable[[str, str], bool]) -> None:
    """Add the strike of an unread "N were killed when their <craft> was <hit> by a <weapon>"."""
    if " killed when " not in text or _WHEN_THEIR.search(text) is None:
        return
    told = {s["_sent"] for s in raw if s["type"] == "Strike"}
    for v, m, later in _craft_clauses(raw, views):
        killed, injured = strike_rules.casualties(v.text[:later])
        placed = first_known_place(v, m.end())
        if killed is None or placed is None or v.text.find(placed[1], m.end()) >= later:
            continue
        placed = _town_told_next(views, v.index, placed, told, inside)
        country = state_of(placed[0])
        who, blame = _side(v, m), None
        if who is None:
            found = _blamed(views, v.index, told, placed[0])
            if found is not None:
                who, blame = found
        if who == country:
            who = None
        s = new_strike(v.index, "claimed" if blame is not None else "reported")
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=country, killed=killed, injured=injured,
                 date=_day(v.text, published))
        weapon = next((x for x in v.mentions if x.category and m.start("weapon") <= x.start
                       < m.end("weapon")), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
        if blame is not None and who is not None:
            _drop_blame_strike(raw, blame, who, placed[0], inside)
            for o in raw:
                # ("..., and a truck bomb exploded in Cali": the other attack of the sentence,
                # given that blame before the craft's attack was read, no longer holds it)
                if o is not s and o["type"] == "Strike" and o["_sent"] == v.index \
                        and o["attacker"] == who:
                    o["attacker"] = None
