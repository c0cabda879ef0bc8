"""Embedded Oxigraph: an on-disk store (RocksDB) or, for tests and tools, one in memory.

An on-disk store is opened by one writing process at a time (RocksDB's lock); read-only views
(`read_only=True`) never show part of a load: a staged load a dead process left behind is rolled
back on opening (kg.store.staging), and one still running elsewhere is hidden.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kg import namespaces as ns
from kg.errors import QuerySyntaxError, StoreError, StoreLocked
from kg.prefixes import syntax_error
from kg.store.base import (
    Capabilities,
    Graph,
    GraphStore,
    WriteSummary,
    clear_op,
    data_block,
    has_blank_node,
)
from kg.store.staging import StagedLoad, in_progress, recover
from kg.store.written import WrittenGraphs


def _open_hint(exc: OSError) -> str:
    if "No space left" in str(exc):
        return "the disk is full: free space where the store lives"
    return "check the path and its permissions (--store / KG_STORE)"


def raced_compaction(error: BaseException | str) -> bool:
    """An error of a read-only view that the writer's compaction caused: a file the view was
    about to read is gone (its content lives on in newer files; a fresh view reads them)."""
    text = str(error)
    return "No such file" in text or "Corruption" in text


def read_only_view(path: str | Path) -> ox.Store:
    """pyoxigraph's read-only view of an on-disk store, retried for about a second while the
    writer's compaction removes a file the open was reading; other errors (and the last one)
    are raised as they are."""
    for attempt in range(20):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if not raced_compaction(exc) or not Path(path).is_dir() or attempt == 19:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


class EmbeddedStore(GraphStore):
    """On-disk Oxigraph store (RocksDB), or in memory when `path` is None."""

    def __init__(self, path: str | Path | None, *, read_only: bool = False):
        self.location = str(path) if path else ":memory:"
        self.capabilities = Capabilities(local_engine=True, on_disk=path is not None,
                                         shareable=path is not None)
        self.recovered: list[str] = []  # journals of interrupted loads rolled back on opening
        self.hidden: set[NamedNode] = set()  # graphs of a load running in another process
        self.written = WrittenGraphs()  # for the query workers' snapshots (kg.store.written)
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
                    hint="a kg command writes through a running `kg serve` by itself (it finds "
                         "it in the store directory); if another server holds the store, pass "
                         "--endpoint URL and its token (KG_STORE_TOKEN); else wait for the other "
                         "kg command, or pick another store with --store / KG_STORE") from exc
            raise StoreError(f"cannot open the store at {path}: {exc}",
                             hint=_open_hint(exc)) from exc
        # A staged load whose process died is undone before anything reads or writes the store.
        if not read_only:
            try:
                self.recovered = recover(self)
            except OSError as exc:
                self._store = None  # type: ignore[assignment]  (releases the lock)
                raise StoreError(f"an interrupted load could not be undone in {path}: {exc}",
                                 hint=_open_hint(exc) + "; read-only commands (kg query, kg "
                                 "stats, kg export) still work and do not show it") from exc

    @classmethod
    def over(cls, store: ox.Store, location: str) -> EmbeddedStore:
        """A kg store over a pyoxigraph store that is open already (a query worker's view, for
        the checks it runs); it reads only, and no other process opens it."""
        self = cls.__new__(cls)
        self.location = location
        self.capabilities = Capabilities(local_engine=True, on_disk=False, shareable=False)
        self.recovered, self.hidden, self._store = [], set(), store
        self.written = WrittenGraphs()
        return self

    def _open_read_only(self, path: str) -> ox.Store:
        """A read-only view that never shows part of a load: an interrupted staged load is
        rolled back first (when no process holds the store), and the graphs of one still
        running in another process are hidden from this view (`self.hidden`)."""
        view = read_only_view(path)
        if not in_progress(view):
            return view
        try:
            writer = EmbeddedStore(path)  # takes the lock: no load is running, so recover
        except StoreError:  # locked (a load runs), or the undo cannot be written (disk full)
            self.hidden = in_progress(view)
            return view
        self.recovered = writer.recovered
        writer.close()
        del view
        return read_only_view(path)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (staged loads and benchmarks). Its user may write
        anything: the journal of written graphs becomes unknown."""
        self.written.unknown()
        return self._store

    def size_hint(self) -> int:
        return len(self._store)

    def query(self, sparql, *, default_graph=None, named_graphs=None, union_default=True,
              base_iri=None, prefixes=None):
        kwargs = {}
        if prefixes:
            kwargs["prefixes"] = dict(prefixes)
        if self.hidden:  # a load in progress elsewhere: query only the graphs outside it
            visible = [str(g.value) for g in self.named_graphs()]
            named_graphs = visible if named_graphs is None else \
                [g for g in named_graphs if NamedNode(g) not in self.hidden]
            if default_graph is None and union_default:
                kwargs["default_graph"] = [ox.DefaultGraph()] + [NamedNode(g) for g in visible]
        if default_graph is not None:
            kwargs["default_graph"] = [NamedNode(g) for g in default_graph
                                       if NamedNode(g) not in self.hidden]
        elif "default_graph" not in kwargs and union_default:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [NamedNode(g) for g in named_graphs]
        if base_iri is not None:
            kwargs["base_iri"] = base_iri
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise syntax_error(sparql, exc) from exc
        except ValueError as exc:  # an ill-formed IRI in the dataset or the base
            raise QuerySyntaxError(f"invalid query: {exc}") from exc

    def update(self, sparql: str) -> None:
        self.written.unknown()
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"invalid SPARQL update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from exc

    def graph_quads(self, graph: NamedNode | ox.DefaultGraph) -> list[Quad]:
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

    # direct index look-ups for the gate's removal checks (blank nodes and the default graph too)
    def graphs_holding(self, triples: Iterable[ox.Triple]) -> dict[ox.Triple, set[Graph]]:
        out: dict[ox.Triple, set[Graph]] = {}
        for t in dict.fromkeys(triples):
            graphs = {q.graph_name for q in self._store.quads_for_pattern(
                t.subject, t.predicate, t.object, None) if q.graph_name not in self.hidden}
            if graphs:
                out[t] = graphs
        return out

    def referrers(self, nodes: Iterable) -> list[Quad]:
        return [q for n in dict.fromkeys(nodes) if not isinstance(n, ox.Literal)
                for q in self._store.quads_for_pattern(None, None, n, None)
                if q.graph_name not in self.hidden]

    def subject_graphs(self, nodes: Iterable) -> set[Graph]:
        out: set[Graph] = set()
        for n in dict.fromkeys(nodes):
            if not isinstance(n, ox.Literal):
                out.update(q.graph_name for q in self._store.quads_for_pattern(n, None, None, None))
        return out - self.hidden

    def write_nquads(self, path: Path, replace: set[NamedNode]) -> WriteSummary:
        if any(self.graph_exists(g) for g in replace):
            return super().write_nquads(path, replace)
        self.written.unknown()  # the spool's graphs are not read here
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

    def staged_load(self) -> StagedLoad:
        """A load committed in parts under an undo journal (kg.store.staging), for a process that has
        the store to itself."""
        self.written.unknown()
        return StagedLoad(self)

    def _commit(self, replace, add, old, drop, remove=()) -> None:
        try:
            if not drop and not remove and not any(old.values()) and all(replace.values()):
                # Fast path: nothing to remove and no empty graph to keep, so one transactional
                # load of N-Quads does it.
                data = ox.serialize(_chain(replace.values(), add), format=ox.RdfFormat.N_QUADS)
                if data:
                    self._store.load(data, format=ox.RdfFormat.N_QUADS)
                return
            self._store.update(_update_text(replace, add, old, drop, remove))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"write to {self.location} failed, nothing was written: {exc}") from exc
        finally:  # after the write (a failed one changed nothing, but recording it is harmless)
            self.written.record([*replace, *drop, *(q.graph_name for q in add),
                                 *(q.graph_name for q in remove)])

    def dump(self, out: io.BufferedIOBase, fmt: ox.RdfFormat) -> None:
        if self.hidden:
            ox.serialize((q for q in self._store if q.graph_name not in self.hidden), out,
                         format=fmt)
            return
        self._store.dump(out, format=fmt)

    def load_raw(self, quads: Iterable[Quad]) -> None:
        """Transactional load with no validation (benchmarks' baseline and the ontology graph)."""
        quads = list(quads)
        self._store.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                         format=ox.RdfFormat.N_QUADS)
        self.written.record(q.graph_name for q in quads)

    def take_written_graphs(self) -> set[str] | None:
        return self.written.take()

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> None:
        """RocksDB's full compaction (pyoxigraph releases the GIL meanwhile); a no-op in memory."""
        if self.capabilities.on_disk:
            self._store.optimize()

    def close(self) -> None:
        # pyoxigraph closes the store when the object is dropped; drop our reference.
        self._store = None  # type: ignore[assignment]


