"""In-memory snapshots for the query workers: the same quads as the disk view, queried 4-7x faster.

A query worker (kg.web.pool) always has a read-only view of the on-disk store for the write
generation it serves. When the store holds at most `query_snapshot_max_quads` quads, a
background thread of the worker copies that view into an in-memory `pyoxigraph.Store()` and
swaps it in, but only if the generation has not moved on meanwhile. Until then, and whenever the
store is bigger, queries run on the disk view: fresh data is always served at once.

How the copy is made, and why (benchmarks/bench_snapshot.py, 1,000,000 quads, 2 cores):

* `Store.dump(format=N_QUADS)` into bytes, then `Store.bulk_load(bytes, lenient=True)`: both run
  with the GIL released, so the worker's main thread keeps answering queries at full speed while
  the copy is made (5.7 s + 2.1 s alone; a thread answering point lookups meanwhile kept its
  rate, longest gap 87-132 ms). `extend(quads_for_pattern(...))` and `bulk_extend` take as long
  but hold the GIL for the whole copy (longest gap 6.3 s and 8.7 s); a dump to a file is twice
  as slow, a dump into a Python writer slower still.
* `bulk_load` gives blank nodes fresh labels, so lines of the dump that hold `_:` (a blank node,
  or those two characters inside a literal or IRI) are parsed by `pyoxigraph.parse`, which keeps
  labels, and added with `extend`; named graphs without quads (which a dump leaves out) are added
  by name. The copy holds exactly the disk view's quads and graphs.
* The size check is a bounded SPARQL count (`LIMIT max+1`) on the disk view, which releases the
  GIL; `len(store)` would hold it (~150 ms per million quads).
* Freeing a copy holds the GIL (~0.35 s per million quads), so a worker drops an old copy after it
  has sent a reply, not while a query waits for it.
* One worker of a server builds at a time (an advisory `flock` on the store directory, released
  by the kernel if the worker is killed), so a rebuild takes one core, not all of them.

After a write whose graphs the store journaled (kg.store.written), the pool tells each worker
the graphs of every generation since the last it was told of, and the worker keeps its copy and
recopies just those graphs from the new disk view (`update_graphs`: 1 ms for a one-graph write
at 1,000,000 quads, against a whole copy; benchmarks/bench_worker_memory.py). Unknown graphs mean
a whole copy. Workers forked from one copy would not share it for long: the in-memory store
writes to the pages a query reads (reference counts), so reads copy them (`--fork-probe`).

A worker's state is published in a small shared array (`new_state`, `describe`) that the web
process reads for /healthz and /metrics.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.store.written import graph_of_key

NQ = ox.RdfFormat.N_QUADS
NT = ox.RdfFormat.N_TRIPLES

# The shared state of one worker: int64 slots written by the worker, read by the web process.
VIEW, GENERATION, MEMORY_QUADS, STATUS, BUILD_MS, STORE_QUADS, COPIES, UPDATES, UPDATE_MS = range(9)
STATE_SLOTS = 9
VIEWS = {0: "starting", 1: "disk", 2: "memory"}
DISK, MEMORY = 1, 2
STATUSES = {0: "off", 1: "counting", 2: "waiting", 3: "building", 4: "ready", 5: "too_big",
            6: "failed", 7: "updating"}
OFF, COUNTING, WAITING, BUILDING, READY, TOO_BIG, FAILED, UPDATING = range(8)

_ALL_QUADS = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
_EMPTY_GRAPHS = "SELECT ?g WHERE { GRAPH ?g {} FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
_WRITTEN_KEPT = 64  # generations whose written graphs a worker remembers (as the pool does)
_ATTEMPTS = 8  # copies tried per generation, ~5 s apart in all (see WorkerViews._build)
_SCAN_WINDOW = 4 << 20  # bytes searched per step for "_:" (the GIL can switch between steps)


def count_quads(store: ox.Store, limit: int) -> int:
    """The number of quads in `store` if at most `limit`, else `limit + 1` (bounded work)."""
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT * WHERE {{ {_ALL_QUADS} }} "
         f"LIMIT {int(limit) + 1} }}")
    for row in store.query(q):
        return int(row[0].value)
    return 0


def _blank_node_lines(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every line of an N-Quads text that holds `_:`."""
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(data)
    while pos < n:
        hit = data.find(b"_:", pos, min(n, pos + _SCAN_WINDOW + 1))
        if hit < 0:
            pos += _SCAN_WINDOW
            continue
        start = data.rfind(b"\n", 0, hit) + 1
        end = data.find(b"\n", hit)
        end = n if end < 0 else end + 1
        spans.append((start, end))
        pos = end
    return spans


