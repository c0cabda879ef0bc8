"""A yearly aid package "under a memorandum signed in [year]" is a treaty of the recipient and
the aid's state (round 24).

"Jordan receives $1.45 billion in American military aid a year under a seven-year memorandum
signed in 2022": the signing has no subject and no "with", so the treaty rules take every state
of the sentence ("... outside Israel") as an unsigned pact's parties, later merged into another
treaty; the text names the two sides, the state that receives and the demonym of the aid. Read only
on "[state] receives [amount] in [demonym] military/security aid a year under a (N-year)
memorandum/agreement signed ...", with the recipient right before the verb and a demonym of
another state; a treaty the rules read from this sentence holding the two (with other states
of the sentence, unsigned) gives way to it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView
from kg.extract.numbers import parse_number

_AID_UNDER_MEMORANDUM = re.compile(
    r"\s+(?:(?:has|have)\s+)?(?:receives|received|gets|got|will\s+receive)\s+(?:about\s+|some\s+|"
    r"nearly\s+|roughly\s+)?(?:US)?\$[\d.,]+\s*(?:billion|million|bn)?\s+(?:a\s+year\s+)?in\s+"
    r"(?P<dem>[A-Z][\w.]+)\s+(?:military|security|defen[cs]e)\s+(?:aid|assistance|funding)\s+"
    r"(?:a|each|every|per)\s+year\s+under\s+(?:a|an|the)\s+(?:(?P<years>[\w-]+?)-year\s+)?"
    r"(?P<kind>memorandum(?:\s+of\s+understanding)?|agreement|pact|accord|deal)\s+"
    r"(?:that\s+was\s+)?signed\b")


# "Washington provides Israel with $3.8 billion in military aid a year under a ten-year
# memorandum of understanding signed in 2016": the donor is the subject, the recipient the object
_PROVIDES = re.compile(r"\s+(?:provides|gives|grants|has\s+provided|has\s+given)\s+")
_WITH_AID_UNDER = re.compile(
    r"\s+with\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:US)?\$[\d.,]+\s*"
    r"(?:billion|million|bn)?\s+(?:a\s+year\s+)?in\s+(?:military|security|defen[cs]e)\s+"
    r"(?:aid|assistance|funding)\s+(?:a|each|every|per)\s+year\s+under\s+(?:a|an|the)\s+"
    r"(?:(?P<years>[\w-]+?)-year\s+)?(?P<kind>memorandum(?:\s+of\s+understanding)?|agreement|"
    r"pact|accord|deal)\s+(?:that\s+was\s+)?signed\b")


def _state_actor(a: Actor) -> bool:
    return not a.person and bool(a.key) and a.key.startswith("state/")


def _treaty(view: SentView, parties: list[str], m: re.Match) -> dict[str, Any]:
    """The aid memorandum of ``parties`` read by ``m`` (its kind, duration and the date after)."""
    date = next((d.value for d in view.dates if d.start >= m.end()), None)
    years = parse_number(m.group("years")) if m.group("years") else None
    return {"type": "Treaty", "parties": parties, "signatories": [], "date": date,
            "duration_years": years, "kind": " ".join(m.group("kind").lower().split()),
            "_sent": view.index, "_signed": True, "confidence": 0.6}


def _provided_aid(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """The treaty of each "D provides R with $N in military aid a year under a memorandum"."""
    out = []
    for a in actors:
        verb = _PROVIDES.match(view.text, a.end) if _state_actor(a) else None
        if verb is None:
            continue
        r = next((b for b in actors if b.start == verb.end() and _state_actor(b)), None)
        m = _WITH_AID_UNDER.match(view.text, r.end) if r is not None else None
        if m is not None and r.key != a.key:
            out.append(_treaty(view, [a.key, r.key], m))
    return out


def _demonym_state(view: SentView, start: int, end: int) -> str | None:
    """The state of the demonym ("American", read with "military" as one mention) at ``start``."""
    return next((m.state() for m in view.mentions
                 if m.start == start and m.end >= end and m.state()), None)


def _aid_treaties(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """The treaty of each "R receives $N in [demonym] military aid a year under a memorandum"."""
    out = []
    for a in actors:
        if a.person or not a.key or not a.key.startswith("state/"):
            continue
        m = _AID_UNDER_MEMORANDUM.match(view.text, a.end)
        if m is None:
            continue
        donor = _demonym_state(view, m.start("dem"), m.end("dem"))
        if donor is None or donor == a.key:
            continue
        date = next((d.value for d in view.dates if d.start >= m.end()), None)
        years = parse_number(m.group("years")) if m.group("years") else None
        out.append({"type": "Treaty", "parties": [a.key, donor], "signatories": [], "date": date,
                    "duration_years": years, "kind": m.group("kind").lower(),
                    "_sent": view.index, "_signed": True, "confidence": 0.6})
    return out


def aid_memorandum_treaties(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the aid memorandum told as a treaty of the recipient and the donor only.

    The treaty rules read every state of the sentence ("... outside Israel") as a party of an
    unsigned pact; a treaty of this sentence holding both sides gives way to the memorandum."""
    if "aid" not in view.text and "assistance" not in view.text:
        return found
    aid = _aid_treaties(view, actors) + _provided_aid(view, actors)
    if not aid:
        return found
    pairs = [set(t["parties"]) for t in aid]
    kept = [f for f in found if not (f.get("type") == "Treaty"
                                     and any(p <= set(f.get("parties") or []) for p in pairs))]
    return kept + aid
