"""A load committed in parts that still lands all or nothing: an undo journal in the store.

Oxigraph applies a transaction's writes only at its commit, so one transaction for a whole load
makes the write a serial step after validation (about 4-5 s per 300,000 quads here, nearly all
of it at the commit) and holds the load in memory. A staged load instead commits each validated
batch in a transaction of its own, together with journal entries that name what the batch
created: the article graphs (a staged load never replaces a stored graph) and the quads it added
to shared graphs that were not there before. The last step drops the journal; that is the
commit point. Until then the load can be undone exactly: on any failure the loader calls
`rollback`, and a load whose process died (SIGKILL, power loss) is rolled back by `recover`
the next time kg opens the store (kg.store.embedded: a read-only open rolls it back too,
when no process holds the store). A read-only view opened while a staged load runs in another
process hides the graphs that load created (`in_progress`); the entity descriptions it added
to the shared `kgg:entities` graph (types and labels of new entities) stay visible there.

Large parts (`BULK_BYTES` of N-Quads and more, as the cluster writer makes them) go in through
Oxigraph's bulk loader, which builds sorted files for every index and has RocksDB ingest them
all at once: it cost 14-18 µs of CPU per quad here against 26-30 µs in a transaction, and the
store reopened in about a second instead of 46-80 s (a transactional load leaves its data to be
replayed from the write-ahead log). The bulk loader has no transaction, so such a part writes
its journal entries first, in a transaction of their own: whatever of its data lands before a
crash is named by the journal, and each quad lands in all indexes or in none (one ingestion),
so `rollback` removes it exactly as it removes a transactional part.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Quad

from kg import namespaces as ns

log = logging.getLogger(__name__)

JOURNAL_PREFIX = ns.GRAPH + "load-journal/"
LOAD_JOURNAL = ns.kg.LoadJournal
CREATED = ns.kg.journalCreatedGraph
ADDED = ns.kg.journalAddedQuads
_NQ = ox.RdfFormat.N_QUADS
BULK_BYTES = 4 * 1024 * 1024  # smaller parts are cheaper in one transaction (measured here)


class StagedLoad:
    """One load's journal and its parts, on a store opened for writing.

    `owner` is the EmbeddedStore (its `oxigraph` is the pyoxigraph store): holding it rather
    than the pyoxigraph store lets `close()` release the store's lock even while a traceback
    still references this object.
    """

    def __init__(self, owner, journal: NamedNode | None = None):
        self.owner = owner
        self.journal = journal or NamedNode(JOURNAL_PREFIX + uuid.uuid4().hex)
        self.parts = 0
        self._created: set[str] = set()  # graphs journaled as created (add_bulk, shared graphs)

    @property
    def store(self) -> ox.Store:
        return self.owner.oxigraph

    def add(self, nquads: bytes, created: Sequence[str], added: bytes = b"") -> None:
        """Commit one part: `nquads` (all its quads), the graphs it creates, and `added`, the
        subset of its quads that go to shared graphs (only those not yet stored are journaled)."""
        j = self.journal
        entries = [Quad(j, CREATED, NamedNode(g), j) for g in created]
        if not self.parts:
            entries.append(Quad(j, ns.rdf.type, LOAD_JOURNAL, j))
        if added:
            new = [q for q in ox.parse(added, format=_NQ) if q not in self.store]
            if new:
                entries.append(Quad(j, ADDED, Literal(ox.serialize(new, format=_NQ).decode()), j))
            # A shared graph this load brings into being goes again with the load (not only
            # its quads: an empty graph left behind would still be listed).
            fresh = {q.graph_name for q in new if isinstance(q.graph_name, NamedNode)
                     and q.graph_name.value not in self._created
                     and not self.store.contains_named_graph(q.graph_name)}
            entries += [Quad(j, CREATED, g, j) for g in fresh]
            self._created.update(g.value for g in fresh)
        journal = ox.serialize(entries, format=_NQ)
        # Quads the loader serialized itself from checked terms: lenient parsing is safe here.
        if len(nquads) < BULK_BYTES:
            self.store.load(journal + nquads, format=_NQ, lenient=True)
        else:
            self.store.load(journal, format=_NQ, lenient=True)  # the journal first (see above)
            self.store.bulk_load(nquads, format=_NQ, lenient=True)
        self.parts += 1

    def add_bulk(self, data: bytes, fmt: ox.RdfFormat, default_graph: NamedNode,
                 created: Sequence[str]) -> None:
        """Write one part with the bulk loader (a chunk of a large file, kg.chunked): the
        journal entries for the graphs it creates commit first, so a process killed while the
        bulk loader runs leaves graphs the journal names, which `recover` drops. Only for graphs
        new to the store (the loader checked), from data checked already: lenient parsing."""
        new = [g for g in created if g not in self._created]
        if new or not self.parts:
            j = self.journal
            entries = [Quad(j, CREATED, NamedNode(g), j) for g in new]
            if not self.parts:
                entries.append(Quad(j, ns.rdf.type, LOAD_JOURNAL, j))
            self.store.load(ox.serialize(entries, format=_NQ), format=_NQ)
            self._created.update(new)
        self.store.bulk_load(data, format=fmt, to_graph=default_graph, lenient=True)
        self.parts += 1

    def created(self, graph: str) -> bool:
        """Whether `add_bulk` journaled this graph as created by this load."""
        return graph in self._created

    def commit(self) -> None:
        """Drop the journal: from here on the load is part of the store."""
        self.store.update(f"DROP SILENT GRAPH {self.journal}")

    def rollback(self) -> int:
        """Undo every committed part (idempotent; the journal goes last). Returns graphs dropped."""
        j = self.journal
        created = [q.object for q in self.store.quads_for_pattern(j, CREATED, None, j)]
        for i in range(0, len(created), 500):
            self.store.update(" ; ".join(f"DROP SILENT GRAPH {g}" for g in created[i:i + 500]))
        for entry in self.store.quads_for_pattern(j, ADDED, None, j):
            for q in ox.parse(entry.object.value.encode(), format=_NQ):
                self.store.remove(q)
        self.store.update(f"DROP SILENT GRAPH {j}")
        return len(created)


def in_progress(store: ox.Store) -> set[NamedNode]:
    """The journals of staged loads not yet committed and the graphs they created: what a
    read-only view must not show while such a load runs (or until its process's death is
    recovered)."""
    journals = {q.graph_name for q in store.quads_for_pattern(None, ns.rdf.type, LOAD_JOURNAL, None)
                if isinstance(q.graph_name, NamedNode) and q.graph_name.value.startswith(JOURNAL_PREFIX)}
    hidden = set(journals)
    for journal in journals:
        hidden.update(q.object for q in store.quads_for_pattern(journal, CREATED, None, journal))
    return hidden


def recover(owner) -> list[str]:
    """Roll back every load whose process died before it committed; returns their journals."""
    store = owner.oxigraph
    journals = {q.graph_name for q in store.quads_for_pattern(None, ns.rdf.type, LOAD_JOURNAL, None)
                if isinstance(q.graph_name, NamedNode) and q.graph_name.value.startswith(JOURNAL_PREFIX)}
    done = []
    for journal in sorted(journals, key=lambda g: g.value):
        graphs = StagedLoad(owner, journal).rollback()
        log.warning("rolled back an interrupted load (%s): %d graph(s) it had written removed",
                    journal.value, graphs)
        done.append(journal.value)
    return done
