""""[side] has kept up its campaign ..., and the W used in the campaign are supplied by [S]"
(round 26).

A passive supply with no recipient: the weapons are the ones the campaign uses, so the side the
same sentence says runs the campaign receives them. Strong cue only: "used in the campaign
are/were supplied/provided/sent by S" and, earlier in the same sentence, an actor (state or
armed group) right before "has/have kept up/waged/stepped up/continued its/their [...] campaign".
Only a recipient no rule gave is filled.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

CUE = re.compile(r"\s+used\s+in\s+(?:the|this|that|its|their)\s+campaign\s+(?:are|were|is|was|"
                 r"have\s+been|had\s+been)\s+(?:being\s+)?(?:supplied|provided|sent)\s+by\s+"
                 r"(?:the\s+)?", re.I)
_RUNS = re.compile(r"\s+(?:has|have|had)\s+(?:\w+\s+)?(?:kept\s+up|waged|stepped\s+up|continued|"
                   r"pressed\s+on\s+with|launched)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}campaign\b",
                   re.I)
_BREAK = re.compile(r".*(?:,|\band\b(?=\s+the\b))", re.S)


def _runner(text: str, actors: list[Actor], hi: int) -> str | None:
    """The state or group of "[side] has kept up its campaign" before ``hi``."""
    for a in actors:
        if a.end < hi and not a.person and a.key and a.key.startswith(("state/", "org/")) \
                and _RUNS.match(text, a.end):
            return a.key
    return None


def campaign_supplied_transfers(view: SentView, actors: list[Actor],
                                found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the campaign's weapons given to the side that runs it."""
    text = view.text
    m = CUE.search(text) if "campaign" in text else None
    if m is None:
        return found
    supplier = actor_state(next((a for a in actors if a.start == m.end()), None))
    runner = _runner(text, actors, m.start())
    if not supplier or not runner or runner == supplier:
        return found
    brk = _BREAK.match(text, 0, m.start())
    weapons = transfer_rules.weapons_in(view, brk.end() if brk else 0, m.start())
    at = {w.start for w in weapons}
    if not weapons or any(f.get("type") == "ArmsTransfer" and f.get("_at") in at
                          and f.get("recipient") for f in found):
        return found
    found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in at)]
    return found + transfer_rules.transfer_facts(view, supplier, [runner], weapons,
                                                 "CAMPAIGN_SUPPLIED", "supplied", 0.75)
