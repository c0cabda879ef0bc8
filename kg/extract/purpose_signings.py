"""A signing told only as the purpose of a visit: "X, who was in Baku to sign an agreement
with President Y" (round 29).

The treaty rules skip "to sign" (a plan, not a signing: "is due in Baku to sign", "hopes to
sign"), but a visitor who *was* somewhere to sign reports a visit that has taken place, and the
news counts the agreement as signed. Only the relative clause "[person], who was/were in [place]
(on [day]) to sign a/an/the [agreement] with [person or state]" on a named leader, each side a
different state; the visitor and the partner are the signatories when they are people.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_VISIT = re.compile(
    r"\s*,\s+who\s+(?:was|were)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:(?:on|last)\s+[A-Z]?\w+\s+)?to\s+sign\s+(?:a|an|the)\s+(?P<kind>(?:[\w-]+\s+){0,5}?"
    r"(?:treaty|pact|agreement|accord|deal|memorandum(?:\s+of\s+understanding)?|protocol|"
    r"charter))\s+with\s+(?:the\s+)?")


def _state(a: Actor | None) -> str | None:
    return a.key if a is not None and a.key and a.key.startswith("state/") else None


def purpose_signing_treaties(view: SentView, actors: list[Actor],
                             told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaty of "[leader], who was in [place] to sign a [noun] with [partner]" that
    ``told`` lacks."""
    text = view.text
    if "to sign" not in text or "who w" not in text:
        return []
    for a in actors:
        visit = _VISIT.match(text, a.end) if a.person else None
        if visit is None:
            continue
        partner = next((p for p in actors if p.start == visit.end()), None)
        one, other = _state(a), _state(partner)
        if one is None or other is None or one == other:
            continue
        if any({one, other} <= set(f.get("parties") or []) for f in told):
            return []
        date = next((d.value for d in view.dates if visit.start() <= d.start < visit.end()),
                    None)
        signers = [x.person for x in (a, partner) if x is not None and x.person]
        return [{"type": "Treaty", "parties": [one, other], "signatories": signers,
                 "date": date, "duration_years": None,
                 "kind": visit.group("kind").strip().lower(), "_sent": view.index,
                 "_signed": True, "confidence": 0.6}]
    return []
