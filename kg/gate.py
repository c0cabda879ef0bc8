"""The one SHACL gate: whatever writes to the store (`kg load`, `kg ingest`, the validation page,
Graph Store PUT/POST/DELETE, SPARQL Update) is checked here first, and written only when it
passes.

    incoming quads ──► Gate.check ──► ValidationReport ──► refuse() raises ValidationFailed
                         │                                  (or the caller writes: kg.store)
                         └─ context: what the store says about the IRIs they mention

What it checks: the quads a write brings, against the shapes (`kg.validate.Validator`),
together with the store context they refer to: the types, labels, Wikidata links and
containing places of every IRI they mention that the store may describe, and one more hop for
the IRIs that context names (a place's region must be known to be a place). The base graphs a
load brings itself (ontology, gazetteer) count as context before they are written
(`BaseOverlay`).

When a write replaces content (`replaced`), only the violations the new content has and the
old did not are held against it, so a graph that holds an old violation can be corrected step
by step; a load of new articles replaces nothing, so every violation counts (`only_added`
False: a load's reloaded articles are judged whole).

What a write removes counts too. A triple the write removes and no other graph holds is gone
from the store: the context the new content is judged with no longer has it, and every node
whose shapes may read it is judged again: the nodes that reach its subject in at most
DEPENDENCY_HOPS steps (the longest path a shape follows), in every graph that describes them.
Those graphs do not change, so what counts against the write is what their validation finds
with the triple gone and did not find with it there. So `DROP GRAPH` of the graph that typed a
place, or `DELETE DATA` of that type, is refused while a strike still targets the place.

Some graphs only their owners write (`MANAGED_GRAPHS`: the ontology, the gazetteer, the entity
descriptions of records, the analysts' link and event decisions, the resolved events, and load
journals): `check_writable` refuses any other write to them, so the endpoint and RDF files cannot
replace what the loader, `kg link`, `kg events` and `kg up` maintain.

A gate is cheap to build and holds no state between writes: the loader builds one per worker
process, the endpoint one per write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace as _with

import pyoxigraph as ox
from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg import namespaces as ns
from kg.errors import ForbiddenError, ValidationFailed
from kg.validate import ValidationReport, ValidationResult, Validator

# How default-graph quads reach the validator (kg.web.writes), which judges them as a graph of
# their own; the gate maps it back to the store's default graph.
DEFAULT_GRAPH = NamedNode("urn:kg:default-graph")
# The longest path a shape follows from its focus node (kgsh: sequence paths and SPARQL
# constraints reach three steps; tests/hostile keeps this in step with the shapes).
DEPENDENCY_HOPS = 3
# Dependent graphs are judged in batches; the first batch with a new violation settles it.
_DEPENDENT_BATCH = 50

MANAGED_GRAPHS: dict[NamedNode, str] = {
    ns.GRAPH_ONTOLOGY: "kg load / kg up, from the ontology files",
    ns.GRAPH_GAZETTEER: "kg load / kg up, from the gazetteer files",
    ns.GRAPH_ENTITIES: "kg load, from the entities of article records",
    ns.GRAPH_CURATION: "kg link, kg events merge/split and their POST /api/... equivalents",
    ns.GRAPH_EVENTS: "event resolution after every write (kg.events), kg events rebuild/sync",
}
JOURNAL_PREFIX = ns.GRAPH + "load-journal/"

# Minted per article (or vocabulary): never worth a context look-up. Extractor agents are
# looked up: they are described once, in kgg:entities (kg.shared_graphs), and an article
# written through the endpoint cites an agent an earlier write described.
ARTICLE_IRIS = (ns.ID + "article/", ns.KG, ns.SCHEMA, ns.OA, ns.PROV)


def mentioned_iris(quads: Iterable[Quad]) -> set[NamedNode]:
    """IRIs some quads mention that the store may describe too (types, labels, Wikidata links):
    every IRI but article-minted ones and vocabulary terms."""
    out: set[NamedNode] = set()
    for q in quads:
        for term in (q.subject, q.object):
            if isinstance(term, NamedNode) and not term.value.startswith(ARTICLE_IRIS):
                out.add(term)
    return out


class BaseOverlay:
    """Context from base graphs (ontology, gazetteer) that a load brings: the store lacks them
    until the load is written, yet the load's records refer to them."""

    def __init__(self, graphs: dict[NamedNode, list[Quad]]):
        self.by_subject: dict[NamedNode, list[ox.Triple]] = {}
        for quads in graphs.values():
            for q in quads:
                self.by_subject.setdefault(q.subject, []).append(
                    ox.Triple(q.subject, q.predicate, q.object))

    def context_for(self, iris: Iterable[NamedNode]) -> list[ox.Triple]:
        return [t for iri in iris for t in self.by_subject.get(iri, ())]


