"""Places as one service: the curated gazetteer first, the GeoNames table behind it.

Answers what the extractor and the scorer ask about a place: what a name denotes (preferring
places in the states the article is about), which state it lies in (``target_country``), its
coordinates (``schema:geo``), and the administrative unit a "Kherson oblast" names. A gazetteer
place is tied to its GeoNames row by name and state, which gives it coordinates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.link.folding import fold
from kg.link.gazetteer import Gazetteer
from kg.link.geonames import GeoNames, GeoPlace, split_admin

__all__ = ["PlaceRef", "Places", "km", "places_for"]

#: a place with fewer people counts only in a state the article names
SMALL = 100_000
#: a city named by one of its other names counts only this near a state the article names
FAR_KM = 2_000


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class PlaceRef:
    key: str
    label: str
    state: str | None
    lat: float | None = None
    lon: float | None = None
    known: bool = True  # in the curated gazetteer (else described by the record)
    admin: bool = False  # an administrative unit


class Places:
    def __init__(self, gazetteer: Gazetteer, geo: GeoNames | None = None):
        self.gaz = gazetteer
        self.geo = geo if geo is not None else GeoNames.load()

    # ---------------------------------------------------------------- gazetteer <-> GeoNames

    def state_of(self, key: str | None) -> str | None:
        """The state a place lies in: the gazetteer's part-of chain (or the state a capital
        stands for), else its GeoNames row."""
        if not key:
            return None
        if self.gaz.get(key) is not None:
            state = self.gaz.state_of(key)
            if state:
                return state
            for m in self.gaz.lookup(self.gaz.get(key).label, types={"State"}):
                if m.kind == "metonym":  # a capital standing for its state
                    return m.key
            g = self.gaz.geonames_row(key)
            return g.state if g else None
        g = self.geo.get(key)
        return g.state if g else None

    def geo_of(self, key: str) -> GeoPlace | None:
        """The GeoNames row of a gazetteer place (same name or alias, same state)."""
        return self.gaz.geonames_row(key)

    def coordinates(self, key: str) -> tuple[float, float] | None:
        if self.gaz.get(key) is not None:
            return self.gaz.coordinates(key)
        g = self.geo.get(key)
        return (g.lat, g.lon) if g else None

    # ---------------------------------------------------------------- resolving names

    def ref(self, key: str) -> PlaceRef:
        e = self.gaz.get(key)
        if e is not None:
            c = self.coordinates(key)
            return PlaceRef(key, e.label, self.state_of(key), *(c or (None, None)), known=True,
                            admin=bool(split_admin(e.label)))
        g = self.geo.get(key)
        if g is None:
            return PlaceRef(key, key.split("/", 1)[-1].replace("-", " ").title(), None,
                            known=False)
        return PlaceRef(g.key, g.label, g.state, g.lat, g.lon, known=False,
                        admin=g.kind == "admin1")

    def _pick(self, pool: list[GeoPlace], states: set[str] | frozenset[str],
              loose: bool = False) -> GeoPlace | None:
        inside = [p for p in pool if p.state in states]
        if inside:
            return inside[0]
        big = [p for p in pool if p.population >= SMALL or loose]
        return big[0] if big else None

    def admin_unit(self, name: str, states: set[str] | frozenset[str] = frozenset(),
                   near: str | None = None) -> PlaceRef | None:
        """The unit "NAME region/oblast/province" names: the gazetteer's, else GeoNames'
        (the unit around a gazetteer city: "Hodeidah province")."""
        for form in (f"{name} region", f"{name} oblast", f"{name} province"):
            hits = [m for m in self.gaz.lookup(form, types={"Place"})
                    if m.kind in ("label", "alias")]
            if hits:
                return self.ref(hits[0].key)
        pool = self.geo.admin(name)
        if not pool and states:
            # "Kunar province" (GeoNames: "Konar"): another romanisation, in a state the article
            # names (round 69)
            pool = [p for p in self.geo.admin_spelt(name) if p.state in states]
        if not pool:
            city = None
            for m in self.gaz.lookup(name, types={"Place"}):
                city = self.geo_of(m.key)
                if city:
                    break
            if city is None:
                city = self._pick(self.geo.cities(name), states)
            unit = self.geo.unit_of(city) if city else None
            pool = [unit] if unit else []
        if near:
            pool = [p for p in pool if p.state == near] or pool
        g = self._pick(pool, states) or (pool[0] if len(pool) == 1 else None)
        return self.ref(g.key) if g else None

    def resolve(self, surface: str, states: set[str] | frozenset[str] = frozenset(),
                loose: bool = False) -> PlaceRef | None:
        """What a capitalised name denotes as a place, if anything: the gazetteer's place, an
        administrative unit ("Kherson oblast", "North Darfur"), or a GeoNames city (a small one
        only in a state of ``states``)."""
        hits = self.gaz.lookup(surface, types={"Place"})
        if hits:
            return self.ref(hits[0].key)
        split = split_admin(surface)
        if split:
            return self.admin_unit(split[0], states)
        g = self._pick(self._named_cities(surface, states), states, loose)
        if g is None:
            units = self.geo.lookup(surface)
            units = [u for u in units if u.kind == "admin1"]
            g = self._pick(units, states) if units else None
        return self.ref(g.key) if g else None

    def _named_cities(self, surface: str, states: set[str] | frozenset[str]) -> list[GeoPlace]:
        """The cities a name may denote; in an article about some states, a city far from all
        of them only by its own name, not by one of its other names ("Borno", "Boni" in a
        Nigerian or Malian story are not Germany's Borna and Bonn, whose other names they are;
        "Izmail" in a Russian report is still Ukraine's Izmayil)."""
        pool = self.geo.cities(surface)
        if not states:
            return pool
        f = fold(surface)
        return [p for p in pool if p.state in states or fold(p.name) == f
                or self._near_any(p, states)]

    def _near_any(self, p: GeoPlace, states: set[str] | frozenset[str]) -> bool:
        """Whether ``p`` lies within FAR_KM of the capital of one of ``states``."""
        for state in states:
            cap = self.capital_of(state)
            c = self.coordinates(cap) if cap else None
            if c is not None and km(*c, p.lat, p.lon) <= FAR_KM:
                return True
        return False

    def ids(self, name: str) -> set[str]:
        """Every place a name may denote (for comparing names, not choosing)."""
        out = {m.key for m in self.gaz.lookup(name, types={"Place"})
               if m.kind in ("label", "alias")}
        split = split_admin(name)
        if split:
            pool = self.geo.admin(split[0])
            if not pool:
                for m in self.gaz.lookup(split[0], types={"Place"}):
                    g = self.geo_of(m.key)
                    if g and (u := self.geo.unit_of(g)):
                        pool.append(u)
            out |= {p.key for p in pool}
        else:
            out |= {p.key for p in self.geo.cities(name)}
            if not out:
                out |= {p.key for p in self.geo.admin(name)}
        # a gazetteer place and its GeoNames row are one place
        for k in list(out):
            if self.gaz.get(k) is not None and (g := self.geo_of(k)):
                out.add(g.key)
        return out

    def capital_of(self, state: str | None) -> str | None:
        """The capital of a state: the place among the state's metonyms ("Moscow", "Kabul")
        that lies in it ("the Afghan capital", "the capital" of the country told)."""
        if not state:
            return None
        cache = self.__dict__.setdefault("_capitals", {})
        if state not in cache:
            e = self.gaz.get(state)
            cache[state] = None
            for m in (e.metonyms if e is not None else ()):
                ref = self.resolve(m, {state})
                if ref is not None and self.state_of(ref.key) == state:
                    cache[state] = ref.key
                    break
        return cache[state]

    def same_place(self, a: str, b: str) -> bool:
        ia, ib = self.ids(a), self.ids(b)
        return bool(ia & ib)


@lru_cache(maxsize=4)
def _places(gaz_id: int, gaz: Any) -> Places:
    return Places(gaz)


def places_for(gazetteer: Gazetteer) -> Places:
    return _places(id(gazetteer), gazetteer)
