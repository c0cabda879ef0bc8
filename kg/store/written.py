"""Which graphs a store's writes touched, so a server's query workers can bring their in-memory
snapshots up to date graph by graph (kg.web.snapshot) instead of recopying the whole store.

The journal is conservative: a write path that does not know its graphs (a SPARQL update run
as text, a load from a spool file, a staged load, raw access to the pyoxigraph store) marks it
unknown, and unknown means "recopy everything", which is always correct. A graph is recorded once its
write is done; the endpoint takes the journal under its write lock (Endpoint.after_write), so
a take never falls in the middle of a write.

Graphs travel between processes as strings (`graph_key`): an IRI as is, a blank node as
`_:label`, the default graph as the empty string (an IRI cannot start with `_:` or be empty).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import pyoxigraph as ox

MAX_GRAPHS = 10_000  # a write touching more graphs than this counts as unknown (a big load)


def graph_key(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    if isinstance(graph, ox.DefaultGraph):
        return ""
    if isinstance(graph, ox.BlankNode):
        return "_:" + graph.value
    return graph.value


def graph_of_key(key: str) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if key == "":
        return ox.DefaultGraph()
    if key.startswith("_:"):
        return ox.BlankNode(key[2:])
    return ox.NamedNode(key)


class WrittenGraphs:
    """The journal of one store object: starts unknown (whatever happened before it existed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._graphs: set[str] | None = None

    def record(self, graphs: Iterable) -> None:
        keys = {graph_key(g) for g in graphs}
        with self._lock:
            if self._graphs is not None:
                self._graphs |= keys
                if len(self._graphs) > MAX_GRAPHS:
                    self._graphs = None

    def unknown(self) -> None:
        with self._lock:
            self._graphs = None

    def take(self) -> set[str] | None:
        """The graphs written since the last take (None: unknown); starts a new entry."""
        with self._lock:
            graphs, self._graphs = self._graphs, set()
        return graphs


__all__ = ["MAX_GRAPHS", "WrittenGraphs", "graph_key", "graph_of_key"]
