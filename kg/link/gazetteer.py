"""The entity gazetteer: known states, people, places, organizations and weapon systems.

The gazetteer ships as two tab-separated tables in ``kg/data/gazetteer/`` (format in
``docs/design.md``):

* ``entities.tsv``: ``key type label aliases demonyms metonyms part_of category wikidata
  wikidata_source`` (lists ``|``-separated, empty cell = none);
* ``offices.tsv``: ``person office state start end source``.

:class:`Gazetteer` loads them, answers exact and fuzzy look-ups of surface forms, knows who held
which office on a date, and turns everything into RDF quads for the ``kgg:gazetteer`` graph.

A Wikidata QID is only present when it was verified from Wikidata-derived data; the
``wikidata_source`` cell says where. An entity without a QID is *unlinked*, never guessed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg import packagedata
from kg.errors import InputError
from kg.link.folding import fold, slugify
from kg.offices import office_kind

# a sea or strait has no GeoNames town or province of its name
_WATER_BODY = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Bay)\b|^Bab\b")

__all__ = [
    "ENTITY_COLUMNS",
    "ENTITY_TYPES",
    "FACT_KEY_RE",
    "KEY_RE",
    "OFFICE_COLUMNS",
    "GazEntity",
    "Gazetteer",
    "GazetteerError",
    "Match",
    "Office",
    "fold",
    "office_class",
    "slugify",
]

DEFAULT_DIR = packagedata.gazetteer_dir()

ENTITY_COLUMNS = (
    "key", "type", "label", "aliases", "demonyms", "metonyms", "part_of", "category",
    "wikidata", "wikidata_source",
)
OFFICE_COLUMNS = ("person", "office", "state", "start", "end", "source")

#: entity type -> the key kind it must use
ENTITY_TYPES = {
    "State": "state",
    "Person": "person",
    "Organization": "org",
    "ArmedForce": "org",
    "ArmedGroup": "org",
    "Place": "place",
    "WeaponSystem": "weapon",
}
KEY_RE = re.compile(r"^(state|person|org|place|weapon)/[a-z0-9]+(-[a-z0-9]+)*$")
#: A fact's key (its IRI after kgid:), which `kg link` accepts too: a strike or treaty that
#: has a Wikidata item (e.g. one QuickStatements created) is linked like an entity.
FACT_KEY_RE = re.compile(r"^article/[a-z0-9]+(-[a-z0-9]+)*/(treaty|role|strike|transfer)/"
                         r"[a-z0-9]+(-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
CATEGORY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

KG = "https://kg.example.org/ontology#"
KGID = "https://kg.example.org/id/"
KGC = "https://kg.example.org/concept/"
GAZETTEER_GRAPH = "https://kg.example.org/graph/gazetteer"
WD = "http://www.wikidata.org/entity/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
SCHEMA = "http://schema.org/"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

#: words that may follow or precede a weapon name without changing what it names
#: ("Storm Shadow cruise missiles", "Shahed attack drones", "US-supplied Atacms missiles")
_GENERIC_WORDS = frozenset(
    """missile missiles drone drones uav uavs ucav system systems launcher launchers rocket
    rockets cruise ballistic attack combat armed kamikaze loitering munition munitions
    air defence defense surface to anti ship tank tanks fighter jet jets aircraft
    helicopter helicopters howitzer howitzers short range long medium close precision
    guided multiple unmanned aerial vehicle vehicles battery batteries interceptor
    interceptors bomb bombs glide""".split()
)



class GazetteerError(InputError, ValueError):
    """The gazetteer tables are malformed (bad key, type, date, duplicate key or QID)."""


@dataclass(frozen=True)
class GazEntity:
    """One gazetteer entity."""

    key: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    part_of: str | None = None
    category: str | None = None
    wikidata: str | None = None
    wikidata_source: str | None = None

    @property
    def iri(self) -> str:
        return KGID + self.key

    @property
    def linked(self) -> bool:
        return self.wikidata is not None


@dataclass(frozen=True)
class Office:
    """A person holding an office of a state between two dates (``end`` None = still holds)."""

    person: str
    office: str
    state: str
    start: date | None = None
    end: date | None = None
    source: str | None = None

    def active_on(self, on: date) -> bool:
        """True when the office was held on ``on`` (start inclusive, end exclusive)."""
        if self.start is not None and on < self.start:
            return False
        return not (self.end is not None and on >= self.end)

    @property
    def iri(self) -> str:
        start = self.start.isoformat() if self.start else "undated"
        return (
            f"{KGID}office-holding/{_slug_of_key(self.person)}/{_slug_of_key(self.state)}/"
            f"{slugify(self.office)}/{start}"
        )


@dataclass(frozen=True)
class Match:
    """A candidate entity for a surface form."""

    key: str
    kind: str  # 'label' | 'alias' | 'demonym' | 'metonym' | 'fuzzy'
    score: float


# ---------------------------------------------------------------------------- folding


def _compact(folded: str) -> str:
    return folded.replace(" ", "")


def _strip_generic(folded: str) -> str:
    words = folded.split()
    while words and words[-1] in _GENERIC_WORDS:
        words.pop()
    while words and words[0] in _GENERIC_WORDS:
        words.pop(0)
    return " ".join(words)


def _slug_of_key(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else slugify(key)


def office_class(office: str) -> str:
    """The office class of an office title (``'secretary of state'`` -> ``'foreign-minister'``).

    Unknown titles are their own class (their slug). The classes are the concepts of the
    office scheme (kg.offices).
    """
    return office_kind(fold(office)) or slugify(office)


# ---------------------------------------------------------------------------- parsing


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip()) if cell else ()


def _date(cell: str, where: str) -> date | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise GazetteerError(f"{where}: bad date {cell!r} (want YYYY-MM-DD)") from exc


def _read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != columns:
            raise GazetteerError(f"{path}: header must be {' '.join(columns)}")
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) < len(columns):
                row = row + [""] * (len(columns) - len(row))
            if len(row) > len(columns):
                raise GazetteerError(f"{path}:{lineno}: {len(row)} cells, want {len(columns)}")
            yield lineno, {c: v.strip() for c, v in zip(columns, row, strict=True)}


def parse_entity(cells: dict[str, str], where: str = "entity") -> GazEntity:
    """Validate one ``entities.tsv`` row (as a column->cell dict) into a :class:`GazEntity`."""
    key, typ = cells["key"], cells["type"]
    if not KEY_RE.match(key):
        raise GazetteerError(f"{where}: bad key {key!r}")
    if typ not in ENTITY_TYPES:
        raise GazetteerError(f"{where}: bad type {typ!r} (one of {', '.join(ENTITY_TYPES)})")
    if key.split("/", 1)[0] != ENTITY_TYPES[typ]:
        raise GazetteerError(f"{where}: key {key!r} does not fit type {typ}")
    if not cells["label"]:
        raise GazetteerError(f"{where}: empty label")
    qid = cells.get("wikidata") or None
    if qid is not None and not QID_RE.match(qid):
        raise GazetteerError(f"{where}: bad QID {qid!r}")
    source = cells.get("wikidata_source") or None
    if qid is not None and source is None:
        raise GazetteerError(f"{where}: QID {qid} without wikidata_source")
    part_of = cells.get("part_of") or None
    if part_of is not None and not KEY_RE.match(part_of):
        raise GazetteerError(f"{where}: bad part_of {part_of!r}")
    category = cells.get("category") or None
    if category is not None and not CATEGORY_RE.match(category):
        raise GazetteerError(f"{where}: bad category {category!r}")
    return GazEntity(
        key=key, type=typ, label=cells["label"], aliases=_split(cells.get("aliases", "")),
        demonyms=_split(cells.get("demonyms", "")), metonyms=_split(cells.get("metonyms", "")),
        part_of=part_of, category=category, wikidata=qid, wikidata_source=source,
    )


def entity_row(e: GazEntity) -> list[str]:
    """The ``entities.tsv`` cells of an entity (inverse of :func:`parse_entity`)."""
    return [
        e.key, e.type, e.label, "|".join(e.aliases), "|".join(e.demonyms), "|".join(e.metonyms),
        e.part_of or "", e.category or "", e.wikidata or "", e.wikidata_source or "",
    ]


# ---------------------------------------------------------------------------- gazetteer


class Gazetteer:
    """An in-memory gazetteer with exact and fuzzy look-up.

    >>> g = Gazetteer.load()
    >>> [m.key for m in g.lookup("Russian", types={"State"})]
    ['state/russia']
    """

    def __init__(self, entities: Iterable[GazEntity], offices: Iterable[Office] = ()):
        self._entities: dict[str, GazEntity] = {}
        by_qid: dict[str, str] = {}
        for e in entities:
            if e.key in self._entities:
                raise GazetteerError(f"duplicate key {e.key}")
            if e.wikidata:
                if e.wikidata in by_qid:
                    raise GazetteerError(
                        f"duplicate QID {e.wikidata}: {by_qid[e.wikidata]} and {e.key}"
                    )
                by_qid[e.wikidata] = e.key
            self._entities[e.key] = e
        self._by_qid = by_qid
        self._offices: dict[str, list[Office]] = {}
        for o in offices:
            for ref, kind in ((o.person, "person"), (o.state, "state")):
                if ref not in self._entities:
                    raise GazetteerError(f"office {o.office!r}: unknown {kind} {ref}")
            self._offices.setdefault(o.person, []).append(o)
        for key, e in self._entities.items():
            if e.part_of and e.part_of not in self._entities:
                raise GazetteerError(f"{key}: part_of {e.part_of} is not in the gazetteer")
        self._index: dict[str, list[tuple[str, str]]] = {}
        self._compact_index: dict[str, list[tuple[str, str]]] = {}
        for form, key, kind in self.surface_forms():
            f = fold(form)
            if not f:
                continue
            for idx, k in ((self._index, f), (self._compact_index, _compact(f))):
                lst = idx.setdefault(k, [])
                if (key, kind) not in lst:
                    lst.append((key, kind))
        self._fuzzy_choices: list[tuple[str, str]] | None = None

    # -- loading

    @classmethod
    def load(cls, directory: Path | str | None = None, *,
             user_dir: Path | str | None = None) -> Gazetteer:
        """Load ``entities.tsv`` and ``offices.tsv``: from ``directory`` alone when given;
        otherwise the shipped gazetteer with the user's own additions over it (``user_dir``,
        default the ``gazetteer_dir`` setting: rows there replace shipped rows with the same
        key and add new ones; `kg gazetteer import` writes them). Cached per directory and
        file modification times.

        Raises :class:`GazetteerError` on malformed tables.
        """
        if directory is not None:
            d = Path(directory).resolve()
            return _load_cached(str(d), _stamps(d), None)
        user = Path(user_dir) if user_dir is not None else user_gazetteer_dir()
        d = DEFAULT_DIR.resolve()
        return _load_cached(str(d), _stamps(d) + _stamps(user), str(user))

    @classmethod
    def from_files(cls, entities_path: Path, offices_path: Path | None = None) -> Gazetteer:
        """Read the two tables without caching."""
        entities = [
            parse_entity(cells, f"{entities_path}:{n}")
            for n, cells in _read_tsv(entities_path, ENTITY_COLUMNS)
        ]
        offices: list[Office] = []
        if offices_path is not None and offices_path.exists():
            for n, c in _read_tsv(offices_path, OFFICE_COLUMNS):
                where = f"{offices_path}:{n}"
                if not c["office"]:
                    raise GazetteerError(f"{where}: empty office")
                start, end = _date(c["start"], where), _date(c["end"], where)
                if start and end and end < start:
                    raise GazetteerError(f"{where}: end before start")
                offices.append(Office(c["person"], c["office"], c["state"], start, end,
                                      c["source"] or None))
        return cls(entities, offices)

    # -- container

    def get(self, key: str) -> GazEntity | None:
        return self._entities.get(key)

    def by_qid(self, qid: str) -> GazEntity | None:
        key = self._by_qid.get(qid)
        return self._entities[key] if key else None

    def __iter__(self) -> Iterator[GazEntity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, key: object) -> bool:
        return key in self._entities

    # -- surface forms

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """Every (form, key, kind) with kind 'label', 'alias', 'demonym' or 'metonym', in the
        original spelling (for spaCy EntityRuler patterns)."""
        for e in self._entities.values():
            yield e.label, e.key, "label"
            for a in e.aliases:
                yield a, e.key, "alias"
            for d in e.demonyms:
                yield d, e.key, "demonym"
            for m in e.metonyms:
                yield m, e.key, "metonym"

    def lookup(self, surface: str, types: set[str] | None = None) -> list[Match]:
        """Exact candidates for a surface form, best first.

        Folding ignores case, accents, punctuation, a possessive 's and a leading "the";
        a trailing or leading generic word ("Storm Shadow cruise missiles") is tried away when
        nothing matches as written. A metonym ("Moscow") returns both the place (label) and the
        state (metonym); ``types`` keeps only entities of those types.
        """
        f = fold(surface)
        if not f:
            return []
        hits = self._index.get(f) or self._compact_index.get(_compact(f))
        penalty = 0.0
        if not hits:
            stripped = _strip_generic(f)
            if stripped and stripped != f:
                hits = self._index.get(stripped) or self._compact_index.get(_compact(stripped))
                penalty = 0.05
        if not hits:
            return []
        best: dict[str, Match] = {}
        for key, kind in hits:
            e = self._entities[key]
            if types and e.type not in types:
                continue
            score = _KIND_SCORE[kind] - penalty
            if key not in best or best[key].score < score:
                best[key] = Match(key, kind, round(score, 4))
        return sorted(best.values(), key=lambda m: (-m.score, m.key))

    def fuzzy(
        self,
        surface: str,
        types: set[str] | None = None,
        on: date | None = None,
        limit: int = 5,
        cutoff: float = 85.0,
    ) -> list[Match]:
        """Fuzzy candidates (rapidfuzz) for a surface form, best first, scores in 0..1.

        Only labels and aliases take part (not demonyms or metonyms). With ``on``, a person
        whose known offices all lie outside that date scores lower than one in office.
        """
        from rapidfuzz import fuzz, process

        f = fold(surface)
        if not f:
            return []
        if self._fuzzy_choices is None:
            self._fuzzy_choices = [
                (fold(form), key)
                for form, key, kind in self.surface_forms()
                if kind in ("label", "alias") and fold(form)
            ]
        choices = [
            (form, key)
            for form, key in self._fuzzy_choices
            if not types or self._entities[key].type in types
        ]
        if not choices:
            return []
        results = process.extract(
            f, [c[0] for c in choices], scorer=fuzz.WRatio, limit=max(limit * 4, 20),
            score_cutoff=cutoff,
        )
        best: dict[str, float] = {}
        for _form, score, idx in results:
            key = choices[idx][1]
            s = score / 100.0
            # very short forms match too easily; demand near-identity for them
            if len(f) <= 4 and s < 0.99:
                continue
            if on is not None and self._entities[key].type == "Person":
                offices = self._offices.get(key)
                if offices:
                    s *= 1.0 if any(o.active_on(on) for o in offices) else 0.9
            best[key] = max(best.get(key, 0.0), s)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [Match(k, "fuzzy", round(s, 4)) for k, s in ranked]

    # -- offices

    def offices(self) -> Iterator[Office]:
        for lst in self._offices.values():
            yield from lst

    def offices_of(self, person_key: str) -> list[Office]:
        return sorted(self._offices.get(person_key, []),
                      key=lambda o: (o.start or date.min, o.office))

    def holders(self, office: str, state_key: str, on: date) -> list[str]:
        """Keys of the people who held ``office`` (any title of the same office class) of
        ``state_key`` on ``on``."""
        cls = office_class(office)
        out = []
        for lst in self._offices.values():
            for o in lst:
                if o.state == state_key and office_class(o.office) == cls and o.active_on(on):
                    if o.person not in out:
                        out.append(o.person)
        return sorted(out)

    # -- arms makers

    def makers(self) -> dict[str, str]:
        """Folded names of arms makers -> the state they are based in (``makers.tsv`` beside
        ``entities.tsv``): a weapon "built by General Atomics" came from the United States."""
        if getattr(self, "_makers", None) is None:
            out: dict[str, str] = {}
            path = DEFAULT_DIR / "makers.tsv"
            if path.exists():
                for line in path.read_text("utf-8").splitlines():
                    if not line.strip() or line.startswith("#") or line.startswith("maker\t"):
                        continue
                    names, state = line.split("\t")
                    if state not in self._entities:
                        raise GazetteerError(f"{path}: unknown state {state}")
                    for n in names.split("|"):
                        out[fold(n)] = state
            self._makers = out
        return self._makers

    # -- geography

    def state_of(self, key: str) -> str | None:
        """The state a place lies in, along its part-of chain (None if the chain ends first)."""
        seen: set[str] = set()
        k: str | None = key
        while k and k not in seen:
            seen.add(k)
            e = self._entities.get(k)
            if e is None:
                return None
            if e.type == "State":
                return k
            k = e.part_of
        return None

    def geonames_row(self, key: str):
        """The GeoNames row of a place (same name or alias, same state), or None."""
        if not hasattr(self, "_geo_rows"):
            self._geo_rows: dict = {}
        if key not in self._geo_rows:
            from kg.link.geonames import GeoNames

            e = self._entities.get(key)
            # a sea or strait is no town or province of the same name (the Red Sea is not
            # Sudan's Red Sea state)
            water = e is not None and _WATER_BODY.search(e.label) is not None
            self._geo_rows[key] = GeoNames.load().match(
                (e.label, *e.aliases), self.state_of(key)) \
                if e is not None and e.type == "Place" and not water else None
        return self._geo_rows[key]

    def coordinates(self, key: str) -> tuple[float, float] | None:
        """(latitude, longitude) of a place from GeoNames, for maps (schema:geo); a place
        GeoNames does not list (a hospital, a bridge) takes the place it lies in."""
        seen: set[str] = set()
        k: str | None = key
        while k and k not in seen:
            seen.add(k)
            row = self.geonames_row(k)
            if row is not None:
                return row.lat, row.lon
            e = self._entities.get(k)
            k = e.part_of if e is not None and e.type == "Place" else None
        return None

    # -- name matching for evaluation

    def resolve_name(self, name: str) -> set[str]:
        """Keys a name denotes by label or alias (not demonym or metonym)."""
        return {m.key for m in self.lookup(name) if m.kind in ("label", "alias")}

    def same_entity(self, name_a: str, name_b: str) -> bool:
        """True when two names denote the same entity: equal after folding, or resolving (by
        label or alias) to a common gazetteer entity or the same Wikidata QID."""
        fa, fb = fold(name_a), fold(name_b)
        if fa and fa == fb:
            return True
        ka, kb = self.resolve_name(name_a), self.resolve_name(name_b)
        if ka & kb:
            return True
        qa = {self._entities[k].wikidata for k in ka} - {None}
        qb = {self._entities[k].wikidata for k in kb} - {None}
        return bool(qa & qb)

    # -- RDF

    def to_quads(self, graph: str = GAZETTEER_GRAPH) -> list[ox.Quad]:
        """The gazetteer as RDF quads in ``graph`` (see module docs and design.md); built once
        per content and kept on disk (kg.base_cache), since the coordinates cost seconds."""
        from kg import base_cache

        fingerprint = repr((graph, sorted(self._entities.items()), sorted(
            self.offices(), key=repr))).encode()
        return base_cache.cached_quads([fingerprint], lambda: self._build_quads(graph))

    def _build_quads(self, graph: str) -> list[ox.Quad]:
        from kg.model import Entity
        from kg.rdf import bound_fields, entity_quads

        g = ox.NamedNode(graph)

        def add(s: ox.NamedNode, p: str, o) -> None:
            quads.append(ox.Quad(s, ox.NamedNode(p), o, g))

        # Entities map to RDF exactly as records' entity descriptions do (one mapping, kg.rdf);
        # the gazetteer adds where each Wikidata link was verified.
        quads = entity_quads((Entity(e.key, e.type, e.label, tuple(dict.fromkeys(e.aliases)),
                                     e.wikidata, e.part_of, e.category, self.coordinates(e.key))
                              for e in self._entities.values()), graph=g)
        for e in self._entities.values():
            if e.wikidata:
                add(ox.NamedNode(e.iri), KG + "wikidataSource", ox.Literal(e.wikidata_source or ""))
        for o in self.offices():
            r = ox.NamedNode(o.iri)
            add(r, RDF_TYPE, ox.NamedNode(KG + "LeaderRole"))
            add(r, RDF_TYPE, ox.NamedNode(KG + "Fact"))
            # Reference data, not read from an article: it cites its source instead of evidence.
            add(r, SCHEMA + "citation", ox.Literal(o.source or "kg gazetteer (offices.tsv)"))
            add(r, KG + "holder", ox.NamedNode(KGID + o.person))
            add(r, KG + "office", ox.Literal(o.office))
            kind = office_kind(o.office)
            if kind:
                add(r, KG + "officeKind", ox.NamedNode(f"{KGC}office/{kind}"))
            add(r, KG + "state", ox.NamedNode(KGID + o.state))
            if o.start:
                add(r, SCHEMA + "startDate",
                    ox.Literal(o.start.isoformat(), datatype=ox.NamedNode(XSD_DATE)))
            if o.end:
                add(r, SCHEMA + "endDate",
                    ox.Literal(o.end.isoformat(), datatype=ox.NamedNode(XSD_DATE)))
            for p, value in bound_fields(o.start.isoformat() if o.start else None,
                                         o.end.isoformat() if o.end else None):
                add(r, p.value, value)
        return quads


_KIND_SCORE = {"label": 1.0, "alias": 0.98, "demonym": 0.9, "metonym": 0.85}


@lru_cache(maxsize=8)
def _load_cached(directory: str, stamps: tuple, user: str | None) -> Gazetteer:
    d = Path(directory)
    base = Gazetteer.from_files(d / "entities.tsv", d / "offices.tsv")
    if user is None or not (Path(user) / "entities.tsv").exists() and \
            not (Path(user) / "offices.tsv").exists():
        return base
    return overlay(base, Path(user))


def _stamps(d: Path) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns) if p.exists() else (str(p), 0)
                 for p in (d / "entities.tsv", d / "offices.tsv"))


def user_gazetteer_dir() -> Path:
    """Where the analyst's own gazetteer rows live (setting `gazetteer_dir`), never inside the
    installed package."""
    from kg.settings import Settings

    return Path(Settings.from_env().gazetteer_dir).expanduser()


def user_rows(user_dir: Path) -> tuple[list[GazEntity], list[Office]]:
    """The entity and office rows of a user gazetteer directory (empty when it has none)."""
    ent, off = user_dir / "entities.tsv", user_dir / "offices.tsv"
    entities = [parse_entity(c, f"{ent}:{n}") for n, c in _read_tsv(ent, ENTITY_COLUMNS)] \
        if ent.exists() else []
    offices = Gazetteer.from_files(ent, off).offices() if ent.exists() and off.exists() else []
    return entities, list(offices)


def overlay(base: Gazetteer, user_dir: Path) -> Gazetteer:
    """The shipped gazetteer with a user directory's rows over it: same key replaces."""
    ent, off = user_dir / "entities.tsv", user_dir / "offices.tsv"
    entities = {e.key: e for e in base}
    if ent.exists():
        for n, cells in _read_tsv(ent, ENTITY_COLUMNS):
            e = parse_entity(cells, f"{ent}:{n}")
            entities[e.key] = e
    offices = list(base.offices())
    if off.exists():
        seen = {(o.person, o.office, o.state, o.start) for o in offices}
        for n, c in _read_tsv(off, OFFICE_COLUMNS):
            where = f"{off}:{n}"
            o = Office(c["person"], c["office"], c["state"], _date(c["start"], where),
                       _date(c["end"], where), c["source"] or None)
            if (o.person, o.office, o.state, o.start) not in seen:
                offices.append(o)
    return Gazetteer(entities.values(), offices)
