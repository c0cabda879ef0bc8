"""One barrage, one fact (round 20): "Russian cruise missiles hit Kharkiv, Poltava and Sumy
overnight, killing six" tells one attack (one night, one toll for all), yet the strike rules
read one strike per place named, each with the whole toll.

When three or more strikes of one sentence, by one attacker with one weapon, take their places
from a bare list of names ("A, B and C": only commas and "and" between them) and the list's
clause ends in one toll for all (", killing six people and wounding 23"), they are one barrage,
kept at the first place named. A list without its own toll ("bombed positions in Nyala,
Zalingei and El Geneina on Friday", "hit targets in Bahawalpur, Muridke and Muzaffarabad") or
with a toll summed over the places (", killing at least nine people in all") stays one fact per
place, as the older sets' gold has it. Places that each come with their own target ("radar
sites in Hodeidah and an arms depot in Sanaa") are not a bare list and stay separate attacks,
as do two places alone ("Kharkiv and Odesa, killing three"): kept narrow, no development set
tells that case either way.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_MIN_PLACES = 3


# ", killing six people and wounding 23" right after the list (its time words between)
_ONE_TOLL = re.compile(r"^[^,.;]{0,40},\s+(?:killing|wounding|injuring)\b[^,.;]*")
# "killing at least nine people in all": a sum over several attacks
_SUMMED = re.compile(r"\b(?:in\s+all|in\s+total|altogether|combined|between\s+them)\b")


def _listed_with_one_toll(text: str, names: list[str]) -> bool:
    """Whether the names stand in the sentence as one list "A, B and C", in that order, whose
    clause ends in one toll for all."""
    tail = r",?\s+and\s+" + re.escape(names[-1])
    head = r",\s+".join(re.escape(n) for n in names[:-1])
    m = re.search(r"\b" + head + tail + r"\b", text) if all(n in text for n in names) else None
    toll = m and _ONE_TOLL.match(text[m.end():])
    return bool(toll) and not _SUMMED.search(toll.group(0))


def _barrage_key(s: Strike) -> tuple[Any, ...]:
    return (s["_sent"], s["attacker"], s.get("weapon_text"), s.get("killed"), s.get("injured"),
            s.get("date"))


def one_barrage(raw: list[Strike], texts: list[str]) -> None:
    """Drop the second and later places of a barrage told as one list (in place)."""
    groups: dict[tuple[Any, ...], list[Strike]] = {}
    for s in raw:
        if s["type"] == "Strike" and s.get("_place_text") and s["attacker"] \
                and not s.get("_again"):
            groups.setdefault(_barrage_key(s), []).append(s)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < _MIN_PLACES or group[0]["_sent"] >= len(texts):
            continue
        names = [s["_place_text"] for s in group]
        if len(set(names)) == len(names) and _listed_with_one_toll(texts[group[0]["_sent"]], names):
            drop.update(id(s) for s in group[1:])
    raw[:] = [s for s in raw if id(s) not in drop]
