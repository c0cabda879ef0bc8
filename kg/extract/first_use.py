"""An attack told as a weapon's first use: "The Oreshnik was used in combat for the first time on
November 21, 2024, when Russia fired it at Dnipro" (round 29).

The subject is the weapon and the attack only the "when <side> fired it at <place>" clause; the
strike rules do not read a pronoun object ("fired it"), so the attack went missing.

Kept narrow: the sentence says the weapon "was|were (first) used (in combat|in battle) (for the
first time)" and then "when <side> fired|launched it|them at|against|on <place>", the side a
state or armed group the gazetteer knows right after "when" (a capital or "Russian forces" read
as the state), the place the first one the gazetteer knows after "at", not the side's own, and
no strike read in the sentence. Its day is the sentence's date before "when" (a day, a month or
a year, as told).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import (first_known_place, insert_in_order, new_strike, set_weapon,
                                     unread_matches)

Strike = dict[str, Any]

# "was used in combat for the first time on <date>, when Russia fired it at "
_FIRST_USED = re.compile(
    r"\b(?:was|were)\s+(?:first\s+used|used\s+(?:in\s+(?:combat|battle|war)\s+)?for\s+the\s+"
    r"first\s+time|used\s+for\s+the\s+first\s+time\s+in\s+(?:combat|battle|war))\b"
    r"(?P<between>[^.;]{0,60}?),?\s+when\s+(?P<side>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"(?:\s+(?:forces|troops|military|army))?\s+(?:fired|launched|used)\s+(?:it|them)\s+"
    r"(?:at|against|on|into)\s+")


def first_use_strikes(raw: list[Strike], views: list[Any], text: str,
                      state_of: Callable[[str], str | None]) -> None:
    """Add the attack of an unread "<weapon> was used for the first time ..., when <side> fired it
    at <place>"."""
    if "first" not in text or " it at " not in text and " them at " not in text \
            and " it against " not in text:
        return
    for v, m in unread_matches(raw, views, _FIRST_USED.search):
        named = next((x for x in v.mentions if x.start == m.start("side")), None)
        who = named.state() if named is not None else None
        if who is None and named is not None:
            group = named.of_type("ArmedGroup")
            who = group.key if group else None
        placed = first_known_place(v, m.end())
        if who is None or placed is None or state_of(placed[0]) == who:
            continue
        killed, injured = strike_rules.casualties(v.text[m.end():])
        s = new_strike(v.index)
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=state_of(placed[0]), killed=killed, injured=injured,
                 date=next((d.value for d in reversed(v.dates)
                            if m.start() < d.start < m.start("side")), None))
        weapon = next((x for x in v.mentions if x.category and x.start < m.start()), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
