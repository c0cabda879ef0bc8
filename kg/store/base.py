"""The interface every store backend implements, and what backends share.

Everything that reads or writes the graph (loader, gate, CLI, endpoint, pages) goes through
`GraphStore`. What a backend can do beyond the interface is declared in its `capabilities`
(`Capabilities`), so callers ask instead of probing for attributes. Writes go through
`write()`, which is all or nothing: the graphs it replaces and the quads it adds land in one
transaction, so a killed process leaves the store as it was.

Queries are always passed as strings (through oxrdflib an rdflib `Query` object would silently
be evaluated by rdflib's own, much slower engine).
"""

from __future__ import annotations

import abc
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kg import namespaces as ns


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond the interface; callers ask these instead of probing."""

    #: Queries run on pyoxigraph in this process: the caller may evaluate them on a thread
    #: without network (kg.sandbox), since the engine itself would reach any SERVICE address.
    local_engine: bool
    #: `location` is an on-disk Oxigraph directory that other processes may open read-only
    #: (the endpoint's query workers).
    on_disk: bool
    #: Another process can open the same store from `location` (an on-disk directory or a
    #: SPARQL URL): the loader's validation workers do, for their store context.
    shareable: bool


@dataclass(frozen=True)
class WriteSummary:
    """What one write changed, per graph: quads added and removed."""

    added: dict[str, int]
    removed: dict[str, int]

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_removed(self) -> int:
        return sum(self.removed.values())


Graph = NamedNode | ox.DefaultGraph


def graph_name(graph: Graph) -> str:
    """A graph's name in summaries: its IRI, or "(default graph)"."""
    return "(default graph)" if isinstance(graph, ox.DefaultGraph) else graph.value


