"""Two bilateral signings on one trip: "signed the Albanian pact before flying to Tunis to sign
a similar accord with President X" (round 29).

One sentence tells two treaties with one shared party: the subject's with the state of the
first pact's adjective (or its "with" partner), and the subject's with the partner of the
"similar accord" signed at the trip's end. The treaty rules read one signing verb's parties over
the whole sentence and gave a single treaty, merging or losing a partner. Only the frame
"signed the/a [..] [noun] ... before flying/travelling/heading to [place] to sign a similar
[noun] with [partner]", each partner a state other than the subject's; the two treaties then
replace what the rules told of this sentence for those states.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, subject_before
from kg.extract.entities import SentView

_NOUN = r"(?:pact|accord|agreement|deal|treaty|memorandum)"
_TRIP = re.compile(
    r"\bsigned\s+(?:the|a|an)\s+(?P<first>(?:[\w-]+\s+){0,4}?" + _NOUN + r")\b"
    r"(?P<mid>[^.;]{0,90}?)\bbefore\s+(?:\w+\s+)?(?:flying|travell?ing|heading|leaving|"
    r"going|flew|travell?ed|headed|left|went)\s+(?:on\s+)?(?:to|for)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+to\s+sign\s+(?:a|an)\s+similar\s+"
    r"(?:[\w-]+\s+){0,2}?" + _NOUN + r"\s+with\s+(?:the\s+)?")
_WITH = re.compile(r"\bwith\s+(?:the\s+)?")


def _state(a: Actor | None) -> str | None:
    return a.key if a is not None and a.key and a.key.startswith("state/") else None


def _first_partner(actors: list[Actor], text: str, trip: re.Match, own: str) -> Actor | None:
    """The first pact's partner: its adjective ("the Albanian pact"), else "with X" after it."""
    adj = next((a for a in actors if trip.start("first") <= a.start < trip.end("first")
                and not a.person and _state(a) and _state(a) != own), None)
    if adj is not None:
        return adj
    w = _WITH.search(text, trip.start("mid"), trip.end("mid"))
    return next((a for a in actors if w is not None and a.start == w.end()
                 and _state(a) and _state(a) != own), None)


def similar_accord_treaties(view: SentView, actors: list[Actor],
                            told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``told`` with the two treaties of "signed the [X] pact before flying to [place] to sign a
    similar accord with [Y]" in place of its own facts for those states."""
    text = view.text
    if "similar" not in text or "to sign" not in text:
        return told
    trip = _TRIP.search(text)
    if trip is None:
        return told
    subj = subject_before(actors, text, trip.start())
    own_actor = next((a for a in (subj.actors if subj else []) if _state(a)), None)
    own = _state(own_actor)
    if own is None:
        return told
    first = _first_partner(actors, text, trip, own)
    second = next((a for a in actors if a.start == trip.end()), None)
    one, two = _state(first), _state(second)
    if second is not None and second.person and two in (own, None):
        # (a host whose office the rules gave the traveller's state: the place's state)
        two = next((_state(a) for a in actors if a.start == trip.start("place")), None)
    if one is None or two is None or two in (own, one):
        return told
    date = next((d.value for d in view.dates if d.start >= trip.start()), None)
    signer = own_actor.person if own_actor is not None else None
    facts = []
    kinds = (trip.group("first").lower(), "similar accord")
    w = _WITH.search(text, trip.start("mid"), trip.end("mid"))
    # ("the Kazakh pact with President X": X signed it, whatever state the rules gave X)
    met = next((a for a in actors if w is not None and a.start == w.end() and a.person), None)
    for (partner, state), kind in zip(((met or first, one), (second, two)), kinds):
        signers = [p for p in (signer, partner.person if partner else None) if p]
        facts.append({"type": "Treaty", "parties": [own, state], "signatories": signers,
                      "date": date, "duration_years": None, "kind": kind, "_sent": view.index,
                      "_signed": True, "confidence": 0.6})
    mine = {own, one, two}
    kept = [f for f in told if not set(f.get("parties") or []) <= mine]
    return kept + facts
