"""Query execution with a time limit that really works: killable worker processes.

Oxigraph has no timeout and no cancellation, and a thread cannot be killed, so every endpoint
query over an on-disk store runs in one of a few long-lived worker processes. Each worker holds
a read-only view of the on-disk store (`pyoxigraph.Store.read_only`, a consistent snapshot as of
opening) and reopens it when the store's write generation moved on. The worker evaluates the
request (kg.web.evaluation: parse, negotiate, serialize) and sends bytes back over a pipe; so
the query is parsed and the format decided before the first byte goes to the client, and a
worker that overruns the query time limit is SIGKILLed (its CPU is free at once) and replaced,
while the other workers keep serving.

In-memory snapshots (kg.web.snapshot, setting `query_snapshot_max_quads`, by default sized by
memory: kg.web.snapshot_limit): when the store holds at most that many quads, a background
thread of each worker copies its disk view into an in-memory `pyoxigraph.Store()` (4-7x faster
on long queries) and swaps it in if the generation
has not moved on meanwhile. A new generation is served from a freshly opened disk view at once
while its copy is brought up to date (only the graphs the write touched, when the store knows
them: `bump_generation(written)`), so writes are visible to the next query.

Query threads (setting `query_threads`): a worker evaluates up to that many queries at once, one
thread per pipe (`Channel`), all on its one copy, so N queries at once cost one copy, not N
(pyoxigraph releases the GIL while it evaluates). The time limit kills the whole process (the
copy thread dies with it) and a replacement builds its own copy; the other queries that were in
flight on it and had sent nothing yet are run again once, on the next free channel, within
their own deadline (`QueryPool.run`). Each reply names the view it was
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
from kg.web.snapshot import GENERATION, MEMORY, VIEW, WorkerViews, describe, new_state
from kg.web.snapshot_limit import SnapshotLimit
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


def worker_main(conns, path: str, generation: int, snapshot_max_quads: int = 0,
                state=None, allow_network: bool = False) -> None:
    """A worker process: one thread per connection in `conns` (a single connection: one
    thread), each receiving (generation, QueryRequest, written) and sending messages back.

    All threads query the same views (kg.web.snapshot): the disk view of the current
    generation until the background copy of that same view into memory is ready; a newer
    generation opens a new disk view at once and starts a new copy. So N threads hold one copy,
    where N processes would hold N (pyoxigraph releases the GIL while it evaluates).

    Without an allow-list (`allow_network` False) the whole process loses the network before
    anything else runs (kg.sandbox); with one, only queries the scan found allow-listed SERVICE
    targets in run on their own thread, and all others on a thread without network.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us; Ctrl-C goes to it
    if not allow_network:
        sandbox.deny_network()  # before any thread starts: every later thread inherits it
    conns = list(conns) if isinstance(conns, (list, tuple)) else [conns]
    views = WorkerViews(path, generation, open_read_only, snapshot_max_quads, state)
    moving = threading.Lock()  # one thread at a time moves the views to a newer generation
    for conn in conns[1:]:
        threading.Thread(target=_serve, args=(conn, views, moving, path, allow_network),
                         name="kg-query-thread", daemon=True).start()
    conns[0].send(("ready", os.getpid()))
    _serve(conns[0], views, moving, path, allow_network)  # the process ends with the main thread


def _serve(conn, views: WorkerViews, moving: threading.Lock, path: str,
           allow_network: bool) -> None:
    """One thread of a worker: answer the requests of one connection until it closes."""
    while True:
        try:
            gen, req, written = conn.recv()
        except (EOFError, OSError):
            return
        if gen > views.generation:  # (an older one: a request sent before a write we have seen)
            with moving:
                if gen > views.generation:
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

class Channel:
    """One thread of a worker process: the pipe to it. The pool hands out channels, so a
    worker with N threads evaluates up to N queries at once on its one copy of the store."""

    def __init__(self, worker: Worker, conn, index: int):
        self.worker, self.conn, self.index = worker, conn, index

    @property
    def pid(self) -> int:
        return self.worker.pid


