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


def one_state_offices(gaz: Any, person: str, on: date) -> list:
    """The offices ``person`` held on ``on`` when all are of one state; [] otherwise (also read
    by kg.extract.ruling_ranks)."""
    active = [o for o in gaz.offices_of(person) if o.active_on(on)]
    return active if len({o.state for o in active}) == 1 else []


def known_office_states(roles: list[RolePhrase], gaz: Any, published: date | None
                        ) -> list[RolePhrase]:
    """``roles`` with the state of each known office-holder's offices on ``published``."""
    if published is None:
        return roles
    out = []
    for r in roles:
        if not r.person_new:
            offices = one_state_offices(gaz, r.person, published)
            if offices and r.state != offices[0].state:
                r = replace(r, state=offices[0].state)
        out.append(r)
    return out
