"""The ontology, the SKOS lists, the SHACL shapes and the record JSON Schema: they parse, every
term is documented, a valid graph conforms and each family of wrong data fails with the expected
path and message.

Every data test runs on both SHACL engines (the `check` fixture): pyshacl, the reference, and
the compiled engine kg runs in production (kg.validate), which must give the same results as
pyshacl on the same graph (focus node, path, severity, value and message)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD
from rdflib.util import from_n3

from kg.validate import Validator
from kg.wellformed import SHAPE_TEXT, SHAPE_TYPED

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
CONCEPTS = ROOT / "ontology" / "concepts.ttl"
SHAPES = ROOT / "shapes" / "kg-shapes.ttl"
SCHEMA = ROOT / "kg" / "schema" / "record.schema.json"

KG = Namespace("https://kg.example.org/ontology#")
KGID = Namespace("https://kg.example.org/id/")
KGSH = Namespace("https://kg.example.org/shapes#")
KGC = "https://kg.example.org/concept/"
SCHEMA_ORG = Namespace("http://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

ARTICLE = KGID["article/2024-07-08-kyiv-hospital"]
STRIKE = URIRef(f"{ARTICLE}/strike/0123456789ab")
TREATY = URIRef(f"{ARTICLE}/treaty/a1b2c3d4e5f6")
TRANSFER = URIRef(f"{ARTICLE}/transfer/fedcba987654")
ROLE = URIRef(f"{ARTICLE}/role/00aa11bb22cc")

PREFIXES = """
@prefix kg:     <https://kg.example.org/ontology#> .
@prefix kgid:   <https://kg.example.org/id/> .
@prefix schema: <http://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix oa:     <http://www.w3.org/ns/oa#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix wd:     <http://www.wikidata.org/entity/> .
"""

# One article with one fact of each kind, following design.md's IRI scheme. Every entity is
# linked to Wikidata so that the graph has no warnings either.
VALID_TTL = (
    PREFIXES
    + r"""
@prefix art:    <https://kg.example.org/id/article/2024-07-08-kyiv-hospital/> .
@prefix wcat:   <https://kg.example.org/concept/weapon-category/> .
@prefix skind:  <https://kg.example.org/concept/strike-kind/> .
@prefix tstat:  <https://kg.example.org/concept/transfer-status/> .
@prefix asrt:   <https://kg.example.org/concept/assertion/> .

<https://kg.example.org/id/article/2024-07-08-kyiv-hospital> a kg:Article ;
    schema:headline "Missile strike hits children's hospital in Kyiv" ;
    schema:publisher "Example Wire" ;
    schema:url "https://news.example.org/2024/07/08/kyiv-hospital" ;
    schema:datePublished "2024-07-08"^^xsd:date ;
    schema:inLanguage "en" ;
    schema:text "A Russian missile hit the Okhmatdyt hospital in Kyiv on Monday." ;
    kg:textSha256 "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0" .

<https://kg.example.org/id/state/russia> a kg:State ; rdfs:label "Russia" ;
    skos:altLabel "Russian Federation" ; owl:sameAs wd:Q159 ; kg:wikidataSource "gazetteer" .
<https://kg.example.org/id/state/ukraine> a kg:State ; rdfs:label "Ukraine" ; owl:sameAs wd:Q212 .
<https://kg.example.org/id/state/north-korea> a kg:State ; rdfs:label "North Korea" ;
    owl:sameAs wd:Q423 .
<https://kg.example.org/id/state/germany> a kg:State ; rdfs:label "Germany" ; owl:sameAs wd:Q183 .
<https://kg.example.org/id/org/nato> a kg:Organization ; rdfs:label "NATO" ; owl:sameAs wd:Q7184 .
<https://kg.example.org/id/org/russian-aerospace-forces> a kg:ArmedForce ;
    rdfs:label "Russian Aerospace Forces" ; owl:sameAs wd:Q4353476 .
<https://kg.example.org/id/person/vladimir-putin> a kg:Person ; rdfs:label "Vladimir Putin" ;
    owl:sameAs wd:Q7747 .
<https://kg.example.org/id/person/kim-jong-un> a kg:Person ; rdfs:label "Kim Jong Un" ;
    owl:sameAs wd:Q56226 .
<https://kg.example.org/id/place/kyiv> a kg:Place ; rdfs:label "Kyiv" ; owl:sameAs wd:Q1899 ;
    schema:containedInPlace <https://kg.example.org/id/state/ukraine> .
<https://kg.example.org/id/place/pyongyang> a kg:Place ; rdfs:label "Pyongyang" ;
    owl:sameAs wd:Q18808 .
<https://kg.example.org/id/weapon/iris-t> a kg:WeaponSystem ; rdfs:label "IRIS-T" ;
    owl:sameAs wd:Q706457 ; kg:weaponCategory wcat:air-defence .

