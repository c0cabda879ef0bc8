"""Signers listed as the subject: "President A of X, Prime Minister B of Y and President C of Z
signed a pact" (round 25).

The signing rules read the subject's states pairwise ("X and Y signed") and here kept only the
middle leader's state, waiting for a counterpart never found. When the whole subject, from the
sentence's start (or after "The three countries' leaders,") to "signed", is a list of
office-holders, each with a state (their role's, or "of [state]" right after the name), joined
only by commas and "and", the states of the list are the parties and the people its signers.
Only a treaty of the sentence holding fewer of those states is completed; none is added when the
sentence has no agreement noun after the verb.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView
from kg.extract.treaties import treaty_kind

_SIGNED_PACT = re.compile(
    # ("... met in Luanda in March and signed a peace agreement": the meeting told first, R39)
    r"(?:,?\s+met\b[^.;,]{0,60}?\s+and)?"
    r",?\s+(?:then\s+|jointly\s+|also\s+|formally\s+)?signed\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<kind>treaty|pact|agreement|accord|deal|memorandum|charter|declaration|text)\b")
_LEAD_IN = re.compile(r"^(?:The\s+(?:[\w'’-]+\s+){0,3}leaders,\s+)?")
_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s*,?\s+and\s+)$")
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$")


def _units(text: str, actors: list[Actor], start: int, end: int) -> list[tuple[str, str]] | None:
    """(person, state) of each office-holder of the list filling text[start:end], else None."""
    units: list[tuple[str, str]] = []
    pos, i = start, 0
    people = [a for a in actors if a.start >= start and a.end <= end]
    while i < len(people):
        a = people[i]
        if not a.person or not a.key or not a.key.startswith("state/"):
            return None
        gap = text[pos:a.start]
        if (not units and gap.strip()) or (units and not _LIST_GAP.match(gap)):
            return None
        pos, i = a.end, i + 1
        if i < len(people) and not people[i].person and people[i].key == a.key \
                and _OF_GAP.match(text[pos:people[i].start]):
            pos, i = people[i].end, i + 1  # "President A of Ghana"
        units.append((a.person, a.key))
    return units if pos == end else None


def listed_signer_treaties(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with a treaty of the sentence completed by the states of its listed signers."""
    if " signed " not in view.text:
        return found
    verb = _SIGNED_PACT.search(view.text)
    if verb is None:
        return found
    start = _LEAD_IN.match(view.text).end()
    units = _units(view.text, actors, start, verb.start())
    if not units or len(units) < 2:
        return found
    states = list(dict.fromkeys(s for _, s in units))
    if len(states) < 2:
        return found
    signers = [p for p, _ in units]
    treaties = [f for f in found if f["type"] == "Treaty"]
    for f in treaties:
        if set(f.get("parties") or []) < set(states):
            f.update(parties=states, _needs_counterpart=False, _needs_pair=False,
                     _attach_only=False, signatories=list(dict.fromkeys(
                         signers + list(f.get("signatories") or []))),
                     kind=f.get("kind") or treaty_kind(view.text, verb.start("kind")))
    if not treaties:  # none read at all: the list's own (round 39)
        date = next((d.value for d in view.dates if d.start >= start), None)
        found = found + [{"type": "Treaty", "parties": states, "signatories": signers,
                          "date": date, "duration_years": None,
                          "kind": treaty_kind(view.text, verb.start("kind")) or verb.group("kind"),
                          "_sent": view.index, "_signed": True, "confidence": 0.7}]
    return found
