"""The state a sanction targets is the supplier of the supply it is punished for (round 30).

"Japan imposed sanctions on North Korea on Thursday for supplying the KN-23 missiles to Russia":
the verb "supplying" has no subject of its own, so the verb rules take the sentence's subject,
the state that imposes the sanctions, as the supplier. The supplier is the state right after
"sanctions on/against" or "sanctioned", when "for supplying/selling/...", "over its supply of"
or "after it supplied" follows it within the clause. Only a supplier that is empty or the
sanctioning state (or body: "the European Union") is replaced; when the target is no state
("sanctions on three firms for supplying ..."), a transfer from the sanctioning side is dropped
and the firms' state is not guessed. Sanctions for anything else ("over the jailing of
prisoners") are not read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# "imposed sanctions on X", "sanctions against X", "sanctioned X"
_SANCTIONS_ON = re.compile(r"\b(?:sanctions\s+(?:on|against)|sanctioned)\s+(?:the\s+)?")
# "for supplying", "for allegedly selling", "for its role in supplying": within the clause
# (or "over its supply of", "after it supplied": the target's own supply)
_FOR_SUPPLY = re.compile(
    # ("sanctions on Iranian firms involved in supplying drones": round 67)
    r"[^.;:]{0,80}?\b(?:(?:for|(?:involved|engaged|implicated)\s+in)\s+"
    r"(?:allegedly\s+|its\s+role\s+in\s+|their\s+role\s+in\s+)?"
    r"(?:supplying|selling|providing|delivering|sending|shipping|transferring)"
    r"|over\s+(?:its|their)\s+(?:supply|supplies|sale|sales|deliver(?:y|ies)|transfers?|"
    r"shipments?)\s+of"
    r"|after\s+(?:it|they)\s+(?:had\s+)?(?:supplied|sold|delivered|sent|shipped))\b")


def _state_at(view: SentView, pos: int) -> str | None:
    m = next((m for m in view.mentions if m.start == pos and m.state() and not m.is_demonym),
             None)
    return m.state() if m is not None else None


def _imposer(view: SentView, pos: int) -> str | None:
    """The last state or organisation named before "sanctions" (the one that imposes them)."""
    before = [m for m in view.mentions if m.end <= pos and m.actor()]
    return before[-1].actor() if before else None


def sanctioned_suppliers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the sanctioned state as supplier of the weapons after "for supplying"."""
    text = view.text
    if "sanction" not in text:
        return tfs
    out = list(tfs)
    for on in _SANCTIONS_ON.finditer(text):
        cue = _FOR_SUPPLY.match(text, on.end())
        if cue is None:
            continue
        target = _state_at(view, on.end())
        imposer = _imposer(view, on.start())
        told = [f for f in out if f.get("type") == "ArmsTransfer" and f.get("_at", -1) >= cue.end()]
        for f in told:
            if target is not None and f.get("supplier") in (None, imposer) \
                    and f.get("recipient") != target:
                f["supplier"] = target
            elif target is None and imposer and f.get("supplier") == imposer:
                out.remove(f)  # ("sanctions on three firms for supplying ...": not the imposer)
    return out