def _split_blank_node_lines(data: bytes) -> tuple[bytes, bytes]:
    """(the lines without `_:`, the lines with it) of an N-Quads or N-Triples text."""
    spans = _blank_node_lines(data)
    if not spans:
        return data, b""
    view = memoryview(data)
    plain, keep, prev = [], [], 0
    for start, end in spans:
        plain.append(view[prev:start])
        keep.append(view[start:end])
        prev = end
    plain.append(view[prev:])
    special = b"".join(keep)
    data = b"".join(plain)
    del view, plain, keep
    return data, special


def copy_to_memory(disk: ox.Store, stale: Callable[[], bool] = lambda: False) -> ox.Store | None:
    """An in-memory store holding exactly the quads and named graphs of `disk`; None when
    `stale()` turned true after the dump (the caller no longer wants a copy of this view)."""
    data = disk.dump(format=NQ)
    if stale():
        return None
    data, special = _split_blank_node_lines(data)
    mem = ox.Store()
    mem.bulk_load(data, format=NQ, lenient=True)  # from the store itself: already valid
    del data
    if special:
        mem.extend(ox.parse(special, format=NQ))  # keeps blank node labels (bulk_load does not)
    for row in disk.query(_EMPTY_GRAPHS):
        mem.add_graph(row[0])
    return mem


def update_graphs(mem: ox.Store, disk: ox.Store, keys: Iterable[str]) -> int:
    """Make each graph named in `keys` (kg.store.written) hold in `mem` exactly what it holds
    in `disk` (gone if `disk` has no such graph; kept, empty, if it has it empty). Returns the
    change in `mem`'s number of quads."""
    return write_graphs(mem, read_graphs(disk, keys))


def read_graphs(disk: ox.Store, keys: Iterable[str]) -> dict:
    """graph -> its N-Triples in `disk` (None: `disk` has no such graph). Nothing is changed, so
    a read that fails (a file compacted away, OSError) can be retried on a reopened view."""
    dumps = {}
    for graph in (graph_of_key(key) for key in keys):
        if isinstance(graph, ox.DefaultGraph) or disk.contains_named_graph(graph):
            dumps[graph] = disk.dump(format=NT, from_graph=graph)
        else:
            dumps[graph] = None
    return dumps


def write_graphs(mem: ox.Store, dumps: dict) -> int:
    """Replace each graph of `dumps` (read_graphs) in `mem`; the change in its number of quads.
    Loaded with bulk_load as the whole copy is (the GIL is released while Oxigraph works),
    lines holding `_:` with parse + extend (labels kept)."""
    change = 0
    for graph in list(dumps):
        default = isinstance(graph, ox.DefaultGraph)
        change -= sum(1 for _ in mem.quads_for_pattern(None, None, None, graph))
        if default:
            mem.clear_graph(graph)
        elif mem.contains_named_graph(graph):
            mem.remove_graph(graph)
        data = dumps.pop(graph)
        if data is None:  # not on disk: gone
            continue
        change += data.count(b"\n")  # one triple a line
        data, special = _split_blank_node_lines(data)
        if data:
            mem.bulk_load(data, format=NT, to_graph=graph, lenient=True)
        if special:
            mem.extend(ox.Quad(t.subject, t.predicate, t.object, graph)
                       for t in ox.parse(special, format=NT))
        if not default:
            mem.add_graph(graph)  # a graph left empty stays, as on disk
    return change


def new_state(ctx):
    """A worker's shared state array (zeros: starting, no snapshot)."""
    return ctx.RawArray("q", STATE_SLOTS)


def describe(state) -> dict:
    """A worker's snapshot state as JSON-ready values."""
    values = list(state)
    status = STATUSES.get(values[STATUS], "?")
    return {"view": VIEWS.get(values[VIEW], "?"), "generation": values[GENERATION],
            "memory_quads": values[MEMORY_QUADS], "status": status,
            "build_seconds": round(values[BUILD_MS] / 1000, 3) if values[BUILD_MS] else None,
            "store_quads": values[STORE_QUADS] if values[STORE_QUADS] >= 0 else None,
            "copies": values[COPIES], "updates": values[UPDATES],
            "update_seconds": round(values[UPDATE_MS] / 1000, 3) if values[UPDATES] else None}


class _BuildLock:
    """One build at a time across the workers of a store: flock on the store directory."""

    def __init__(self, path: str):
        try:
            self._fd: int | None = os.open(path, os.O_RDONLY)
        except OSError:
            self._fd = None

    @contextlib.contextmanager
    def held(self):
        if self._fd is None:
            yield
            return
        fcntl.flock(self._fd, fcntl.LOCK_EX)  # blocks with the GIL released
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)


