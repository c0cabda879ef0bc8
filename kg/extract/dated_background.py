"""A dated background attack told by its weapon and toll: "On September 10, an Israeli missile
killed nine people at a market in Saada" (round 22).

Articles recall an earlier attack with its own date as background, in a shape the strike rules do
not read: the weapon is the subject and "killed" the only verb ("On November 2, an army drone
killed 14 people at a market in El Fasher"). It is a distinct attack (its own day, place and
toll), and the sentence names its side by the weapon's adjective. Kept narrow: the sentence opens
on "On <month> <day>" (an explicit date, not a weekday), the subject is "a(n) <Nationality|army>
[kind] <weapon>", a toll follows, a place follows the verb, and no strike was read in the
sentence. "army"/"military" is the dateline's state (a civil war's army strikes at home); a
weapon's adjective that is no state (a maker told elsewhere) gives no strike.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import (first_known_place, insert_in_order, new_strike, set_weapon,
                                     unread_matches)

Strike = dict[str, Any]

_WEAPON = r"(?:missiles?|drones?|rockets?|shells?|air\s*strikes?|airstrikes?|bombs?|warplanes?|jets?)"
# "On September 10, an Israeli missile killed ", "On 2 November, an army drone killed "
_DATED_WEAPON_KILLED = re.compile(
    rf"^\W*On\s+(?:[A-Z][a-z]+\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]+)(?:,?\s+\d{{4}})?,\s+"
    rf"an?\s+(?P<side>[A-Z][\w-]*|army|military)\s+(?:[\w-]+\s+)?(?P<weapon>{_WEAPON})\s+"
    r"(?:had\s+)?killed\s+")


def weapon_side(view: Any, m: re.Match[str], dateline_state: str | None) -> str | None:
    """The state of the weapon's adjective, or the dateline's for the army's own weapon."""
    if m.group("side") in ("army", "military"):
        return dateline_state
    named = next((x for x in view.mentions if x.start == m.start("side")), None)
    return named.state() if named is not None else None


def _day(view: Any, before: int) -> str | None:
    """The explicit date that opens the sentence (a day or a month)."""
    return next((d.value for d in view.dates if d.start < before and d.kind in ("dmy", "mdy")),
                None)


def dated_background(raw: list[Strike], views: list[Any], dateline_state: str | None,
                     state_of: Callable[[str], str | None]) -> None:
    """Add the strikes of dated background sentences no strike rule read."""
    for v, m in unread_matches(raw, views, _DATED_WEAPON_KILLED.match):
        who, placed = weapon_side(v, m, dateline_state), first_known_place(v, m.end())
        killed, injured = strike_rules.casualties(v.text)
        if who is None or placed is None or killed is None:
            continue
        country = state_of(placed[0])
        if country == who and m.group("side") not in ("army", "military"):
            continue
        s = new_strike(v.index)
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=country, killed=killed, injured=injured,
                 date=_day(v, m.end()))
        weapon = next((x for x in v.mentions if x.category and m.start("weapon") <= x.start
                       < m.end("weapon")), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
