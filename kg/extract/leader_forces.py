"""Weapons flown by "his army": the army of the leader who speaks (round 25).

"Mali's junta leader Assimi Goita said his army now flies Turkish-made Akinci drones, also
supplied by Ankara": the recipient is told only through the possessive of the leader's forces;
the transfer rules took a state of the sentences before (Niger). Read only for "[office-holder
of R] said (that) his/her army (air force, navy, military, forces) now flies/operates/uses W",
the office-holder's state from his role phrase in this sentence; the transfers of those weapons
in this sentence that have a supplier take R as recipient.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_HIS_FORCES = re.compile(
    r"\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:his|her)\s+(?:army|air\s+force|navy|military|"
    r"forces|armed\s+forces)\s+(?:now\s+|also\s+|already\s+)*(?:flies|operates|uses|fields)\s+")


def leader_forces_recipients(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                             ) -> list[dict[str, Any]]:
    """``found`` with "[leader of R] said his army flies W" giving R as W's recipient."""
    text = view.text
    if " his " not in text and " her " not in text:
        return found
    for a in actors:
        m = _HIS_FORCES.match(text, a.end)
        state = a.role.state if m and a.role is not None else None
        if not state:
            continue
        span = {w.start for w in transfer_rules.weapons_in(view, m.end(),
                                                           clause_end(text, m.end()))}
        for f in found:
            if f.get("type") == "ArmsTransfer" and f.get("_at") in span and f.get("supplier") \
                    and f.get("supplier") != state:
                f["recipient"] = state
    return found
