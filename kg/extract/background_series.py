"""A series of attacks on a country summed up in the background, no attack of its own (round 21).

"Pakistan has carried out air strikes in Afghanistan before, most recently in March": the
perfect tense and "before" (or "previously", "in the past", "several times") sum up earlier
attacks; told with no place but the country and no toll, the strike rules read one more attack
on the country, dated by "in March". Such strikes are dropped here; a place or a toll told with
them keeps them ("has struck Kabul before, killing ...": an attack the text tells).
"""

from __future__ import annotations

import re
from typing import Any

_SERIES = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|repeatedly\s+|already\s+)?(?:carried\s+out|conducted|launched|"
    r"struck|hit|bombed|attacked|targeted|shelled|mounted)\b[^.;]*?\b(?:before\b(?!\s+(?:the|a|an|"
    r"dawn|midnight|noon)\b)|previously|in\s+the\s+past|most\s+recently|several\s+times|many\s+"
    r"times|repeatedly|twice|three\s+times|on\s+several\s+occasions)", re.I)


def drop_background_series(raw: list[dict[str, Any]], texts: list[str]) -> None:
    """Drop strikes at a country alone, with no toll, told as a series summed up."""
    for s in [s for s in raw if s["type"] == "Strike"]:
        if s["target_place"] or s["killed"] is not None or s["injured"] is not None:
            continue
        if s["_sent"] < len(texts) and _SERIES.search(texts[s["_sent"]]):
            raw.remove(s)
