"""Arms brought by carriers the sentence before introduced (round 39).

"Two Russian cargo planes landed at Bamako airport on Monday. The planes brought Mi-24
helicopters and Su-25 jets for the Malian army": the carriers' nationality supplies, the army
or state after "for"/"to" receives. The rules read carriers only within one sentence ("Turkish
planes carrying ... landed in Tripoli", kg.extract.carried_supply, whose carrier nouns this
shares). Read only on "The
[planes | aircraft | flights | ships | vessels] (also) [brought | carried | delivered |
unloaded] [weapons] for / to [the] [state or its demonym]", with the carriers named with one
state's demonym or name right before the carrier noun in the sentence before, same paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.carried_supply import CARRIERS
from kg.extract.clause_parties import clause_end, complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_THE_CARRIERS_BROUGHT = re.compile(
    rf"^\W*(?:The|Those|These)\s+{CARRIERS}\s+(?:also\s+)?"
    r"(?P<v>brought|carried|delivered|unloaded|ferried)\s+", re.I)
_FOR = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?")
_CARRIER_AFTER = re.compile(rf"\s+{CARRIERS}\b", re.I)


def _carriers_state(prev: SentView, prev_actors: list[Actor]) -> str | None:
    """The one state whose carriers the sentence before names ("Two Russian cargo planes")."""
    states = {actor_state(a) for a in prev_actors
              if actor_state(a) and _CARRIER_AFTER.match(prev.text, a.end)}
    return states.pop() if len(states) == 1 else None


def carriers_told_before(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                         prev: SentView | None, prev_actors: list[Actor] | None,
                         same_paragraph: bool) -> list[dict[str, Any]]:
    """``found`` with the weapons "The planes brought ... for [R]" carried, for weapons no
    rule gave both parties."""
    m = _THE_CARRIERS_BROUGHT.match(view.text)
    if m is None or prev is None or not same_paragraph:
        return found
    supplier = _carriers_state(prev, prev_actors or [])
    if supplier is None:
        return found
    text = view.text
    end = clause_end(text, m.end())
    whole = complete_weapons(found)
    weapons = [w for w in transfer_rules.weapons_in(view, m.end(), end) if w.start not in whole]
    if not weapons:
        return found
    to = _FOR.match(text, weapons[-1].end)
    rec = next((actor_state(a) for a in actors if to and a.start == to.end() and actor_state(a)),
               None)
    if rec is None or rec == supplier:
        return found
    span = {w.start for w in weapons}
    kept = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
    return kept + transfer_rules.transfer_facts(view, supplier, [rec], weapons, "CS",
                                                m.group("v"), 0.75)
