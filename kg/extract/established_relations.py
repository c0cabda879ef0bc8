"""Agreements told as signed when one state established relations with others (round 23).

"... the agreements signed when Israel established relations with the United Arab Emirates and
with Bahrain in 2020": no signing verb has a subject and object the treaty rules read, and the
agreements are one per pair (GOLD.md: a treaty is between the states that signed it). Read only
on "[agreements | accords | treaties | deals] signed when A established / normalised (diplomatic)
relations with B (and with C ...)": one treaty of A with each state listed after "with", dated
by the clause's date; so too "when B and C established relations with A". Only a pair the rules did not already tell is added.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_SIGNED_WHEN = caseless(
    r"\b(?P<kind>agreements?|accords?|treaties|treaty|deals?|pacts?)\s+(?:that\s+were\s+|were\s+)?"
    r"(?:signed|sealed|inked)\s+when\s+")
_ESTABLISHED = re.compile(
    r"\s+(?:first\s+)?(?:established|normali[sz]ed|opened|restored|formali[sz]ed)\s+"
    r"(?:full\s+|formal\s+|diplomatic\s+)*(?:relations|ties)\s+with\s+", re.I)
# ", and with Bahrain", " and with Bahrain", " and Bahrain", ", Bahrain"
_NEXT_PARTNER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:with\s+)?(?:the\s+)?$", re.I)
_NEXT_SUBJECT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", re.I)


def _partners(text: str, actors: list[Actor], pos: int, end: int) -> list[str]:
    """The states listed from ``pos`` ("with B and with C"), each joined by "and (with)"."""
    out: list[str] = []
    last = pos
    for a in sorted((a for a in actors if pos <= a.start < end and actor_state(a)),
                    key=lambda a: a.start):
        gap = text[last:a.start]
        if out and not _NEXT_PARTNER.fullmatch(gap):
            break
        if not out and not re.fullmatch(r"(?:the\s+)?", gap, re.I):
            break
        out.append(actor_state(a))  # type: ignore[arg-type]
        last = a.end
    return out


def _subjects(text: str, actors: list[Actor], pos: int) -> tuple[list[str], int]:
    """The states opening the when-clause at ``pos`` ("Israel", "the UAE and Bahrain") and
    where they end."""
    out: list[str] = []
    last = pos
    for a in sorted((a for a in actors if a.start >= pos and actor_state(a)), key=lambda a: a.start):
        gap = text[last:a.start]
        if not (re.fullmatch(r"(?:the\s+)?", gap, re.I) if not out
                else _NEXT_SUBJECT.fullmatch(gap)):
            break
        out.append(actor_state(a))  # type: ignore[arg-type]
        last = a.end
    return out, last


def _signings(view: SentView, actors: list[Actor]):
    """(A, partners, kind, clause start, clause end) of each "signed when A established"."""
    text = view.text
    for m in _SIGNED_WHEN.finditer(text):
        subjects, after = _subjects(text, actors, m.end())
        e = _ESTABLISHED.match(text, after) if subjects else None
        if e is None:
            continue
        partners = _partners(text, actors, e.end(), len(text))
        if not partners:
            continue
        end = clause_end(text, next(a.end for a in actors if actor_state(a) == partners[-1]
                                    and a.start >= e.end()))
        if len(subjects) == 1:
            yield subjects[0], [p for p in partners if p != subjects[0]], m.group("kind"), \
                m.start(), end
        elif len(partners) == 1:  # "when the UAE and Bahrain established relations with Israel"
            yield partners[0], [s for s in subjects if s != partners[0]], m.group("kind"), \
                m.start(), end


def established_relations_treaties(view: SentView, actors: list[Actor],
                                   told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaties of "agreements signed when A established relations with B" ``told`` lacks."""
    if "when" not in view.text:
        return []
    out: list[dict[str, Any]] = []
    for one, partners, kind, lo, hi in _signings(view, actors):
        date = next((d.value for d in view.dates if lo <= d.start < hi), None)
        for other in partners:
            if any({one, other} <= set(f.get("parties") or []) for f in [*told, *out]):
                continue
            out.append({"type": "Treaty", "parties": [one, other], "signatories": [],
                        "date": date, "duration_years": None, "kind": kind.lower(),
                        "_sent": view.index, "_signed": True, "confidence": 0.6})
    return out
