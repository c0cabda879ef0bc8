"""Turn typed article records into quads under kg's ontology: the only place records become RDF.

IRIs are deterministic (docs/design.md): an article, its facts and their evidence always get the
same IRIs, so reloading an article replaces its graph without duplicating anything. No blank nodes
are minted, which keeps graphs comparable and replacement exact.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg import namespaces as ns
from kg.errors import RecordError
from kg.model import ArmsTransfer, Entity, Fact, LeaderRole, Record, Strike, Treaty
from kg.namespaces import kg, oa, owl, prov, rdf, rdfs, schema, skos, xsd
from kg.offices import office_kind

ENTITY_CLASSES = {
    "State": ("State", "Actor"),
    "Organization": ("Organization", "Actor"),
    "ArmedForce": ("ArmedForce", "Organization", "Actor"),
    "ArmedGroup": ("ArmedGroup", "Organization", "Actor"),
    "Person": ("Person",),
    "Place": ("Place",),
    "WeaponSystem": ("WeaponSystem",),
}
FACT_CLASSES = {
    LeaderRole: ("LeaderRole", "Fact"),
    Treaty: ("Treaty", "Event", "Fact"),
    Strike: ("Strike", "Event", "Fact"),
    ArmsTransfer: ("ArmsTransfer", "Event", "Fact"),
}


def date_literal(value: str) -> Literal:
    """`YYYY-MM-DD` -> xsd:date, `YYYY-MM` -> xsd:gYearMonth, `YYYY` -> xsd:gYear."""
    datatype = {10: xsd.date, 7: xsd.gYearMonth, 4: xsd.gYear}.get(len(value), xsd.date)
    return Literal(value, datatype=datatype)


def date_bounds(value: str) -> tuple[str, str] | None:
    """The first and the last day a date of any precision covers, as `YYYY-MM-DD`:
    `2024-03` -> (`2024-03-01`, `2024-03-31`), `2024` -> (`2024-01-01`, `2024-12-31`).
    None for text that is no such date."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day.isoformat(), day.isoformat()
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        if len(value) == 4 and value.isdigit():
            return f"{value}-01-01", f"{value}-12-31"
    except ValueError:
        return None
    return None


def bound_fields(start: str | None, end: str | None) -> list[tuple[NamedNode, Literal]]:
    """kg:dateStart / kg:dateEnd: the first day a fact may cover (the first day of `start`)
    and the last (the last day of `end`), as xsd:date, so a date-range filter is one comparison
    whatever precision the fact's date was stated with. An event passes its one date as both."""
    out = []
    first = date_bounds(start) if start else None
    last = date_bounds(end) if end else None
    if first:
        out.append((kg.dateStart, Literal(first[0], datatype=xsd.date)))
    if last:
        out.append((kg.dateEnd, Literal(last[1], datatype=xsd.date)))
    return out


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=xsd.integer)


def _decimal(value: float, places: int = 3) -> Literal:
    """xsd:decimal in Oxigraph's canonical form, so what we write equals what we read back."""
    text = format(Decimal(f"{value:.{places}f}").normalize(), "f")
    return Literal(text, datatype=xsd.decimal)


def geo_quads(place: NamedNode, geo: tuple[float, float], graph: NamedNode) -> list[Quad]:
    """``place schema:geo <place#geo>``, a schema:GeoCoordinates with latitude and longitude
    (an IRI node, not a blank node, so reloading the same place adds nothing)."""
    node = NamedNode(place.value + "#geo")
    lat, lon = geo
    return [Quad(place, schema.geo, node, graph),
            Quad(node, rdf.type, schema.GeoCoordinates, graph),
            Quad(node, schema.latitude, _decimal(lat, 4), graph),
            Quad(node, schema.longitude, _decimal(lon, 4), graph)]


# Text that becomes one segment of an IRI kg mints (the record schema's iriSegment): never '.',
# '..' or anything with '/', so no input can climb into another namespace (agent/../../graph/x).
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~+-]*\Z")


def _segment(value: str, field: str, article_id: str) -> str:
    if not _SEGMENT.match(value):
        raise RecordError(f"{field}: {value!r} cannot be part of an IRI: use letters, digits and "
                          f". _ ~ + - only, starting with a letter or digit",
                          location=f"article {article_id}")
    return value


def _mint(iri: str, field: str, article_id: str) -> NamedNode:
    """An IRI built from record text, refused with the field's name when it is not one."""
    try:
        return NamedNode(iri)
    except ValueError as exc:
        raise RecordError(f"{field}: {iri!r} is not a valid IRI ({exc})",
                          location=f"article {article_id}",
                          hint="percent-encode spaces, quotes and angle brackets") from exc


_FACT_TYPES = {kg.Fact, kg.Event, kg.LeaderRole, kg.Treaty, kg.Strike, kg.ArmsTransfer}


