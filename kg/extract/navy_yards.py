"""A navy choosing a foreign shipbuilder: "Greece's navy picked French shipbuilder Naval Group to
build three FDI frigates", "the Philippine navy has chosen South Korea's Hyundai Heavy Industries
to build six offshore patrol vessels". No supply verb joins the two states, so the verb rules
read nothing; yet the firm's state supplies the warships to the navy's state (GOLD.md takes the
maker's state as the supplier). Narrow on purpose: the chooser must be a navy (or coast guard)
with its state right before it, the builder's state must be told between the verb and "to
build", and the thing built must be a ship mention; a ports authority hiring a yard for ferries
has no navy, a domestic yard gives no second state.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.transfers import transfer_facts

_PICKED = re.compile(
    r"\b(?:navy|naval\s+forces|coast\s+guard)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|also\s+)?"
    r"(?P<verb>picked|chose|chosen|selected|tapped|hired|contracted|commissioned)\s+"
    r"(?P<firm>[^.;:]{3,80}?)\s+to\s+(?:build|construct)\s+", re.I)
# "Greece's navy", "the Philippine navy": the owner's state right before the navy
_OWNER_GAP = re.compile(r"^(?:['’]s)?\s*$")


def _state_before(view: SentView, pos: int) -> str | None:
    """The state named right before the navy ("Greece's", "Philippine")."""
    before = [m for m in view.mentions if m.end <= pos and m.state()]
    if before and _OWNER_GAP.match(view.text[before[-1].end:pos]):
        return before[-1].state()
    return None


def _builder_state(view: SentView, lo: int, hi: int) -> str | None:
    """The last state told in the firm's phrase: "French shipbuilder Naval Group", "South
    Korea's Hyundai Heavy Industries" (a maker of kg/data/gazetteer/makers.tsv has its state)."""
    states = [m.state() for m in view.mentions if lo <= m.start and m.end <= hi and m.state()]
    return states[-1] if states else None


def navy_yard_transfers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers plus the warships a navy ordered from a foreign builder."""
    if "to build" not in view.text and "to construct" not in view.text:
        return tfs
    out = list(tfs)
    for m in _PICKED.finditer(view.text):
        recipient = _state_before(view, m.start())
        supplier = _builder_state(view, m.start("firm"), m.end("firm"))
        ship = next((w for w in view.mentions if w.category == "ship"
                     and m.end() <= w.start <= m.end() + 40), None)
        if not recipient or not supplier or supplier == recipient or ship is None \
                or any(f.get("_at") == ship.start for f in tfs):
            continue
        out.extend(transfer_facts(view, supplier, [recipient], [ship], "NAVY", m.group("verb")))
    return out