art:strike\/0123456789ab a kg:Strike , kg:Event , kg:Fact ;
    prov:wasDerivedFrom <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    kg:attacker <https://kg.example.org/id/state/russia> ;
    kg:targetPlace <https://kg.example.org/id/place/kyiv> ;
    kg:targetCountry <https://kg.example.org/id/state/ukraine> ;
    kg:weaponCategory wcat:missile ; kg:weaponText "missile" ;
    kg:killed 2 ; kg:injured 16 ; kg:date "2024-07-08"^^xsd:date ;
    kg:strikeKind skind:missile ; kg:assertion asrt:reported ;
    kg:reportedBy <https://kg.example.org/id/state/ukraine> ;
    kg:hasEvidence art:strike\/0123456789ab\/evidence\/0 .

art:strike\/0123456789ab\/evidence\/0 a kg:Evidence , oa:Annotation ;
    oa:hasBody art:strike\/0123456789ab ;
    oa:hasTarget art:strike\/0123456789ab\/evidence\/0\/target ;
    kg:confidence 0.9 ;
    prov:wasAttributedTo <https://kg.example.org/id/agent/kg-rules/0.1.0> .
art:strike\/0123456789ab\/evidence\/0\/target a oa:SpecificResource ;
    oa:hasSource <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    oa:hasSelector art:strike\/0123456789ab\/evidence\/0\/target\/quote ,
                   art:strike\/0123456789ab\/evidence\/0\/target\/position .
art:strike\/0123456789ab\/evidence\/0\/target\/quote a oa:TextQuoteSelector ;
    oa:exact "A Russian missile hit the Okhmatdyt hospital in Kyiv on Monday." .
art:strike\/0123456789ab\/evidence\/0\/target\/position a oa:TextPositionSelector ;
    oa:start 0 ; oa:end 63 .

<https://kg.example.org/id/agent/kg-rules/0.1.0> a prov:SoftwareAgent ;
    rdfs:label "kg-rules" ; schema:softwareVersion "0.1.0" .

art:treaty\/a1b2c3d4e5f6 a kg:Treaty , kg:Event , kg:Fact ;
    prov:wasDerivedFrom <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    kg:party <https://kg.example.org/id/state/russia> ,
             <https://kg.example.org/id/state/north-korea> ;
    kg:signatory <https://kg.example.org/id/person/vladimir-putin> ,
                 <https://kg.example.org/id/person/kim-jong-un> ;
    kg:signedOn "2024-06"^^xsd:gYearMonth ;
    kg:signedAt <https://kg.example.org/id/place/pyongyang> ;
    kg:durationYears 20 ; kg:treatyKind "comprehensive strategic partnership" ;
    schema:name "Treaty on Comprehensive Strategic Partnership" ;
    kg:hasEvidence art:treaty\/a1b2c3d4e5f6\/evidence\/0 .
art:treaty\/a1b2c3d4e5f6\/evidence\/0 a kg:Evidence ;
    oa:hasBody art:treaty\/a1b2c3d4e5f6 ;
    oa:hasTarget art:treaty\/a1b2c3d4e5f6\/evidence\/0\/target ;
    prov:wasAttributedTo <https://kg.example.org/id/agent/kg-rules/0.1.0> .
art:treaty\/a1b2c3d4e5f6\/evidence\/0\/target
    oa:hasSource <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    oa:hasSelector art:treaty\/a1b2c3d4e5f6\/evidence\/0\/target\/quote .
art:treaty\/a1b2c3d4e5f6\/evidence\/0\/target\/quote a oa:TextQuoteSelector ;
    oa:exact "Putin and Kim signed a 20-year partnership treaty in Pyongyang in June." .

art:transfer\/fedcba987654 a kg:ArmsTransfer , kg:Event , kg:Fact ;
    prov:wasDerivedFrom <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    kg:supplier <https://kg.example.org/id/state/germany> ;
    kg:recipient <https://kg.example.org/id/state/ukraine> ;
    kg:weapon <https://kg.example.org/id/weapon/iris-t> ;
    kg:weaponCategory wcat:air-defence ; kg:weaponText "IRIS-T systems" ;
    kg:quantity 3 ; kg:transferStatus tstat:pledged ; kg:date "2024"^^xsd:gYear ;
    kg:hasEvidence art:transfer\/fedcba987654\/evidence\/0 .
art:transfer\/fedcba987654\/evidence\/0 a kg:Evidence ;
    oa:hasBody art:transfer\/fedcba987654 ;
    oa:hasTarget art:transfer\/fedcba987654\/evidence\/0\/target ;
    prov:wasAttributedTo <https://kg.example.org/id/agent/kg-rules/0.1.0> .
art:transfer\/fedcba987654\/evidence\/0\/target
    oa:hasSource <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    oa:hasSelector art:transfer\/fedcba987654\/evidence\/0\/target\/quote .
