"""A text agreed "but not signed" is no treaty (round 24).

"Baku and Yerevan have agreed on the text of a peace agreement but have not signed it": the
treaty rules read the two capitals and the pact noun as a treaty; the sentence itself says the
signing has not happened (GOLD: treaties are signed agreements). Read only when the sentence
says "but/yet (have|has) not (yet) signed it/them/the text", "has yet to be signed" or
"though neither side has yet signed it" (round 26) or "left without signing it" (round 72) and
uses no other form of "sign" (but a planned one, "was due to be signed"); the sentence's treaties
are then dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_NOT_SIGNED = re.compile(
    r"\b(?:but|yet)\s+(?:(?:they|it|the\s+two(?:\s+\w+)?)\s+)?(?:(?:have|has|had)\s+not|"
    r"(?:have|has|had)n[’']t)\s+(?:yet\s+)?signed\s+(?:it|them|the\s+(?:text|document|deal|"
    r"agreement|accord|treaty))\b|\b(?:has|have)\s+yet\s+to\s+(?:be\s+signed|sign\s+it)\b|"
    r"\b(?:though|but|yet)\s+neither\s+(?:side|country|government|party)\s+(?:has|had)\s+"
    r"(?:yet\s+)?signed\s+(?:it|them)\b|"
    # "... and Zelenskyy left without signing it" (round 72)
    r"\b(?:left|departed|walked\s+out|flew\s+home)\s+without\s+signing\s+(?:it|them|the\s+"
    r"(?:text|document|deal|agreement|accord|treaty))\b")
_SIGN = re.compile(r"\bsign(?:s|ed|ing)?\b|\binked\b")
# a signing planned, not done: "An earlier version was due to be signed when ..." (round 72)
_PLANNED = re.compile(r"\b(?:was|were)\s+(?:due|set|supposed|expected)\s+to\s+be\s+signed\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _NOT_SIGNED


def drop_unsigned(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without this sentence's treaties when it says the text was not signed."""
    m = _NOT_SIGNED.search(view.text)
    if m is None:
        return found
    outside = _PLANNED.sub(" ", view.text[:m.start()] + " " + view.text[m.end():])
    if _SIGN.search(outside):
        return found
    return [f for f in found if f.get("type") != "Treaty"]
