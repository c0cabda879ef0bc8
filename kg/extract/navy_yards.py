"""A navy choosing a foreign shipbuilder: "Greece's navy picked French shipbuilder Naval Group to
build three FDI frigates", "the Philippine navy has chosen South Korea's Hyundai Heavy Industries
to build six offshore patrol vessels". No supply verb joins the two states, so the verb rules
read nothing; yet the firm's state supplies the warships to the navy's state (GOLD.md takes the
maker's state as the supplier). Narrow on purpose: the chooser must be a navy (or coast guard)
with its state right before it, the builder's state must be told between the verb and "to
build", and the thing built must be a ship mention; a ports authority hiring a yard for ferries
has no navy, a domestic yard gives no second state. Ships "the yard delivered" earlier, told in
the same sentence, are the same builder's.
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
# "Turkish firm STM will build four corvettes for Pakistan's navy": the same told from the yard
_BUILDS_FOR = re.compile(
    r"\b(?:will|would|is\s+to|is\s+set\s+to|has\s+agreed\s+to|agreed\s+to)\s+"
    r"(?P<verb>build|construct)\s+(?P<ships>[^.;:]{3,60}?)\s+for\s+(?:the\s+)?"
    r"(?P<owner>[^.;:,]{3,40}?)\s+(?:navy|coast\s+guard)\b", re.I)
_FIRM_WORD = re.compile(r"\b(?:firm|shipbuilder|shipyard|yard|company|group|builder)\b", re.I)
# "Greece's navy", "the Philippine navy": the owner's state right before the navy
_OWNER_GAP = re.compile(r"^(?:['’]s)?\s*$")


def _state_before(view: SentView, pos: int) -> str | None:
    """The state named right before the navy ("Greece's", "Philippine")."""
    before = [m for m in view.mentions if m.end <= pos and m.state()]
    if before and _OWNER_GAP.match(view.text[before[-1].end:pos]):
        return before[-1].state()
    return None


def builder_state(view: SentView, lo: int, hi: int) -> str | None:
    """The last state told in the firm's phrase: "French shipbuilder Naval Group", "South
    Korea's Hyundai Heavy Industries" (a maker of kg/data/gazetteer/makers.tsv has its state)."""
    states = [m.state() for m in view.mentions if lo <= m.start and m.end <= hi and m.state()]
    return states[-1] if states else None


# "two frigates the Korean yard delivered in 2021": earlier ships of the same builder
_SAME_YARD_BUILT = re.compile(
    r"\s+(?:that\s+|which\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:yard|shipyard|shipbuilder|builder|"
    r"firm|company|group)\s+(?:had\s+|has\s+|already\s+)?(?:delivered|built|supplied)\b", re.I)


def _same_yard_ships(view: SentView, after: int) -> list:
    """Ship mentions after `after` that "the yard" is told to have delivered."""
    return [w for w in view.mentions if w.category == "ship" and w.start >= after
            and _SAME_YARD_BUILT.match(view.text, w.end)]


def _filled(tfs: list[dict[str, Any]], at: int, supplier: str, recipient: str) -> bool:
    """Whether the ship at `at` has a fact already; the builder's own without a recipient
    ("the Korean yard delivered") gets the navy's state."""
    here = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("_at") == at]
    for f in here:
        if f.get("supplier") in (None, supplier) and not f.get("recipient"):
            f["supplier"], f["recipient"] = supplier, recipient
    return bool(here)


def navy_yard_transfers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers plus the warships a navy ordered from a foreign builder."""
    if " build" not in view.text and " construct" not in view.text:
        return tfs
    out = list(tfs)
    for m in _PICKED.finditer(view.text):
        recipient = _state_before(view, m.start())
        supplier = builder_state(view, m.start("firm"), m.end("firm"))
        ship = next((w for w in view.mentions if w.category == "ship"
                     and m.end() <= w.start <= m.end() + 40), None)
        if not recipient or not supplier or supplier == recipient or ship is None \
                or any(f.get("_at") == ship.start for f in tfs):
            continue
        earlier = _same_yard_ships(view, ship.end)
        ships = [ship, *(w for w in earlier if not _filled(tfs, w.start, supplier, recipient))]
        out.extend(transfer_facts(view, supplier, [recipient], ships, "NAVY", m.group("verb")))
        for f in out:  # the yard's earlier ships are items of their own, not the order's
            if f.get("type") == "ArmsTransfer" and any(f.get("_at") == w.start for w in earlier):
                f["_own_item"] = True
    for m in _BUILDS_FOR.finditer(view.text):
        out.extend(_built_for(view, m, tfs))
    return out


def _built_for(view: SentView, m: re.Match, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The warships a foreign yard "will build ... for X's navy" (the yard's state told in the
    subject with a word saying it is a firm: "Turkish firm STM", "Naval Group")."""
    lo = max(0, m.start() - 60)
    subject = [x for x in view.mentions if lo <= x.start and x.end <= m.start() and x.state()]
    firm = subject[-1] if subject else None
    recipient = _state_before(view, m.end() - len(m.group(0).split()[-1]))
    ship = next((w for w in view.mentions if w.category == "ship"
                 and m.start("ships") <= w.start < m.end("ships")), None)
    if firm is None or ship is None or not recipient or firm.state() == recipient \
            or not (_FIRM_WORD.search(view.text, lo, m.start()) or firm.affiliated) \
            or any(f.get("_at") == ship.start for f in tfs):
        return []
    return transfer_facts(view, firm.state(), [recipient], [ship], "NAVY", m.group("verb"))