art:transfer\/fedcba987654\/evidence\/0\/target\/quote a oa:TextQuoteSelector ;
    oa:exact "Germany pledged three more IRIS-T systems." .

art:role\/00aa11bb22cc a kg:LeaderRole , kg:Fact ;
    prov:wasDerivedFrom <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    kg:holder <https://kg.example.org/id/person/vladimir-putin> ;
    kg:office "president" ;
    kg:state <https://kg.example.org/id/state/russia> ;
    schema:startDate "2012-05-07"^^xsd:date ;
    kg:hasEvidence art:role\/00aa11bb22cc\/evidence\/0 .
art:role\/00aa11bb22cc\/evidence\/0 a kg:Evidence ;
    oa:hasBody art:role\/00aa11bb22cc ;
    oa:hasTarget art:role\/00aa11bb22cc\/evidence\/0\/target ;
    prov:wasAttributedTo <https://kg.example.org/id/agent/kg-rules/0.1.0> .
art:role\/00aa11bb22cc\/evidence\/0\/target
    oa:hasSource <https://kg.example.org/id/article/2024-07-08-kyiv-hospital> ;
    oa:hasSelector art:role\/00aa11bb22cc\/evidence\/0\/target\/quote .
art:role\/00aa11bb22cc\/evidence\/0\/target\/quote a oa:TextQuoteSelector ;
    oa:exact "Russian President Vladimir Putin" .
"""
)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    g.parse(CONCEPTS, format="turtle")
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    g = Graph()
    g.parse(SHAPES, format="turtle")
    return g


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def valid_graph() -> Graph:
    g = Graph()
    g.parse(data=VALID_TTL, format="turtle")
    return g


def path_of(report: Graph, node):
    """A result path as an IRI, or a tuple of IRIs for a sequence path."""
    if isinstance(node, BNode) and (node, RDF.first, None) in report:
        return tuple(Collection(report, node))
    return node


def run_pyshacl(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, list[dict]]:
    conforms, report, _text = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,  # mixed into the data graph: rdfs:subClassOf for sh:class
        inference="none",
        allow_warnings=True,
    )
    results = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "focus": report.value(r, SH.focusNode),
                "path": path_of(report, report.value(r, SH.resultPath)),
                "severity": report.value(r, SH.resultSeverity),
                "message": str(report.value(r, SH.resultMessage) or ""),
                "value": report.value(r, SH.value),
            }
        )
    return conforms, results


def _to_oxigraph(graph: Graph) -> list[ox.Triple]:
    return list(ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES))


def run_compiled(data: Graph, ontology: Graph) -> tuple[bool, list[dict]]:
    """kg's production engine on the same data: the data graph is what a write brings, the
    ontology and concept lists are the store context (as the kgg:ontology graph is)."""
    incoming = ox.NamedNode("urn:kg:test:data")
    quads = [ox.Quad(t.subject, t.predicate, t.object, incoming) for t in _to_oxigraph(data)]
    report = Validator(engine="compiled").validate(quads, _to_oxigraph(ontology))
    results = []
    # kg's own literal rules (kg.wellformed) run beside either engine; the shapes are compared
    for r in (r for r in report.results if r.shape not in (SHAPE_TEXT, SHAPE_TYPED)):
        if r.path is None:
            path = None
        elif ">/<" in r.path:
            path = tuple(URIRef(step.strip("<>")) for step in r.path.split(">/<"))
        else:
            path = URIRef(r.path.strip("<>"))
        results.append({"focus": from_n3(r.focus), "path": path,
                        "severity": URIRef(r.severity), "message": r.message,
                        "value": from_n3(r.value) if r.value is not None else None})
    return report.conforms, results


def _comparable(results: list[dict]) -> set[tuple]:
    return {(r["focus"], r["path"], r["severity"], r["value"], r["message"]) for r in results}


_PYSHACL_RESULTS: dict[str, tuple[bool, list[dict]]] = {}


@pytest.fixture(params=["pyshacl", "compiled"])
def check(request, shapes, ontology):
    """Validate a data graph on one engine. On the compiled engine the results must also equal
    pyshacl's on the same graph, so each test pins both engines to the same answer."""
    engine = request.param

    def check(data: Graph) -> tuple[bool, list[dict]]:
        key = "".join(sorted(data.serialize(format="nt").splitlines(keepends=True)))
        if key not in _PYSHACL_RESULTS:  # each graph is checked by pyshacl once per session
            _PYSHACL_RESULTS[key] = run_pyshacl(data, shapes, ontology)
        reference = copy.deepcopy(_PYSHACL_RESULTS[key])
        if engine == "pyshacl":
            return reference
        compiled = run_compiled(data, ontology)
        assert _comparable(compiled[1]) == _comparable(reference[1]), (
            "the compiled engine disagrees with pyshacl:\n only compiled: "
            f"{_comparable(compiled[1]) - _comparable(reference[1])}\n only pyshacl: "
            f"{_comparable(reference[1]) - _comparable(compiled[1])}")
        assert compiled[0] == reference[0]
        return compiled

    return check


