"""The world gazetteer: GeoNames cities and first-level administrative units, shipped compact.

``kg/data/gazetteer/geonames.tsv.gz`` (built by ``tools/build_geonames.py`` from GeoNames data,
CC BY 4.0, https://www.geonames.org/) holds ~54,000 cities (15,000+ people everywhere, 1,000+
where the conflicts of the news are) and ~3,200 administrative units, each with its Latin-script
name variants, country code, the kg state it lies in and its coordinates.

The curated gazetteer (``entities.tsv``) stays first: it names the places analysts care about
with their keys. This table answers what it does not know: *is this capitalised word a place,
in which state, where on a map?* Names that are also English words or first names ("Police",
"Mobile", "Jackson") are not places unless a place cue says so (``COMMON``); a small place
counts only in a country the article is about (the caller decides with ``population``).

Administrative units are named in text with their type word ("Kherson oblast", "the Kursk
region", "Hodeidah province") or, when their name is no city's, alone ("North Darfur",
"Balochistan"): :meth:`GeoNames.admin` and :meth:`GeoNames.lookup` keep the two apart.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import packagedata
from kg.link.folding import fold

__all__ = ["ADMIN_WORDS", "COMMON", "GeoNames", "GeoPlace", "split_admin"]

#: words naming a first-level administrative unit after its name
ADMIN_WORDS = ("region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
               "governorates", "state", "states", "prefecture", "county", "territory")
_ADMIN_RE = re.compile(rf"^(?P<name>.+?)\s+(?P<word>{'|'.join(ADMIN_WORDS)})$")
_ADMIN_OF_RE = re.compile(rf"^(?:the\s+)?(?P<word>{'|'.join(ADMIN_WORDS)})\s+of\s+(?P<name>.+)$")
#: place names that are also everyday English words, first names or news vocabulary: never a
#: place without a cue ("the town of Police")
COMMON = frozenset(fold(w) for w in """
Police Mobile Reading Bath Nice Split Orange Chester Jackson Victoria Florence Austin Regina
Lincoln Hamilton Marshall Douglas Eden Hope Paradise Liberty Independence Union Progress Unity
Sale Wells Deal Derby March May June August Date Gap Bar Man Mau Sur Bali Goa Lake Lakes Mission
Sandy Temple Troy Sunset Salem Jordan Israel Georgia Chad Niger Sudan Lebanon Yemen Gaza Most
Of Will Can Nor Center Central Northern Southern Eastern Western North South East West City
Capital Hospital Camp Harbour Port Station Airport University Army Navy Hamas Houthi Hezbollah
Guard Support Forces Front Homs Hama Ali Omar Ahmed Mohammed Said Hassan Hussein Abbas Khan
Ahmad Karim Mahmoud Salman Faisal Tariq Imran Nawaz Sharif Modi Singh Kim Lee Park Moon Lai
Trump Biden Putin Xi Wang Li Zhang Chen Liu Reuters Telegram Signal Meta Twitter Apple
Amazon Tesla Shell Total Boeing Airbus Patriot Javelin Mirage Typhoon Tornado Harpoon Brahmos
Alexander Washington Lincoln Franklin Kennedy Georgetown Charlotte Elizabeth Mary Santa Rosa
""".split())


def split_admin(surface: str) -> tuple[str, str] | None:
    """"Kherson oblast" -> ("kherson", "oblast"); "the region of Kursk" -> ("kursk", "region")."""
    f = fold(surface)
    m = _ADMIN_RE.match(f) or _ADMIN_OF_RE.match(f)
    if not m:
        return None
    return m.group("name"), m.group("word")


@dataclass(frozen=True)
class GeoPlace:
    key: str
    kind: str  # "city" | "admin1"
    name: str
    cc: str
    state: str  # kg state key
    admin1: str
    lat: float
    lon: float
    population: int
    geonameid: str
    alternates: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """A city's name; an administrative unit named like a city gets "region" added
        ("Kursk region"), one with a name of its own keeps it ("North Darfur")."""
        if self.kind == "admin1" and not self.name.lower().endswith(" region") and \
                GeoNames.load().is_city_name(self.name):
            return f"{self.name} region"
        return self.name

    @property
    def admin_key(self) -> tuple[str, str]:
        return self.cc, self.admin1


def romanised(folded: str) -> str:
    """A key two romanisations of one name share: vowels o/u and e/i as one, "w" and "h" after
    a letter dropped, doubled letters single ("Konar"/"Kunar", "Khowst"/"Khost")."""
    s = re.sub(r"(?<=[a-z])[wh]", "", folded)
    s = s.translate(str.maketrans("oeyq", "uiik"))
    return re.sub(r"(.)\1+", r"\1", s)


class GeoNames:
    """The compact GeoNames table, indexed by folded name (labels and alternates)."""

    def __init__(self, places: list[GeoPlace]):
        self.places = places
        self._by_key = {p.key: p for p in places}
        self._cities: dict[str, list[GeoPlace]] = {}
        self._admins: dict[str, list[GeoPlace]] = {}
        self._admin_by_code: dict[tuple[str, str], GeoPlace] = {}
        self._admins_loose: dict[str, list[GeoPlace]] | None = None  # (built when first asked)
        for p in places:
            index = self._cities if p.kind == "city" else self._admins
            for n in (p.name, *p.alternates):
                f = fold(n)
                if f:
                    lst = index.setdefault(f, [])
                    if not lst or lst[-1] is not p:
                        lst.append(p)
            if p.kind == "admin1":
                self._admin_by_code[p.admin_key] = p
        for lst in (*self._cities.values(), *self._admins.values()):
            lst.sort(key=lambda p: -p.population)

    @classmethod
    def load(cls) -> GeoNames:
        return _load()

    @classmethod
    def from_text(cls, text: str) -> GeoNames:
        places = []
        header = None
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            c = dict(zip(header, cells, strict=True))
            places.append(GeoPlace(
                key=c["key"], kind=c["kind"], name=c["name"], cc=c["cc"], state=c["state"],
                admin1=c["admin1"], lat=float(c["lat"]), lon=float(c["lon"]),
                population=int(c["population"]), geonameid=c["geonameid"],
                alternates=tuple(a for a in c["alternates"].split("|") if a)))
        return cls(places)

    def __len__(self) -> int:
        return len(self.places)

    def get(self, key: str) -> GeoPlace | None:
        return self._by_key.get(key)

    def is_city_name(self, name: str) -> bool:
        return fold(name) in self._cities

    def cities(self, surface: str) -> list[GeoPlace]:
        """Cities a name may denote, most populous first (none for everyday words)."""
        f = fold(surface)
        if f in COMMON:
            return []
        return list(self._cities.get(f, ()))

    def admin(self, name: str) -> list[GeoPlace]:
        """Administrative units of that name ("Kherson", "Kursk", "North Darfur"); an Arabic
        name's final "-a"/"-ah" may be written either way ("Shabwa province" is GeoNames'
        "Shabwah"), tried when the name as written names no unit."""
        f = fold(name)
        found = self._admins.get(f)
        if not found and len(f) > 4:
            found = self._admins.get(f[:-1] if f.endswith("ah") else f + "h" if f.endswith("a")
                                     else "")
        return list(found or ())

    def admin_spelt(self, name: str) -> list[GeoPlace]:
        """Administrative units whose name is another romanisation of ``name`` ("Kunar" for
        GeoNames' "Konar", "Khost" for "Khowst"): for a name the text itself calls a province
        or region (kg.link.places.admin_unit), never for comparing names."""
        if self._admins_loose is None:
            loose: dict[str, list[GeoPlace]] = {}
            for f, lst in self._admins.items():
                for p in lst:
                    bucket = loose.setdefault(romanised(f), [])
                    if p not in bucket:
                        bucket.append(p)
            self._admins_loose = loose
        f = fold(name)
        return list(self._admins_loose.get(romanised(f), ())) if len(f) > 4 else []

    def lookup(self, surface: str) -> list[GeoPlace]:
        """What a place name denotes: "Kherson oblast" the unit, "North Darfur" the unit (no
        city has that name), "Kherson" the city."""
        split = split_admin(surface)
        if split is not None:
            units = self.admin(split[0])
            if not units:  # "Kryvyi Rih district": the unit of that city
                units = [u for c in self.cities(split[0])[:1]
                         if (u := self._admin_by_code.get(c.admin_key)) is not None]
            if units:
                return units
        cities = self.cities(surface)
        if cities:
            return cities
        if fold(surface) not in COMMON:
            return self.admin(surface)
        return []

    def match(self, names: tuple[str, ...], state: str | None) -> GeoPlace | None:
        """The row of a place known by other means (the curated gazetteer): the first of its
        names that GeoNames knows in that state ("Kharkiv Oblast" -> the unit)."""
        for name in names:
            split = split_admin(name)
            pool = self.admin(split[0]) if split else [*self.cities(name), *self.admin(name)]
            pool = [p for p in pool if state is None or p.state == state]
            if pool:
                return pool[0]
        return None

    def unit_of(self, place: GeoPlace) -> GeoPlace | None:
        return self._admin_by_code.get(place.admin_key)

    def in_states(self, places: list[GeoPlace], states: set[str]) -> list[GeoPlace]:
        return [p for p in places if p.state in states]


@lru_cache(maxsize=1)
def _load() -> GeoNames:
    data = (packagedata.gazetteer_dir() / "geonames.tsv.gz").read_bytes()
    return GeoNames.from_text(gzip.decompress(data).decode("utf-8"))
