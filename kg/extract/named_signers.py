"""A treaty told only by its two signers: "A and President B signed the accord" (round 25).

"Chilean President A hosted Argentina's B on Monday. ... A and President B signed a defence pact
on Tuesday": the sentence names no state, so the signing rules kept the signers waiting for a
treaty told before (none was), or read only the state of the one whose surname the gazetteer
knows, or, with unknown surnames alone (no mention of their own), read nothing.
The parties are the states of the two signers, office-holders told earlier in the article. Read
only on a sentence opening with "[Name] and ([title]) [Name] (then/later) signed a/the ...
[agreement noun]", each name the full name or the surname of exactly one office-holder told
before (or in the sentence) with a state, the two states distinct, and no treaty told in the four sentences before
(that one is what they signed: the older rules attach the signers to it).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_PAIR_SIGNED = re.compile(
    r"(?P<a>" + _NAME + r")\s+and\s+(?:(?:President|Prime\s+Minister|Chancellor|Premier|King|"
    r"Emir|Sultan)\s+)?(?P<b>" + _NAME + r")\s+(?:then\s+|later\s+|also\s+|formally\s+)?"
    r"signed\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?P<kind>treaty|pact|agreement|accord|deal|"
    r"memorandum|charter|declaration)\b")


def _holders(raw: list[dict[str, Any]], before: int) -> dict[str, str]:
    """person key -> state of the office-holders told up to sentence ``before`` (the firmest
    role of each)."""
    best: dict[str, tuple[float, str]] = {}
    for f in raw:
        if f["type"] == "LeaderRole" and f["_sent"] <= before and f.get("state"):
            conf = f.get("confidence") or 0.0
            if f["person"] not in best or conf > best[f["person"]][0]:
                best[f["person"]] = (conf, f["state"])
    return {k: s for k, (_, s) in best.items()}


def _holder(name: str, holders: dict[str, str]) -> tuple[str, str] | None:
    """(person key, state) of the one holder whose name, or surname, is ``name``."""
    from kg.link.gazetteer import slugify

    slug = slugify(name)
    found = [k for k in holders if k == "person/" + slug or k.endswith("-" + slug)]
    return (found[0], holders[found[0]]) if len(found) == 1 else None


def _treaty_near(raw: list[dict[str, Any]], index: int) -> bool:
    return any(f["type"] == "Treaty" and 0 <= index - f["_sent"] <= 4
               and len(f.get("parties") or []) >= 2 for f in raw)


def named_signer_treaties(view: SentView, raw: list[dict[str, Any]],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the treaty of "A and President B signed a pact" given the signers'
    states as parties (filling a waiting treaty's empty parties, or told anew)."""
    if " signed " not in view.text or " and " not in view.text:
        return found
    m = _PAIR_SIGNED.match(view.text)
    if m is None or _treaty_near(raw, view.index):
        return found
    holders = _holders(raw, view.index)
    a, b = _holder(m.group("a"), holders), _holder(m.group("b"), holders)
    if a is None or b is None or a[1] == b[1]:
        return found
    parties, signers = [a[1], b[1]], [a[0], b[0]]
    if any(set(parties) <= set(f.get("parties") or []) for f in found if f["type"] == "Treaty"):
        return found
    # (a treaty of this sentence with no party, or with one of the two waiting for the other)
    waiting = next((f for f in found if f["type"] == "Treaty"
                    and set(f.get("parties") or []) < set(parties)), None)
    date = next((d.value for d in view.dates if d.start >= m.end()), None)
    if waiting is not None:
        waiting.update(parties=parties, _needs_pair=False, _attach_only=False,
                       _needs_counterpart=False,
                       signatories=list(dict.fromkeys([*(waiting.get("signatories") or []),
                                                       *signers])))
        waiting["date"] = waiting.get("date") or date
        return found
    return found + [{"type": "Treaty", "parties": parties, "signatories": signers, "date": date,
                     "duration_years": None, "kind": m.group("kind").lower(),
                     "_sent": view.index, "_signed": True, "confidence": 0.55}]
