"""The state of an office-holder the gazetteer knows, over a state guessed from the sentence
(round 81).

A role's state is often read from what stands near the name: the venue ("signed in Madrid by the
foreign ministers of the three countries, A, B and C": Spain for each), the host of the talks,
the other state of a bilateral story. A national office-holder's state does not change with the
venue: when the curated offices table (kg/data/gazetteer/offices.tsv) says that the person held
offices of one state only on the article's day, that state is the role's. People the table does
not know, or who held offices of two states that day, keep the state read from the text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from kg.extract.roles import RolePhrase


def known_office_states(roles: list[RolePhrase], gaz: Any, published: date | None
                        ) -> list[RolePhrase]:
    """``roles`` with the state of each known office-holder's offices on ``published``."""
    if published is None:
        return roles
    out = []
    for r in roles:
        if not r.person_new:
            states = {o.state for o in gaz.offices_of(r.person) if o.active_on(published)}
            if len(states) == 1 and r.state not in states:
                r = replace(r, state=states.pop())
        out.append(r)
    return out
