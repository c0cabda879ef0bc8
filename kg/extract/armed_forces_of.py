""""accused [S] of supplying Russian forces with [W]": the recipient as a state's forces
(round 24).

The supply rules read "supplying R with W" when R names a state or a group; "Russian forces" (or
"troops", "army", "military") is the state's armed forces and so the state, but no rule reads
the demonym there. Narrow on purpose: "[S] of supplying/arming/providing", a demonym right
before "forces", "troops", "army" or "military", then "with" and the weapons to the clause's
end; S is the state right before "of" and must differ from the demonym's state. Only weapons no
complete transfer holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons, replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_OF_SUPPLYING = re.compile(
    r"\s+of\s+(?:(?:also|secretly|covertly|illegally)\s+)?(?P<v>supplying|arming|providing|"
    r"equipping)\s+(?:the\s+)?$", re.I)
_FORCES_WITH = re.compile(r"\s+(?:forces|troops|army|military|soldiers)\s+with\s+", re.I)


def armed_forces_transfers(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "S of supplying [D] forces with W" read as S -> D's state."""
    text = view.text
    if " of " not in text or " with " not in text:
        return found
    for i, d in enumerate(actors):
        gap = _OF_SUPPLYING.search(text, 0, d.start)
        w = _FORCES_WITH.match(text, d.end)
        s = actors[i - 1] if i > 0 else None
        if not d.demonym or not actor_state(d) or gap is None or w is None or not actor_state(s) \
                or s.end != gap.start() or actor_state(s) == actor_state(d):
            continue
        whole = complete_weapons(found)
        weapons = [x for x in transfer_rules.weapons_in(view, w.end(), clause_end(text, w.end()))
                   if x.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [actor_state(s)], actor_state(d), weapons, "FORCES-OF",
                                      gap.group("v"))
    return found
