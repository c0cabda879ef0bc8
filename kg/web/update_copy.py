"""Evaluate a SPARQL update on an in-memory copy of the graphs it names, and report what changed.

The write gate (kg.web.graphstore) needs the would-be content of every graph an update touches
before it writes anything, so the update first runs on a copy. Oxigraph parses and evaluates
recursively and without a time limit: a hostile update can crash the process that runs it (a
stack overflow) or keep it busy for hours. So, on an on-disk store, the copy is made and updated
in a query worker (kg.web.querying), which the pool kills at the query time limit and replaces
when it dies; only stores without workers (in memory, remote) run it in the server process.

The outcome carries, for every graph whose content changed, its whole new content as N-Quads
(the default graph under the key ""), and the named graphs the update dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg.errors import InputError, KgError
from kg.namespaces import PREFIXES
from kg.prefixes import syntax_error
from kg.web.safety import network_refused

DEFAULT_KEY = ""  # the default graph in UpdateOutcome.changed


@dataclass
class UpdateRequest:
    update: str
    base_iri: str | None = None
    graphs: list[str] | None = None  # named graphs the update names (None: it may touch any)
    cleared: list[str] = field(default_factory=list)  # graphs it CLEARs (they may not exist)
    network: bool = False  # allow-listed LOAD/SERVICE targets: evaluate where the network is


@dataclass
class UpdateOutcome:
    changed: dict[str, bytes] = field(default_factory=dict)  # graph IRI -> its new N-Quads
    dropped: list[str] = field(default_factory=list)


class GraphSource:
    """What the copy is made from: named graphs, whether one exists, and the quads of one."""

    def __init__(self, named_graphs: Callable[[], Iterable[NamedNode]],
                 exists: Callable[[NamedNode], bool], quads: Callable[[object], Iterable[Quad]]):
        self.named_graphs, self.exists, self.quads = named_graphs, exists, quads

    @classmethod
    def of_oxigraph(cls, store: ox.Store) -> GraphSource:
        return cls(store.named_graphs, store.contains_named_graph,
                   lambda g: store.quads_for_pattern(None, None, None, g))


def _is_iri(text: str) -> bool:
    try:
        NamedNode(text)
        return ":" in text
    except ValueError:
        return False


def evaluate_update(source: GraphSource, req: UpdateRequest) -> UpdateOutcome:
    """Run the update on a copy of the graphs it names (plus the default graph) and return the
    graphs whose content changed. Raises QuerySyntaxError, InputError, or the OSError of an
    engine that reached for the network from a sandbox (see kg.web.safety.network_refused)."""
    if req.graphs is None:
        graphs: list = list(source.named_graphs())
    else:
        graphs = [NamedNode(i) for i in req.graphs if _is_iri(i) and source.exists(NamedNode(i))]
    graphs.append(DefaultGraph())
    copy = ox.Store()
    before: dict = {}
    for g in graphs:
        before[g] = set(source.quads(g))
        copy.extend(before[g])
        if isinstance(g, NamedNode):
            copy.add_graph(g)
    for iri in req.cleared:
        if _is_iri(iri):
            copy.add_graph(NamedNode(iri))
    try:
        copy.update(req.update, base_iri=req.base_iri, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise syntax_error(req.update, exc, "update") from exc
    except (RuntimeError, ValueError) as exc:
        raise InputError(f"the update failed: {exc}") from exc
    names = set(copy.named_graphs())
    outcome = UpdateOutcome()
    for g in names | {g for g in graphs if isinstance(g, NamedNode)} | {DefaultGraph()}:
        if isinstance(g, NamedNode) and g not in names:
            outcome.dropped.append(g.value)
            continue
        after = set(copy.quads_for_pattern(None, None, None, g))
        if after == before.get(g, set()):
            continue
        key = DEFAULT_KEY if isinstance(g, DefaultGraph) else g.value
        # (a graph only a CLEAR named stays as empty as it was: no change, nothing created)
        outcome.changed[key] = ox.serialize(after, format=ox.RdfFormat.N_QUADS)
    return outcome


def worker_reply(source: GraphSource, req: UpdateRequest) -> tuple:
    """The message a query worker sends back: ("updated", outcome) or ("error", ...)."""
    try:
        return ("updated", evaluate_update(source, req))
    except KgError as exc:
        return ("error", type(exc).__name__, exc.message, exc.hint)
    except OSError as exc:
        refused = network_refused(exc) or InputError(f"the update failed: {exc}")
        return ("error", type(refused).__name__, refused.message, refused.hint)


def graph_of(key: str):
    return DefaultGraph() if key == DEFAULT_KEY else NamedNode(key)


def parse_content(key: str, data: bytes) -> set[Quad]:
    """A changed graph's content as sent by `evaluate_update`, as quads of that graph."""
    graph = graph_of(key)
    return {Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)} if data else set()


__all__ = ["DEFAULT_KEY", "GraphSource", "UpdateOutcome", "UpdateRequest", "evaluate_update",
           "graph_of", "parse_content", "worker_reply"]
