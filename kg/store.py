"""The store behind one small interface: embedded on-disk Oxigraph now, a remote SPARQL store later.

Everything that reads or writes the graph (loader, validator context, CLI, endpoint) goes through
`GraphStore`. Writes go through `write()`, which is all or nothing: the graphs it replaces and the
quads it adds land in one Oxigraph transaction, so a killed process leaves the store as it was.

Queries are always passed to Oxigraph as strings (an rdflib `Query` object would silently be
evaluated by rdflib's own, much slower engine).
"""

from __future__ import annotations

import abc
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kg import namespaces as ns
from kg import staging
from kg.errors import QuerySyntaxError, StoreError, StoreLocked
from kg.settings import Settings


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


class GraphStore(abc.ABC):
    """What kg needs from a store. Queries see the union of all graphs as their default graph."""

    location: str

    @abc.abstractmethod
    def query(self, sparql: str, *, default_graph: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None):
        """Run a SPARQL query; return pyoxigraph results (solutions, boolean or triples)."""

    @abc.abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update in one transaction."""

    @abc.abstractmethod
    def graph_quads(self, graph: NamedNode) -> list[Quad]:
        """Every quad of one named graph."""

    @abc.abstractmethod
    def named_graphs(self) -> list[NamedNode]:
        ...

    @abc.abstractmethod
    def graph_exists(self, graph: NamedNode) -> bool:
        ...

    @abc.abstractmethod
    def _commit(self, replace: Mapping[NamedNode, Sequence[Quad]], add: Sequence[Quad],
                old: Mapping[NamedNode, set[Quad]]) -> None:
        """Apply the write atomically (backend specific)."""

    def close(self) -> None:  # noqa: B027 - optional for backends
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- shared logic ----------------------------------------------------------------------

    def plan(self, replace: Mapping[NamedNode, Sequence[Quad]], add: Sequence[Quad] = ()
             ) -> tuple[WriteSummary, dict[NamedNode, set[Quad]]]:
        """What `write` would change, without writing (used by --dry-run and by write itself)."""
        old = self._old_graphs(list(replace))
        added: dict[str, int] = {}
        removed: dict[str, int] = {}
        for graph, quads in replace.items():
            new, before = set(quads), old.get(graph, set())
            added[graph.value] = len(new - before)
            removed[graph.value] = len(before - new)
        if add:
            by_graph: dict[NamedNode, set[Quad]] = {}
            for q in add:
                by_graph.setdefault(q.graph_name, set()).add(q)
            for graph, quads in by_graph.items():
                present = self._count_present(graph, [q for q in quads if not has_blank_node(q)])
                added[graph.value] = added.get(graph.value, 0) + len(quads) - present
        return WriteSummary(added, removed), old

    def _old_graphs(self, graphs: list[NamedNode]) -> dict[NamedNode, set[Quad]]:
        """Current content of the graphs a write replaces (a backend may batch this)."""
        return {g: set(self.graph_quads(g)) if self.graph_exists(g) else set() for g in graphs}

    def _count_present(self, graph: NamedNode, quads: list[Quad]) -> int:
        """How many of these quads the store already holds (a backend may batch this)."""
        return sum(1 for q in quads if self.contains(q))

    def write(self, replace: Mapping[NamedNode, Sequence[Quad]], add: Sequence[Quad] = ()
              ) -> WriteSummary:
        """Replace whole graphs and add quads, all in one transaction; return what changed."""
        summary, old = self.plan(replace, add)
        self._commit(replace, add, old)
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

    def count(self) -> int:
        (row,) = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(row["n"].value)


class EmbeddedStore(GraphStore):
    """On-disk Oxigraph store (RocksDB), or in memory when `path` is None."""

    def __init__(self, path: str | Path | None, *, read_only: bool = False):
        self.location = str(path) if path else ":memory:"
        self.recovered: list[str] = []  # journals of interrupted loads rolled back on opening
        self.hidden: set[NamedNode] = set()  # graphs of a load running in another process
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = self._open_read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"the store at {path} is in use by another process",
                    hint="stop `kg serve` (or the other kg command) using it, load through the "
                         "endpoint, or pick another store with --store / KG_STORE") from exc
            raise StoreError(f"cannot open the store at {path}: {exc}",
                             hint="check the path and its permissions (--store / KG_STORE)") from exc
        # A staged load whose process died is undone before anything reads or writes the store.
        if not read_only:
            self.recovered = staging.recover(self)

    def _open_read_only(self, path: str) -> ox.Store:
        """A read-only view that never shows part of a load: an interrupted staged load is
        rolled back first (when no process holds the store), and the graphs of one still
        running in another process are hidden from this view (`self.hidden`)."""
        view = ox.Store.read_only(path)
        if not staging.in_progress(view):
            return view
        try:
            writer = EmbeddedStore(path)  # takes the lock: no load is running, so recover
        except StoreLocked:
            self.hidden = staging.in_progress(view)
            return view
        self.recovered = writer.recovered
        writer.close()
        del view
        return ox.Store.read_only(path)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for the endpoint's fast paths and benchmarks)."""
        return self._store

    def query(self, sparql, *, default_graph=None, named_graphs=None):
        kwargs = {}
        if self.hidden:  # a load in progress elsewhere: query only the graphs outside it
            visible = [str(g.value) for g in self.named_graphs()]
            named_graphs = visible if named_graphs is None else \
                [g for g in named_graphs if NamedNode(g) not in self.hidden]
            if default_graph is None:
                kwargs["default_graph"] = [ox.DefaultGraph()] + [NamedNode(g) for g in visible]
        if default_graph is not None:
            kwargs["default_graph"] = [NamedNode(g) for g in default_graph
                                       if NamedNode(g) not in self.hidden]
        elif "default_graph" not in kwargs:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"invalid SPARQL: {exc}") from exc

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"invalid SPARQL update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from exc

    def graph_quads(self, graph: NamedNode) -> list[Quad]:
        if graph in self.hidden:
            return []
        return list(self._store.quads_for_pattern(None, None, None, graph))

    def named_graphs(self) -> list[NamedNode]:
        return [g for g in self._store.named_graphs() if g not in self.hidden]

    def graph_exists(self, graph: NamedNode) -> bool:
        return graph not in self.hidden and self._store.contains_named_graph(graph)

    def context_for(self, iris: Iterable[NamedNode]) -> list[ox.Triple]:
        # Direct index look-ups: a SPARQL VALUES query over the union graph was 10x slower here.
        out: set[ox.Triple] = set()
        for iri in iris:
            for p in _CONTEXT_PREDICATES:
                out.update(ox.Triple(q.subject, q.predicate, q.object)
                           for q in self._store.quads_for_pattern(iri, p, None, None))
        return list(out)

    def contains(self, quad: Quad) -> bool:
        return quad in self._store

    def write_nquads(self, path: Path, replace: set[NamedNode]) -> WriteSummary:
        if any(self.graph_exists(g) for g in replace):
            return super().write_nquads(path, replace)
        # Fast path: no graph to replace, so one transactional load of the spool does it.
        lines = 0
        with open(path, "rb") as fh:
            for _ in fh:
                lines += 1
        try:
            self._store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
        except OSError as exc:
            raise StoreError(f"write to {self.location} failed, nothing was written: {exc}") from exc
        return WriteSummary({"(all graphs)": lines}, {})

    def staged_load(self) -> staging.StagedLoad:
        """A load committed in parts under an undo journal (kg.staging), for a process that has
        the store to itself."""
        return staging.StagedLoad(self)

    def _commit(self, replace, add, old) -> None:
        try:
            if not any(old.values()):
                # Fast path: nothing to remove, so one transactional load of N-Quads does it.
                data = ox.serialize(_chain(replace.values(), add), format=ox.RdfFormat.N_QUADS)
                if data:
                    self._store.load(data, format=ox.RdfFormat.N_QUADS)
                return
            drop, remove, insert = [], [], list(add)
            for graph, quads in replace.items():
                new, before = set(quads), old.get(graph, set())
                if any(has_blank_node(q) for q in before):
                    # Blank nodes cannot be named in DELETE DATA: drop the graph, insert it anew.
                    drop.append(graph)
                    insert.extend(new)
                else:
                    remove.extend(before - new)
                    insert.extend(new - before)
            self._store.update(_update_text(remove, insert, drop))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"write to {self.location} failed, nothing was written: {exc}") from exc

    def dump(self, out: io.BufferedIOBase, fmt: ox.RdfFormat) -> None:
        if self.hidden:
            ox.serialize((q for q in self._store if q.graph_name not in self.hidden), out,
                         format=fmt)
            return
        self._store.dump(out, format=fmt)

    def load_raw(self, quads: Iterable[Quad]) -> None:
        """Transactional load with no validation (benchmarks' baseline and the ontology graph)."""
        self._store.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                         format=ox.RdfFormat.N_QUADS)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        # pyoxigraph closes the store when the object is dropped; drop our reference.
        self._store = None  # type: ignore[assignment]


