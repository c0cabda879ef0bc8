""""His armed forces rely on W and W2 supplied by [S]" (round 25).

A force's arsenal told with its source: the possessor's state receives, the state right after
"supplied by" supplies every item listed after "rely on" (one transfer per item). No verb rule
reads "rely on"; the possessor is "[State]'s" right before the force, or "His/Her" for the
leader whose office this sentence or one of the three before told (the latest such role, so
"the leader just named"). Narrow on purpose: the force noun ("armed forces", "army", "military",
"navy", "air force", "forces") and "rely/relies/depend(s) on" follow the possessor at once
(one adverb allowed), and "supplied/provided/sold/delivered by" and the state close the list;
"rely on electricity supplied by China" lists no weapon and "rifles produced in its own
factories" names no supplier, so neither is read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_FORCES_RELY = (r"(?:armed\s+forces|army|military|navy|air\s+force|forces)\s+"
                r"(?:(?:still|also|largely|mostly|heavily|chiefly|mainly)\s+)?"
                r"(?:rely|relies|relied|depend|depends|depended)\s+(?:(?:heavily|largely|mostly|"
                r"chiefly|mainly)\s+)?(?:up)?on\s+")
_HIS_RELY = re.compile(rf"\b(?:His|Her|his|her)\s+{_FORCES_RELY}")
_STATES_RELY = re.compile(rf"['’]s?\s+{_FORCES_RELY}")
_LIST_END = re.compile(r"[;.]|\s[—–]\s|\b(?:but|while|whereas|although)\b|,\s+and\s+(?:his|her|its|the)\b"
                       r"|$")
_BY = re.compile(r"\s+(?:supplied|provided|sold|delivered|donated)\s+by\s+(?:the\s+)?")


def _leader_state(before: list[dict[str, Any]], index: int) -> str | None:
    """The state of the latest office-holder told in sentence ``index`` or the three before."""
    for f in reversed(before):
        if f.get("type") == "LeaderRole" and index - 3 <= f.get("_sent", -9) <= index:
            return f.get("state")
    return None


def _possessor(view: SentView, actors: list[Actor],
               before: list[dict[str, Any]]) -> tuple[str, int] | None:
    """(the receiving state, where the list after "rely on" begins)."""
    text = view.text
    m = _HIS_RELY.search(text)
    if m is not None:
        state = _leader_state(before, view.index)
        return (state, m.end()) if state and state.startswith("state/") else None
    for a in actors:
        m = _STATES_RELY.match(text, a.end)
        if m is not None and actor_state(a) and not a.demonym:
            return actor_state(a), m.end()
    return None


def relied_supplied_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                              before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "His armed forces rely on W and W2 supplied by S" read as S -> R (each W)."""
    text = view.text
    if " by " not in text or " on " not in text or " rel" not in text and " depend" not in text:
        return found
    told = _possessor(view, actors, before)
    if told is None:
        return found
    recipient, lo = told
    # the list may hold commas ("X, Y and Z supplied by S"), not another clause
    end = _LIST_END.search(text, lo).start()
    by = _BY.search(text, lo, end)
    supplier = by and next((a for a in actors if a.start == by.end()), None)
    if not actor_state(supplier) or actor_state(supplier) == recipient:
        return found
    weapons = transfer_rules.weapons_in(view, lo, by.start())
    if weapons:
        found = replace_transfers(view, found, [actor_state(supplier)], recipient, weapons,
                                  "RELIED", "supplied")
    return found
