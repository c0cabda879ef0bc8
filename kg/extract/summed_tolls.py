"""A lead summing two attacks' tolls: "Attacks on Kharkiv and Zaporizhzhia killed nine people
overnight" (round 29).

The strike rules read one strike per place of the lead and give each the whole toll; the two
attacks are then told apart ("In Kharkiv, a glide bomb ... killing five"), but the merge keeps
the lead's sum, so both facts said nine. The sum is neither attack's toll: here it is emptied,
so the attacks' own tolls told later fill it (or it stays unknown, never wrong).

Kept narrow: the sentence opens (after its dateline) on "Attacks|Strikes|Raids on A and B" and the toll's verb
follows ("killed", "left N dead"); only the strikes of that sentence at A and at B with the same
toll are emptied, and only when both are there.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "Attacks on Kharkiv and Zaporizhzhia killed nine people"
_ATTACKS_ON_TWO = re.compile(
    r"(?:^\W*|\)\s+[—–-]+\s+|^[A-Z ,]+[—–-]+\s+)(?:[A-Z][a-z]+\s+)?"
    r"(?:[Aa]ttacks|[Ss]trikes|[Rr]aids|[Aa]ir\s*strikes|[Bb]ombardments)"
    r"\s+on\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:[a-z]+\s+){0,3}?(?:killed|left)\b")


def empty_summed_tolls(raw: list[Strike], views: list[Any], text: str) -> None:
    """Empty the summed toll of the two strikes of an "Attacks on A and B killed N" sentence."""
    if " on " not in text or "ttacks on " not in text and "trikes on " not in text \
            and "aids on " not in text and "ardments on " not in text:
        return
    for i in sorted({s["_sent"] for s in raw if s["type"] == "Strike"}):
        m = _ATTACKS_ON_TWO.search(views[i].text)
        if m is None:
            continue
        pair = [s for s in raw if s["type"] == "Strike" and s["_sent"] == i
                and s.get("_place_text") in (m.group("a"), m.group("b"))]
        if (len({s.get("_place_text") for s in pair}) == 2 and len(pair) == 2
                and pair[0]["killed"] is not None and pair[0]["killed"] == pair[1]["killed"]):
            for s in pair:
                s.update(killed=None, injured=None)