class Worker:
    def __init__(self, ctx, path: str, generation: int, snapshot_max_quads: int = 0,
                 allow_network: bool = False, threads: int = 1):
        pipes = [ctx.Pipe(duplex=True) for _ in range(max(1, threads))]
        self.state = new_state(ctx)  # written by the worker: its view and snapshot
        self.process = ctx.Process(target=worker_main,
                                   args=([child for _, child in pipes], path, generation,
                                         snapshot_max_quads, self.state, allow_network),
                                   name="kg-query-worker", daemon=True)
        self.process.start()
        for _, child in pipes:
            child.close()
        self.channels = [Channel(self, conn, i) for i, (conn, _) in enumerate(pipes)]
        self.pid = self.process.pid
        self.started = False
        self.dead = False  # killed by the pool (set under the pool's lock): its channels are void

    def wait_ready(self, timeout: float = 60.0) -> None:
        if self.started:
            return
        try:
            ready = self.channels[0].conn  # the channel that says "ready"
            if not ready.poll(timeout):
                raise StoreError("a query worker did not start in time")
            msg = ready.recv()
        except (EOFError, OSError) as exc:  # it died starting (or the pool closed meanwhile)
            raise StoreError(f"a query worker exited while starting: {exc!r}") from exc
        if msg[0] != "ready":
            raise StoreError(f"a query worker failed to start: {msg}")
        self.started = True

    def kill(self) -> None:
        """SIGKILL the process. Its channels stay open: a thread may be waiting on one right
        now, and closing it under that thread let the pipe's descriptor number be reused by
        the replacement's pipes, so the wait never saw the death (a query was lost until its
        time limit, CI of 9027ed2 and of 8dbb4ba). Each channel is closed by whoever holds it
        next (`discard`), or with the pool."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.join(5)

    def close_channels(self) -> None:
        for ch in self.channels:
            discard(ch)


    def alive(self) -> bool:
        return self.process.is_alive()

    def generation(self) -> int:
        """The generation the worker's views are at (it publishes it when it moves)."""
        return int(self.state[GENERATION])

    def on_memory(self) -> bool:
        """Whether the worker answers from its in-memory copy (it publishes its view)."""
        return int(self.state[VIEW]) == MEMORY

    def snapshot(self) -> dict:
        return describe(self.state)



def discard(ch: Channel) -> None:
    """Close the pipe of a channel of a dead worker, by the one thread that holds it."""
    try:
        ch.conn.close()
    except OSError:  # closed already
        pass


class IdleChannels:
    """The idle channels, handed out from the worker with the most idle threads (the least
    busy: queries spread over the processes before they share one), and among equals from the
    worker used last (its caches are warm; with a FIFO each query would wake a colder one)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._free: dict[Worker, list[Channel]] = {}
        self._used: dict[Worker, int] = {}  # worker -> when a channel of it was last put back
        self._clock = 0

    def put(self, channel: Channel) -> None:
        with self._cond:
            self._clock += 1
            self._free.setdefault(channel.worker, []).append(channel)
            self._used[channel.worker] = self._clock
            self._cond.notify()

    def get(self, timeout: float) -> Channel:
        """An idle channel; raises queue.Empty after `timeout` seconds without one."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._free, timeout):
                raise queue.Empty
            worker = max(self._free, key=lambda w: (len(self._free[w]), self._used[w]))
            channels = self._free[worker]
            channel = channels.pop()
            if not channels:
                del self._free[worker]
                del self._used[worker]
            return channel

    def qsize(self) -> int:
        with self._cond:
            return sum(len(c) for c in self._free.values())


@dataclass
class PoolStats:
    queries: int = 0
    timeouts: int = 0
    errors: int = 0
    busy: int = 0
    killed: int = 0
    replaced: int = 0
    rerun: int = 0  # queries run again because their worker was killed under them