def violations(results):
    return [r for r in results if r["severity"] == SH.Violation]


def find(results, focus, path, words, severity=SH.Violation):
    hits = [
        r
        for r in results
        if r["focus"] == focus
        and r["path"] == path
        and r["severity"] == severity
        and words.lower() in r["message"].lower()
    ]
    assert hits, f"no {severity} on {focus} {path} mentioning {words!r}; got:\n" + "\n".join(
        f"  {r['severity']} {r['focus']} {r['path']} {r['message']}" for r in results
    )
    return hits


def set_one(g: Graph, s, p, o) -> Graph:
    g.remove((s, p, None))
    g.add((s, p, o))
    return g


# --------------------------------------------------------------------------------------------
# ontology
# --------------------------------------------------------------------------------------------

KG_TERMS_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def kg_terms(g: Graph):
    return sorted(
        {s for t in KG_TERMS_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(str(KG))}
    )


def test_ontology_parses_and_declares_the_design_classes(ontology):
    classes = {s for s in ontology.subjects(RDF.type, OWL.Class) if str(s).startswith(str(KG))}
    for name in (
        "Article Actor State Organization ArmedForce ArmedGroup Person Place WeaponSystem "
        "Fact Event LeaderRole Treaty Strike ArmsTransfer Evidence"
    ).split():
        assert KG[name] in classes, name
    sub = lambda c, d: (KG[c], RDFS.subClassOf, d) in ontology  # noqa: E731
    assert sub("Event", KG.Fact) and sub("Event", SCHEMA_ORG.Event)
    assert all(sub(c, KG.Event) for c in ("Treaty", "Strike", "ArmsTransfer"))
    assert sub("LeaderRole", KG.Fact) and sub("Fact", PROV.Entity)
    assert sub("State", KG.Actor) and sub("State", SCHEMA_ORG.Country)
    assert sub("Organization", KG.Actor) and sub("Organization", SCHEMA_ORG.Organization)
    assert sub("ArmedForce", KG.Organization) and sub("ArmedGroup", KG.Organization)
    assert sub("Article", SCHEMA_ORG.NewsArticle) and sub("Evidence", OA.Annotation)
    assert sub("Person", SCHEMA_ORG.Person) and sub("Place", SCHEMA_ORG.Place)
    # schema.org is http, never https
    assert not [t for t in ontology for x in t if str(x).startswith("https://schema.org/")]


def test_every_kg_term_has_label_comment_definedby_and_properties_domain_range(ontology):
    terms = kg_terms(ontology)
    assert len(terms) > 40
    for t in terms:
        assert ontology.value(t, RDFS.label), f"{t} has no rdfs:label"
        comment = ontology.value(t, RDFS.comment)
        assert comment and str(comment).strip().endswith("."), f"{t} has no one-sentence comment"
        assert ontology.value(t, RDFS.isDefinedBy), f"{t} has no rdfs:isDefinedBy"
        if (t, RDF.type, OWL.Class) not in ontology:
            assert ontology.value(t, RDFS.domain), f"{t} has no rdfs:domain"
            assert ontology.value(t, RDFS.range), f"{t} has no rdfs:range"
    for name in (
        "wikidataSource textSha256 confidence durationYears weaponCategory holder office state "
        "party signatory signedOn signedAt treatyKind attacker targetPlace targetCountry weapon "
        "weaponText killed injured date strikeKind assertion reportedBy supplier recipient "
        "quantity transferStatus hasEvidence"
    ).split():
        assert KG[name] in terms, name


def test_every_kg_term_used_by_the_shapes_is_defined(ontology, shapes):
    defined = set(kg_terms(ontology))
    used = {x for t in shapes for x in t if isinstance(x, URIRef) and str(x).startswith(str(KG))}
    assert used - defined == set()


def test_ontology_doc_covers_every_kg_term(ontology):
    doc = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert "```mermaid" in doc
    missing = [t for t in kg_terms(ontology) if f"`kg:{str(t)[len(str(KG)):]}`" not in doc]
    assert missing == []


def test_concept_schemes_match_the_record_schema_enums(ontology, schema):
    defs = schema["$defs"]
    for scheme, enum in (
        ("weapon-category", defs["weaponCategory"]["enum"]),
        ("strike-kind", defs["strikeKind"]["enum"]),
        ("transfer-status", defs["transferStatus"]["enum"]),
        ("assertion", defs["assertion"]["enum"]),
    ):
        scheme_iri = URIRef(KGC + scheme)
        assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in ontology
        members = {str(c) for c in ontology.subjects(SKOS.inScheme, scheme_iri)}
        assert members == {f"{KGC}{scheme}/{slug}" for slug in enum}, scheme
        for c in members:
            assert ontology.value(URIRef(c), SKOS.prefLabel) and ontology.value(
                URIRef(c), SKOS.definition
            ), c