def with_date_bounds(quads: Iterable[Quad]) -> list[Quad]:
    """The quads (one graph's, or an RDF file's) with kg:dateStart / kg:dateEnd recomputed for
    every fact that states a date (kg:date, kg:signedOn, schema:startDate/endDate): bounds are
    derived data, so a write that changes a date can never leave stale ones behind. Facts that
    state no date keep whatever bounds they have."""
    quads = list(quads)
    facts = {q.subject for q in quads if q.predicate == rdf.type and q.object in _FACT_TYPES}
    spans: dict[object, dict] = {}
    for q in quads:
        if q.subject not in facts or not isinstance(q.object, Literal):
            continue
        if q.predicate in (kg.date, kg.signedOn):
            span = spans.setdefault(q.subject, {"graph": q.graph_name})
            span["start"] = span["end"] = q.object.value
        elif q.predicate in (schema.startDate, schema.endDate):
            span = spans.setdefault(q.subject, {"graph": q.graph_name})
            span["start" if q.predicate == schema.startDate else "end"] = q.object.value
    if not spans:
        return quads
    kept = [q for q in quads
            if not (q.subject in spans and q.predicate in (kg.dateStart, kg.dateEnd))]
    return kept + [Quad(subject, p, o, span["graph"]) for subject, span in spans.items()
                   for p, o in bound_fields(span.get("start"), span.get("end"))]


def fact_iri(article_id: str, fact: Fact) -> NamedNode:
    local = fact.id or hashlib.sha256("|".join(fact.identity()).encode()).hexdigest()[:12]
    return NamedNode(f"{ns.ID}article/{article_id}/{fact.kind}/{local}")


def entity_quads(entities: Iterable[Entity], graph: NamedNode = ns.GRAPH_ENTITIES) -> list[Quad]:
    out: list[Quad] = []
    for e in entities:
        s = ns.entity_iri(e.key)
        for cls in ENTITY_CLASSES[e.type]:
            out.append(Quad(s, rdf.type, kg[cls], graph))
        out.append(Quad(s, rdfs.label, Literal(e.label, language="en"), graph))
        out.extend(Quad(s, skos.altLabel, Literal(a, language="en"), graph) for a in e.aliases)
        if e.wikidata:
            out.append(Quad(s, owl.sameAs, NamedNode(ns.WD + e.wikidata), graph))
        if e.part_of:
            out.append(Quad(s, schema.containedInPlace, ns.entity_iri(e.part_of), graph))
        if e.category:
            out.append(Quad(s, kg.weaponCategory, ns.concept_iri("weapon-category", e.category), graph))
        if e.geo:
            out.extend(geo_quads(s, e.geo, graph))
    return out


def record_to_quads(record: Record) -> list[Quad]:
    """All quads of one record: the article graph plus entity descriptions in kgg:entities.

    What several articles share (entities, the extractor agents that read them) is described in
    kgg:entities, never in each article graph: the union default graph returns a triple once per
    graph holding it, so a description repeated per article would double every aggregate."""
    a = record.article
    g = ns.article_graph(a.id)
    art = ns.article_iri(a.id)
    out = entity_quads(record.entities)

    def add(s, p, o):
        out.append(Quad(s, p, o, g))

    def share(s, p, o):
        out.append(Quad(s, p, o, ns.GRAPH_ENTITIES))

    add(art, rdf.type, kg.Article)
    add(art, schema.headline, Literal(a.title))
    if a.published:
        add(art, schema.datePublished, date_literal(a.published))
    if a.publisher:
        add(art, schema.publisher, Literal(a.publisher))
    if a.url:
        add(art, schema.url, _mint(a.url, "article.url", a.id))
    if a.language:
        add(art, schema.inLanguage, Literal(a.language))
    if a.text is not None:
        add(art, schema.text, Literal(a.text))
        add(art, kg.textSha256, Literal(hashlib.sha256(a.text.encode()).hexdigest()))

    seen: dict[str, int] = {}
    for index, fact in enumerate(record.facts):
        f = fact_iri(a.id, fact)
        if f.value in seen:
            raise RecordError(
                f"facts[{seen[f.value]}] and facts[{index}] describe the same {type(fact).__name__}",
                location=f"article {a.id}", hint="merge them into one fact with several evidence items")
        seen[f.value] = index
        for cls in FACT_CLASSES[type(fact)]:
            add(f, rdf.type, kg[cls])
        add(f, prov.wasDerivedFrom, art)
        for p, o in _fact_fields(fact):
            add(f, p, o)
        for n, ev in enumerate(fact.evidence):
            where = f"facts[{index}].evidence[{n}]"
            _segment(ev.extractor, f"{where}.extractor", a.id)
            _segment(ev.extractor_version, f"{where}.extractor_version", a.id)
            _evidence(add, share, f, n, ev, art)
    return out


