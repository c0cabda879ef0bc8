"""A named base before the region it lies in: "struck Ain al-Asad air base in western Anbar
province" is a strike on the base "Ain al-Asad", not on Anbar (round 26).

The strike rules take the first place the gazetteer knows; a base's name it does not know is
passed over for the province named after it. The development gold names a base in every such
fact (Saky, Engels, Nevatim, T-4, Harir, Morozovsk, Nojeh: 14 facts) and never its province. Only a
strike whose place is the region written right after "<unknown name> air base/airfield/naval base
in [the] [western] ..." moves, to that name; nothing is read outside the strike's sentence.
"""

from __future__ import annotations

import re
from typing import Any

from kg.link.folding import slugify

Strike = dict[str, Any]

_CUE = re.compile(r"\b(?:air\s*base|airbase|airfield|naval\s+base)\s+in\s", re.I)
_KIND_IN = (r"\s+(?:air\s*base|airbase|airfield|naval\s+base)\s+in\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?")


def base_before_region(strikes: list[Strike], views: list[Any]) -> list[Strike]:
    """Move a strike placed at a region to the unknown base named right before it; returns the
    strikes moved (their places are new to the tables)."""
    moved = []
    for s in strikes:
        text = s.get("_place_text")
        if not text or s["_sent"] >= len(views):
            continue
        v = views[s["_sent"]]
        if _CUE.search(v.text) is None:
            continue
        base = _base_before(v, text)
        if base is not None:
            s["target_place"], s["_place_text"] = "place/" + slugify(base.text), base.text
            moved.append(s)
    return moved


def _base_before(v: Any, region_text: str) -> Any:
    """The unknown name whose "air base in [western] <region_text>" follows it, if any."""
    for m in v.mentions:
        if not m.is_unknown:
            continue
        kind = re.compile(_KIND_IN + re.escape(region_text) + r"\b", re.I).match(v.text, m.end)
        if kind is not None:
            return m
    return None
