"""Writing a chunk of a large N-Triples file while a worker still checks it (kg.chunked).

Without it the loading process waits for the first checked chunk before it writes anything, and
the workers wait for the last chunk's write at the end. A chunk of an N-Triples file holds only
triples of the file's default graph, a graph new to the store (kg.loader._chunks checked that),
so the writer knows what the chunk creates before it is checked: it writes the chunk under the
staged load's undo journal (kg.store.staging) as soon as the chunk is next in line, then waits
for its check. A chunk whose check fails is undone with the rest of the load: all or nothing
holds, as for a chunk written after its check. A write that fails (the text is not N-Triples
after all) is held back: the worker's error, which names the line, is the one raised; the
write's own error surfaces only if the check passed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pyoxigraph as ox
from pyoxigraph import NamedNode

from kg.chunked import Chunk
from kg.gate import managed_owner


@dataclass
class WriteAhead:
    """The loading process's chunks written before their check; `staging` (a StagedLoad) is set
    only while a staged write runs, so nothing is written ahead outside one."""

    staging: object | None = None
    written: set[Chunk] = field(default_factory=set)
    failed: dict[Chunk, Exception] = field(default_factory=dict)
    seconds: float = 0.0  # spent writing ahead

    def before_wait(self, chunk: Chunk) -> None:
        """Write `chunk` now, before waiting for its check, when it is safe to undo."""
        if self.staging is None or chunk.format != ox.RdfFormat.N_TRIPLES \
                or chunk in self.written or chunk in self.failed \
                or managed_owner(NamedNode(chunk.default_graph)) is not None:  # the check refuses
            return
        started = time.perf_counter()
        try:
            self.staging.add_bulk(chunk.read(), chunk.format, NamedNode(chunk.default_graph),
                                  [chunk.default_graph])
        except Exception as exc:  # noqa: BLE001 - kept for after the check (see the docstring)
            self.failed[chunk] = exc
        else:
            self.written.add(chunk)
        self.seconds += time.perf_counter() - started

    def take(self, chunk: Chunk) -> bool:
        """Whether `chunk` (checked now) is written already; raises the error its write met."""
        if chunk in self.failed:
            raise self.failed.pop(chunk)
        return chunk in self.written


__all__ = ["WriteAhead"]