class WorkerViews:
    """A worker's views of the store: the read-only disk view of its generation and, once built,
    an in-memory copy of that same view, which queries then use.

    The query threads (kg.web.pool) call `current()` per query, `move_to(generation)` (one at a
    time) when a query carries a newer generation, and `tidy()` after each reply; a background
    thread builds the copies.
    """

    def __init__(self, path: str, generation: int, open_disk: Callable[[str], ox.Store],
                 max_quads: int = 0, state=None):
        self.path = path
        self.max_quads = max(0, int(max_quads))
        self._open_disk = open_disk
        self._state = state if state is not None else [0] * STATE_SLOTS
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._retired: list[ox.Store] = []
        # a copy of an older generation, kept to be brought up to date graph by graph
        self._base: tuple[ox.Store, int, int] | None = None  # (copy, its generation, quads)
        self._written: dict[int, frozenset[str] | None] = {}  # generation -> graphs written
        self._memory_quads = 0
        self.generation = generation
        self.disk: ox.Store | None = open_disk(path)
        self.memory: ox.Store | None = None
        self._wanted: tuple[int, ox.Store] | None = None
        self._publish(view=DISK, generation=generation, memory_quads=0,
                      status=OFF if not self.max_quads else COUNTING, store_quads=-1)
        if self.max_quads:
            self._wanted = (generation, self.disk)
            self._build_lock = _BuildLock(path)
            threading.Thread(target=self._builder, name="kg-snapshot", daemon=True).start()

    # --- the query threads ---
    def current(self) -> tuple[ox.Store, str]:
        with self._lock:
            if self.memory is not None:
                return self.memory, "memory"
            assert self.disk is not None
            return self.disk, "disk"

    def move_to(self, generation: int, written: dict | None = None) -> None:
        """The store was written: serve the new disk view now, and in the background bring the
        copy up to date: graph by graph when `written` names the graphs each generation since
        the copy's touched (kg.web.pool), else by copying the whole view."""
        disk = self._open_disk(self.path)
        with self._lock:
            if written is None:
                self._written.clear()  # unknown: every older copy is recopied
            else:
                self._written.update(written)
            for old in [g for g in self._written if g <= generation - _WRITTEN_KEPT]:
                del self._written[old]
            if self.memory is not None:
                if self._base is not None:
                    self._retired.append(self._base[0])
                self._base = (self.memory, self.generation, self._memory_quads)
            self.memory = None
            self.disk = disk
            self.generation = generation
            self._publish(view=DISK, generation=generation, memory_quads=0,
                          status=OFF if not self.max_quads else COUNTING, store_quads=-1)
            if self.max_quads:
                self._wanted = (generation, disk)
                self._wake.notify()

    def reopen_disk(self) -> ox.Store:
        """A fresh disk view of the same generation, for a request that failed because the
        writer's compaction removed a file the old view was about to read."""
        disk = self._open_disk(self.path)
        with self._lock:
            self.disk = disk
        return disk

    def tidy(self) -> None:
        """Free retired copies (holds the GIL a while: call it between queries)."""
        with self._lock:
            retired, self._retired = self._retired, []
        del retired

    # --- the builder thread ---
    def _stale(self, generation: int) -> bool:
        return self.generation != generation

    def _moved_with_writes(self, generation: int) -> bool:
        """The view moved on from `generation` and something was written since (or what is not
        known): a copy of `generation` is no longer worth finishing. A move with nothing written
        (the compaction after the start, kg.web.compaction) keeps the copy going: once done it
        is kept as the base and brought up to date, with nothing to recopy."""
        return self._stale(generation) and self._written_since(generation, self.generation) != set()

    def _written_since(self, since: int, generation: int) -> set[str] | None:
        """The graphs written after generation `since` up to `generation` (None: unknown)."""
        if generation - since > _WRITTEN_KEPT:
            return None
        keys: set[str] = set()
        with self._lock:
            for g in range(since + 1, generation + 1):
                graphs = self._written.get(g)
                if graphs is None:
                    return None
                keys |= graphs
        return keys

    def _keep_base(self, copy: ox.Store, generation: int, quads: int) -> None:
        """Under the lock: keep a copy the generation moved on from, for the next update."""
        if self._base is None:
            self._base = (copy, generation, quads)
        else:
            self._retired.append(copy)

    def _builder(self) -> None:
        while True:
            with self._lock:
                while self._wanted is None:
                    self._wake.wait()
                generation, disk = self._wanted
                self._wanted = None
            try:
                self._build(generation, disk)
            except Exception as exc:  # noqa: BLE001 - a failed copy leaves the worker on disk
                print(f"kg query worker {os.getpid()}: no in-memory snapshot of generation "
                      f"{generation}, querying on disk: {type(exc).__name__}: {exc}",
                      file=sys.stderr, flush=True)
                with self._lock:
                    if not self._stale(generation):
                        self._publish(status=FAILED)
            del disk

    def _build(self, generation: int, disk: ox.Store) -> None:
        """Copy `disk` if small enough. The writer compacts in the background and a read-only
        view opens its files lazily, so a file can be gone by the time the copy reads it: then
        reopen the view, move the queries to it too (copy and view stay the same snapshot), and
        try again."""
        for attempt in range(_ATTEMPTS):
            try:
                self._build_from(generation, disk)
                return
            except OSError:
                if attempt + 1 == _ATTEMPTS or self._stale(generation):
                    raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt))
            disk = self._open_disk(self.path)
            with self._lock:
                if self._stale(generation):
                    return
                self.disk = disk

    def _build_from(self, generation: int, disk: ox.Store) -> None:
        with self._lock:
            base, self._base = self._base, None
        if base is not None:
            keys = self._written_since(base[1], generation)
            if keys is not None:
                self._update(generation, disk, base, keys)
                return
            with self._lock:
                self._retired.append(base[0])
            del base
        quads = count_quads(disk, self.max_quads)
        with self._lock:
            if self._stale(generation):
                return
            if quads > self.max_quads:
                self._publish(status=TOO_BIG, store_quads=-1)
                return
            self._publish(status=WAITING, store_quads=quads)
        with self._build_lock.held():
            if self._stale(generation):
                return
            self._publish_if_current(generation, status=BUILDING)
            started = time.monotonic()
            mem = copy_to_memory(disk, lambda: self._moved_with_writes(generation))
            took = time.monotonic() - started
        if mem is None:
            return
        with self._lock:
            self._publish(copies=self._state[COPIES] + 1)
            if self._stale(generation):
                self._keep_base(mem, generation, quads)  # updated for the new generation next
                return
            self.memory = mem
            self._memory_quads = quads
            self.disk = None  # the copy replaces the view; a new generation opens a new one
            self._publish(view=MEMORY, memory_quads=quads, status=READY,
                          build_ms=max(1, int(took * 1000)))

    def _update(self, generation: int, disk: ox.Store, base: tuple[ox.Store, int, int],
                keys: set[str]) -> None:
        """Bring a copy of an older generation up to `generation` by recopying only the graphs
        written since. A copy that fails halfway is dropped (the error goes to _build, which
        retries with a whole copy)."""
        mem, _, quads = base
        with self._build_lock.held():
            if self._stale(generation):
                with self._lock:
                    self._keep_base(*base)
                return
            self._publish_if_current(generation, status=UPDATING)
            started = time.monotonic()
            try:
                dumps = read_graphs(disk, sorted(keys))
            except OSError:  # a file compacted away: keep the copy, _build retries on a new view
                with self._lock:
                    self._keep_base(*base)
                raise
            try:
                quads += write_graphs(mem, dumps)
            except BaseException:
                with self._lock:
                    self._retired.append(mem)
                raise
            took = time.monotonic() - started
        with self._lock:
            self._publish(updates=self._state[UPDATES] + 1, update_ms=max(1, int(took * 1000)))
            if quads > self.max_quads:
                self._retired.append(mem)
                if not self._stale(generation):
                    self._publish(status=TOO_BIG, store_quads=-1)
                return
            if self._stale(generation):
                self._keep_base(mem, generation, quads)
                return
            self.memory = mem
            self._memory_quads = quads
            self.disk = None
            self._publish(view=MEMORY, memory_quads=quads, status=READY, store_quads=quads)

    def _publish_if_current(self, generation: int, **values) -> None:
        with self._lock:
            if not self._stale(generation):
                self._publish(**values)

    def _publish(self, view=None, generation=None, memory_quads=None, status=None,
                 build_ms=None, store_quads=None, copies=None, updates=None,
                 update_ms=None) -> None:
        for slot, value in ((GENERATION, generation), (MEMORY_QUADS, memory_quads),
                            (STATUS, status), (BUILD_MS, build_ms), (STORE_QUADS, store_quads),
                            (COPIES, copies), (UPDATES, updates), (UPDATE_MS, update_ms),
                            (VIEW, view)):
            if value is not None:
                self._state[slot] = value


__all__ = ["WorkerViews", "copy_to_memory", "count_quads", "describe", "new_state"]
