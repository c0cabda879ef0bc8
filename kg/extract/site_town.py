"""The town of "shelled a camp for displaced people in Kanyaruchinya" (round 24).

When the attack's object is a long noun phrase ("a camp for displaced people", "a health centre
run by nuns"), the strike rules may not reach the town after it, and the strike stands with no
place or at the dateline's city, which the sentence does not name (only these: a place the
discourse resolved from another sentence stays). The town the sentence names
right after the object is the place: here a strike whose place its sentence does not name (none,
or the dateline's) takes the first town after its attack verb, within 80 characters, introduced
by "in" or "near" (a name the gazetteer does not know counts; a region or state does not, since
the dateline's city may be the town in it).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.folding import slugify

Strike = dict[str, Any]

_REACH = 80
_DATELINE = re.compile(r"^\W*[A-Z][A-Z .'-]+,[^-\u2013\u2014]{0,60}[-\u2013\u2014]\s")


def _named_in_body(text: str, place_text: str | None) -> bool:
    """Whether the sentence names the strike's place outside its dateline."""
    if not place_text:
        return False
    dl = _DATELINE.match(text)
    return place_text.lower() in text[dl.end() if dl else 0:].lower()


def _town_after(v: Any, at: int, wide: Callable[[str | None], bool]) -> tuple[str, str] | None:
    """The first town after the attack verb introduced by "in"/"near" (key, text)."""
    for m in v.mentions:
        if m.start < at or not v.text[:m.start].endswith((" in ", " near ")):
            continue
        if m.start - at > _REACH:
            return None
        if m.state():
            return None
        if m.place():
            return None if wide(m.place()) else (m.place(), m.text)
        if m.is_unknown and m.text[:1].isupper():
            return "place/" + slugify(m.text), m.text
    return None


def place_at_site_town(raw: list[Strike], views: list[Any], wide: Callable[[str | None], bool],
                       state_of: Callable[[str], str | None], dateline_place: str | None) -> None:
    """Give a strike with no place, or the dateline's its sentence does not name, the town
    after its object."""
    for s in raw:
        if s["type"] != "Strike" or s.get("_t") is None or s["_sent"] >= len(views) \
                or s["target_place"] not in (None, dateline_place):
            continue
        v = views[s["_sent"]]
        if _named_in_body(v.text, s.get("_place_text")):
            continue
        town = _town_after(v, s["_t"], wide)
        if town is None:
            continue
        s["target_place"], s["_place_text"] = town
        s["target_country"] = state_of(town[0]) or s.get("target_country")
