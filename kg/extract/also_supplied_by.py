""""The army has fielded W1 and, more recently, heavier W2, also supplied by S": the home
forces' list with its supplier after it (round 27).

No state opens the sentence ("The army"), and the supplier closes the list after "also
supplied by", so no verb rule read it. Narrow on purpose: the sentence opens on "The army/air
force/navy/military" and a verb of having ("has fielded", "flies", "operates", "has received"),
", also supplied/sold/provided by [state]" closes the weapons, and the forces are the article's
(its dateline's) state, as for the air force's listed fleet (kg.extract.air_force_lists). Only
weapons no transfer holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_HOME_FORCES = re.compile(r"\s*The\s+(?:army|air\s+force|navy|military)\s+(?:has\s+|have\s+|now\s+)?"
                          r"(?:fielded|fields|flies|flown|operates|operated|received|uses|used)\s+")
_ALSO_BY = re.compile(r",\s+also\s+(?:supplied|sold|provided|delivered|made)\s+by\s+(?:the\s+)?")


def also_supplied_transfers(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                            home: str | None) -> list[dict[str, Any]]:
    """``tfs`` with the weapons of "The army has fielded W1 and W2, also supplied by S", given
    to ``home`` (the dateline's state)."""
    if not home or ", also " not in view.text:
        return tfs
    opening = _HOME_FORCES.match(view.text)
    by = _ALSO_BY.search(view.text, opening.end()) if opening else None
    seller = next((a for a in actors if a.start == by.end() and actor_state(a)), None) \
        if by else None
    if seller is None or actor_state(seller) == home:
        return tfs
    told = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"}
    ws = [w for w in transfer_rules.weapons_in(view, opening.end(), by.start())
          if w.start not in told]
    return tfs + transfer_rules.transfer_facts(view, actor_state(seller), [home], ws,
                                               "ALSO_SUPPLIED_BY", "supplied", 0.7)
