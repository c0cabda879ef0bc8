"""A received weapon told with its foreign maker: "The Philippine navy took delivery of its
second frigate, built by South Korea's Hyundai Heavy Industries" (round 88).

The receipt verb gives the recipient and no supplier; GOLD.md takes the maker's state as the
supplier, and the trailing "built by" phrase names it: a state with its firm ("South Korea's
Hyundai Heavy Industries", "French shipbuilder Naval Group") or a maker the gazetteer places
(kg/data/gazetteer/makers.tsv). Only a transfer with a recipient and no supplier is filled, and
never with the recipient's own state (a domestic yard).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.navy_yards import builder_state

_BUILT_BY = re.compile(r",?\s*(?:which\s+was\s+|that\s+was\s+|both\s+|all\s+)?(?:built|made|"
                       r"manufactured|constructed|produced)\s+by\s+(?P<firm>[^.;:,()]{3,60})",
                       re.I)


def built_by_suppliers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the maker's state as supplier where a receipt names no supplier."""
    if " by " not in view.text:
        return tfs
    for f in tfs:
        if f.get("type") != "ArmsTransfer" or f.get("supplier") or not f.get("recipient"):
            continue
        w = next((m for m in view.mentions if m.category and m.start == f.get("_at")), None)
        m = _BUILT_BY.match(view.text, w.end) if w is not None else None
        if m is None:
            continue
        state = builder_state(view, m.start("firm"), m.end("firm"))
        if state and state != f["recipient"]:
            f["supplier"] = state
    return tfs