class QueryPool:
    """Long-lived worker processes over a read-only view of the store at `path`, each querying an
    in-memory copy of it when the store holds at most `snapshot_max_quads` quads (0: never),
    each evaluating up to `threads` queries at once on its one copy."""

    def __init__(self, path: str, *, workers: int = 2, max_concurrent: int = 8,
                 timeout: float = 30.0, snapshot_max_quads: int = 0, allow_network: bool = False,
                 threads: int = 1, snapshot_limit: SnapshotLimit | None = None,
                 disk_threads: int | None = None):
        import multiprocessing

        self.path = path
        self.allow_network = allow_network  # an allow-list exists: SERVICE may leave the machine
        self.size = max(1, workers)
        self.threads = max(1, threads)  # queries a worker evaluates at once (one thread each)
        # ... while it answers from disk (reads wait on I/O more than on the cores; measured at
        # 5M quads, docs/endpoint.md): each worker starts the larger number of threads, and the
        # pool hands out only as many of them as the view the worker is on allows
        self.disk_threads = max(1, self.threads if disk_threads is None else disk_threads)
        self._parked: list[Channel] = []  # idle channels beyond what their worker's view allows
        self.timeout = timeout
        self.snapshot_max_quads = max(0, int(snapshot_max_quads))  # 0: always on disk
        # how the limit was reached (the setting, or sized by memory: kg.web.snapshot_limit)
        self.snapshot_limit = snapshot_limit or SnapshotLimit(self.snapshot_max_quads, "setting")
        # forkserver: one clean, single-threaded server process (started once, with this module
        # preloaded) forks every worker in milliseconds; forking the threaded web server itself
        # would be unsafe, and spawning costs an interpreter start per worker.
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.web.pool"])
        self._idle = IdleChannels()  # the workers' threads that wait for a query
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
            self._put_idle(w)

    @property
    def slots(self) -> int:
        """Channels the workers have (workers x the larger of threads and disk_threads)."""
        return self.size * max(self.threads, self.disk_threads)

    def allowed_threads(self, worker: Worker) -> int:
        """How many of `worker`'s threads may evaluate at once on the view it is on."""
        return self.threads if worker.on_memory() else self.disk_threads

    def _put_idle(self, worker: Worker) -> None:
        for ch in reversed(worker.channels):  # channel 0 (the main thread) is taken first
            self._idle.put(ch)

    def _spawn(self) -> Worker:
        w = Worker(self._ctx, self.path, self.generation, self.snapshot_max_quads,
                   self.allow_network, max(self.threads, self.disk_threads))
        self._workers.add(w)
        return w

    def _replace(self, dead: Worker) -> None:
        """Kill a worker and start another in the background (the others keep serving). A
        worker is replaced once, however many of its threads' queries see it die."""
        with self._lock:
            if dead.dead:
                return
            dead.dead = True
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
                fresh.close_channels()  # (never handed out)
                with self._lock:
                    self._workers.discard(fresh)
                return
            with self._lock:
                self.stats.replaced += 1
            self._put_idle(fresh)

        threading.Thread(target=ready, name="kg-worker-start", daemon=True).start()

    def _retire(self, channel: Channel) -> None:
        """The query on this channel failed with its worker: replace the worker (once, however
        many of its threads see it) and close this thread's pipe to it."""
        self._replace(channel.worker)
        discard(channel)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for w in workers:
            w.kill()
            w.close_channels()

    def bump_generation(self, written: set[str] | None = None) -> None:
        """The store was written: workers reopen their read-only view before the next query.
        `written`: the graphs the write touched (None: unknown), so that a worker's in-memory
        snapshot is updated graph by graph instead of recopied whole (kg.web.snapshot)."""
        with self._lock:
            self.generation += 1
            self._written[self.generation] = None if written is None else frozenset(written)
            self._written.pop(self.generation - _WRITTEN_KEPT, None)

    def _send(self, channel: Channel, req) -> None:
        """Send a request with the current generation and the graphs written since the
        generation the worker is at (a generation no longer kept counts as unknown). Every
        thread of a worker is told the same, whichever of them moves the views first."""
        since = channel.worker.generation()
        with self._lock:
            gen = self.generation
            written = (None if gen - since > _WRITTEN_KEPT else
                       {g: self._written.get(g) for g in range(since + 1, gen + 1)})
        try:
            channel.conn.send((gen, req, written))
        except (OSError, ValueError) as exc:  # its worker died (or was killed) meanwhile
            raise StoreError(f"a query worker died: {exc}",
                             hint="see the server log; the worker is replaced") from exc

    def queries_running(self) -> int:
        """Queries holding one of the max_concurrent_queries slots now (being answered, or still
        streaming their answer)."""
        return int(self._slots._initial_value) - self._slots._value  # type: ignore[attr-defined]

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._workers]

    def snapshot_status(self) -> dict:
        """Which view each live worker queries (memory or disk), for /healthz and /metrics."""
        with self._lock:
            workers = sorted(self._workers, key=lambda w: w.pid)
        states = [{"pid": w.pid, "threads": self.allowed_threads(w), **w.snapshot()}
                  for w in workers]
        memory = [st for st in states if st["view"] == "memory"]
        return {"max_quads": self.snapshot_max_quads, **self.snapshot_limit.describe(),
                "generation": self.generation,
                "threads_per_worker": self.threads, "threads_on_disk": self.disk_threads,
                "memory_workers": len(memory), "disk_workers": len(states) - len(memory),
                "memory_quads": sum(st["memory_quads"] for st in memory), "workers": states}

    # running a query
    def run(self, req: QueryRequest, timeout: float | None = None) -> Answer:
        """Evaluate a query in a worker thread. When that worker dies before the first message,
        the query is sent again to the next free channel (another worker, or the replacement,
        which answers from its disk view until its copy is built), within the same deadline:
        as often as the pool killed the worker for another query that overran the time limit
        (past the deadline the answer is the time limit's 504), once when it crashed."""
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
        channel: Channel | None = None
        try:
            self.stats.queries += 1
            channel, msg = self._exchange(req, deadline)
            if msg[0] == "error":
                self._checkin(channel)
                channel = None
                self.stats.errors += 1
                raise_error(msg)
            if msg[0] == "full":
                _, content_type, headers, body = msg
                snapshot = headers.pop(SNAPSHOT_KEY, None)
                self._checkin(channel)
                pid, channel = channel.pid, None
                self._slots.release()
                return Answer(content_type, headers, body=body, worker_pid=pid, snapshot=snapshot)
            _, content_type, headers = msg
            snapshot = headers.pop(SNAPSHOT_KEY, None)
            ch, channel = channel, None  # the stream owns it now
            return Answer(content_type, headers, stream=self._stream(ch, deadline),
                          worker_pid=ch.pid, snapshot=snapshot)
        except BaseException:
            if channel is not None:
                self._retire(channel)
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

        def overran(exc: QueryTimeout) -> Exception:
            return QueryTimeout(f"{what} ran longer than the time limit (query_timeout="
                                f"{self.timeout:g} s) and was stopped; {outcome}",
                                setting="query_timeout", hint=hint)

        def crashed(exc: StoreError) -> Exception:
            return StoreError(f"{what} crashed the worker running it (it is replaced; "
                              f"{outcome})", hint=f"{hint}; see the server log")

        channel, msg = self._exchange(req, deadline, overran, crashed)
        self._checkin(channel)
        if msg[0] == "error":
            raise_error(msg)
        if msg[0] == "raise":
            raise msg[1]
        return msg

    def _exchange(self, req, deadline: float,
                  overran: Callable[[QueryTimeout], Exception] | None = None,
                  crashed: Callable[[StoreError], Exception] | None = None
                  ) -> tuple[Channel, tuple]:
        """Send a request to a free channel and return it with the first message of the answer.
        When the worker dies before that message, the request goes to the next free channel
        within the same deadline: as often as the pool killed the worker for another query
        that overran the time limit (not this request's doing), once when it died on its own.
        Whatever is raised, the channel's worker is replaced first (it may still be busy with
        this request); `overran` and `crashed` say what to raise instead of the time limit's
        error while waiting for the answer and of a second death of the worker's own."""
        deaths = 0
        while True:  # (bounded by the deadline: _checkout and _recv raise QueryTimeout)
            channel = self._checkout(deadline)
            try:
                self._send(channel, req)
                return channel, self._recv(channel, deadline)
            except StoreError as exc:  # the worker died under this request, before any answer
                own = not channel.worker.dead
                self._retire(channel)
                if own:
                    deaths += 1
                    if deaths == 2:
                        if crashed is None:
                            raise
                        raise crashed(exc) from exc
                self.stats.rerun += 1
            except QueryTimeout as exc:
                self._retire(channel)
                if overran is None:
                    raise
                raise overran(exc) from exc
            except BaseException:
                self._retire(channel)
                raise

    def _stream(self, channel: Channel, deadline: float) -> Iterator[bytes]:
        done = False
        try:
            while True:
                try:
                    msg = self._recv(channel, deadline)
                except (QueryTimeout, StoreError) as exc:  # overran, or its worker was killed
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
                self._checkin(channel)
            else:
                self._retire(channel)  # timed out or the client went away mid-stream
            self._slots.release()

    def _checkout(self, deadline: float) -> Channel:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.stats.timeouts += 1
                raise QueryTimeout(f"no query worker became free within the query time limit "
                                   f"(query_timeout={self.timeout:g} s)", setting="query_timeout",
                                   hint="retry later, or raise query_workers / query_threads / "
                                        "query_timeout")
            try:
                ch = self._idle.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if ch.worker.dead:  # a channel of a worker killed while it was idle: dropped
                discard(ch)
                continue
            if ch.index >= self.allowed_threads(ch.worker):
                with self._lock:  # (its worker is on memory now: back when it is on disk)
                    self._parked.append(ch)
                continue
            if ch.worker.alive():
                return ch
            self._retire(ch)

    def _checkin(self, channel: Channel) -> None:
        if self._closed:
            channel.worker.kill()
            discard(channel)
        elif not channel.worker.dead:
            self._idle.put(channel)
            self._unpark()

    def _unpark(self) -> None:
        """Hand out again the parked channels whose worker's view now allows them (it moved
        back to disk); drop those of dead workers."""
        if not self._parked:
            return
        with self._lock:
            back = [ch for ch in self._parked if not ch.worker.dead
                    and ch.index < self.allowed_threads(ch.worker)]
            for ch in self._parked:
                if ch.worker.dead:
                    discard(ch)
            self._parked = [ch for ch in self._parked if not ch.worker.dead and ch not in back]
        for ch in back:
            self._idle.put(ch)

    def _recv(self, channel: Channel, deadline: float) -> tuple:
        remaining = deadline - time.monotonic()
        try:
            ready = remaining > 0 and channel.conn.poll(remaining)
            if ready:
                return channel.conn.recv()
        except (EOFError, OSError) as exc:
            raise StoreError(f"a query worker died: {exc}",
                             hint="see the server log; the worker is replaced") from exc
        self.stats.timeouts += 1
        raise QueryTimeout(f"the query ran longer than the time limit (query_timeout="
                           f"{self.timeout:g} s) and was stopped", setting="query_timeout",
                           hint="make the query more selective (LIMIT, filters), or ask an "
                                "operator to raise query_timeout")


__all__ = ["Channel", "QueryPool", "SNAPSHOT_KEY", "Worker", "discard", "open_read_only",
           "worker_main"]