def _ref(key: str | None) -> NamedNode | None:
    return ns.entity_iri(key) if key else None


def _fact_fields(fact: Fact):
    """(predicate, object) pairs of a fact's own fields; absent fields give no triple."""
    pairs: list[tuple[NamedNode, object]] = []

    def put(p, o):
        if o is not None:
            pairs.append((p, o))

    if isinstance(fact, LeaderRole):
        put(kg.holder, _ref(fact.person))
        put(kg.office, Literal(fact.office))
        kind = office_kind(fact.office)
        put(kg.officeKind, ns.concept_iri("office", kind) if kind else None)
        put(kg.state, _ref(fact.state))
        put(schema.startDate, date_literal(fact.start) if fact.start else None)
        put(schema.endDate, date_literal(fact.end) if fact.end else None)
        pairs.extend(bound_fields(fact.start, fact.end))
    elif isinstance(fact, Treaty):
        for p in fact.parties:
            put(kg.party, _ref(p))
        for p in fact.signatories:
            put(kg.signatory, _ref(p))
        put(kg.signedOn, date_literal(fact.date) if fact.date else None)
        pairs.extend(bound_fields(fact.date, fact.date))
        put(kg.signedAt, _ref(fact.place))
        put(kg.durationYears, _int(fact.duration_years) if fact.duration_years is not None else None)
        put(kg.treatyKind, Literal(fact.treaty_kind) if fact.treaty_kind else None)
        put(schema.name, Literal(fact.name) if fact.name else None)
    elif isinstance(fact, Strike):
        put(kg.attacker, _ref(fact.attacker))
        put(kg.targetPlace, _ref(fact.target_place))
        put(kg.targetCountry, _ref(fact.target_country))
        _weapon(put, fact)
        put(kg.killed, _int(fact.killed) if fact.killed is not None else None)
        put(kg.injured, _int(fact.injured) if fact.injured is not None else None)
        put(kg.date, date_literal(fact.date) if fact.date else None)
        pairs.extend(bound_fields(fact.date, fact.date))
        if fact.strike_kind:
            put(kg.strikeKind, ns.concept_iri("strike-kind", fact.strike_kind))
        if fact.assertion:
            put(kg.assertion, ns.concept_iri("assertion", fact.assertion))
        put(kg.reportedBy, _ref(fact.reported_by))
    elif isinstance(fact, ArmsTransfer):
        put(kg.supplier, _ref(fact.supplier))
        put(kg.recipient, _ref(fact.recipient))
        _weapon(put, fact)
        put(kg.quantity, _int(fact.quantity) if fact.quantity is not None else None)
        if fact.status:
            put(kg.transferStatus, ns.concept_iri("transfer-status", fact.status))
        put(kg.date, date_literal(fact.date) if fact.date else None)
        pairs.extend(bound_fields(fact.date, fact.date))
    return pairs


def _weapon(put, fact: Strike | ArmsTransfer) -> None:
    put(kg.weapon, _ref(fact.weapon))
    if fact.weapon_category:
        put(kg.weaponCategory, ns.concept_iri("weapon-category", fact.weapon_category))
    put(kg.weaponText, Literal(fact.weapon_text) if fact.weapon_text else None)


def _evidence(add, share, fact: NamedNode, n: int, ev, art: NamedNode) -> None:
    e = NamedNode(f"{fact.value}/evidence/{n}")
    target = NamedNode(e.value + "/target")
    quote = NamedNode(e.value + "/quote")
    agent = NamedNode(f"{ns.ID}agent/{ev.extractor}/{ev.extractor_version}")
    add(fact, kg.hasEvidence, e)
    add(e, rdf.type, kg.Evidence)
    add(e, rdf.type, oa.Annotation)
    add(e, oa.motivatedBy, oa.describing)
    add(e, oa.hasBody, fact)
    add(e, oa.hasTarget, target)
    add(e, kg.confidence, _decimal(ev.confidence))
    add(e, prov.wasAttributedTo, agent)
    share(agent, rdf.type, prov.SoftwareAgent)
    share(agent, rdfs.label, Literal(ev.extractor))
    share(agent, schema.softwareVersion, Literal(ev.extractor_version))
    add(target, rdf.type, oa.SpecificResource)
    add(target, oa.hasSource, art)
    add(target, oa.hasSelector, quote)
    add(quote, rdf.type, oa.TextQuoteSelector)
    add(quote, oa.exact, Literal(ev.quote))
    if ev.start is not None and ev.end is not None:
        pos = NamedNode(e.value + "/position")
        add(target, oa.hasSelector, pos)
        add(pos, rdf.type, oa.TextPositionSelector)
        add(pos, oa.start, _int(ev.start))
        add(pos, oa.end, _int(ev.end))
