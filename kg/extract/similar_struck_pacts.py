"""A treaty told only as the model of another: "a similar pact that A struck with B" (round 30).

"Colombia signed a border security agreement with Ecuador in October, a similar pact that Peru
struck with Quito in 2024", "Niger signed a defence agreement with Russia, a similar pact to the
one that Burkina Faso struck with Moscow last year": the clause tells a second, earlier treaty
between two other parties, but its verb is no signing verb the treaty rules read ("struck" reads
as an attack to the strike rules, which do not make it one by this frame). Read only for
"similar [noun] (to the one) that/which [state] struck/signed/sealed/reached/concluded with
[state]", both parties states and different; its date is the one right after the partner
("in 2024"), if any.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, state_actor_at
from kg.extract.entities import SentView

_SIMILAR = re.compile(
    r"\bsimilar\s+(?:[\w-]+\s+){0,2}?(?:pact|accord|agreement|deal|treaty)s?"
    r"(?:\s+to\s+(?:the\s+ones?|those))?\s+(?:that|which)\s+")
_VERB_WITH = re.compile(r"\s+(?:had\s+|has\s+)?(?:struck|signed|sealed|reached|concluded)\s+"
                        r"with\s+(?:the\s+)?")


def struck_pact_treaties(view: SentView, actors: list[Actor],
                         told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaties of "a similar pact that A struck with B" not already in ``told``."""
    text = view.text
    if "similar" not in text:
        return []
    out: list[dict[str, Any]] = []
    for m in _SIMILAR.finditer(text):
        first = state_actor_at(actors, m.end())
        verb = _VERB_WITH.match(text, first.end) if first else None
        second = state_actor_at(actors, verb.end()) if verb else None
        if first is None or second is None or first.key == second.key:
            continue
        parties = [first.key, second.key]
        if any(set(f.get("parties") or []) == set(parties) for f in told + out):
            continue
        date = next((d.value for d in view.dates
                     if second.end <= d.start <= second.end + 12), None)
        out.append({"type": "Treaty", "parties": parties, "signatories": [], "date": date,
                    "duration_years": None, "kind": "pact", "_sent": view.index,
                    "_signed": True, "confidence": 0.6})
    return out
