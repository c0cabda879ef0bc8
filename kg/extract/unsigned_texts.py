"""A text agreed "but not signed" is no treaty (round 24).

"Baku and Yerevan have agreed on the text of a peace agreement but have not signed it": the
treaty rules read the two capitals and the pact noun as a treaty; the sentence itself says the
signing has not happened (GOLD: treaties are signed agreements). Read only when the sentence
says "but/yet (have|has) not (yet) signed it/them/the text", "has yet to be signed" or
"though neither side has yet signed it" (round 26) and uses
no other form of "sign"; the sentence's treaties are then dropped.
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
    r"(?:yet\s+)?signed\s+(?:it|them)\b")
_SIGN = re.compile(r"\bsign(?:s|ed|ing)?\b|\binked\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _NOT_SIGNED


def drop_unsigned(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without this sentence's treaties when it says the text was not signed."""
    m = _NOT_SIGNED.search(view.text)
    if m is None:
        return found
    outside = view.text[:m.start()] + " " + view.text[m.end():]
    if _SIGN.search(outside):
        return found
    return [f for f in found if f.get("type") != "Treaty"]
