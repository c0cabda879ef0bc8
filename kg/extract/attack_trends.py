"""A trend in attacks is no attack: "The number of Russian drone attacks on Kharkiv has risen
since October" (round 28).

The strike rules read an attack by Russia on Kharkiv from the noun "attacks" and its place. The
sentence tells how often attacks happen, not one of them; GOLD.md's strikes are distinct
attacks. A strike read from a sentence where plural "attacks/strikes/raids" is the subject of a
verb of change ("have fallen", "has risen", "have doubled"), with no toll and no day of its own,
is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless, odd_case

_TREND = caseless(
    r"\b(?:attacks|strikes|raids|bombings|shelling)\b[^.;:]{0,80}?\b(?:has|have|had)\s+"
    r"(?:(?:also|since|steadily|sharply|slowly|greatly|markedly|more\s+than)\s+)?"
    r"(?:risen|fallen|increased|decreased|dropped|declined|doubled|tripled|halved|slowed|grown|"
    r"surged|eased|intensified|picked\s+up|spiked|dwindled|subsided|climbed|soared)\b",
    needs=("risen", "fallen", "increased", "decreased", "dropped", "declined", "doubled", "tripled",
           "halved", "slowed", "grown", "surged", "eased", "intensified", "picked", "spiked",
           "dwindled", "subsided", "climbed", "soared"))
_TREND_NOUNS = ("attacks", "strikes", "raids", "bombings", "shelling")  # (one in every match)
_DAY = re.compile(r"\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|overnight|"
                  r"yesterday|last\s+night|this\s+morning|early\s+on)\b", re.I)


def _trend_only(s: dict[str, Any], texts: list[str]) -> bool:
    if s["type"] != "Strike" or s.get("killed") is not None or s.get("injured") is not None \
            or s["_sent"] >= len(texts):
        return False
    text = texts[s["_sent"]]
    return bool(_TREND.search(text)) and not _DAY.search(text)


def drop_attack_trends(raw: list[dict[str, Any]], texts: list[str], article: str) -> None:
    """Drop (in place) a strike read from a sentence telling a trend in attacks."""
    low = article.lower()  # (a quick test first: the search over a whole article takes ~0.1 ms)
    if not odd_case(article) and not any(n in low for n in _TREND_NOUNS):
        return
    if not _TREND.search(article):
        return
    raw[:] = [f for f in raw if not _trend_only(f, texts)]
