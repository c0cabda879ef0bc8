"""A background attack told inside "The attack came N days after a Russian missile killed nine
people ... in Kryvyi Rih" (round 24).

A report dates its attack against an earlier one in a subordinate clause whose subject is the
earlier attack's weapon and whose only verb is "killed": "The strike came two days after an
Israeli drone killed three people in Nabatieh". It is a distinct attack (its own place and toll),
its side given by the weapon's adjective; the strike rules do not read the clause. Kept narrow
like kg.extract.dated_background: the sentence opens on "The <attack> came <N> <days|weeks>
after", the clause's subject is "a(n) <Nationality> [kind] <weapon>", a toll follows, a place
follows the verb, no strike was read in the sentence, and the side is not the state of the place.
Its day is only relative to an attack whose own day may be unsure: left empty.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import (first_known_place, insert_in_order, new_strike, set_weapon,
                                     unread_matches)
from kg.extract.dated_background import weapon_side

Strike = dict[str, Any]

_WEAPON = (r"(?:missiles?|drones?|rockets?|shells?|air\s*strikes?|airstrikes?|bombs?|warplanes?|"
           r"jets?)")
_ATTACK = r"(?:attacks?|strikes?|air\s*strikes?|airstrikes?|bombings?|raids?|shelling|assault)"
_COUNT = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# "The attack came four days after a Russian missile killed "
_CAME_AFTER_KILLED = re.compile(
    rf"^\W*(?:The|That|This|It|Its|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+)?{_ATTACK}?\s*came\s+"
    rf"(?:just\s+|only\s+|barely\s+|less\s+than\s+)?{_COUNT}\s+(?:days?|weeks?)\s+after\s+"
    rf"an?\s+(?P<side>[A-Z][\w-]*)\s+(?:[\w-]+\s+)?(?P<weapon>{_WEAPON})\s+(?:had\s+)?killed\s+")


def came_after_strikes(raw: list[Strike], views: list[Any],
                       state_of: Callable[[str], str | None]) -> None:
    """Add the earlier attack of a "came N days after a <Nationality> <weapon> killed ..." clause
    no strike rule read."""
    for v, m in unread_matches(raw, views, _CAME_AFTER_KILLED.match):
        who, placed = weapon_side(v, m, None), first_known_place(v, m.end())
        killed, injured = strike_rules.casualties(v.text[m.start("weapon"):])
        if who is None or placed is None or killed is None:
            continue
        country = state_of(placed[0])
        if country == who:
            continue
        s = new_strike(v.index)
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=country, killed=killed, injured=injured)
        weapon = next((x for x in v.mentions if x.category and m.start("weapon") <= x.start
                       < m.end("weapon")), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
