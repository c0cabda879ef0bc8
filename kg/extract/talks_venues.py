"""A mediator's talks are no attack on their parties or venue (round 24).

"Qatar, which mediated between Kinshasa and the rebels over the drone strikes near its border,
called for calm"; "Saudi Arabia, which hosted talks between Khartoum and the RSF in Jeddah over
the drone strikes"; "urged both governments to return to talks in Doha". The strike rules read
the sentence's "drone strikes" as an attack at the place it names, and that strike then even
absorbed the real attack told before it. A place named only as a party of the talks ("mediated
between X and", "talks between X and"), as their host ("Doha, which mediated between ...") or
as their venue ("talks ... in X") is no target: the
strike read at it is dropped.

Kept narrow: the place must be named nowhere else in its sentence, and the cue must stand right
around the name (the talks' noun or verb before "between", "talks" before "in").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import odd_case
from kg.extract.name_spots import bounded_starts

Strike = dict[str, Any]

_TALKS = r"(?:mediat\w*|talks|negotiations|dialogue)"
_PARTY = re.compile(rf"\b{_TALKS}\s+between\s+(?:the\s+)?$", re.I)
_VENUE = re.compile(rf"\b{_TALKS}\b(?:\s+between\s+[^.;,]{{1,60}}?)?\s+in\s+$", re.I)
_HOST = re.compile(r"^,\s+which\s+(?:has\s+|had\s+)?(?:mediated|hosted|brokered)\b", re.I)
# one of these (in lower case) stands in every sentence the three patterns can match
_TALKS_WORDS = ("mediat", "talks", "negotiations", "dialogue", "hosted", "brokered")


def _only_as_talks_party_or_venue(text: str, name: str) -> bool:
    """Whether every mention of ``name`` in the sentence is a party, the host ("Doha, which
    mediated ...") or the venue of talks."""
    if not odd_case(text):  # (a sentence with no word of talks: no pattern to build)
        low = text.lower()
        if not any(w in low for w in _TALKS_WORDS):
            return False
    at = bounded_starts(text, name)
    if not at:
        return False
    return all(_PARTY.search(text[:i]) or _VENUE.search(text[:i])
               or _HOST.match(text[i + len(name):]) for i in at)


def drop_talks_places(raw: list[Strike], texts: list[str]) -> None:
    """Drop strikes read at a place named only as a party or venue of talks (in place)."""
    def talks_place(s: Strike) -> bool:
        name = s.get("_place_text")
        return (s["type"] == "Strike" and bool(name) and s["_sent"] < len(texts)
                and _only_as_talks_party_or_venue(texts[s["_sent"]], name))
    raw[:] = [s for s in raw if not talks_place(s)]