def _key(r: ValidationResult) -> tuple:
    return (r.focus, r.path, r.value, r.component, r.shape, r.severity)


def managed_owner(graph) -> str | None:
    """Who writes a kg-managed graph (None: any writer may, through the gate)."""
    if isinstance(graph, NamedNode):
        if graph in MANAGED_GRAPHS:
            return MANAGED_GRAPHS[graph]
        if graph.value.startswith(JOURNAL_PREFIX):
            return "kg load, while it runs"
    return None


# The managed graphs each kg command writes, when it writes through a kg endpoint (a remote
# store, or `kg serve` holding the store): the command names itself in the X-Kg-Command header
# of its writes, which only holders of the write token can send (docs/security.md).
COMMAND_GRAPHS: dict[str, frozenset[NamedNode]] = {
    "load": frozenset({ns.GRAPH_ENTITIES, ns.GRAPH_ONTOLOGY, ns.GRAPH_GAZETTEER,
                       ns.GRAPH_EVENTS}),
    "link": frozenset({ns.GRAPH_CURATION}),
    "events": frozenset({ns.GRAPH_EVENTS, ns.GRAPH_CURATION}),
    "gazetteer": frozenset({ns.GRAPH_GAZETTEER}),
}
COMMAND_HEADER = "X-Kg-Command"


def check_writable(graphs: Iterable, where: str | None = None, command: str | None = None
                   ) -> None:
    """Refuse (ForbiddenError) a write to a graph only its owning command writes; `command`
    (kg's own command writing through an endpoint) may write the graphs it owns."""
    owned = COMMAND_GRAPHS.get(command or "", frozenset())
    for graph in graphs:
        owner = managed_owner(graph)
        if owner is not None and graph not in owned:
            raise ForbiddenError(
                f"{graph} is managed by kg and written only by {owner}; this write would "
                f"change it, so nothing was written", location=where,
                hint="write your own triples to a graph of your own; entity descriptions come "
                     "from article records, link decisions from kg link, events from the "
                     "articles (kg events merge/split to decide)")


def _graph_of(q: Quad):
    return DefaultGraph() if q.graph_name == DEFAULT_GRAPH else q.graph_name


def _triple(q: Quad) -> ox.Triple:
    return ox.Triple(q.subject, q.predicate, q.object)


