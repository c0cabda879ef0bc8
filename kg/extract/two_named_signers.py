"""Parties from the two office-holders the same sentence names: "A held talks with Belgian
Prime Minister B, and the two men signed a defence agreement" (round 32).

"The two leaders / the two men / the pair signed" after two names of the same sentence refers to
those two; their states are the treaty's parties and they are its signers. The treaty rules read
"the two ..." as the states told before in the article (kg.extract.treaties' group reference),
which gave "Armenia-Azerbaijan" when the sentence's second state was told only by an adjective.
Read only when the sentence names exactly two persons before the cue, each an office-holder
told (here or before) with one state, of two states; a treaty of this sentence with other parties is given the pair.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_THE_TWO_SIGNED = re.compile(
    r"\b(?:the\s+two\s+(?:men|women|leaders|presidents|prime\s+ministers|premiers)|the\s+pair)"
    r"\s+(?:(?:then|later|also|formally|jointly)\s+)?(?:signed|inked|put\s+their\s+"
    r"(?:names|signatures)\s+to)\b")


def _named_holders(view: SentView, raw: list[dict[str, Any]], before: int) -> dict[str, str]:
    """The persons this sentence names before ``before``, each with the one state the
    office-holders told so far (this sentence's included) give them."""
    states: dict[str, set[str]] = {}
    for f in raw:
        if f.get("type") == "LeaderRole" and f.get("state"):
            states.setdefault(f["person"], set()).add(f["state"])
    # (a name the gazetteer lacks is no person mention: its office told here stands for it)
    told_here = [f["person"] for f in raw if f.get("type") == "LeaderRole"
                 and f.get("_sent") == view.index]
    people = list(dict.fromkeys([*(m.person() for m in view.mentions
                                   if m.person() and m.end <= before), *told_here]))
    out = {p: next(iter(states[p])) for p in people if len(states.get(p, ())) == 1}
    return out if len(out) == len(people) else {}


def two_named_signer_treaties(view: SentView, raw: list[dict[str, Any]],
                              found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the treaty "the two men signed" given the sentence's two holders."""
    text = view.text
    if "the two " not in text and "the pair " not in text:
        return found
    m = _THE_TWO_SIGNED.search(text)
    holders = _named_holders(view, raw, m.start()) if m else {}
    if m is None or len(holders) != 2 or len(set(holders.values())) != 2:
        return found
    parties, signers = list(holders.values()), list(holders)
    if any(set(f.get("parties") or []) == set(parties) for f in found if f["type"] == "Treaty"):
        return found
    told = next((f for f in found if f["type"] == "Treaty"), None)
    if told is not None:
        told.update(parties=parties, signatories=signers, _needs_pair=False,
                    _needs_counterpart=False, _attach_only=False)
        return found
    date = next((d.value for d in view.dates if d.start >= m.end()), None)
    return found + [{"type": "Treaty", "parties": parties, "signatories": signers, "date": date,
                     "duration_years": None, "kind": "agreement", "_sent": view.index,
                     "_signed": True, "confidence": 0.55}]
