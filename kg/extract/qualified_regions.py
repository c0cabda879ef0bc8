"""An attack "in eastern Ituri province": the region, not the dateline (round 22).

A compass word before a region's name ("in eastern Ituri province", "in eastern North Kivu
province") keeps the strike rules from reading the name as the place of the object hit, so the
attack was placed at the dateline's city or at nothing. Here a strike with no place, or placed
at the dateline's city though its sentence does not name that city after the dateline, takes
the region named "in/across <compass word> <Name> province/region/state/..." after the attack
word of its own sentence.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.sentences import DATELINE_RE
from kg.link.folding import slugify

_COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# ("in northern Iraq's Qandil region": the region is "Qandil", round 72)
_QUALIFIED = re.compile(rf"\b(?:in|across|on)\s+(?:the\s+)?{_COMPASS}\s+"
                        r"(?:[A-Z][\w-]+['’]s\s+)?"
                        r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                        r"(?:province|region|state|district|governorate|county|oblast)\b")


def place_in_qualified_region(strikes: list[dict[str, Any]], views: list[Any],
                              dateline_place: str | None) -> list[dict[str, Any]]:
    """Place a strike left without a place (or at the dateline) at the qualified region its
    sentence names; returns the strikes placed at a name the tables do not hold."""
    out = []
    for s in strikes:
        i = s["_sent"]
        if len(set([i, *s.get("_sents", [])])) != 1 or i >= len(views):
            continue
        v = views[i]
        if s["target_place"] is not None and not (
                dateline_place and s["target_place"] == dateline_place
                and not _named_in_body(v, dateline_place)):
            continue
        hits = list(_QUALIFIED.finditer(v.text))
        if len(hits) != 1:
            continue
        m = hits[0]
        x = next((x for x in v.mentions if x.start == m.start("name") and x.place()), None)
        s["target_place"] = x.place() if x is not None else "place/" + slugify(m.group("name"))
        s["_place_text"] = m.group("name")
        if x is None:
            out.append(s)
    return out


def _named_in_body(v: Any, place: str) -> bool:
    body = DATELINE_RE.match(v.text)
    lo = body.end() if body else 0
    return any(x.start >= lo and x.place() == place for x in v.mentions)
