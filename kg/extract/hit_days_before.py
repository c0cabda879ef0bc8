"""An attack told only in a time clause: "Traffic resumed across the bridge at Zatoka on
Thursday, six days after it was ripped apart by a Russian ballistic missile" (round 29).

The sentence is about something else (a repair, a reopening, a funeral); the attack is only the
clause "<N> days after it|they was|were <hit|struck|destroyed|ripped apart|...> by a(n)
<Nationality> [kind] <weapon>", which no strike rule reads, so the whole attack went missing.
The clause's "it" points back inside the same sentence, to the thing reopened, so the place is
the nearest place the gazetteer knows before "after" (never outside the sentence). Kept narrow:
the pronoun subject, a passive of a destructive verb, an agent that is a weapon with a
nationality adjective (its side, not the state of the place), and no strike read in the
sentence. Its day is the sentence's own full date less the N days or weeks, when it has one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from kg.extract.added_strikes import insert_in_order, new_strike, set_weapon, unread_matches
from kg.extract.dated_background import weapon_side

Strike = dict[str, Any]

_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_WEAPON = (r"(?:missiles?|drones?|rockets?|shells?|air\s*strikes?|airstrikes?|bombs?|warplanes?|"
           r"jets?|glide\s+bombs?)")
_HIT = (r"(?:hit|struck|destroyed|damaged|wrecked|flattened|ripped\s+apart|torn\s+apart|"
        r"blown\s+apart|blown\s+up|knocked\s+out|put\s+out\s+of\s+action|severely\s+damaged|"
        r"badly\s+damaged|partly\s+destroyed|reduced\s+to\s+rubble)")
# ", six days after it was ripped apart by a Russian ballistic missile"
_AFTER_IT_WAS_HIT = re.compile(
    rf",\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    rf"(?P<unit>days?|weeks?)\s+after\s+(?:it|they)\s+(?:was|were|had\s+been)\s+{_HIT}\s+by\s+"
    rf"an?\s+(?P<side>[A-Z][\w-]*)\s+(?:[\w-]+\s+){{0,2}}?(?P<weapon>{_WEAPON})\b")


def _days_back(view: Any, m: re.Match[str]) -> str | None:
    """The sentence's full date nearest before the clause (not a dateline's), less the N days or
    weeks."""
    told = next((d.value for d in reversed(view.dates) if d.start < m.start()
                 and len(d.value) == 10), None)
    if told is None:
        return None
    n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
    days = n * (7 if m.group("unit").startswith("week") else 1)
    return (date.fromisoformat(told) - timedelta(days=days)).isoformat()


def hit_days_before(raw: list[Strike], views: list[Any], text: str,
                    state_of: Callable[[str], str | None]) -> None:
    """Add the attack of an unread "..., N days after it was <hit> by a <Nationality> <weapon>"."""
    if " after it was " not in text and " after they were " not in text:
        return
    for v, m in unread_matches(raw, views, _AFTER_IT_WAS_HIT.search):
        who = weapon_side(v, m, None)
        placed = next(((x.place(), x.text) for x in reversed(v.mentions)
                       if x.end <= m.start() and x.place()), None)
        if who is None or placed is None or state_of(placed[0]) == who:
            continue
        s = new_strike(v.index)
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=state_of(placed[0]), date=_days_back(v, m))
        weapon = next((x for x in v.mentions if x.category and m.start("side") < x.start
                       < m.end("weapon")), None)
        set_weapon(s, weapon)
        insert_in_order(raw, s)