def test_concepts_used_by_shapes_exist(ontology, shapes):
    used = {x for t in shapes for x in t if isinstance(x, URIRef) and str(x).startswith(KGC)}
    assert used
    assert {c for c in used if (c, RDF.type, SKOS.Concept) not in ontology} == set()


# --------------------------------------------------------------------------------------------
# shapes: structure (the subset the fast SPARQL compiler understands)
# --------------------------------------------------------------------------------------------

NODE_SHAPES = {
    "ArticleShape": KG.Article,
    "StateShape": KG.State,
    "PersonShape": KG.Person,
    "OrganizationShape": KG.Organization,
    "PlaceShape": KG.Place,
    "WeaponSystemShape": KG.WeaponSystem,
    "LeaderRoleShape": KG.LeaderRole,
    "TreatyShape": KG.Treaty,
    "StrikeShape": KG.Strike,
    "ArmsTransferShape": KG.ArmsTransfer,
    "EvidenceShape": KG.Evidence,
    "GeoCoordinatesShape": SCHEMA_ORG.GeoCoordinates,
    "ResolvedEventShape": KG.ResolvedEvent,
    "FigureSummaryShape": KG.FigureSummary,
    "StatusStepShape": KG.StatusStep,
    "EventLinkShape": KG.EventLink,
    "EventDecisionShape": KG.EventDecision,
}

ALLOWED_SHAPE_PREDICATES = {
    RDF.type, RDFS.label, RDFS.comment, SH.targetClass, SH.property, SH.path, SH.inversePath,
    SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern, SH.flags,
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH["in"], SH.hasValue, SH.disjoint,
    SH["or"], SH.severity, SH.message, SH.name, SH.sparql, SH.select, RDF.first, RDF.rest,
}


def test_one_node_shape_per_class(shapes):
    for name, cls in NODE_SHAPES.items():
        assert (KGSH[name], RDF.type, SH.NodeShape) in shapes, name
        assert (KGSH[name], SH.targetClass, cls) in shapes, name
    assert set(shapes.subjects(RDF.type, SH.NodeShape)) == {KGSH[n] for n in NODE_SHAPES}


def test_shapes_use_only_the_supported_subset(shapes):
    assert {p for _, p, _ in shapes} - ALLOWED_SHAPE_PREDICATES == set()
    for ps, path in shapes.subject_objects(SH.path):
        if isinstance(path, URIRef):
            continue
        inverse = shapes.value(path, SH.inversePath)
        if inverse is not None:
            assert isinstance(inverse, URIRef), ps
            continue
        items = list(Collection(shapes, path))
        assert len(items) >= 2 and all(isinstance(i, URIRef) for i in items), ps
    for ps, alternatives in shapes.subject_objects(SH["or"]):
        for alt in Collection(shapes, alternatives):
            assert set(shapes.predicates(alt)) == {SH.datatype}, ps


def test_every_constraint_has_a_plain_message_and_severity(shapes):
    node_shapes = list(shapes.subjects(RDF.type, SH.NodeShape))
    for ns in node_shapes:
        props = list(shapes.objects(ns, SH.property))
        sparqls = list(shapes.objects(ns, SH.sparql))
        assert props or sparqls, ns
        assert shapes.value(ns, SH.severity) in (None, SH.Violation), ns
        for ps in props:
            msg = shapes.value(ps, SH.message)
            assert msg and len(str(msg)) > 20, f"property shape {ps} of {ns} has no message"
            assert shapes.value(ps, SH.severity) in (SH.Violation, SH.Warning), ps
            assert shapes.value(ps, SH.name), ps
        for sc in sparqls:
            assert shapes.value(sc, SH.message), f"SPARQL constraint of {ns} has no message"
            select = str(shapes.value(sc, SH.select))
            assert "$this" in select and ("?value" in select or "?path" in select), ns


# --------------------------------------------------------------------------------------------
# shapes: behaviour with pyshacl
# --------------------------------------------------------------------------------------------


def test_valid_graph_conforms_without_warnings(check):
    conforms, results = check(valid_graph())
    assert results == [], results
    assert conforms


def test_negative_killed_count(check):
    g = set_one(valid_graph(), STRIKE, KG.killed, Literal(-1))
    conforms, results = check(g)
    assert not conforms
    find(results, STRIKE, KG.killed, "zero or more")


def test_mistyped_count(check):
    g = set_one(valid_graph(), STRIKE, KG.injured, Literal("sixteen"))
    _, results = check(g)
    find(results, STRIKE, KG.injured, "whole number")


