"""A signing told in a relative clause on one of its parties (round 21):

"The Philippines, which in June 2025 signed a contract with South Korea for 12 FA-50 jets, ...",
"..., ordered by the Philippines, which signed the contract with South Korea in June 2025",
"Japan, with which the Philippines signed a Reciprocal Access Agreement in July 2024, ...": the
treaty rules look for the signing verb's subject and find "which". The state the clause hangs
on is one party, the state after "with" (or the clause's own subject after "with which") the
other. Only a treaty the rules did not already tell for those two states is added.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_NOUN = (r"(?P<kind>(?:[\w-]+\s+){0,4}?(?:treaty|pact|agreement|accord|deal|contract|"
         r"memorandum(?:\s+of\s+understanding)?|protocol|charter))")
_DATE_WORDS = r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+|on\s+[A-Z][a-z]+\s+|last\s+\w+\s+)?"
# "R, which (in June 2025) signed a contract with S"
_WHICH_SIGNED_WITH = re.compile(
    rf"\s*,\s*which\s+{_DATE_WORDS}(?:(?:has|had)\s+)?(?:also\s+)?(?:signed|inked|sealed)\s+"
    rf"(?:a|an|the|its)\s+{_NOUN}\s+with\s+", re.I)
# "S, with which R signed a pact"
_WITH_WHICH = re.compile(r"\s*,\s*with\s+which\s+", re.I)
_THE = re.compile(r"the\s+", re.I)
_SIGNED_NOUN = re.compile(
    rf"\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:signed|inked|sealed)\s+(?:a|an|the|its)\s+{_NOUN}\b",
    re.I)


def _at(actors: list[Actor], text: str, pos: int) -> Actor | None:
    """The actor starting at ``pos``, or right after a "the" there (an actor may include it)."""
    the = _THE.match(text, pos)
    return next((a for a in actors if a.start == pos or (the and a.start == the.end())), None)


def _signings(view: SentView, actors: list[Actor]):
    """(party, party, kind, clause start, clause end) of each relative signing."""
    text = view.text
    for a in actors:
        if not actor_state(a):
            continue
        m = _WHICH_SIGNED_WITH.match(text, a.end)
        if m is not None:
            other = _at(actors, text, m.end())
            if actor_state(other) and actor_state(other) != actor_state(a):
                end = clause_end(text, m.end())
                yield actor_state(a), actor_state(other), m.group("kind"), m.start(), end
            continue
        w = _WITH_WHICH.match(text, a.end)
        subj = _at(actors, text, w.end()) if w else None
        s = _SIGNED_NOUN.match(text, subj.end) if actor_state(subj) else None
        if s is not None and actor_state(subj) != actor_state(a):
            yield actor_state(subj), actor_state(a), s.group("kind"), w.start(), clause_end(text, s.end())


def relative_signings(view: SentView, actors: list[Actor],
                      told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaties of relative-clause signings that ``told`` lacks."""
    if "which" not in view.text:
        return []
    out = []
    for one, other, kind, lo, hi in _signings(view, actors):
        if any({one, other} <= set(f.get("parties") or []) for f in [*told, *out]):
            continue
        date = next((d.value for d in view.dates if lo <= d.start < hi), None)
        out.append({"type": "Treaty", "parties": [one, other], "signatories": [], "date": date,
                    "duration_years": None, "kind": kind.strip().lower(), "_sent": view.index,
                    "_signed": True, "confidence": 0.6})
    return out
