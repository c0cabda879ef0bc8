"""Counts of aircraft shot down are never a transfer's quantity (round 25).

"Pakistani pilots flying Chinese-made J-10C fighters supplied by Beijing shot down five
aircraft, among them three Rafale jets that India bought from France": "three Rafale jets" gave
the bought jets the toll as their quantity. A transfer whose counted weapon follows "shot down /
downed / destroyed ... among them / including N" loses that N (behind a cheap test of the
sentence). The jets "supplied by" the capital go to the pilots' state in
kg.extract.flown_supplied, which reads "[demonym] pilots flying W supplied by S" (this module
read it too until the review of 2026-12-05 found the records identical without its copy).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_DOWNED = re.compile(r"\b(?:shot\s+down|downed|destroyed|brought\s+down)\b", re.I)
_AMONG = re.compile(r"\b(?:among\s+them|including)\s+(?:\w+\s+){1,2}$", re.I)


def _drop_downed_counts(text: str, found: list[dict[str, Any]]) -> None:
    """Clear the quantity of a transfer whose weapon is counted among aircraft shot down."""
    downed = _DOWNED.search(text)
    if downed is None:
        return
    for f in found:
        at = f.get("_at")
        if f.get("type") == "ArmsTransfer" and f.get("quantity") is not None and at \
                and at > downed.end() and _AMONG.search(text, downed.end(), at) \
                and not re.search(r"[.;]", text[downed.end():at]):
            f["quantity"] = None


def pilot_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """``found`` with shot-down counts cleared (``actors``: the signature of the transfer passes)."""
    text = view.text
    if "down" in text or "destroyed" in text:
        _drop_downed_counts(text, found)
    return found
