"""One home per triple: the graphs kg manages never hold the same triple twice.

Queries see the union of all graphs as their default graph, and Oxigraph's union returns a
triple once per graph that holds it. So a label stored in both the gazetteer and `kgg:entities`
doubled every aggregate that also fetched labels (Russia's 103 killed summed to 206). kg keeps
each triple in one graph, by precedence:

    kgg:gazetteer (reference data)  >  kgg:curation (analysts' links)  >  kgg:entities (records)

Article graphs hold only what is minted for their article; what articles share (entities, the
extractor agents) lives in `kgg:entities` (kg.rdf). Two functions keep it that way:

* `new_shared_quads(adds, context)`: the `kgg:entities` quads a load should really write: none
  the store (or the gazetteer) already holds, and a second, different `rdfs:label` of an entity
  becomes a `skos:altLabel`, so every entity keeps one label and label joins stay one row.
* `remove_repeats(store)`: after the gazetteer or the curation graph changed, drop from the
  lower graphs what a higher one now holds (idempotent; an ASK decides whether to write).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import pyoxigraph as ox
from pyoxigraph import Quad

from kg import namespaces as ns

ENTITIES = ns.GRAPH_ENTITIES
GAZETTEER = ns.GRAPH_GAZETTEER
CURATION = ns.GRAPH_CURATION


@lru_cache(maxsize=4)
def _gazetteer_triples(gazetteer) -> frozenset[ox.Triple]:
    return frozenset(ox.Triple(q.subject, q.predicate, q.object) for q in gazetteer.to_quads())


def gazetteer_triples() -> frozenset[ox.Triple]:
    """The triples of the gazetteer graph kg writes (cached per gazetteer version)."""
    from kg.link.gazetteer import Gazetteer

    return _gazetteer_triples(Gazetteer.load())


def _labels(triples: Iterable[ox.Triple]) -> dict[object, set]:
    label = ns.rdfs.label
    out: dict[object, set] = defaultdict(set)
    for t in triples:
        if t.predicate == label:
            out[t.subject].add(t.object)
    return out


@lru_cache(maxsize=4)
def _gazetteer_labels(gazetteer: frozenset[ox.Triple]) -> dict[object, frozenset]:
    return {s: frozenset(o) for s, o in _labels(gazetteer).items()}


class SharedQuads:
    """`new_shared_quads` for many units against one context: the context and the gazetteer
    are indexed once, not copied for every unit (the gazetteer holds tens of thousands of
    triples since GeoNames; copying it per record made validation 5x slower)."""

    def __init__(self, context: Iterable[ox.Triple],
                 gazetteer: frozenset[ox.Triple] | None = None):
        self.gazetteer = gazetteer_triples() if gazetteer is None else gazetteer
        self.gazetteer_labels = _gazetteer_labels(self.gazetteer)
        self.context = set(context)
        self.context_labels = _labels(self.context)

    def new(self, adds: Sequence[Quad]) -> list[Quad]:
        """The quads of `adds` worth writing (see `new_shared_quads`)."""
        label, alt = ns.rdfs.label, ns.skos.altLabel
        empty: frozenset = frozenset()
        added: set[ox.Triple] = set()  # what this call adds, on top of the store's
        added_labels: dict[object, set] = defaultdict(set)
        out: list[Quad] = []
        for q in adds:
            if q.graph_name != ENTITIES:
                out.append(q)
                continue
            predicate, s, o = q.predicate, q.subject, q.object
            if predicate == label:
                stored = self.context_labels.get(s, empty)
                known = self.gazetteer_labels.get(s, empty)
                mine = added_labels.get(s, empty)
                if (stored or known or mine) and o not in stored and o not in known \
                        and o not in mine:
                    predicate = alt
            triple = ox.Triple(s, predicate, o)
            if triple in added or triple in self.context or triple in self.gazetteer:
                continue
            added.add(triple)
            if predicate == label:
                added_labels[s].add(o)
            out.append(Quad(s, predicate, o, ENTITIES))
        return out


def new_shared_quads(adds: Sequence[Quad], context: Iterable[ox.Triple],
                     gazetteer: frozenset[ox.Triple] | None = None) -> list[Quad]:
    """The quads of `adds` worth writing: quads for other graphs pass; `kgg:entities` quads pass
    unless the store (`context`: what it holds about the entities they describe) or the
    gazetteer already holds the triple; an entity's second, different label becomes an alias."""
    return SharedQuads(context, gazetteer).new(adds)


