"""A promise to shoot down missiles is no attack: "Ukraine promised to shoot down every
Russian drone launched at Kyiv this winter" (round 28).

The strike rules read an attack by Russia on Kyiv from the weapon "launched at" the city. The
sentence tells what a defender vows to do to weapons not yet fired. A strike read from a sentence
where "promised/vowed/pledged/threatened ... to|would|will shoot down|intercept|destroy" comes
before the strike's weapon, with no toll, is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless

_PROMISE = caseless(
    r"\b(?:promis|vow|pledg|swor|swear|threaten|warn)\w*\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:to|would|will)\s+(?:\w+\s+)?(?:shoot\s+down|intercept|down|destroy)\b",
    needs=("promis", "vow", "pledg", "swor", "swear", "threaten", "warn"))


def _promised(s: dict[str, Any], texts: list[str]) -> bool:
    if s["type"] != "Strike" or s.get("killed") is not None or s.get("injured") is not None \
            or s["_sent"] >= len(texts) or not s.get("weapon_text"):
        return False
    text = texts[s["_sent"]]
    m = _PROMISE.search(text)
    return m is not None and s["weapon_text"] in text[m.end():]


def drop_promised_interceptions(raw: list[dict[str, Any]], texts: list[str],
                                article: str) -> None:
    """Drop (in place) a strike read from a vow to down the weapons it names."""
    if not _PROMISE.search(article):
        return
    raw[:] = [f for f in raw if not _promised(f, texts)]