class GraphStore(abc.ABC):
    """What kg needs from a store. Queries see the union of all graphs as their default graph."""

    location: str
    capabilities: Capabilities

    @abc.abstractmethod
    def query(self, sparql: str, *, default_graph: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None, union_default: bool = True,
              base_iri: str | None = None, prefixes: Mapping[str, str] | None = None):
        """Run a SPARQL query; return pyoxigraph results (solutions, boolean or triples).

        Without a dataset (`default_graph`, `named_graphs`) the default graph is the union of
        all graphs, unless `union_default` is False: then it is the query's own FROM graphs or
        the store's real default graph. `prefixes` may be used without PREFIX lines (the
        endpoint and `kg query` pass kg.namespaces.PREFIXES). Raises QuerySyntaxError for
        invalid SPARQL, saying which prefix is undeclared when that is the problem."""

    @abc.abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update in one transaction."""

    @abc.abstractmethod
    def graph_quads(self, graph: NamedNode | ox.DefaultGraph) -> list[Quad]:
        """Every quad of one named graph, or of the default graph (`DefaultGraph()`) where the
        backend exposes it (a remote store answers none)."""

    @abc.abstractmethod
    def named_graphs(self) -> list[NamedNode]:
        ...

    @abc.abstractmethod
    def graph_exists(self, graph: NamedNode) -> bool:
        ...

    @abc.abstractmethod
    def _commit(self, replace: Mapping[Graph, Sequence[Quad]], add: Sequence[Quad],
                old: Mapping[Graph, set[Quad]], drop: Sequence[NamedNode],
                remove: Sequence[Quad] = ()) -> None:
        """Apply the write atomically (backend specific)."""

    def take_written_graphs(self) -> set[str] | None:
        """The graphs written since the last call (keys of kg.store.written), or None when
        unknown; the query workers of a server then recopy the whole store (kg.web.snapshot).
        A backend that does not keep the journal always says unknown."""
        return None

    @property
    def kg_endpoint(self) -> bool:
        """The store is a kg endpoint (`kg serve`): its own writer gates every write and keeps
        kg's derived graphs (kgg:events) in step after it, so its clients write articles only."""
        return False

    def close(self) -> None:  # noqa: B027 - optional for backends
        pass

    def flush(self) -> None:  # noqa: B027 - optional for backends
        """Make every write durable and visible to other processes' read-only views."""

    def optimize(self) -> None:  # noqa: B027 - optional for backends
        """Compact the backend's files for the reads to come (a no-op where there are none)."""

    def size_hint(self) -> int | None:
        """The number of quads, when the backend knows it without a query (else None)."""
        return None

    @abc.abstractmethod
    def dump(self, out: io.BufferedIOBase, fmt: ox.RdfFormat) -> None:
        """Write every quad kg sees as N-Quads or TriG."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- shared logic ----------------------------------------------------------------------

    def plan(self, replace: Mapping[Graph, Sequence[Quad]], add: Sequence[Quad] = (), *,
             drop: Sequence[NamedNode] = (), old: Mapping[Graph, set[Quad]] | None = None,
             remove: Sequence[Quad] = ()
             ) -> tuple[WriteSummary, Mapping[Graph, set[Quad]]]:
        """What `write` would change, without writing (used by --dry-run and by write itself)."""
        if old is None:
            old = self._old_graphs(list(dict.fromkeys([*replace, *drop])))
        added: dict[str, int] = {}
        removed: dict[str, int] = {}
        for graph, quads in replace.items():
            new, before = set(quads), old.get(graph, set())
            added[graph_name(graph)] = len(new - before)
            removed[graph_name(graph)] = len(before - new)
        for graph in drop:
            removed[graph_name(graph)] = len(old.get(graph, ()))
        for q in remove:  # counted as asked: the caller read them from the store
            removed[graph_name(q.graph_name)] = removed.get(graph_name(q.graph_name), 0) + 1
        if add:
            by_graph: dict[NamedNode, set[Quad]] = {}
            for q in add:
                by_graph.setdefault(q.graph_name, set()).add(q)
            for graph, quads in by_graph.items():
                present = self._count_present(graph, [q for q in quads if not has_blank_node(q)])
                added[graph_name(graph)] = added.get(graph_name(graph), 0) + len(quads) - present
        return WriteSummary(added, removed), old

    def _old_graphs(self, graphs: list[Graph]) -> dict[Graph, set[Quad]]:
        """Current content of the graphs a write replaces or drops (a backend may batch this)."""
        return {g: set(self.graph_quads(g))
                if isinstance(g, ox.DefaultGraph) or self.graph_exists(g) else set()
                for g in graphs}

    def _count_present(self, graph: NamedNode, quads: list[Quad]) -> int:
        """How many of these quads the store already holds (a backend may batch this)."""
        return sum(1 for q in quads if self.contains(q))

    def write(self, replace: Mapping[Graph, Sequence[Quad]], add: Sequence[Quad] = (), *,
              drop: Sequence[NamedNode] = (), old: Mapping[Graph, set[Quad]] | None = None,
              remove: Sequence[Quad] = ()) -> WriteSummary:
        """The one write: replace whole graphs (the default graph too: `DefaultGraph()`), add
        quads, remove quads (derived data updated piece by piece: kgg:events), drop graphs, all
        in one transaction; return what changed.

        A replaced named graph whose new content is empty stays in the store, empty (as after a
        Graph Store PUT of nothing; a remote store may not keep empty graphs). `old` is the
        current content of the replaced and dropped graphs when the caller has read it already
        (the endpoint's writes); otherwise the store reads it. Writers check their data with the
        gate (kg.gate) first."""
        drop, remove = list(drop), list(remove)
        summary, old = self.plan(replace, add, drop=drop, old=old, remove=remove)
        if remove:
            self._commit(replace, add, old, drop, remove)
        else:
            self._commit(replace, add, old, drop)
        return summary

    def write_nquads(self, path: Path, replace: set[NamedNode]) -> WriteSummary:
        """Commit a spooled N-Quads file: graphs in `replace` are replaced, the other quads added."""
        by_graph: dict[NamedNode, list[Quad]] = {g: [] for g in replace}
        add: list[Quad] = []
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            (by_graph[q.graph_name] if q.graph_name in by_graph else add).append(q)
        return self.write(by_graph, add)

    def staged_load(self):
        """A load committed in parts under an undo journal, or None where the backend has none
        (the loader then writes in one step)."""
        return None

    def contains(self, quad: Quad) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {quad.graph_name} {{ {quad.subject} "
                               f"{quad.predicate} {quad.object} }} }}", default_graph=None))

    def context_for(self, iris: Iterable[NamedNode]) -> list[ox.Triple]:
        """Types, labels and Wikidata links the store holds for these IRIs (validation context)."""
        iris = list(dict.fromkeys(iris))
        out: list[ox.Triple] = []
        for i in range(0, len(iris), 400):
            values = " ".join(str(t) for t in iris[i:i + 400])
            q = (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values} }} "
                 f"VALUES ?p {{ <{ns.RDF}type> <{ns.RDFS}label> <{ns.OWL}sameAs> "
                 f"<{ns.SCHEMA}containedInPlace> }} ?s ?p ?o }}")
            out.extend(self.query(q))
        return out

    # --- what the gate asks when a write removes triples (kg.gate) ----------------------------

    def graphs_holding(self, triples: Iterable[ox.Triple]) -> dict[ox.Triple, set[Graph]]:
        """The named graphs that hold each of these triples (triples with blank nodes are not
        looked up: a query cannot name them)."""
        out: dict[ox.Triple, set[Graph]] = {}
        named = [t for t in dict.fromkeys(triples) if not _has_blank(t)]
        for i in range(0, len(named), 200):
            values = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in named[i:i + 200])
            for row in self.query(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES (?s ?p ?o) {{ {values} }} "
                                  f"GRAPH ?g {{ ?s ?p ?o }} }}"):
                out.setdefault(ox.Triple(row["s"], row["p"], row["o"]), set()).add(row["g"])
        return out

    def referrers(self, nodes: Iterable) -> list[Quad]:
        """The quads (in named graphs) whose object is one of these IRIs."""
        iris = [n for n in dict.fromkeys(nodes) if isinstance(n, NamedNode)]
        out: list[Quad] = []
        for i in range(0, len(iris), 400):
            values = " ".join(str(n) for n in iris[i:i + 400])
            for row in self.query(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?o {{ {values} }} "
                                  f"GRAPH ?g {{ ?s ?p ?o }} }}"):
                out.append(Quad(row["s"], row["p"], row["o"], row["g"]))
        return out

    def subject_graphs(self, nodes: Iterable) -> set[Graph]:
        """The named graphs that hold a triple about one of these IRIs."""
        iris = [n for n in dict.fromkeys(nodes) if isinstance(n, NamedNode)]
        out: set[Graph] = set()
        for i in range(0, len(iris), 400):
            values = " ".join(str(n) for n in iris[i:i + 400])
            for row in self.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?s {{ {values} }} "
                                  f"GRAPH ?g {{ ?s ?p ?o }} }}"):
                out.add(row["g"])
        return out

    def count(self) -> int:
        (row,) = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(row["n"].value)



def data_block(quads: Iterable[Quad]) -> str:
    """Quads as the body of INSERT DATA / DELETE DATA (GRAPH blocks of N-Triples)."""
    by_graph: dict[NamedNode, list[ox.Triple]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    parts = []
    for graph, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
        parts.append(f"GRAPH {graph} {{\n{body}}}" if isinstance(graph, NamedNode) else body)
    return "\n".join(parts)


def _has_blank(t) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def has_blank_node(q: Quad) -> bool:
    """Blank nodes cannot be named in DELETE DATA: graphs holding them are replaced whole."""
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def clear_op(graph: Graph) -> str:
    """The update operation that empties a graph: DROP a named graph, CLEAR the default one."""
    return "CLEAR SILENT DEFAULT" if isinstance(graph, ox.DefaultGraph) else \
        f"DROP SILENT GRAPH {graph}"


__all__ = ["Capabilities", "Graph", "GraphStore", "WriteSummary", "clear_op", "data_block",
           "graph_name", "has_blank_node"]
