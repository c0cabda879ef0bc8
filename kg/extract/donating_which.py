""""[S], which is also donating some of its [W] to [R], is ...": a transfer told inside a
relative clause on the supplier (round 24).

The verb rules take the clause's verb but find its subject only through "which", and read
nothing. Narrow on purpose: a state, a comma, "which" and a progressive or perfect supply verb
("is donating", "has sent", "is also supplying"), the weapons in the clause, and the recipient
the state right after "to" in the same clause. Only weapons no complete transfer holds are
given one; "Norway, which is also hosting pilots" has no supply verb and gives nothing.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_WHICH_GIVES = re.compile(
    r"\s*,\s*which\s+(?:is|was|has|had|have|are)\s+(?:also\s+|already\s+|now\s+|been\s+)*"
    r"(?P<v>donating|supplying|sending|delivering|giving|transferring|donated|supplied|sent|"
    r"delivered|given|transferred)\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?$", re.I)


def donating_which_transfers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "S, which is also donating W to R," read as S -> R."""
    text = view.text
    if "which" not in text:
        return found
    whole = complete_weapons(found)
    for s in actors:
        m = _WHICH_GIVES.match(text, s.end)
        if m is None or not actor_state(s) or s.demonym:
            continue
        end = clause_end(text, m.end())
        r = next((a for a in actors if m.end() < a.start < end and actor_state(a) and not a.demonym
                  and _TO.search(text, m.end(), a.start)), None)
        if r is None or actor_state(r) == actor_state(s):
            continue
        weapons = [w for w in transfer_rules.weapons_in(view, m.end(), r.start)
                   if w.start not in whole]
        if weapons:
            found = [f for f in found if not (f.get("type") == "ArmsTransfer"
                                              and f.get("_at") in {w.start for w in weapons})]
            found += transfer_rules.transfer_facts(view, actor_state(s), [actor_state(r)], weapons,
                                                   "WHICH-GIVES", m.group("v"), 0.75)
    return found