_CONTEXT_PREDICATES = (ns.rdf.type, ns.rdfs.label, ns.owl.sameAs, ns.schema.containedInPlace)


def _chain(groups: Iterable[Sequence[Quad]], extra: Sequence[Quad]) -> Iterator[Quad]:
    for g in groups:
        yield from g
    yield from extra


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


def has_blank_node(q: Quad) -> bool:
    """Blank nodes cannot be named in DELETE DATA: graphs holding them are replaced whole."""
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def _update_text(remove: Sequence[Quad], insert: Sequence[Quad],
                 drop: Sequence[NamedNode] = ()) -> str:
    ops = [f"DROP SILENT GRAPH {g}" for g in drop]
    if remove:
        ops.append(f"DELETE DATA {{\n{data_block(remove)}\n}}")
    if insert:
        ops.append(f"INSERT DATA {{\n{data_block(insert)}\n}}")
    return " ;\n".join(ops) or "CLEAR SILENT GRAPH <urn:kg:nothing>"


def open_store(settings: Settings, *, read_only: bool = False) -> GraphStore:
    """The store the settings name: a directory (embedded Oxigraph) or an http(s) URL (remote)."""
    if settings.is_remote_store:
        from kg.remote import RemoteStore  # issue 7: remote SPARQL store backend

        return RemoteStore.from_settings(settings)
    return EmbeddedStore(settings.store, read_only=read_only)