def test_treaty_with_one_party(check):
    g = valid_graph()
    g.remove((TREATY, KG.party, KGID["state/north-korea"]))
    conforms, results = check(g)
    assert not conforms
    find(results, TREATY, KG.party, "at least two")


def test_treaty_party_that_is_a_person(check):
    g = valid_graph()
    g.add((TREATY, KG.party, KGID["person/kim-jong-un"]))
    _, results = check(g)
    hit = find(results, TREATY, KG.party, "state or organization")
    assert hit[0]["value"] == KGID["person/kim-jong-un"]


def test_treaty_duration_must_be_positive(check):
    g = set_one(valid_graph(), TREATY, KG.durationYears, Literal(0))
    _, results = check(g)
    find(results, TREATY, KG.durationYears, "at least 1")


def test_supplier_equal_to_recipient(check):
    g = set_one(valid_graph(), TRANSFER, KG.recipient, KGID["state/germany"])
    conforms, results = check(g)
    assert not conforms
    find(results, TRANSFER, KG.supplier, "differ")


@pytest.mark.parametrize(
    "prop, focus, literal",
    [
        (KG.date, STRIKE, Literal("2024-07-09", datatype=XSD.date)),
        (KG.date, STRIKE, Literal("2024-08", datatype=XSD.gYearMonth)),
        (KG.date, TRANSFER, Literal("2025", datatype=XSD.gYear)),
        (KG.signedOn, TREATY, Literal("2024-07-10", datatype=XSD.date)),
    ],
)
def test_date_after_publication(check, prop, focus, literal):
    g = set_one(valid_graph(), focus, prop, literal)
    conforms, results = check(g)
    assert not conforms
    hit = find(results, focus, prop, "later than the publication date")
    assert str(literal) in hit[0]["message"]


@pytest.mark.parametrize(
    "literal",
    [
        Literal("2024-07-08", datatype=XSD.date),
        Literal("2024-07", datatype=XSD.gYearMonth),
        Literal("2024", datatype=XSD.gYear),
    ],
)
def test_dates_up_to_publication_at_any_precision_pass(check, literal):
    g = set_one(valid_graph(), STRIKE, KG.date, literal)
    assert check(g)[1] == []


@pytest.mark.parametrize(
    "literal",
    [Literal("2024-13-01", datatype=XSD.date), Literal("8 July 2024"), Literal(20240708)],
)
def test_malformed_date(check, literal):
    g = set_one(valid_graph(), STRIKE, KG.date, literal)
    _, results = check(g)
    find(results, STRIKE, KG.date, "valid xsd:date")
    if literal.datatype != XSD.date:  # a value that is not a date is not also "too late"
        assert not [r for r in results if "later than" in r["message"]]


@pytest.mark.parametrize(
    "iri",
    [
        "https://www.wikidata.org/wiki/Q159",
        "http://www.wikidata.org/entity/Q0159",
        "http://www.wikidata.org/entity/P31",
    ],
)
def test_bad_wikidata_iri(check, iri):
    russia = KGID["state/russia"]
    g = set_one(valid_graph(), russia, OWL.sameAs, URIRef(iri))
    conforms, results = check(g)
    assert not conforms
    find(results, russia, OWL.sameAs, "http://www.wikidata.org/entity/Q")


def test_wikidata_link_as_literal_is_wrong(check):
    russia = KGID["state/russia"]
    g = set_one(valid_graph(), russia, OWL.sameAs, Literal("Q159"))
    _, results = check(g)
    find(results, russia, OWL.sameAs, "must be an IRI")


def test_missing_evidence(check):
    g = valid_graph()
    g.remove((STRIKE, KG.hasEvidence, None))
    conforms, results = check(g)
    assert not conforms
    find(results, STRIKE, KG.hasEvidence, "no evidence")
    find(results, STRIKE, (KG.hasEvidence, OA.hasTarget, OA.hasSource), "does not point at")


def test_evidence_pointing_at_a_non_article(check):
    g = valid_graph()
    target = URIRef(f"{STRIKE}/evidence/0/target")
    set_one(g, target, OA.hasSource, KGID["place/kyiv"])
    conforms, results = check(g)
    assert not conforms
    hit = find(results, STRIKE, (KG.hasEvidence, OA.hasTarget, OA.hasSource), "kg:Article")
    assert hit[0]["value"] == KGID["place/kyiv"]
    evidence = URIRef(f"{STRIKE}/evidence/0")
    find(results, evidence, (OA.hasTarget, OA.hasSource), "kg:Article")
    find(results, evidence, None, "must be the same")


def test_fact_not_derived_from_an_article(check):
    g = valid_graph()
    g.remove((TRANSFER, PROV.wasDerivedFrom, None))
    _, results = check(g)
    find(results, TRANSFER, PROV.wasDerivedFrom, "exactly one article")


