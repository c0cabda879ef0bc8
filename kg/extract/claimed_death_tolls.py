"""Deaths told passively "when attackers ..." and claimed in the next sentences (round 32).

"On Wednesday, 22 villagers died when attackers set fire to homes in Konduga. Boko Haram claimed
responsibility for the massacre in a video"; "Six soldiers lost their lives when gunmen raided a
checkpoint near Tillaberi. JNIM said it carried out the attack." The toll is the subject, the
attackers an anonymous "attackers|gunmen|militants" in a when-clause: no strike rule reads the
shape, and kg.extract.claimed_leads keeps its few lead shapes only in an article's first
sentences.

The claim is the cue, and it is required: a sentence no strike was read in, "<N> ... died|were
killed|were shot dead|lost their lives ... when <anonymous attackers> <verb>", its own toll and
a place the gazetteer knows after "when"; and, in the next two sentences before another attack
is told, a claim or blame that names the attack back (kg.extract.claimed_leads.claim_or_blame).
The attacker is the claimant, never the country hit; the day is the sentence's own weekday.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import first_known_place, insert_in_order, new_strike, unread_matches
from kg.extract.claimed_leads import claim_or_blame
from kg.extract.unclaimed_bombers import day_before_said

Strike = dict[str, Any]

_DIED_WHEN = re.compile(
    r"\b(?:died|were\s+killed|were\s+shot\s+dead|lost\s+their\s+lives|were\s+massacred)\s+"
    r"(?:[\w,]+\s+){0,4}?when\s+(?:(?:an?|some|several|two|three|dozens\s+of|scores\s+of)\s+)?"
    r"(?:(?:armed|unidentified|suspected|masked)\s+)?(?:attackers|gunmen|assailants|militants|"
    r"insurgents|fighters|raiders|jihadists|gunman|attacker)\s+\w+")
_CLAIM_REACH = 2


def _claimant(views: list[Any], i: int, told: set[int], place: str) -> str | None:
    """The side one of the next two sentences claims or blames for the attack."""
    for v in views[i + 1:i + 1 + _CLAIM_REACH]:
        if v.index in told:
            return None
        who = claim_or_blame(v, place)
        if who is not None:
            return who
    return None


def claimed_death_tolls(raw: list[Strike], views: list[Any], text: str,
                        published: date | None, state_of: Callable[[str], str | None]) -> None:
    """Add the strike of an unread "N died when attackers ..." sentence a claim follows."""
    if " when " not in text or "claim" not in text or _DIED_WHEN.search(text) is None:
        return
    told = {s["_sent"] for s in raw if s["type"] == "Strike"}
    for v, m in unread_matches(raw, views, _DIED_WHEN.search):
        killed, injured = strike_rules.casualties(v.text)
        placed = first_known_place(v, m.start())
        if killed is None or placed is None:
            continue
        country = state_of(placed[0])
        who = _claimant(views, v.index, told, placed[0])
        if who is None or who == country:
            continue
        s = new_strike(v.index, "claimed")
        s.update(attacker=who, target_place=placed[0], _place_text=placed[1],
                 target_country=country, killed=killed, injured=injured,
                 date=day_before_said(v.text, published))
        insert_in_order(raw, s)
