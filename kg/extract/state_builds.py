"""A state building warships for another: "..., and Turkey is building four Babur-class
corvettes for Pakistan". No supply verb joins the two states, and navy_yards wants a firm or a
navy; yet the builder state supplies the ships. Narrow on purpose: the subject is a state that
opens the sentence or a clause ("and S"), the verb is a form of "build", the object holds a ship
mention, and the recipient is a state right after "for" ("for Pakistan", "for Pakistan's
navy", round 24: "for the Indonesian navy", the demonym's state; a dateline may open the
sentence, "is also building" is read). "for the country" is the recipient of a transfer told
earlier in the same sentence ("Italy handed two frigates to the Egyptian navy, and Germany has
built four submarines for the country"), else nothing; "for its own navy" and "built at home"
give nothing.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.transfers import transfer_facts

_BUILDS = re.compile(
    r"(?:^|,\s*(?:and|while)\s+|;\s*|\(Staff\)\s+[-–—]\s+)(?P<subj>[A-Z][\w .'’-]{1,30}?)\s+"
    r"(?:also\s+)?(?P<verb>(?:is|are)\s+(?:also\s+|now\s+)?building|(?:has|have)\s+(?:also\s+)?built|"
    r"built|will\s+build|is\s+to\s+build|is\s+constructing|has\s+constructed)\s+"
    r"(?P<ships>[^.;:]{3,60}?)\s+for\s+"
    r"(?P<rec>[A-Z][\w .'’-]{1,30}?|the\s+(?:same\s+)?country|"
    r"the\s+[A-Z][\w-]+(?=\s+(?:navy|coast\s+guard)\b))"
    r"(?=['’]s\s|\s*[,.;]|\s+(?:navy|coast\s+guard|in|by|at|under|over|since|from)\b|$)")


def _state_at(view: SentView, lo: int, hi: int) -> str | None:
    states = {m.state() for m in view.mentions if lo <= m.start and m.end <= hi and m.state()
              and not m.is_demonym}
    return states.pop() if len(states) == 1 else None


def _navy_state(view: SentView, lo: int, hi: int) -> str | None:
    """"for the Indonesian navy": the state of the one demonym between "the" and "navy"."""
    states = {m.state() for m in view.mentions if lo <= m.start and m.end <= hi and m.state()
              and m.is_demonym}
    return states.pop() if len(states) == 1 else None


def _told_recipient(tfs: list[dict[str, Any]], pos: int) -> str | None:
    """The recipient of the last transfer told before ``pos`` in this sentence."""
    told = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("recipient")
            and f.get("_at", pos) < pos]
    return max(told, key=lambda f: f["_at"])["recipient"] if told else None


def state_build_transfers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers plus the warships one state builds for another."""
    if "buil" not in view.text and "construct" not in view.text:
        return tfs
    out = list(tfs)
    for m in _BUILDS.finditer(view.text):
        supplier = _state_at(view, m.start("subj"), m.end("subj"))
        recipient = _state_at(view, m.start("rec"), m.end("rec")) \
            if m.group("rec")[0].isupper() else _navy_state(view, m.start("rec"), m.end("rec")) \
            or _told_recipient(out, m.start())
        ship = next((w for w in view.mentions if w.category == "ship"
                     and m.start("ships") <= w.start < m.end("ships")), None)
        if not supplier or not recipient or supplier == recipient or ship is None \
                or any(f.get("_at") == ship.start for f in out):
            continue
        out.extend(transfer_facts(view, supplier, [recipient], [ship], "STATE-BUILDS",
                                  m.group("verb")))
    return out
