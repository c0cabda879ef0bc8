"""Compact the on-disk store once after the server starts, then move the query views onto it.

A bulk load (`kg load`, pyoxigraph's `bulk_load`) leaves RocksDB's files as it wrote them. Measured
at 5,000,000 triples (docs/endpoint.md, "Compaction after a bulk load"): 46 files, on which the
benchmark's queries took 1.6-3.9x as long as after a compaction (38 files), and the server's
8-client throughput on disk fell to 0.17-0.79x of Oxigraph's server. The server's own read-write
open starts RocksDB compacting in the background, but the query workers' read-only views keep
the files they opened, so they never saw it. So the server compacts once, in a background thread
(`Store.optimize` runs without the GIL: requests are answered meanwhile), and then moves the
write generation on with no graph written: workers and lookups reopen their views on the
compacted files, and an in-memory snapshot stays as it is (nothing in it changed). On a store
already compact this takes well under a second. Setting `compact_on_start` (0 turns it off).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger("kg.web")


class Compaction:
    """One compaction of the open store and its outcome, for /healthz."""

    def __init__(self) -> None:
        self.status = "off"  # off, running, done or failed
        self.seconds: float | None = None
        self.error: str | None = None
        self._done = threading.Event()

    def start(self, optimize: Callable[[], None], views_moved: Callable[[], None]) -> None:
        """Run `optimize` on a daemon thread; when it ends, `views_moved` reopens the views."""
        self.status = "running"
        threading.Thread(target=self._run, args=(optimize, views_moved), name="kg-compaction",
                         daemon=True).start()

    def _run(self, optimize: Callable[[], None], views_moved: Callable[[], None]) -> None:
        started = time.perf_counter()
        log.info("kg: compacting the store in the background (RocksDB reports no progress; "
                 "queries are answered meanwhile; /healthz says when it ends)")
        try:
            optimize()
            views_moved()
        except Exception as exc:  # noqa: BLE001 - the store serves as it is; /healthz says why
            self.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self.status = "failed"
            log.warning("kg: compacting the store failed (queries go on, on the files as they "
                        "are): %s", self.error)
        else:
            self.status = "done"
        finally:
            self.seconds = round(time.perf_counter() - started, 3)
            if self.status == "done":
                log.info("kg: store compacted in %.1f s; queries now read the compacted files",
                         self.seconds)
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status}
        if self.seconds is not None:
            out["seconds"] = self.seconds
        if self.error is not None:
            out["error"] = self.error
        return out
