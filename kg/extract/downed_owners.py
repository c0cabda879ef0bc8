"""The owner of weapons in "shot down [demonym] aircraft, among them W bought from S" (round 26).

"Armenian troops said they had shot down Azerbaijani aircraft near the border, among them
Bayraktar drones bought from Turkey": the drones are Azerbaijan's (the adjective's state), not
the speaker's nor the article's. A transfer of a weapon told after "among them" gets the
demonym's state as its recipient; only when the demonym stands right before the downed
"aircraft/planes/jets/drones/helicopters" and the weapon's clause says "bought/purchased/
acquired from" or "supplied/sold by".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

CUE = re.compile(r"\bamong\s+them\b", re.I)
_DOWNED = re.compile(r"\b(?:shot|brought)\s+down\s+$|\bdowned\s+$", re.I)
_AIRCRAFT = re.compile(r"\s+(?:aircraft|planes|jets|drones|helicopters)\b", re.I)
_SOURCE = re.compile(r"\b(?:bought|purchased|acquired)\s+from\b|\b(?:supplied|sold)\s+by\b", re.I)


def _owner(text: str, actors: list[Actor], among: int) -> str | None:
    """The state of the demonym of "shot down [demonym] aircraft" before ``among``."""
    for a in actors:
        if a.demonym and a.end < among and _DOWNED.search(text, max(0, a.start - 20), a.start) \
                and _AIRCRAFT.match(text, a.end):
            return actor_state(a)
    return None


def downed_owner_recipients(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the recipient of the weapons "among them" set to the downed aircraft's
    state."""
    text = view.text
    m = CUE.search(text) if "among" in text else None
    if m is None or not _SOURCE.search(text, m.end()):
        return found
    owner = _owner(text, actors, m.start())
    if not owner:
        return found
    for f in found:
        if f.get("type") == "ArmsTransfer" and (f.get("_at") or -1) > m.end() \
                and f.get("supplier") and f["supplier"] != owner:
            f["recipient"] = owner
    return found
