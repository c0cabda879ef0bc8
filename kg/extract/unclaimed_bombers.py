"""A suicide bombing no strike rule read, kept even when no one claims it (round 28).

"A suicide bomber blew himself up at a market in Konduga on Friday, killing 12 people." The strike
rules do not read "blew himself up at", and kg.extract.claimed_leads keeps the shape only as an
article's lead that a later sentence claims or blames; unclaimed, or told after the lead, the
bombing went missing although the sentence states an attack, its place and its toll.

The shape itself is the cue (a suicide bomber blowing up at a place is always an attack): a
sentence no strike was read in, with "suicide bomber(s) blew himself|herself|themselves up" or
"... detonated|set off his vest|explosives|device", then "at|in|near|outside|inside", its own
toll and a place the gazetteer knows after the verb. The attacker is the side a claim or blame
names in the next three sentences (kg.extract.claimed_leads.claim_or_blame, kg.extract.
bare_blame; stopping at one that tells another attack), never the country hit; else the group
the sentence itself gives the bomber ("A suicide bomber from X blew himself up", "An X suicide
bomber ...", round 72); else none. Its
day is the sentence's own "on <weekday>". When the place is a region and the next sentence
retells the blast at a place inside it ("... at a market in Borno State. The blast tore through
the town of Konduga"), that place.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import (first_known_place, insert_in_order, new_strike, set_weapon,
                                     unread_matches)
from kg.extract.bare_blame import bare_blame
from kg.extract.claimed_leads import claim_or_blame
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday

Strike = dict[str, Any]

# ("A suicide bomber from Islamic State blew himself up", "a suicide bomber from the group,
# known as X, blew ...": the bomber's side between, round 72)
_BLEW_UP = re.compile(r"\bsuicide\s+bombers?\s+(?P<side>(?:from|of)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+,\s+(?:known\s+as|called)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+|[\w'’-]+\s+))?(?:had\s+)?"
                      r"(?:blew\s+(?:himself|herself|themselves)\s+up|(?:detonated|set\s+off|"
                      r"triggered)\s+(?:(?:an?|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:vests?|belts?|explosives?|devices?|bombs?|charges?))\s+"
                      r"(?:at|in|near|outside|inside|among)\b", re.I)
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?P<d>{WEEKDAY_RE})\b")
_SAID = re.compile(r"\b(?:said|says|reported)\b")
_CLAIM_REACH = 3
# "The blast tore through the town of Konduga": the bombing just told, retold at its town
_RETOLD = re.compile(r"^\W*The\s+(?:blast|explosion|bombing|attack)\b")


def day_before_said(text: str, published: date | None) -> str | None:
    """The sentence's own "on <weekday>", before its "said"."""
    said = _SAID.search(text)
    m = _ON_DAY.search(text[:said.start()] if said else text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def _claimant(views: list[Any], i: int, told: set[int], place: str) -> str | None:
    """The side the next sentences claim or blame for the bombing, before another attack."""
    for v in views[i + 1:i + 1 + _CLAIM_REACH]:
        if v.index in told:
            return None
        who = claim_or_blame(v, place) or bare_blame(v)
        if who is not None:
            return who
    return None


def _town_retold(views: list[Any], i: int, region: str,
                 inside: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """The place inside ``region`` where the next sentence retells the blast, if it does."""
    if i + 1 >= len(views) or not _RETOLD.match(views[i + 1].text):
        return None
    placed = first_known_place(views[i + 1], 0)
    return placed if placed is not None and inside(placed[0], region) else None


def toll_strike(views: list[Any], v: Any, placed: tuple[str, str], told: set[int],
                published: date | None, state_of: Callable[[str], str | None]) -> Strike | None:
    """The strike of sentence ``v`` at ``placed`` (key, text), with the sentence's own toll and
    day and the side a claim or blame names in the next sentences (never the country hit);
    None when the sentence gives no toll. Shared with kg.extract.blast_tolls."""
    killed, injured = strike_rules.casualties(v.text)
    if killed is None and injured is None:
        return None
    country = state_of(placed[0])
    who = _claimant(views, v.index, told, placed[0])
    s = new_strike(v.index, "claimed" if who is not None else "reported")
    s.update(attacker=who if who != country else None, target_place=placed[0],
             _place_text=placed[1], target_country=country, killed=killed, injured=injured,
             date=day_before_said(v.text, published))
    return s


def _bombers_side(v: Any, m: re.Match) -> str | None:
    """The armed group the sentence gives the bomber: "from X" (or "from the group, known as
    X,") between "bomber" and the verb, or X right before "suicide bomber"."""
    groups = [x for x in v.mentions if x.of_type("ArmedGroup")]
    if m.group("side"):
        inside = [x for x in groups if m.start("side") <= x.start < m.end("side")]
        if len(inside) == 1:
            return inside[0].side()
    before = next((x for x in groups if 0 <= m.start() - x.end <= 1), None)
    return before.side() if before is not None else None


def unclaimed_bombers(raw: list[Strike], views: list[Any], text: str, published: date | None,
                      state_of: Callable[[str], str | None], is_region: Callable[[str], bool],
                      inside: Callable[[str, str], bool]) -> None:
    """Add the strike of an unread "a suicide bomber blew himself up at X" sentence."""
    if "suicide" not in text or _BLEW_UP.search(text) is None:
        return
    told = {s["_sent"] for s in raw if s["type"] == "Strike"}
    for v, m in unread_matches(raw, views, _BLEW_UP.search):
        placed = first_known_place(v, m.end())
        if placed is None:
            continue
        if is_region(placed[0]):
            placed = _town_retold(views, v.index, placed[0], inside) or placed
        s = toll_strike(views, v, placed, told, published, state_of)
        if s is None:
            continue
        side = _bombers_side(v, m)
        if s["attacker"] is None and side is not None and side != s["target_country"]:
            s["attacker"] = side  # "An Islamic State suicide bomber", "a bomber from X"
        weapon = next((x for x in v.mentions if x.category and x.start <= m.end()), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