def test_evidence_quote_offsets_and_confidence(check):
    g = valid_graph()
    evidence = URIRef(f"{STRIKE}/evidence/0")
    position = URIRef(f"{STRIKE}/evidence/0/target/position")
    quote = URIRef(f"{STRIKE}/evidence/0/target/quote")
    set_one(g, evidence, KG.confidence, Literal("1.5", datatype=XSD.decimal))
    set_one(g, position, OA.start, Literal(-3))
    g.remove((quote, OA.exact, None))
    _, results = check(g)
    find(results, evidence, KG.confidence, "0 to 1")
    find(results, evidence, (OA.hasTarget, OA.hasSelector, OA.start), "zero or more")
    find(results, evidence, (OA.hasTarget, OA.hasSelector, OA.exact), "quote")


def test_evidence_end_before_start(check):
    g = valid_graph()
    position = URIRef(f"{STRIKE}/evidence/0/target/position")
    set_one(g, position, OA.start, Literal(70))
    _, results = check(g)
    find(results, URIRef(f"{STRIKE}/evidence/0"), None, "before its start")


def test_value_classes(check):
    g = valid_graph()
    set_one(g, STRIKE, KG.targetPlace, KGID["state/ukraine"])
    set_one(g, STRIKE, KG.attacker, KGID["person/vladimir-putin"])
    set_one(g, ROLE, KG.holder, KGID["state/russia"])
    set_one(g, TRANSFER, KG.weapon, KGID["place/kyiv"])
    _, results = check(g)
    find(results, STRIKE, KG.targetPlace, "kg:Place")
    find(results, STRIKE, KG.attacker, "state or organization")
    find(results, ROLE, KG.holder, "kg:Person")
    find(results, TRANSFER, KG.weapon, "kg:WeaponSystem")


def test_armed_group_counts_as_actor(check):
    g = valid_graph()
    set_one(g, STRIKE, KG.attacker, KGID["org/russian-aerospace-forces"])
    assert check(g)[1] == []


def test_concept_outside_its_scheme(check):
    g = set_one(valid_graph(), STRIKE, KG.strikeKind, URIRef(KGC + "weapon-category/missile"))
    _, results = check(g)
    find(results, STRIKE, KG.strikeKind, "strike-kind")


def test_missing_wikidata_link_is_only_a_warning(check):
    g = valid_graph()
    kyiv = KGID["place/kyiv"]
    g.remove((kyiv, OWL.sameAs, None))
    conforms, results = check(g)
    assert conforms  # allow_warnings=True: warnings alone still conform
    assert violations(results) == []
    assert len(results) == 1
    find(results, kyiv, OWL.sameAs, "kg link --review", severity=SH.Warning)


def test_incomplete_strike_and_transfer_are_warnings(check):
    g = valid_graph()
    g.remove((STRIKE, KG.date, None))
    g.remove((STRIKE, KG.attacker, None))
    g.remove((TRANSFER, KG.supplier, None))
    conforms, results = check(g)
    assert conforms and violations(results) == []
    find(results, STRIKE, KG.date, "no date", severity=SH.Warning)
    find(results, STRIKE, KG.attacker, "no attacker", severity=SH.Warning)
    find(results, TRANSFER, KG.supplier, "no supplier", severity=SH.Warning)


def test_reference_leader_role_needs_evidence_or_citation(check):
    role = KGID["gazetteer/role/putin-president"]
    base = valid_graph()
    for t in [
        (role, RDF.type, KG.LeaderRole),
        (role, KG.holder, KGID["person/vladimir-putin"]),
        (role, KG.office, Literal("president")),
        (role, KG.state, KGID["state/russia"]),
        (role, SCHEMA_ORG.startDate, Literal("2012-05-07", datatype=XSD.date)),
    ]:
        base.add(t)
    _, results = check(copy.deepcopy(base))
    find(results, role, KG.hasEvidence, "reference source")
    base.add((role, SCHEMA_ORG.citation, Literal("https://en.wikipedia.org/wiki/Vladimir_Putin")))
    assert check(base)[1] == []


def test_leader_role_end_before_start(check):
    g = valid_graph()
    g.add((ROLE, SCHEMA_ORG.endDate, Literal("2011", datatype=XSD.gYear)))
    _, results = check(g)
    find(results, ROLE, SCHEMA_ORG.endDate, "before its start")


# --------------------------------------------------------------------------------------------
# record JSON Schema
# --------------------------------------------------------------------------------------------

