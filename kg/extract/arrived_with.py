"""Personnel who arrive in a state with a weapon system (round 22): "About 100 American
soldiers arrived in Israel with a THAAD battery on Monday".

No supply verb links the two states: the soldiers' nationality (a demonym right before the
personnel noun) supplies, and the state after "arrived in" receives the system named after
"with". The whole frame is required (demonym, personnel noun, "arrived in [state]", "with"
and a weapon), so "Polish instructors arrived in Kyiv on Monday" and "troops arrived in Poland
with their families" give nothing. Read only to fill: a weapon another rule gave both parties
keeps them.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "American| soldiers arrived in ", "German| air force crews have arrived in "
_PERSONNEL_ARRIVED = re.compile(
    r"\s+(?:(?:army|air\s+force|military|missile|air\s+defen[cs]e)\s+)?"
    r"(?:soldiers|troops|personnel|service\s+members|servicemen|crews|airmen|specialists|"
    # ("Russian military instructors arrived in Mali with an S-300": round 62)
    r"technicians|operators|instructors|advis[eo]rs|trainers)\s+(?:have\s+|had\s+)?arrived\s+"
    r"in\s+(?:the\s+)?", re.I)
# "Russian military| instructors arrived in": the forces named by their nationality (round 62)
_DEMONYM_FORCES = re.compile(r"[A-Z][\w-]+\s+(?:military|army|armed\s+forces|air\s+force)")
# "... with a THAAD battery", "... with two Patriot systems"
_WITH = re.compile(r"\s+with\s+", re.I)


def _clause_end(text: str, pos: int) -> int:
    stop = re.search(r"[;.]|,\s+(?:the|as|after|while|but)\b", text[pos:])
    return pos + stop.start() if stop else len(text)


def arrived_with_transfers(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "[nationality] soldiers arrived in R with W" read as that nationality's
    state -> R (weapons without a complete transfer only)."""
    if "arrived in" not in view.text:
        return found
    text = view.text
    for s in actors:
        arrived = _PERSONNEL_ARRIVED.match(text, s.end)
        if arrived is None or not (s.demonym or _DEMONYM_FORCES.fullmatch(text, s.start, s.end)) \
                or not actor_state(s):
            continue
        host = next((a for a in actors if a.start == arrived.end() and not a.demonym), None)
        if actor_state(host) is None or actor_state(host) == actor_state(s):
            continue
        with_ = _WITH.match(text, host.end)
        if with_ is None:
            continue
        whole = complete_weapons(found)
        weapons = [w for w in transfer_rules.weapons_in(view, with_.end(),
                                                        _clause_end(text, with_.end()))
                   if w.start not in whole]
        if not weapons:
            continue
        span = {w.start for w in weapons}
        found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
        found += transfer_rules.transfer_facts(view, actor_state(s), [actor_state(host)], weapons, "AW",
                                               "arrived", 0.7)
    return found
