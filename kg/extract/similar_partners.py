"""Partners told only in an elliptical plural: "X has signed similar agreements with Y and Z"
(round 31).

The sentence tells one treaty per partner (X-Y, X-Z) modelled on a pact told before, but no
treaty rule reads "similar agreements" with a list of partners, so none was made. Read only the
frame "[state] has/had/have signed similar [noun]s with [state](, [state])* and [state]": the
signing verb right before "similar", a plural treaty noun, every partner a state other than the
subject's and the list ending the clause. No date (the text gives none for these).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, subject_before
from kg.extract.entities import SentView

_FRAME = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?signed\s+similar\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pacts|accords|agreements|deals|treaties)\s+with\s+(?:the\s+)?")
_JOINER = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:with\s+)?(?:the\s+)?")
_LIST_END = re.compile(r"\s*(?:[,.;]|$|\s+(?:and|but|in|since|last|earlier)\b)")


def _state(a: Actor | None) -> str | None:
    return a.key if a is not None and not a.person and a.key \
        and a.key.startswith("state/") else None


def _partners(actors: list[Actor], text: str, at: int) -> list[Actor]:
    """The states listed from ``at``: "Japan and Australia", "A, B and C"; [] if the list
    holds anything but states."""
    by_start = {a.start: a for a in actors}
    out: list[Actor] = []
    a = by_start.get(at)
    while a is not None and _state(a):
        out.append(a)
        j = _JOINER.match(text, a.end)
        nxt = by_start.get(j.end()) if j and j.end() > a.end else None
        if nxt is None:
            break
        a = nxt
    return out if len(out) >= 2 else []


def similar_partner_treaties(view: SentView, actors: list[Actor],
                             told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One treaty per partner of "X has signed similar agreements with Y and Z" not in ``told``."""
    text = view.text
    if "signed similar" not in text:
        return []
    m = _FRAME.search(text)
    if m is None:
        return []
    subj = subject_before(actors, text, m.start())
    own = next((_state(a) for a in (subj.actors if subj else []) if _state(a)), None)
    partners = _partners(actors, text, m.end())
    if own is None or not partners or _LIST_END.match(text, partners[-1].end) is None:
        return []
    out: list[dict[str, Any]] = []
    for p in partners:
        parties = [own, _state(p)]
        if parties[1] == own or any(set(f.get("parties") or []) == set(parties)
                                    for f in told + out):
            continue
        out.append({"type": "Treaty", "parties": parties, "signatories": [], "date": None,
                    "duration_years": None, "kind": "similar agreement", "_sent": view.index,
                    "_signed": True, "confidence": 0.6})
    return out
