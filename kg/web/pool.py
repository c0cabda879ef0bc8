"""Query execution with a time limit that really works: killable worker processes.

Oxigraph has no timeout and no cancellation, and a thread cannot be killed, so every endpoint
query over an on-disk store runs in one of a few long-lived worker processes. Each worker holds
a read-only view of the on-disk store (`pyoxigraph.Store.read_only`, a consistent snapshot as of
opening) and reopens it when the store's write generation moved on. The worker evaluates the
request (kg.web.evaluation: parse, negotiate, serialize) and sends bytes back over a pipe; so
the query is parsed and the format decided before the first byte goes to the client, and a
worker that overruns the query time limit is SIGKILLed (its CPU is free at once) and replaced,
while the other workers keep serving.

In-memory snapshots (kg.web.snapshot, setting `query_snapshot_max_quads`): when the store holds
at most that many quads, a background thread of each worker copies its disk view into an
in-memory `pyoxigraph.Store()` (4-7x faster on long queries) and swaps it in if the generation
has not moved on meanwhile. A new generation is served from a freshly opened disk view at once
while its copy is brought up to date (only the graphs the write touched, when the store knows
them: `bump_generation(written)`), so writes are visible to the next query. The query itself always runs
on the worker's main thread, so the time limit still kills it (the copy thread dies with the
process), and a replacement worker builds its own copy. Each reply names the view it was
evaluated on (`SNAPSHOT_KEY`, popped by the pool into `Answer.snapshot`, shown in the
`Server-Timing` header), and each worker publishes its state in shared memory
(`QueryPool.snapshot_status`, shown by /healthz and /metrics).
"""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg import sandbox
from kg.errors import Busy, QueryTimeout, StoreError
from kg.store.embedded import raced_compaction, read_only_view
from kg.web.evaluation import Answer, QueryRequest, evaluate, raise_error
from kg.web.snapshot import WorkerViews, describe, new_state
from kg.web.update_copy import GraphSource, UpdateOutcome, UpdateRequest
from kg.web.update_copy import worker_reply as update_reply


def open_read_only(path: str) -> ox.Store:
    """A read-only view of the on-disk store (retried while files are compacted away)."""
    try:
        return read_only_view(path)
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"cannot open {path} read-only: {exc}") from exc


_WRITTEN_KEPT = 64  # generations whose written graphs the pool remembers

SNAPSHOT_KEY = "kg-snapshot"  # in a reply's headers: the view it was evaluated on (popped by the pool)


def _tagged(send: Callable[[tuple], None], kind: str) -> Callable[[tuple], None]:
    def tag(msg: tuple) -> None:
        if msg[0] in ("full", "head"):
            msg[2][SNAPSHOT_KEY] = kind
        send(msg)
    return tag