# The graphs are named, never `GRAPH ?g`: through kg's endpoint an update that may touch any
# graph copies every graph to check it (kg.web.writes).
_REPEATED = f"""ASK {{
  {{ GRAPH {ENTITIES} {{ ?s ?p ?o }} GRAPH {GAZETTEER} {{ ?s ?p ?o }} }}
  UNION {{ GRAPH {ENTITIES} {{ ?s ?p ?o }} GRAPH {CURATION} {{ ?s ?p ?o }} }}
  UNION {{ GRAPH {ENTITIES} {{ ?s <{ns.RDFS}label> ?l }} GRAPH {GAZETTEER} {{ ?s <{ns.RDFS}label> ?g }} }}
  UNION {{ GRAPH {CURATION} {{ ?s ?p ?o }} GRAPH {GAZETTEER} {{ ?s ?p ?o }} }}
}}"""

_REMOVE = f"""
DELETE {{ GRAPH {ENTITIES} {{ ?s ?p ?o }} }} WHERE {{
  GRAPH {ENTITIES} {{ ?s ?p ?o }} {{ GRAPH {GAZETTEER} {{ ?s ?p ?o }} }}
  UNION {{ GRAPH {CURATION} {{ ?s ?p ?o }} }} }} ;
DELETE {{ GRAPH {ENTITIES} {{ ?s <{ns.RDFS}label> ?l }} }}
INSERT {{ GRAPH {ENTITIES} {{ ?s <{ns.SKOS}altLabel> ?l }} }} WHERE {{
  GRAPH {ENTITIES} {{ ?s <{ns.RDFS}label> ?l }} GRAPH {GAZETTEER} {{ ?s <{ns.RDFS}label> ?g }} }} ;
DELETE {{ GRAPH {ENTITIES} {{ ?s ?p ?o }} }} WHERE {{
  GRAPH {ENTITIES} {{ ?s ?p ?o }} GRAPH {GAZETTEER} {{ ?s ?p ?o }} }} ;
DELETE {{ GRAPH {CURATION} {{ ?s ?p ?o }} }} WHERE {{
  GRAPH {CURATION} {{ ?s ?p ?o }} GRAPH {GAZETTEER} {{ ?s ?p ?o }} }}
"""

# Stores loaded before agents moved to kgg:entities describe them in every article graph.
_AGENTS_IN_ARTICLES = f"""ASK {{ GRAPH ?g {{ ?a a <{ns.PROV}SoftwareAgent> }}
  FILTER(STRSTARTS(STR(?g), "{ns.GRAPH}article/")) }}"""
_MOVE_AGENTS = f"""
INSERT {{ GRAPH {ENTITIES} {{ ?a ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?a a <{ns.PROV}SoftwareAgent> ; ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{ns.GRAPH}article/")) }} ;
DELETE {{ GRAPH ?g {{ ?a ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?a a <{ns.PROV}SoftwareAgent> ; ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{ns.GRAPH}article/")) }}
"""


def has_repeats(store) -> bool:
    """True when a lower graph holds a triple a higher one holds (or a second entity label)."""
    return bool(store.query(_REPEATED))


def remove_repeats(store) -> bool:
    """Drop from `kgg:entities` and `kgg:curation` what a higher graph holds (a label the
    gazetteer already gives becomes an alias), and move extractor agents that older loads
    described in each article graph to `kgg:entities`. Returns True when it changed the store."""
    changed = False
    if store.query(_AGENTS_IN_ARTICLES):
        store.update(_MOVE_AGENTS)
        changed = True
    if has_repeats(store):
        store.update(_REMOVE)
        changed = True
    return changed


__all__ = ["SharedQuads", "gazetteer_triples", "has_repeats", "new_shared_quads",
           "remove_repeats"]
