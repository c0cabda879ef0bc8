"""Per-app state of the endpoint: settings, the store, the query worker pool and the write lock.

`create_app` installs one `Endpoint` per app (`init_app`); routes reach it with `endpoint()`.
The store and the pool open lazily, so building the app stays cheap.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable

from flask import Flask, current_app, request
from pyoxigraph import NamedNode

from kg import sandbox
from kg.errors import AnswerElsewhere, ForbiddenError
from kg.settings import Settings
from kg.store import GraphStore, open_store
from kg.web.compaction import Compaction
from kg.web.evaluation import Answer, QueryRequest, run_inline
from kg.web.lookups import Lookups
from kg.web.pool import QueryPool, open_read_only
from kg.web.snapshot_limit import mem_available, snapshot_limit

log = logging.getLogger("kg.web")


class Endpoint:
    """Per-app state: settings, the store, the query pool and the write lock."""

    def __init__(self, app: Flask):
        self.app = app
        self.settings: Settings = app.config["KG_SETTINGS"]
        self._store: GraphStore | None = app.config.get("KG_STORE")
        self._pool: QueryPool | None = None
        self._lookups: Lookups | None = None  # bounded lookups in this process (kg.web.lookups)
        self._lock = threading.Lock()
        self.write_lock = threading.RLock()  # one writer at a time
        self.base_checked = False  # ontology and gazetteer graphs brought up to date once
        self.allowlist = [p for p in str(self.settings.service_allowlist).split() if p]
        self.closed = False
        self.starting = False  # the store is being opened in the background (start_in_background)
        self.start_error: str | None = None  # why the background start failed, for /healthz
        self.compaction = Compaction()  # the one after the start (kg.web.compaction)

    @property
    def opened_store(self) -> GraphStore | None:
        """The store if it is open (asking never opens it: /healthz)."""
        return self._store

    @property
    def store(self) -> GraphStore:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = open_store(self.settings)
                    self.app.config["KG_STORE"] = self._store
        return self._store

    @property
    def pool(self) -> QueryPool | None:
        """Worker pool over an on-disk embedded store; None for in-memory and remote stores."""
        if self._pool is None:
            store = self.store
            if not store.capabilities.on_disk:
                return None
            with self._lock:
                if self._pool is None and not self.closed:
                    s = self.settings
                    store.flush()
                    limit = snapshot_limit(s.query_snapshot_max_quads,
                                           s.query_snapshot_memory_fraction, s.query_workers,
                                           mem_available())
                    self._pool = QueryPool(store.location, workers=s.query_workers,
                                           threads=s.query_threads,
                                           disk_threads=s.query_threads_on_disk,
                                           max_concurrent=s.max_concurrent_queries,
                                           timeout=s.query_timeout,
                                           snapshot_max_quads=limit.quads,
                                           snapshot_limit=limit,
                                           allow_network=bool(self.allowlist))
                    store.take_written_graphs()  # the workers start from what is on disk now
                    if s.lookup_max_rows > 0:
                        self._lookups = Lookups(store.location, open_read_only,
                                                min(s.lookup_max_rows, s.max_rows))
        return self._pool

    @property
    def lookups(self) -> Lookups | None:
        """Who answers bounded lookups in this process (None: no pool, or lookup_max_rows=0)."""
        return self._lookups

    @property
    def started_pool(self) -> QueryPool | None:
        """The query pool if one was made (asking never starts one: /healthz, /metrics)."""
        return self._pool

    def warm_up(self) -> None:
        pool = self.pool
        if pool is not None:
            pool.start()

    def start_in_background(self, on_error: Callable[[Exception], None] | None = None,
                            on_ready: Callable[[], None] | None = None) -> threading.Thread:
        """Open the store and start the query workers on a thread, so the server listens (and
        /healthz answers) at once, however long the store takes to open. Requests that need
        the store wait for it (the `store` property's lock). `on_error` gets the exception if
        the start fails (`kg serve` then stops with it); `on_ready` is called once it is open."""
        self.starting = True

        def start() -> None:
            try:
                self.warm_up()
                self.compact()
                self.start_error = None
                if on_ready is not None:
                    on_ready()
            except Exception as exc:  # noqa: BLE001 - reported by /healthz and on_error
                self.start_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                log.error("kg: the store did not open: %s", self.start_error)
                if on_error is not None:
                    on_error(exc)
            finally:
                self.starting = False

        thread = threading.Thread(target=start, name="kg-start", daemon=True)
        thread.start()
        return thread

    def compact(self) -> None:
        """Compact the on-disk store in the background, then move the query views onto the
        compacted files (kg.web.compaction); nothing to do without a pool or when turned off."""
        pool = self._pool
        if pool is None or not self.settings.compact_on_start:
            return
        store = self.store

        def views_moved() -> None:
            with self.write_lock:  # between writes: a write's own generation names its graphs
                pool.bump_generation(set())

        self.compaction.start(store.optimize, views_moved)

    def run_query(self, req: QueryRequest, *, here: bool = False) -> Answer:
        """The answer to a checked query. `here`: on the server's loop thread, which must not
        wait (for the store to open, a worker, a view to open): only a point lookup answered
        from the open view, else AnswerElsewhere (a task thread then answers the request)."""
        if here:
            pool, lookups = self._pool, self._lookups  # never opened from the loop thread
            answer = (None if pool is None or lookups is None
                      else lookups.answer(req, pool.generation, here=True))
            if answer is None:
                raise AnswerElsewhere("not a lookup answered from the open view")
            return answer
        pool = self.pool
        if pool is None:
            return run_inline(self.store, req)
        if self._lookups is not None:
            answer = self._lookups.answer(req, pool.generation)  # bounded: no worker needed
            if answer is not None:
                return answer
        return pool.run(req)

    def after_write(self) -> None:
        """A write landed: make it durable and have the query workers see it. Under the write
        lock, so the graphs taken from the store's journal are those of whole writes: a write
        still running when they were taken would otherwise fall between two generations."""
        with self.write_lock:
            written = self.store.take_written_graphs()  # the workers update just these graphs
            self.store.flush()
            if self._pool is not None:
                self._pool.bump_generation(written)

    @property
    def sandboxed(self) -> bool:
        """The engine that runs queries and updates has no network (kg.sandbox): a local
        pyoxigraph on a platform that can take it away. A remote store runs them itself."""
        return self.store.capabilities.local_engine and sandbox.available()

    def graph_exists(self, iri: str) -> bool:
        try:
            return self.store.graph_exists(NamedNode(iri))
        except ValueError:
            return False

    def close(self) -> None:
        self.closed = True
        self._lookups = None  # its read-only view closes with it
        if self._pool is not None:
            self._pool.close()


def init_app(app: Flask) -> None:
    app.extensions["kg_endpoint"] = Endpoint(app)


def endpoint() -> Endpoint:
    """The current app's endpoint state."""
    return current_app.extensions["kg_endpoint"]


def require_token() -> None:
    """Writes need `Authorization: Bearer <token>` (constant-time compare), else 403. The token
    is the configured `write_token`, or the local token `kg serve` gives kg commands on this
    machine through the store directory (kg.serving), so they can write while it serves."""
    tokens = [t for t in (str(endpoint().settings.write_token or ""),
                          str(current_app.config.get("KG_LOCAL_TOKEN") or "")) if t]
    if not tokens:
        raise ForbiddenError("writes are disabled on this endpoint",
                             hint="an operator enables them by setting write_token "
                                  "(KG_WRITE_TOKEN)")
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    given = presented.strip().encode("utf-8")
    ok = scheme.lower() == "bearer" and any(
        [hmac.compare_digest(given, t.encode("utf-8")) for t in tokens])
    if not ok:
        raise ForbiddenError("this write needs the write token",
                             hint="send 'Authorization: Bearer <write_token>' (kg commands: set "
                                  "KG_STORE_TOKEN)")


__all__ = ["Endpoint", "endpoint", "init_app", "require_token"]
