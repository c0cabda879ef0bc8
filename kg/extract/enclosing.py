"""The city a struck district or neighbourhood lies in.

News often names only the part of a city that was hit ("the Saltivka residential area of the
city", "a building in the Dahiyeh district", "the Libi neighbourhood of the Yemeni capital") and
gives the city itself by the dateline ("KHARKIV, Ukraine —") or a reference back ("the city",
"the capital"). The attack's place is then the city: the text states it, and a later mention
of the same attack names the city. A name told with the city ("a residential district of
Kryvyi Rih", "the Beirut suburb of Haret Hreik") is left to the sentence rules, and so are camps,
which stand as places of their own ("the Nusseirat refugee camp").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.geography import km
from kg.extract.sentences import DATELINE_RE

# "Kyivskyi district", "Saltivka residential area", "Libi neighbourhood of the Yemeni capital"
_PART_AFTER = re.compile(
    r"\s+(?:(?:residential|industrial|central|southern|northern|eastern|western|old|"
    r"outlying|densely\s+populated)\s+)?(?:district|neighbou?rhood|quarter|area|suburbs?)\b"
    r"(?P<of>\s+of\s+(?P<ref>(?:the|this|that)\s+(?:[\w-]+\s+)?(?:city|capital|town|port)\b)?)?",
    re.I)


def enclosing_city(s: dict[str, Any], view: Any, dateline_place: str | None,
                   places: Any, told_before: list[str | None] = ()) -> str | None:
    """The city enclosing the district a strike's place names, told only by the dateline or a
    reference back; None when the place is no district or the city is not given that way.
    ``told_before``: the places of the attacks told before it in the article."""
    text = view.text
    name = s.get("_place_text")
    if not name or not dateline_place or s.get("target_place") == dateline_place:
        return None
    at = text.find(name)
    if at < 0:
        return None
    part = _PART_AFTER.match(text, at + len(name))
    if part is None or (part.group("of") and not part.group("ref")):
        return None  # no district; or "the X district of Kharkiv": the city named with it
    opened = _city_opening(view, places, at)
    if opened is not None:
        return opened  # "In Kharkiv, debris ... hit a building in the Saltivskyi district"
    if _state_possessive(view, at):
        return None  # "KABUL — ... houses in Afghanistan's Spera district": the country's
        # district, not a part of the dateline's city
    if _town_away(places, s.get("target_place"), dateline_place):
        return None  # "BEIRUT — ... pounded the Nabatieh area": a town of its own, far away
    state = places.state_of(dateline_place)
    hit = s.get("target_country") or places.state_of(s.get("target_place"))
    if state is None or (hit is not None and hit != state):
        return None  # filed from elsewhere ("PORT SUDAN — ... in El Fasher")
    if s.get("attacker") == state:
        return None  # "ANKARA — Turkish forces struck ... the Qandil area": not its own capital
        # (round 72)
    if hit is None:
        head = DATELINE_RE.match(text)
        lo = head.end() if head else 0
        for m in view.mentions:
            # (not "Russian missiles": who struck)
            where = places.state_of(m.place()) if m.place() else (
                None if m.is_demonym else m.state())
            if m.start >= lo and where and where != state and not text.startswith(name, m.start):
                return None  # "GENEVA — ... the Shejaiya neighbourhood, medics in Gaza said"
    if places.ref(dateline_place).admin:
        return None  # a region's name is no city
    if not part.group("ref") and any(p and p != dateline_place and places.ref(p).admin
                                     for p in told_before):
        return None  # "bombed villages in Paktika province ... hit the Barmal district": its
        # district, not the capital's
    if not part.group("ref") and _region_before(view, places, at, dateline_place):
        return None  # "KYIV — Officials in the Odesa region said ... a warehouse in the Izmail
        # district": the region's district, not the capital's (round 31)
    return dateline_place


# "KYIV — In Kharkiv, debris ...": the sentence opens on the city it tells of (round 31)
_IN_OPENING = re.compile(r"In\s+")


def _city_opening(view: Any, places: Any, at: int) -> str | None:
    """The city a sentence opens on, "In Kharkiv, debris ... hit a building in the Saltivskyi
    district": the district's city is that one, not the dateline's (round 31)."""
    text = view.text
    head = DATELINE_RE.match(text)
    lo = head.end() if head else 0
    opening = _IN_OPENING.match(text, lo)
    if opening is None:
        return None
    for m in view.mentions:
        if m.start == opening.end() and m.end < at and text.startswith(",", m.end):
            place = m.place()
            if place and not places.ref(place).admin:
                return place
            return None
    return None


def _region_before(view: Any, places: Any, at: int, dateline_place: str) -> bool:
    """A region other than the dateline's city named earlier in the sentence (after the
    dateline), "Officials in the Odesa region said ... the Izmail district"."""
    head = DATELINE_RE.match(view.text)
    lo = head.end() if head else 0
    for m in view.mentions:
        if lo <= m.start and m.end <= at:
            place = m.place()
            if place and place != dateline_place and places.ref(place).admin:
                return True
    return False


def _state_possessive(view: Any, at: int) -> bool:
    """A name told as a part of a state, "Afghanistan's Spera district" or "the country's
    Spera district": a district of the country, not of a city."""
    before = view.text[:at]
    if re.search(r"\b(?:the\s+)?(?:country|nation)['’]s\s+$", before, re.I):
        return True
    return any(m.state() and not m.place() and not m.is_demonym
               and re.fullmatch(r"['’]s\s+", view.text[m.end:at]) for m in view.mentions)


#: a curated town this far from the dateline's city is no part of it
_AWAY_KM = 25


def _town_away(places: Any, place: str | None, city: str) -> bool:
    """The place is a town the curated gazetteer knows, lying well outside the city (the
    GeoNames-only names of districts are too often another city's to measure by)."""
    if not place:
        return False
    a, b = places.ref(place), places.ref(city)
    return bool(a.known and not a.admin and a.lat is not None and b.lat is not None
                and km(a.lat, a.lon, b.lat, b.lon) > _AWAY_KM)
