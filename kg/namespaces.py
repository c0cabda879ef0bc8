"""IRIs kg mints and the vocabularies it reuses, as pyoxigraph terms (see docs/design.md)."""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

BASE = "https://kg.example.org/"
KG = BASE + "ontology#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
CONCEPT = BASE + "concept/"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
WD = "http://www.wikidata.org/entity/"

WDT = "http://www.wikidata.org/prop/direct/"
DCTERMS = "http://purl.org/dc/terms/"

#: Entity kinds: an entity key is `<kind>/<slug>`, and each kind is a prefix of its own
#: (`state:russia`), since `kgid:state/russia` is not a legal SPARQL prefixed name.
ENTITY_KINDS = ("state", "person", "org", "place", "weapon")
#: Concept schemes (ontology/concepts.ttl), each a prefix of its own: `strike-kind:missile`.
CONCEPT_SCHEMES = ("weapon-category", "strike-kind", "transfer-status", "assertion", "office")

#: The prefixes every query to kg may use without declaring them (the endpoint, `kg query` and
#: the pages predeclare them, as the Wikidata Query Service does with its own); also the
#: prefixes kg's Turtle and results tables write.
PREFIXES = {
    "kg": KG, "kgid": ID, "kgg": GRAPH, "kgc": CONCEPT,
    **{kind: f"{ID}{kind}/" for kind in ENTITY_KINDS},
    "article": ID + "article/",
    **{scheme: f"{CONCEPT}{scheme}/" for scheme in CONCEPT_SCHEMES},
    "schema": SCHEMA, "prov": PROV, "oa": OA, "skos": SKOS, "owl": OWL, "rdf": RDF,
    "rdfs": RDFS, "xsd": XSD, "sh": SH, "wd": WD, "wdt": WDT, "dcterms": DCTERMS,
}

# A local name SPARQL and Turtle accept without escapes (ASCII subset of PN_LOCAL).
_LOCAL_NAME = re.compile(r"(?:[A-Za-z0-9_:](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?)?")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def prefixed_name(iri: str) -> str | None:
    """The IRI as a legal prefixed name with the longest matching prefix (`state:russia`),
    or None when no prefix gives a legal one (a fact's IRI holds slashes)."""
    best: tuple[int, str] | None = None
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and _LOCAL_NAME.fullmatch(iri[len(base):]):
            if best is None or len(base) > best[0]:
                best = (len(base), f"{prefix}:{iri[len(base):]}")
    return best[1] if best else None


class _NS:
    """Attribute access to terms of one namespace: KGT.Strike -> NamedNode(KG + 'Strike')."""

    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)


kg = _NS(KG)
schema = _NS(SCHEMA)
prov = _NS(PROV)
oa = _NS(OA)
skos = _NS(SKOS)
owl = _NS(OWL)
rdf = _NS(RDF)
rdfs = _NS(RDFS)
xsd = _NS(XSD)

GRAPH_ONTOLOGY = NamedNode(GRAPH + "ontology")
GRAPH_GAZETTEER = NamedNode(GRAPH + "gazetteer")
GRAPH_ENTITIES = NamedNode(GRAPH + "entities")
GRAPH_CURATION = NamedNode(GRAPH + "curation")
GRAPH_EVENTS = NamedNode(GRAPH + "events")


def entity_iri(key: str) -> NamedNode:
    return NamedNode(ID + key)


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(ID + "article/" + article_id)


def article_graph(article_id: str) -> NamedNode:
    return NamedNode(GRAPH + "article/" + article_id)


def source_graph(name: str) -> NamedNode:
    return NamedNode(GRAPH + "source/" + name)


def event_iri(kind: str, local: str) -> NamedNode:
    """A resolved event: `kgid:event/<kind>/<local>` (kind: strike, transfer, treaty, role)."""
    return NamedNode(f"{ID}event/{kind}/{local}")


def concept_iri(scheme: str, slug: str) -> NamedNode:
    return NamedNode(f"{CONCEPT}{scheme}/{slug}")