_CONTEXT_PREDICATES = (ns.rdf.type, ns.rdfs.label, ns.owl.sameAs, ns.schema.containedInPlace)


def _chain(groups: Iterable[Sequence[Quad]], extra: Sequence[Quad]) -> Iterator[Quad]:
    for g in groups:
        yield from g
    yield from extra


def _update_text(replace: Mapping[Graph, Sequence[Quad]], add: Sequence[Quad],
                 old: Mapping[Graph, set[Quad]], drop: Sequence[NamedNode],
                 removed: Sequence[Quad] = ()) -> str:
    """One update (one transaction) that gives each replaced graph its new content, adds the
    added quads, removes the removed ones and drops the dropped graphs, removing and inserting
    only what differs."""
    ops = [f"DROP SILENT GRAPH {g}" for g in drop]
    remove: list[Quad] = list(removed)
    insert = list(add)
    for graph, quads in replace.items():
        new, before = set(quads), old.get(graph, set())
        if any(has_blank_node(q) for q in before):
            # Blank nodes cannot be named in DELETE DATA: empty the graph, insert it anew.
            ops.append(clear_op(graph))
            insert.extend(new)
        else:
            remove.extend(before - new)
            insert.extend(new - before)
    if remove:
        ops.append(f"DELETE DATA {{\n{data_block(remove)}\n}}")
    if insert:
        ops.append(f"INSERT DATA {{\n{data_block(insert)}\n}}")
    # A named graph replaced by nothing still exists (a Graph Store PUT of an empty body).
    ops += [f"CREATE SILENT GRAPH {g}" for g, quads in replace.items()
            if isinstance(g, NamedNode) and not quads]
    return " ;\n".join(ops) or "CLEAR SILENT GRAPH <urn:kg:nothing>"


__all__ = ["EmbeddedStore", "read_only_view"]