def worker_main(conn, path: str, generation: int, snapshot_max_quads: int = 0,
                state=None, allow_network: bool = False) -> None:
    """Loop of a worker process: receive (generation, QueryRequest), send messages back.

    Queries run on the disk view of the current generation until the background copy of that
    same view into memory is ready (kg.web.snapshot); a newer generation opens a new disk view
    at once and starts a new copy.

    Without an allow-list (`allow_network` False) the whole process loses the network before
    anything else runs (kg.sandbox); with one, only queries the scan found allow-listed SERVICE
    targets in run on the main thread, and all others on a thread without network.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us; Ctrl-C goes to it
    if not allow_network:
        sandbox.deny_network()  # before any thread starts: every later thread inherits it
    views = WorkerViews(path, generation, open_read_only, snapshot_max_quads, state)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            gen, req, written = conn.recv()
        except (EOFError, OSError):
            return
        if gen != views.generation:
            views.move_to(gen, written)
        store, kind = views.current()
        if isinstance(req, UpdateRequest):  # an update on a copy, for the write gate
            reply = _update(store, req, allow_network)
            if kind == "disk" and reply[0] == "error" and raced_compaction(reply[2]):
                reply = _update(views.reopen_disk(), req, allow_network)  # once, on a new view
            conn.send(reply)
        elif getattr(req, "kind", None) == "validate":  # the validation page's check
            from kg.web.validation_job import worker_reply as validation_reply

            conn.send(sandbox.run_offline(validation_reply, store, path, req))
        elif allow_network and not req.network:
            sandbox.run_offline(evaluate, store, req, _tagged(conn.send, kind))
        else:
            evaluate(store, req, _tagged(conn.send, kind))
        del store
        views.tidy()  # free an old copy now, between queries


def _update(store: ox.Store, req: UpdateRequest, allow_network: bool) -> tuple:
    source = GraphSource.of_oxigraph(store)
    if allow_network and not req.network:
        return sandbox.run_offline(update_reply, source, req)
    return update_reply(source, req)


# --- the pool -------------------------------------------------------------------------------------

class Worker:
    def __init__(self, ctx, path: str, generation: int, snapshot_max_quads: int = 0,
                 allow_network: bool = False):
        self.conn, child = ctx.Pipe(duplex=True)
        self.state = new_state(ctx)  # written by the worker: its view and snapshot
        self.process = ctx.Process(target=worker_main,
                                   args=(child, path, generation, snapshot_max_quads, self.state,
                                         allow_network),
                                   name="kg-query-worker", daemon=True)
        self.process.start()
        child.close()
        self.pid = self.process.pid
        self.started = False
        self.generation = generation  # the newest generation this worker was told of

    def wait_ready(self, timeout: float = 60.0) -> None:
        if self.started:
            return
        try:
            if not self.conn.poll(timeout):
                raise StoreError("a query worker did not start in time")
            msg = self.conn.recv()
        except (EOFError, OSError) as exc:  # it died starting (or the pool closed meanwhile)
            raise StoreError(f"a query worker exited while starting: {exc!r}") from exc
        if msg[0] != "ready":
            raise StoreError(f"a query worker failed to start: {msg}")
        self.started = True

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.join(5)
        try:
            self.conn.close()
        except OSError:  # closed already: the pool closing while this worker was replaced
            pass

    def alive(self) -> bool:
        return self.process.is_alive()

    def snapshot(self) -> dict:
        return describe(self.state)


@dataclass
class PoolStats:
    queries: int = 0
    timeouts: int = 0
    errors: int = 0
    busy: int = 0
    killed: int = 0
    replaced: int = 0


class QueryPool:
    """Long-lived worker processes over a read-only view of the store at `path`, each querying an
    in-memory copy of it when the store holds at most `snapshot_max_quads` quads (0: never)."""

    def __init__(self, path: str, *, workers: int = 2, max_concurrent: int = 8,
                 timeout: float = 30.0, snapshot_max_quads: int = 0, allow_network: bool = False):
        import multiprocessing

        self.path = path
        self.allow_network = allow_network  # an allow-list exists: SERVICE may leave the machine
        self.size = max(1, workers)
        self.timeout = timeout
        self.snapshot_max_quads = max(0, int(snapshot_max_quads))  # 0: always on disk
        # forkserver: one clean, single-threaded server process (started once, with this module
        # preloaded) forks every worker in milliseconds; forking the threaded web server itself
        # would be unsafe, and spawning costs an interpreter start per worker.
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.web.pool"])
        # LIFO: the worker that just answered takes the next query while its caches are warm;
        # with a FIFO the workers take turns and each query wakes a colder process.
        self._idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(max(1, max_concurrent))
        self.generation = 0
        # generation -> the graphs its write touched (kg.store.written keys; None: unknown), for
        # the last _WRITTEN_KEPT generations: a worker updates its snapshot graph by graph
        self._written: dict[int, frozenset[str] | None] = {}
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()
        self.stats = PoolStats()
        self._closed = False
        self._started = False

    # lifecycle
    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
            fresh = [self._spawn() for _ in range(self.size)]
        for w in fresh:
            w.wait_ready()
            self._idle.put(w)

    def _spawn(self) -> Worker:
        w = Worker(self._ctx, self.path, self.generation, self.snapshot_max_quads,
                   self.allow_network)
        self._workers.add(w)
        return w

    def _replace(self, dead: Worker) -> None:
        """Kill a worker and start another in the background (the others keep serving)."""
        dead.kill()
        with self._lock:
            self._workers.discard(dead)
            self.stats.killed += 1
            if self._closed:
                return
            fresh = self._spawn()

        def ready():
            try:
                fresh.wait_ready()
            except StoreError:
                fresh.kill()
                with self._lock:
                    self._workers.discard(fresh)
                return
            with self._lock:
                self.stats.replaced += 1
            self._idle.put(fresh)

        threading.Thread(target=ready, name="kg-worker-start", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for w in workers:
            w.kill()

    def bump_generation(self, written: set[str] | None = None) -> None:
        """The store was written: workers reopen their read-only view before the next query.
        `written`: the graphs the write touched (None: unknown), so that a worker's in-memory
        snapshot is updated graph by graph instead of recopied whole (kg.web.snapshot)."""
        with self._lock:
            self.generation += 1
            self._written[self.generation] = None if written is None else frozenset(written)
            self._written.pop(self.generation - _WRITTEN_KEPT, None)

    def _send(self, worker: Worker, req) -> None:
        """Send a request with the current generation and, when the worker was told of an
        older one, the graphs written since (a generation no longer kept counts as unknown)."""
        with self._lock:
            gen = self.generation
            written = (None if gen - worker.generation > _WRITTEN_KEPT else
                       {g: self._written.get(g) for g in range(worker.generation + 1, gen + 1)})
        worker.conn.send((gen, req, written))
        worker.generation = gen

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._workers]

    def snapshot_status(self) -> dict:
        """Which view each live worker queries (memory or disk), for /healthz and /metrics."""
        with self._lock:
            workers = sorted(self._workers, key=lambda w: w.pid)
        states = [{"pid": w.pid, **w.snapshot()} for w in workers]
        memory = [st for st in states if st["view"] == "memory"]
        return {"max_quads": self.snapshot_max_quads, "generation": self.generation,
                "memory_workers": len(memory), "disk_workers": len(states) - len(memory),
                "memory_quads": sum(st["memory_quads"] for st in memory), "workers": states}

    # running a query
    def run(self, req: QueryRequest, timeout: float | None = None) -> Answer:
        timeout = self.timeout if timeout is None else timeout
        if not self._started:
            self.start()
        if not self._slots.acquire(blocking=False):
            self.stats.busy += 1
            raise Busy(f"too many queries at once (max_concurrent_queries="
                       f"{int(self._slots._initial_value)})",  # type: ignore[attr-defined]
                       setting="max_concurrent_queries",
                       hint="retry shortly; an operator can raise max_concurrent_queries")
        deadline = time.monotonic() + timeout
        worker: Worker | None = None
        try:
            worker = self._checkout(deadline)
            self.stats.queries += 1
            self._send(worker, req)
            msg = self._recv(worker, deadline)
            if msg[0] == "error":
                self._checkin(worker)
                worker = None
                self.stats.errors += 1
                raise_error(msg)
            if msg[0] == "full":
                _, content_type, headers, body = msg
                snapshot = headers.pop(SNAPSHOT_KEY, None)
                self._checkin(worker)
                pid, worker = worker.pid, None
                self._slots.release()
                return Answer(content_type, headers, body=body, worker_pid=pid, snapshot=snapshot)
            _, content_type, headers = msg
            snapshot = headers.pop(SNAPSHOT_KEY, None)
            w, worker = worker, None  # the stream owns it now
            return Answer(content_type, headers, stream=self._stream(w, deadline), worker_pid=w.pid,
                          snapshot=snapshot)
        except BaseException:
            if worker is not None:
                self._replace(worker)
            self._slots.release()
            raise

    def run_update(self, req: UpdateRequest) -> UpdateOutcome:
        """Evaluate an update on a copy of the graphs it names in a worker (kg.web.update_copy):
        a crash or a runaway update costs that worker, never the server."""
        return self._run_one(req, "the update", "nothing was written",
                             "make its WHERE more selective")[1]

    def run_validation(self, req):
        """Check a document as `kg validate` does, in a worker (kg.web.validation_job): the
        query time limit stops it, and a crash costs that worker. Returns (summary, extracted
        record JSON or None)."""
        msg = self._run_one(req, "the validation", "nothing was loaded",
                            "check a smaller input, or use `kg validate`")
        return msg[1], msg[2]

    def _run_one(self, req, what: str, outcome: str, hint: str) -> tuple:
        """Send one request that is answered by one message; raise its error, if any."""
        if not self._started:
            self.start()
        deadline = time.monotonic() + self.timeout
        worker: Worker | None = None
        try:
            worker = self._checkout(deadline)
            self._send(worker, req)
            try:
                msg = self._recv(worker, deadline)
            except QueryTimeout as exc:
                raise QueryTimeout(f"{what} ran longer than the time limit (query_timeout="
                                   f"{self.timeout:g} s) and was stopped; {outcome}",
                                   setting="query_timeout", hint=hint) from exc
            except StoreError as exc:
                raise StoreError(f"{what} crashed the worker running it (it is replaced; "
                                 f"{outcome})", hint=f"{hint}; see the server log") from exc
            self._checkin(worker)
            worker = None
            if msg[0] == "error":
                raise_error(msg)
            if msg[0] == "raise":
                raise msg[1]
            return msg
        except BaseException:
            if worker is not None:
                self._replace(worker)
            raise

    def _stream(self, worker: Worker, deadline: float) -> Iterator[bytes]:
        done = False
        try:
            while True:
                try:
                    msg = self._recv(worker, deadline)
                except QueryTimeout as exc:
                    yield (f"\n\n# kg: {exc.message}; this response is incomplete\n").encode()
                    raise
                if msg[0] == "data":
                    yield msg[1]
                elif msg[0] == "end":
                    done = True
                    return
                else:  # "fail"
                    self.stats.errors += 1
                    yield f"\n\n# kg: {msg[1]}; this response is incomplete\n".encode()
                    done = True
                    raise StoreError(msg[1])
        finally:
            if done:
                self._checkin(worker)
            else:
                self._replace(worker)  # timed out or the client went away mid-stream
            self._slots.release()

    def _checkout(self, deadline: float) -> Worker:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stats.timeouts += 1
                raise QueryTimeout(f"no query worker became free within the query time limit "
                                   f"(query_timeout={self.timeout:g} s)", setting="query_timeout",
                                   hint="retry later, or raise query_workers / query_timeout")
            try:
                w = self._idle.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if w.alive():
                return w
            self._replace(w)

    def _checkin(self, worker: Worker) -> None:
        if self._closed:
            worker.kill()
        else:
            self._idle.put(worker)

    def _recv(self, worker: Worker, deadline: float) -> tuple:
        remaining = deadline - time.monotonic()
        try:
            ready = remaining > 0 and worker.conn.poll(remaining)
            if ready:
                return worker.conn.recv()
        except (EOFError, OSError) as exc:
            raise StoreError(f"a query worker died: {exc}",
                             hint="see the server log; the worker is replaced") from exc
        self.stats.timeouts += 1
        raise QueryTimeout(f"the query ran longer than the time limit (query_timeout="
                           f"{self.timeout:g} s) and was stopped", setting="query_timeout",
                           hint="make the query more selective (LIMIT, filters), or ask an "
                                "operator to raise query_timeout")


__all__ = ["QueryPool", "SNAPSHOT_KEY", "Worker", "open_read_only", "worker_main"]
