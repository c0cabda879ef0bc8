"""A lead summing two attacks' tolls: "Attacks on Kharkiv and Zaporizhzhia killed nine people
overnight" (round 29).

The strike rules read one strike per place of the lead and give each the whole toll; the two
attacks are then told apart ("In Kharkiv, a glide bomb ... killing five"), but the merge keeps
the lead's sum, so both facts said nine. The sum is neither attack's toll: here it is emptied,
so the attacks' own tolls told later fill it (or it stays unknown, never wrong).

Kept narrow: the sentence opens (after its dateline) on "Attacks|Strikes|Raids on A and B"
(also "on the cities of A and B", "on a market in A and a camp in B") and the toll's verb
follows ("killed", "left N dead"); A and B must both be places the gazetteer knows; the strikes of
that sentence at A or B (one or both read) with the same toll are emptied.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# "a market in " before a place ("Attacks on a market in A and a camp in B killed")
_SITE = r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?(?:in|near|at)\s+)?(?:the\s+)?"
# "Attacks on Kharkiv and Zaporizhzhia killed nine people"
_ATTACKS_ON_TWO = re.compile(
    r"(?:^\W*|\)\s+[—–-]+\s+|^[A-Z ,]+[—–-]+\s+)(?:[A-Z][a-z]+\s+)?"
    r"(?:[Aa]ttacks|[Ss]trikes|[Rr]aids|[Aa]ir\s*strikes|[Bb]ombardments)"
    rf"\s+on\s+(?:the\s+(?:cities|towns|villages)\s+of\s+)?{_SITE}(?P<a>{_NAME})\s+and\s+"
    rf"{_SITE}(?P<b>{_NAME})\s+(?:[a-z]+\s+){{0,3}}?(?:killed|left)\b")


def empty_summed_tolls(raw: list[Strike], views: list[Any], text: str) -> None:
    """Empty the summed toll of the two strikes of an "Attacks on A and B killed N" sentence."""
    if " on " not in text or "ttacks on " not in text and "trikes on " not in text \
            and "aids on " not in text and "ardments on " not in text:
        return
    for i in sorted({s["_sent"] for s in raw if s["type"] == "Strike"}):
        m = _ATTACKS_ON_TWO.search(views[i].text)
        if m is None or m.group("a") == m.group("b") or not _both_places(views[i], m):
            continue
        told = [s for s in raw if s["type"] == "Strike" and s["_sent"] == i
                and s.get("_place_text") in (m.group("a"), m.group("b"))]
        if told and told[0]["killed"] is not None and all(
                s["killed"] == told[0]["killed"] for s in told):
            for s in told:
                s.update(killed=None, injured=None)


def _both_places(view: Any, m: re.Match[str]) -> bool:
    """A and B are both places the gazetteer knows (so the toll spans two places)."""
    starts = {x.start for x in view.mentions if x.place()}
    return m.start("a") in starts and m.start("b") in starts