FULL_RECORD = {
    "record_version": 1,
    "article": {
        "id": "2024-07-08-kyiv-hospital",
        "title": "Missile strike hits children's hospital in Kyiv",
        "publisher": "Example Wire",
        "url": "https://news.example.org/2024/07/08/kyiv-hospital",
        "published": "2024-07-08",
        "language": "en",
        "text": "A Russian missile hit the Okhmatdyt hospital in Kyiv on Monday.",
    },
    "entities": [
        {"key": "place/okhmatdyt-hospital", "type": "Place", "label": "Okhmatdyt hospital",
         "aliases": ["Okhmatdyt"], "wikidata": None, "part_of": "place/kyiv"},
        {"key": "weapon/iris-t", "type": "WeaponSystem", "label": "IRIS-T", "aliases": [],
         "wikidata": "Q706457", "wikidata_source": "gazetteer", "category": "air-defence"},
        {"key": "org/wagner-group", "type": "ArmedGroup", "label": "Wagner Group"},
    ],
    "facts": [
        {"type": "Strike", "attacker": "state/russia", "target_place": "place/okhmatdyt-hospital",
         "target_country": "state/ukraine", "weapon": None, "weapon_category": "cruise-missile",
         "weapon_text": "missile", "killed": 2, "injured": 16, "date": "2024-07-08",
         "strike_kind": "missile", "assertion": "reported", "reported_by": "state/ukraine",
         "evidence": [{"quote": "A Russian missile hit the Okhmatdyt hospital in Kyiv on Monday.",
                       "start": 0, "end": 63, "confidence": 0.9, "extractor": "kg-rules",
                       "extractor_version": "0.1.0"}]},
        {"type": "Treaty", "id": "russia-dprk-2024",
         "parties": ["state/russia", "state/north-korea"],
         "signatories": ["person/vladimir-putin", "person/kim-jong-un"], "date": "2024-06",
         "place": "place/pyongyang", "duration_years": 20, "kind": "strategic partnership",
         "name": "Treaty on Comprehensive Strategic Partnership",
         "evidence": [{"quote": "signed a 20-year treaty"}]},
        {"type": "ArmsTransfer", "supplier": "state/germany", "recipient": "state/ukraine",
         "weapon": "weapon/iris-t", "weapon_category": "air-defence", "weapon_text": "IRIS-T",
         "quantity": 3, "status": "pledged", "date": "2024",
         "evidence": [{"quote": "Germany pledged three IRIS-T systems", "confidence": 1}]},
        {"type": "LeaderRole", "person": "person/vladimir-putin", "office": "president",
         "state": "state/russia", "start": "2012-05-07", "end": None,
         "evidence": [{"quote": "President Vladimir Putin", "extractor": "analyst"}]},
    ],
}


def schema_errors(schema, record):
    validator = jsonschema.Draft202012Validator(schema)
    return sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))


def test_schema_is_valid_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_accepts_full_record(schema):
    assert schema_errors(schema, FULL_RECORD) == []


def test_schema_rejects_unknown_field(schema):
    record = copy.deepcopy(FULL_RECORD)
    record["facts"][0]["casualties"] = 3
    errors = schema_errors(schema, record)
    assert errors and any("casualties" in e.message for e in errors)
    record = copy.deepcopy(FULL_RECORD)
    record["article"]["tittle"] = "typo"
    assert any("tittle" in e.message for e in schema_errors(schema, record))


def test_schema_rejects_mistyped_count(schema):
    record = copy.deepcopy(FULL_RECORD)
    record["facts"][0]["killed"] = "two"
    errors = schema_errors(schema, record)
    assert errors and any(list(e.absolute_path) == ["facts", 0, "killed"] for e in errors)
    record["facts"][0]["killed"] = -1
    assert schema_errors(schema, record)


@pytest.mark.parametrize(
    "where, field, value",
    [
        ("article", "id", "Kyiv Hospital"),
        ("article", "published", "08/07/2024"),
        ("entity", "key", "country/russia"),
        ("entity", "wikidata", "http://www.wikidata.org/entity/Q159"),
        ("strike", "date", "2024-7-8"),
        ("strike", "strike_kind", "bombing"),
        ("strike", "target_place", "state/ukraine"),
        ("treaty", "parties", ["state/russia"]),
        ("treaty", "duration_years", 0),
        ("transfer", "status", "sold"),
        ("evidence", "confidence", 1.2),
        ("evidence", "start", 1.5),
    ],
)
def test_schema_rejects_bad_values(schema, where, field, value):
    record = copy.deepcopy(FULL_RECORD)
    target = {
        "article": record["article"],
        "entity": record["entities"][1],
        "strike": record["facts"][0],
        "treaty": record["facts"][1],
        "transfer": record["facts"][2],
        "evidence": record["facts"][0]["evidence"][0],
    }[where]
    target[field] = value
    assert schema_errors(schema, record), f"{where}.{field}={value!r} was accepted"


def test_schema_entity_key_must_match_type(schema):
    record = copy.deepcopy(FULL_RECORD)
    record["entities"][0]["type"] = "State"
    assert schema_errors(schema, record)


def test_schema_fact_needs_evidence(schema):
    record = copy.deepcopy(FULL_RECORD)
    record["facts"][0]["evidence"] = []
    assert schema_errors(schema, record)
