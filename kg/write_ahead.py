"""Writing chunks of a large N-Triples file while workers still check them (kg.chunked).

Without it the loading process waits for the first checked chunk before it writes anything, and
the workers wait for the last chunk's write at the end. A chunk of an N-Triples file holds only
triples of the file's default graph, a graph new to the store (kg.loader._chunks checked that),
so the writer knows what a chunk creates before it is checked: it writes the chunk next in line
(with the one after it, when that one is in flight too: one bulk load of two chunks cost the
writer about a quarter less CPU than two, measured on the 1M-triple benchmark file) under the
staged load's undo journal (kg.store.staging), then waits for the checks. A chunk whose check
fails is undone with the rest of the load: all or nothing holds, as for a chunk written after
its check. A write that fails (the text is not N-Triples after all) is forgotten: what it wrote
is journaled, the worker's error (naming the line) stops the load, and a chunk whose check
passes is written again after it, as without write-ahead (writing a triple twice keeps one).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox
from pyoxigraph import NamedNode

from kg.chunked import Chunk
from kg.gate import managed_owner

if TYPE_CHECKING:  # only for the annotation: the loader hands the staged load in
    from kg.store.staging import StagedLoad

GROUP = 2  # chunks written by one bulk load at most


@dataclass
class WriteAhead:
    """The loading process's chunks written before their check; `staging` is set only while a
    staged write runs, so nothing is written ahead outside one."""

    staging: StagedLoad | None = None
    written: set[Chunk] = field(default_factory=set)
    seconds: float = 0.0  # spent writing ahead

    def before_wait(self, jobs: Sequence[object]) -> None:
        """Before waiting for the check of `jobs[0]` (the jobs in flight, in order: chunks of a
        file, or record batches, which are never written ahead): write it,
        with the next one when that continues it in the file, unless written already."""
        run: list[Chunk] = []
        for job in jobs[:GROUP]:
            if not self._may_write(job) or (run and not _continues(run[-1], job)):
                break
            run.append(job)
        if not run:
            return
        started = time.perf_counter()
        with open(run[0].path, "rb") as fh:
            fh.seek(run[0].offset)
            data = fh.read(sum(c.length for c in run))
        try:
            self.staging.add_bulk(data, run[0].format, NamedNode(run[0].default_graph),
                                  [run[0].default_graph])
        except Exception:  # noqa: BLE001 - the check reports it, or the chunk is written again
            pass
        else:
            self.written.update(run)
        self.seconds += time.perf_counter() - started

    def _may_write(self, job: object) -> bool:
        return self.staging is not None and isinstance(job, Chunk) \
            and job.format == ox.RdfFormat.N_TRIPLES and job not in self.written \
            and managed_owner(NamedNode(job.default_graph)) is None  # else the check refuses it

    def take(self, chunk: Chunk) -> bool:
        """Whether `chunk` (checked now) is written already."""
        return chunk in self.written


def _continues(chunk: Chunk, after: Chunk) -> bool:
    return after.path == chunk.path and after.offset == chunk.offset + chunk.length \
        and after.default_graph == chunk.default_graph


__all__ = ["GROUP", "WriteAhead"]
