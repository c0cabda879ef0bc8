"""The ontology page, and the reader behind it: classes, properties, SKOS concept lists and
the shapes per class, read once from the packaged ontology and shapes (HTML, or the ontology's
RDF by content negotiation).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from flask import Blueprint
from pyoxigraph import NamedNode

from kg import namespaces as ns
from kg.validate import default_ontology_files, default_shape_files
from kg.web.render import html, negotiate, rdf_response, short_iri

bp = Blueprint("ontology", __name__)


@dataclass
class OntoTerm:
    iri: str
    label: str
    comment: str = ""
    parents: list[str] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)
    kind: str = ""

    @property
    def anchor(self) -> str:
        return self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class ShapeRule:
    path: str
    name: str
    severity: str
    message: str
    constraints: list[tuple[str, str]]


@dataclass
class Ontology:
    classes: list[OntoTerm]
    properties: list[OntoTerm]
    schemes: list[dict]
    shapes: dict[str, list[ShapeRule]]
    labels: dict[str, str]
    triples: list[ox.Triple]


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The ontology, concept lists and shapes, read once from ontology/*.ttl and shapes/*.ttl."""
    onto = ox.Store()
    triples: list[ox.Triple] = []
    for p in default_ontology_files():
        for t in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE):
            triples.append(t)
    onto.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    shapes = ox.Store()
    for p in default_shape_files():
        shapes.load(path=str(p), format=ox.RdfFormat.TURTLE)
    pre = ns.sparql_prefixes()

    def q(store, text):
        res = store.query(pre + text)
        names = [v.value for v in res.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in res]

    labels = {r["s"].value: r["l"].value for r in q(onto, """SELECT ?s (SAMPLE(?l) AS ?l) WHERE {
        ?s rdfs:label|skos:prefLabel ?l FILTER(isIRI(?s)) } GROUP BY ?s""")}
    comments = {r["s"].value: r["c"].value for r in q(onto, """SELECT ?s (SAMPLE(?c) AS ?c) WHERE {
        ?s rdfs:comment|skos:definition ?c FILTER(isIRI(?s)) } GROUP BY ?s""")}

    def multi(text):
        out = defaultdict(list)
        for r in q(onto, text):
            out[r["s"].value].append(r["o"].value)
        return out

    parents = multi("SELECT ?s ?o WHERE { ?s rdfs:subClassOf|rdfs:subPropertyOf ?o "
                    "FILTER(isIRI(?o)) } ORDER BY ?o")
    domains = multi("SELECT ?s ?o WHERE { ?s rdfs:domain ?d . "
                    "{ ?d owl:unionOf/rdf:rest*/rdf:first ?o } "
                    "UNION { BIND(?d AS ?o) FILTER(isIRI(?d)) } } ORDER BY ?o")
    ranges = multi("SELECT ?s ?o WHERE { ?s rdfs:range ?d . "
                   "{ ?d owl:unionOf/rdf:rest*/rdf:first ?o } "
                   "UNION { BIND(?d AS ?o) FILTER(isIRI(?d)) } } ORDER BY ?o")
    classes = [OntoTerm(r["s"].value, labels.get(r["s"].value, short_iri(r["s"].value)),
                        comments.get(r["s"].value, ""), parents.get(r["s"].value, []), kind="class")
               for r in q(onto, "SELECT DISTINCT ?s WHERE { ?s a owl:Class FILTER(isIRI(?s)) } "
                                "ORDER BY ?s")]
    properties = [OntoTerm(r["s"].value, labels.get(r["s"].value, short_iri(r["s"].value)),
                           comments.get(r["s"].value, ""), parents.get(r["s"].value, []),
                           domains.get(r["s"].value, []), ranges.get(r["s"].value, []),
                           kind=short_iri(r["t"].value))
                  for r in q(onto, """SELECT ?s (SAMPLE(?t) AS ?t) WHERE {
                      VALUES ?t { owl:ObjectProperty owl:DatatypeProperty rdf:Property
                                  owl:AnnotationProperty }
                      ?s a ?t FILTER(isIRI(?s)) } GROUP BY ?s ORDER BY ?s""")]
    schemes = []
    for r in q(onto, "SELECT ?s WHERE { ?s a skos:ConceptScheme } ORDER BY ?s"):
        concepts = [{"iri": c["c"].value,
                     "label": labels.get(c["c"].value, short_iri(c["c"].value)),
                     "comment": comments.get(c["c"].value, "")}
                    for c in q(onto, f"SELECT DISTINCT ?c WHERE {{ ?c skos:inScheme {r['s']} }} "
                                     f"ORDER BY ?c")]
        schemes.append({"iri": r["s"].value,
                        "label": labels.get(r["s"].value, short_iri(r["s"].value)),
                        "comment": comments.get(r["s"].value, ""), "concepts": concepts})
    # shapes: node shape by target class, its property shapes (direct or named)
    shape_rules: dict[str, list[ShapeRule]] = defaultdict(list)
    rows = q(shapes, """SELECT ?cls ?ps ?path ?name ?sev ?msg WHERE {
        ?shape sh:targetClass ?cls ; sh:property ?ps .
        OPTIONAL { ?ps sh:path ?path }
        OPTIONAL { ?ps sh:name ?name }
        OPTIONAL { ?ps sh:severity ?sev }
        OPTIONAL { ?ps sh:message ?msg }
    } ORDER BY ?cls ?name""")
    constraint_preds = ("minCount", "maxCount", "datatype", "class", "pattern", "minInclusive",
                        "maxInclusive", "minExclusive", "maxExclusive", "in", "nodeKind",
                        "hasValue", "minLength", "maxLength", "or")
    sh_ = ns._NS(ns.SH)
    first, rest, nil = ns.rdf.first, ns.rdf.rest, ns.rdf.nil

    def objects(node, pred):
        # Blank nodes cannot be named in SPARQL text (a label there is a variable): walk quads.
        return [qd.object for qd in shapes.quads_for_pattern(node, pred, None)]

    def rdf_list(node):
        items = []
        while node != nil and len(items) < 1000:
            items.extend(objects(node, first))
            nxt = objects(node, rest)
            if not nxt:
                break
            node = nxt[0]
        return items

    for r in rows:
        ps = r["ps"]
        cons = []
        for pred in constraint_preds:
            for o in objects(ps, sh_[pred]):
                if pred in ("in", "or"):
                    items = []
                    for i in rdf_list(o):
                        # an sh:in list may hold literals ("merge" "split"): no datatype there
                        dts = [] if isinstance(i, ox.Literal) else objects(i, sh_.datatype)
                        items.append(dts[0] if dts else i)
                    text = ", ".join(short_iri(i.value) for i in items)
                else:
                    text = short_iri(o.value) if isinstance(o, NamedNode) else o.value
                cons.append((pred, text))
        path = r.get("path")
        if path is None:
            path_text = ""
        elif isinstance(path, NamedNode):
            path_text = short_iri(path.value)
        else:
            inv = objects(path, sh_.inversePath)
            if inv:
                path_text = "^" + short_iri(inv[0].value)
            else:
                path_text = "/".join(short_iri(i.value) for i in rdf_list(path)) or "(path)"
        sparql_msgs = [m for c in objects(ps, sh_.sparql) for m in objects(c, sh_.message)]
        msg = r["msg"].value if "msg" in r else "; ".join(m.value for m in sparql_msgs)
        shape_rules[r["cls"].value].append(ShapeRule(
            path_text, r["name"].value if "name" in r else "",
            r["sev"].value.rsplit("#", 1)[-1] if "sev" in r else "Violation", msg, cons))
    for r in q(shapes, """SELECT ?cls ?msg ?sev WHERE { ?shape sh:targetClass ?cls ;
                          sh:sparql ?c . ?c sh:message ?msg
                          OPTIONAL { ?shape sh:severity ?sev } }"""):
        shape_rules[r["cls"].value].append(ShapeRule(
            "", "", r["sev"].value.rsplit("#", 1)[-1] if "sev" in r else "Violation",
            r["msg"].value, [("sparql", "SPARQL rule")]))
    return Ontology(classes, properties, schemes, dict(shape_rules), labels, triples)


@bp.route("/ontology", methods=["GET", "HEAD"])
def ontology_page():
    """The ontology: classes, properties, concept lists and the shapes per class (HTML or RDF)."""
    media = negotiate()
    onto = ontology()
    if media != "text/html":
        return rdf_response(onto.triples, media)
    return html("ontology.html", onto=onto)


__all__ = ["Ontology", "OntoTerm", "ShapeRule", "bp", "ontology"]
