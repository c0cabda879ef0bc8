"""Warplanes sent across a line are an incursion, not a transfer (round 23).

"Guyana said that Venezuela had sent two Sukhoi fighter jets across the border into the disputed
Essequibo region", "accused Pakistan of sending four jets across the Line of Control": the verb
rules read "sent" as supply and take the other state of the sentence as the recipient (or the
sender reversed). Read only on "sent / sending / flew [weapons] across the [border | line |
median line | frontier | boundary ...]" in one clause, of aircraft (jets, fighters, drones ...:
tanks "sent across the border to Ukraine" may be a delivery); the transfers whose weapons are
named between the verb and "across" are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_SENT_ACROSS = re.compile(
    r"\b(?:sent|sends|send|sending|flew|flown|flying|flies|fly|dispatched|dispatching)\s+"
    r"(?P<forces>[^,;.]{3,80}?)\s+(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:border|line|Line|frontier|boundary|Boundary|demarcation|DMZ|Demilitari[sz]ed\s+Zone)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _SENT_ACROSS


# aircraft fly across a line; tanks "sent across the border to Ukraine" may be a delivery
_AIRCRAFT = re.compile(r"\b(?:jets?|fighters?|warplanes?|aircraft|planes?|bombers?|helicopters?|"
                       r"drones?|Sukhois?|MiGs?)\b", re.I)


def drop_crossings(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the forces sent across a line (see module doc)."""
    spans = [(m.start("forces"), m.end("forces")) for m in _SENT_ACROSS.finditer(view.text)
             if _AIRCRAFT.search(m.group("forces"))]
    if not spans:
        return tfs
    return [f for f in tfs
            if not (f.get("type") == "ArmsTransfer" and isinstance(f.get("_at"), int)
                    and any(lo <= f["_at"] < hi for lo, hi in spans))]