class Gate:
    """Checks writes against the shapes with the context of `store` (any object with
    `context_for(iris)`, normally a kg.store.GraphStore)."""

    def __init__(self, store, validator: Validator | None = None,
                 overlay: BaseOverlay | None = None):
        self.store = store
        self.validator = validator or Validator()
        self.overlay = overlay

    def check(self, incoming: Sequence[Quad], replaced: Sequence[Quad] = (), *,
              only_added: bool = True, known: list[ox.Triple] | None = None) -> ValidationReport:
        """The report on `incoming`, the new content of the graphs a write changes. `replaced`
        is their old content: what it held that the write removes is checked for what depends
        on it, and (with `only_added`) results the old content had already do not count.
        `known`: the context of `incoming` when the caller already fetched it (`context(...)`;
        the loader needs it as well)."""
        incoming, replaced = list(incoming), list(replaced)
        gone = self._gone(incoming, replaced) if replaced else set()
        if known is None or gone:
            known = context(self.store, incoming, self.overlay, gone)
        report = self.validator.validate(incoming, known)
        if report.results and replaced and only_added:
            old = self.validator.validate(replaced, context(self.store, replaced, self.overlay))
            known = {_key(r) for r in old.results}
            added = ValidationReport(checked_nodes=report.checked_nodes)
            added.results = [r for r in report.results if _key(r) not in known]
            report = added
        if gone:
            report.extend(self._dependents(gone, {_graph_of(q) for q in replaced}))
        return report

    def _gone(self, incoming: list[Quad], replaced: list[Quad]) -> set[ox.Triple]:
        """Triples the write removes that no graph holds afterwards. The graphs it replaces are
        those `replaced` comes from; the graphs it only adds to keep what they hold."""
        kept = {_triple(q) for q in incoming}
        candidates = {_triple(q) for q in replaced} - kept
        if not candidates:
            return set()
        changed = {_graph_of(q) for q in replaced}
        held = self.store.graphs_holding(candidates)
        return {t for t in candidates if not (held.get(t, set()) - changed)}

    def _dependents(self, gone: set[ox.Triple], changed: set) -> ValidationReport:
        """New results in the unchanged graphs describing nodes whose shapes may read a triple
        that is gone: judged with and without it."""
        found = {t.subject for t in gone}
        frontier = set(found)
        for _ in range(DEPENDENCY_HOPS):
            # rdf:type edges lead to members of a class, whose shapes never read the class's
            # own triples (the subclass axioms come from the ontology, which no write changes)
            frontier = {q.subject for q in self.store.referrers(frontier)
                        if q.predicate != ns.rdf.type} - found
            if not frontier:
                break
            found |= frontier
        graphs = sorted(self.store.subject_graphs(found) - changed, key=str)
        out = ValidationReport()
        for i in range(0, len(graphs), _DEPENDENT_BATCH):
            for graph in graphs[i:i + _DEPENDENT_BATCH]:
                content = self.store.graph_quads(graph)
                after = self.validator.validate(
                    content, context(self.store, content, self.overlay, gone))
                if not after.results:
                    continue
                before = self.validator.validate(content,
                                                 context(self.store, content, self.overlay))
                known = {_key(r) for r in before.results}
                where = (f"{graph} (unchanged by the write, but it depends on triples the write "
                         f"removes)")
                out.results += [_with(r, source=where) for r in after.results
                                if _key(r) not in known]
            if not out.conforms:
                break  # refused already: no need to judge the rest
        return out


def context(store, quads: Iterable[Quad], overlay: BaseOverlay | None = None,
            gone: set[ox.Triple] | frozenset = frozenset()) -> list[ox.Triple]:
    """The store context SHACL needs to judge these quads: what the store says about the IRIs
    they mention, plus one more hop for the IRIs that context names; without the triples a
    write removes (`gone`), as the store will be once it is written."""
    return context_for_iris(store, mentioned_iris(quads), overlay, gone)


def context_for_iris(store, refs: set[NamedNode], overlay: BaseOverlay | None = None,
                     gone: set[ox.Triple] | frozenset = frozenset()) -> list[ox.Triple]:
    """What the store (and the overlay) say about these IRIs, plus one more hop, without the
    triples in `gone`."""
    def fetch(iris):
        found = store.context_for(iris)
        if gone:
            found = [t for t in found if t not in gone]
        return found + overlay.context_for(iris) if overlay else found

    found = fetch(refs)
    hop = {t.object for t in found if isinstance(t.object, NamedNode)
           and t.predicate != ns.rdf.type and t.object not in refs}
    return found + fetch(hop) if hop else found


def refused(report: ValidationReport, *, strict: bool = False) -> bool:
    """Whether the gate refuses a write with this report: any violation, or under `strict`
    any warning."""
    return not report.conforms or (strict and bool(report.warnings))


def refuse(report: ValidationReport, *, strict: bool = False, replacing: bool = False) -> None:
    """Raise ValidationFailed when the report refuses the write (nothing was written then).

    `replacing`: the report holds only what a write adds (Gate.check with `replaced`), as for
    the endpoint's writes; otherwise it is a load's."""
    if not refused(report, strict=strict):
        return
    if replacing:
        raise ValidationFailed(
            f"write refused: it would add {len(report.violations)} SHACL violation(s); "
            f"nothing was written", report,
            hint="fix the data (see the report); the same shapes gate `kg load`")
    why = (f"{len(report.violations)} violation(s)" if not report.conforms
           else f"{len(report.warnings)} warning(s) under --strict")
    raise ValidationFailed(f"load refused: {why}; nothing was written", report,
                           hint="fix the data (see the report), or run `kg validate` "
                                "for the full report")


__all__ = ["ARTICLE_IRIS", "COMMAND_GRAPHS", "COMMAND_HEADER", "DEFAULT_GRAPH", "DEPENDENCY_HOPS", "MANAGED_GRAPHS", "BaseOverlay",
           "Gate", "check_writable", "context", "context_for_iris", "managed_owner",
           "mentioned_iris", "refuse", "refused"]
