"""A ruler the offices table knows, presented as the one who leads (round 83).

"The junta, led by Senior General Min Aung Hlaing since the 2021 coup", "Sovereignty Council head
General Abdel Fattah al-Burhan", "Niger is led by General Abdourahamane Tiani": the military
rulers of Sudan, Myanmar, Mali, Burkina Faso and Niger are presented by a rank, a council or the
verb "lead" rather than by a title the role rules read, and about 50 of their roles were missed
over the older held-out sets (the gold counts each as a leader presented with his office; three
fresh sets' categories named the same shapes). Read only for a person the gazetteer holds whose
offices on the article's day are all of one state and include the head of that state or its
government (the curated offices table, kg/data/gazetteer/offices.tsv), when the sentence
presents him as ruling: a word of ruling (led, head, chairman, chairs, leader, ruler, junta,
council, military government) within 70 characters of the name, with no other person between
them but rulers listed with him, and no "former" or "deposed" before it. A rank alone ("General X
signed"), "army chief", and the titles the role rules read ("president", "prime minister":
when they gave nothing, as for "Former prime minister X" or "named the confederation's first
president", there was a reason) are no presentation here. A role the sentence's other rules gave
him is kept as it is.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.extract.entities import SentView
from kg.extract.known_office_states import one_state_offices
from kg.extract.roles import RolePhrase
from kg.extract.ruling_militaries import RANK

_RULING_OFFICE = re.compile(r"\b(?:president|head of state|prime minister|sovereignty council|"
                            r"junta|leader)\b", re.I)
# a word of ruling near the name ("The junta, led by ...", "Sovereignty Council head ...", "Niger
# is led by ..."); not "army chief" alone, which the golds read as a command, not an office
_LEADING = re.compile(r"\b(?:head|heads|headed|chairman|chairs|chaired|leader|leaders|leads|led|"
                      r"ruler|rulers|rules|ruled|junta|council|military\s+government)\b", re.I)
# "Former prime minister X", "the deposed leader X": an office no longer held
_NO_LONGER = re.compile(r"\b(?:former|ex|then|late|ousted|deposed|toppled|overthrown|outgoing)\b",
                        re.I)
_WINDOW = 70
# between two rulers of a list: "Colonel X, Captain Y and General Z"
_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:" + RANK + r"\s+)?")


def _key(m: Any) -> str:
    return next(c.key for c in m.cands if c.type == "Person")


def _ruling_office(gaz: Any, person: str, on: date):
    """The one state's ruling office ``person`` held on ``on``, or None."""
    ruling = [o for o in one_state_offices(gaz, person, on) if _RULING_OFFICE.search(o.office)]
    return ruling[-1] if ruling else None


def _presented_ruling(view: SentView, m: Any, gaz: Any, on: date) -> bool:
    """A word of ruling within the window around ``m``, with no other person between them but
    rulers listed with him ("the military leaders of A, B and C, X, Y and Z")."""
    text = view.text
    people = [x for x in view.mentions if x is not m and any(c.type == "Person" for c in x.cands)]
    first = m.start  # the first ruler of a list ending on m ("X, Y and Z")
    for x in sorted((x for x in people if x.end <= m.start), key=lambda x: -x.start):
        if not (_LIST_GAP.fullmatch(text, x.end, first) and _ruling_office(gaz, _key(x), on)):
            break
        first = x.start
    for w in _LEADING.finditer(text, max(0, first - _WINDOW), min(len(text), m.end + _WINDOW)):
        lo, hi = (w.end(), m.start) if w.end() <= m.start else (m.end, w.start())
        between = [x for x in people if lo <= x.start and x.end <= hi]
        if w.start() >= m.end and between:
            continue  # "stop Putin," Biden told allied leaders: another's
        if _NO_LONGER.search(text, max(0, min(w.start(), first) - 25), max(w.end(), m.start)):
            continue
        if all(_ruling_office(gaz, _key(x), on) for x in between):
            return True
    return False


def ruling_rank_roles(view: SentView, roles: list[RolePhrase], gaz: Any,
                      published: date | None) -> list[RolePhrase]:
    """``roles`` with a role for each known ruler the sentence presents as ruling."""
    if published is None:
        return roles
    text = view.text
    have = {r.person for r in roles}
    out = list(roles)
    for m in view.mentions:
        c = next((c for c in m.cands if c.type == "Person"), None)
        if c is None or c.key in have or m.is_unknown:
            continue
        office = _ruling_office(gaz, c.key, published)
        if office is None:
            continue
        if not _presented_ruling(view, m, gaz, published):
            continue
        label = gaz.get(c.key).label if gaz.get(c.key) is not None else m.text
        out.append(RolePhrase(person=c.key, person_label=label, person_new=False,
                              state=office.state, office=office.office, start=m.start,
                              end=m.end, person_start=m.start, person_end=m.end,
                              confidence=0.9, rule="R83rank"))
        have.add(c.key)
    return out
