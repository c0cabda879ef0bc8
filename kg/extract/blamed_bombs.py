"""A bomb set off under a vehicle, later in an article, whose author the very next sentence
blames or claims: "On Sunday, a roadside bomb was detonated under an army jeep near Jenin,
wounding two soldiers. The Israeli military blamed the bombing on Palestinian Islamic Jihad."
(round 22).

The strike rules do not read a bomb "detonated under" a vehicle, and kg.extract.claimed_leads
keeps such a shape only as an article's lead. Further on, the shape is still an attack when the
sentence right after it names its author in a claim or blame that points back ("the bombing",
"the attack"; kg.extract.claimed_leads.claim_or_blame), the strongest cue there is; without such
a sentence nothing is added. Its toll must be told in the sentence, its place is the first place
the gazetteer knows after the verb, its day the sentence's own "on <weekday>".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import first_known_place, new_strike, sentences_read, set_weapon
from kg.extract.caseless import caseless
from kg.extract.claimed_leads import claim_or_blame
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday

Strike = dict[str, Any]

# "a roadside bomb was detonated under an army jeep", "a car bomb went off beneath a bus"
_BOMB_UNDER = caseless(
    r"(?:^|,\s+|\s[-\u2013\u2014]\s)\W*an?\s+(?:roadside|car|truck|motorcycle|magnetic)\s+bomb\s+"
    r"(?:was\s+detonated|exploded|went\s+off|blew\s+up)\s+(?:under|beneath|underneath)\s+",
    needs=("bomb",))
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?P<d>{WEEKDAY_RE})\b")


def _day(text: str, published: date | None) -> str | None:
    m = _ON_DAY.search(text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def blamed_bombs(raw: list[Strike], views: list[Any], published: date | None,
                 state_of: Callable[[str], str | None]) -> None:
    """Add the strike of an unread bomb sentence whose next sentence blames or claims it."""
    read = sentences_read(raw)
    told = {s["_sent"] for s in raw if s["type"] == "Strike"}
    for v, nxt in zip(views[1:], views[2:]):
        m = _BOMB_UNDER.search(v.text)
        if m is None or v.index in read or nxt.index in told:
            continue
        killed, injured = strike_rules.casualties(v.text)
        placed = first_known_place(v, m.end())
        if (killed is None and injured is None) or placed is None:
            continue
        country = state_of(placed[0])
        who = claim_or_blame(nxt, placed[0])
        if who is None or who == country:
            continue
        s = new_strike(v.index, "claimed")
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=country, killed=killed, injured=injured,
                 date=_day(v.text, published), _sents=[v.index, nxt.index])
        weapon = next((x for x in v.mentions if x.category and m.start() <= x.start < m.end()),
                      None)
        set_weapon(s, weapon)
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > v.index), len(raw)), s)
