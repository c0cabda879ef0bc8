"""Query execution with limits that really work: killable worker processes, row cap, safety scan.

Oxigraph has no timeout and no cancellation, and a thread cannot be killed, so every endpoint
query runs in one of a few long-lived worker processes. Each worker holds a read-only view of
the on-disk store (`pyoxigraph.Store.read_only`, a consistent snapshot as of opening) and reopens
it when the store's write generation moved on. The worker parses the query, negotiates the result
format, serializes the results and sends bytes back over a pipe; so the query is parsed and the
format decided before the first byte goes to the client, and a worker that overruns the query
time limit is SIGKILLed (its CPU is free at once) and replaced, while the other workers keep
serving.

In-memory snapshots (kg.web.snapshot, setting `query_snapshot_max_quads`): when the store holds
at most that many quads, a background thread of each worker copies its disk view into an
in-memory `pyoxigraph.Store()` (4-7x faster on long queries) and swaps it in if the generation
has not moved on meanwhile. A new generation is served from a freshly opened disk view at once
while its copy is built, so writes are visible to the next query. The query itself always runs
on the worker's main thread, so the time limit still kills it (the copy thread dies with the
process), and a replacement worker builds its own copy. Each reply names the view it was
evaluated on (`SNAPSHOT_KEY`, popped by the pool into `Answer.snapshot`, shown in the
`Server-Timing` header), and each worker publishes its state in shared memory
(`QueryPool.snapshot_status`, shown by /healthz and /metrics).

Messages from a worker, in order:
    ("error", code, message, hint)            before any byte: the query failed (syntax, 406...)
    ("full", content_type, headers, body)     the whole answer, when it fits the first buffer
    ("head", content_type, headers)           a streamed answer starts
    ("data", bytes)*                          ... its bytes
    ("end", info) | ("fail", message)         ... and how it ended

Stores that are not on disk (in memory, remote) are queried inline on the request thread: the
row cap and formats apply, the hard time limit does not (docs/endpoint.md says so).
"""

from __future__ import annotations

import io
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring as _json_str
from typing import Any
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _xml_attr

import pyoxigraph as ox

from kg import sandbox
from kg.errors import Busy, KgError, QuerySyntaxError, QueryTimeout, StoreError
from kg.web import negotiation
from kg.web.safety import ScanResult, check_safety, network_refused, scan
from kg.web.snapshot import WorkerViews, describe, new_state

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
HEAD_BUFFER = 256 * 1024  # answers up to this size go out whole, with Content-Length
CHUNK = 64 * 1024

# --- serializers (run in the workers) -----------------------------------------------------------

class _Truncated(Exception):
    pass


def _json_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return '{"type":"uri","value":' + _json_str(t.value) + "}"
    if isinstance(t, ox.BlankNode):
        return '{"type":"bnode","value":' + _json_str(t.value) + "}"
    if isinstance(t, ox.Literal):
        if t.language:
            return ('{"type":"literal","value":' + _json_str(t.value) + ',"xml:lang":'
                    + _json_str(t.language) + "}")
        dt = t.datatype.value
        if dt == XSD_STRING:
            return '{"type":"literal","value":' + _json_str(t.value) + "}"
        return ('{"type":"literal","value":' + _json_str(t.value) + ',"datatype":'
                + _json_str(dt) + "}")
    if isinstance(t, ox.Triple):
        return ('{"type":"triple","value":{"subject":' + _json_term(t.subject) + ',"predicate":'
                + _json_term(t.predicate) + ',"object":' + _json_term(t.object) + "}}")
    raise TypeError(f"unknown term {t!r}")


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return "<uri>" + _xml_escape(t.value) + "</uri>"
    if isinstance(t, ox.BlankNode):
        return "<bnode>" + _xml_escape(t.value) + "</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={_xml_attr(t.language)}>{_xml_escape(t.value)}</literal>"
        dt = t.datatype.value
        if dt == XSD_STRING:
            return "<literal>" + _xml_escape(t.value) + "</literal>"
        return f"<literal datatype={_xml_attr(dt)}>{_xml_escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return ("<triple><subject>" + _xml_term(t.subject) + "</subject><predicate>"
                + _xml_term(t.predicate) + "</predicate><object>" + _xml_term(t.object)
                + "</object></triple>")
    raise TypeError(f"unknown term {t!r}")


def _csv_cell(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        text = "_:" + t.value
    elif isinstance(t, (ox.NamedNode, ox.Literal)):
        text = t.value
    else:
        text = str(t)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_cell(t) -> str:
    return "" if t is None else str(t)


def write_solutions(solutions: ox.QuerySolutions, fmt: str, out, max_rows: int) -> dict:
    """Serialize SELECT results to `out` (a binary writer), at most `max_rows` rows.

    Returns {"rows": n, "truncated": bool}. A truncated JSON result carries a top-level
    "kg:truncated" member and XML a trailing comment, besides the response header.
    """
    names = [v.value for v in solutions.variables]
    rows = 0
    truncated = False
    buf: list[str] = []
    size = 0

    def flush():
        nonlocal size
        if buf:
            out.write("".join(buf).encode("utf-8"))
            buf.clear()
            size = 0

    if fmt == "json":
        buf.append('{"head":{"vars":[' + ",".join(_json_str(n) for n in names)
                   + ']},"results":{"bindings":[')
        keys = [_json_str(n) + ":" for n in names]
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            parts = []
            for k, name in zip(keys, names, strict=True):
                t = sol[name]
                if t is not None:
                    parts.append(k + _json_term(t))
            line = ("," if rows else "") + "{" + ",".join(parts) + "}"
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
        tail = "]}"
        if truncated:
            tail += f',"kg:truncated":{{"max_rows":{max_rows},"setting":"max_rows"}}'
        buf.append(tail + "}")
    elif fmt == "xml":
        buf.append('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   "<head>" + "".join(f"<variable name={_xml_attr(n)}/>" for n in names)
                   + "</head><results>")
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            parts = ["<result>"]
            for name in names:
                t = sol[name]
                if t is not None:
                    parts.append(f"<binding name={_xml_attr(name)}>{_xml_term(t)}</binding>")
            parts.append("</result>\n")
            line = "".join(parts)
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
        buf.append("</results>")
        if truncated:
            buf.append(f"<!-- kg:truncated: more than max_rows={max_rows} rows; "
                       f"the max_rows setting controls this -->")
        buf.append("</sparql>\n")
    elif fmt in ("csv", "tsv"):
        cell = _csv_cell if fmt == "csv" else _tsv_cell
        sep, eol = (",", "\r\n") if fmt == "csv" else ("\t", "\n")
        buf.append(sep.join(names if fmt == "csv" else ["?" + n for n in names]) + eol)
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            line = sep.join(cell(sol[name]) for name in names) + eol
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
    else:
        raise ValueError(fmt)
    flush()
    return {"rows": rows, "truncated": truncated}


_RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
_RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def _prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES

    return dict(PREFIXES)


def write_results(results, fmt: str, out, max_rows: int) -> dict:
    if isinstance(results, ox.QuerySolutions):
        return write_solutions(results, fmt, out, max_rows)
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            out.write(b'{"head":{},"boolean":' + (b"true" if bool(results) else b"false") + b"}")
        elif fmt in ("csv", "tsv"):
            out.write(b"_askResult\r\n" if fmt == "csv" else b"?_askResult\n")
            out.write(b"true" if bool(results) else b"false")
            out.write(b"\r\n" if fmt == "csv" else b"\n")
        else:
            results.serialize(out, _RESULT_FORMATS[fmt])
        return {"rows": 1, "truncated": False}
    # CONSTRUCT / DESCRIBE
    kwargs = {"prefixes": _prefixes()} if fmt in ("turtle", "trig", "rdfxml") else {}
    ox.serialize(results, out, _RDF_FORMATS[fmt], **kwargs)
    return {"rows": None, "truncated": False}


def result_kind(results) -> str:
    if isinstance(results, ox.QuerySolutions):
        return "solutions"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "graph"


# --- a query request and its evaluation (shared by workers and the inline path) -----------------

@dataclass
class QueryRequest:
    query: str
    accept: str | None = None
    format: str | None = None
    default_graph: list[str] | None = None  # protocol dataset (default-graph-uri)
    named_graphs: list[str] | None = None  # protocol dataset (named-graph-uri)
    union_default: bool = True  # no dataset anywhere: the default graph is the union
    max_rows: int = 100_000
    base_iri: str | None = None
    network: bool = False  # allow-listed SERVICE targets: evaluate where the network is reachable


def run_query(store: ox.Store, req: QueryRequest):
    """Parse and start evaluating a query on a pyoxigraph store (raises QuerySyntaxError)."""
    kwargs: dict[str, Any] = {}
    if req.default_graph is not None or req.named_graphs is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in (req.default_graph or [])]
        if req.named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    elif req.union_default:
        kwargs["use_default_graph_as_union"] = True
    try:
        return store.query(req.query, base_iri=req.base_iri, **kwargs)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"invalid SPARQL query: {exc}",
                               hint="check the query near the position the parser names") from exc
    except ValueError as exc:
        raise QuerySyntaxError(f"invalid query: {exc}") from exc


class _ChunkSink(io.RawIOBase):
    """A binary writer that holds the first HEAD_BUFFER bytes, then streams chunks to `send`."""

    def __init__(self, send: Callable[[tuple], None], head: tuple):
        super().__init__()
        self._send = send
        self._head = head
        self._buf = bytearray()
        self.streaming = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._buf += data
        limit = CHUNK if self.streaming else HEAD_BUFFER
        if len(self._buf) >= limit:
            if not self.streaming:
                self._send(("head",) + self._head)
                self.streaming = True
            self._send(("data", bytes(self._buf)))
            self._buf.clear()
        return len(data)

    def finish(self, info: dict) -> None:
        if self.streaming:
            if self._buf:
                self._send(("data", bytes(self._buf)))
            self._send(("end", info))
        else:
            content_type, headers = self._head
            headers = dict(headers)
            headers.update(_info_headers(info))
            self._send(("full", content_type, headers, bytes(self._buf)))
        self._buf.clear()


def _info_headers(info: dict) -> dict:
    out = {}
    if info.get("rows") is not None:
        out["KG-Result-Rows"] = str(info["rows"])
    if info.get("truncated"):
        out["KG-Truncated"] = "true; setting=max_rows"
    return out


def evaluate(store: ox.Store, req: QueryRequest, send: Callable[[tuple], None]) -> None:
    """Evaluate one request and send its messages (see the module docstring)."""
    try:
        results = run_query(store, req)
        kind = result_kind(results)
        fmt = negotiation.choose(kind, req.accept, req.format)
    except KgError as exc:
        send(("error", type(exc).__name__, exc.message, exc.hint))
        return
    except OSError as exc:  # the engine reached for the network from a sandbox (kg.sandbox)
        refused = network_refused(exc) or StoreError(f"query evaluation failed: {exc}")
        send(("error", type(refused).__name__, refused.message, refused.hint))
        return
    headers = {"KG-Max-Rows": str(req.max_rows)} if kind == "solutions" else {}
    sink = _ChunkSink(send, (fmt.content_type, headers))
    try:
        info = write_results(results, fmt.name, sink, req.max_rows)
    except (OSError, ValueError, RuntimeError, SyntaxError, TypeError) as exc:
        refused = network_refused(exc)
        if sink.streaming:
            send(("fail", refused.message if refused else f"query evaluation failed: {exc}"))
        elif refused is not None:
            send(("error", "ForbiddenError", refused.message, refused.hint))
        else:
            send(("error", "StoreError" if isinstance(exc, OSError) else "InputError",
                  f"query evaluation failed: {exc}", None))
        return
    if info.get("truncated") and sink.streaming and fmt.name in ("csv", "tsv"):
        # The header went out before the cap tripped and CSV/TSV have no place for a marker:
        # end the response as incomplete rather than let a capped result look whole.
        send(("fail", f"the result has more than max_rows={req.max_rows} rows (setting max_rows)"))
        return
    sink.finish(info)


# --- the worker process ---------------------------------------------------------------------------

def _open_read_only(path: str) -> ox.Store:
    last: Exception | None = None
    for _ in range(20):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError) as exc:  # a file compacted away while opening: retry
            last = exc
            time.sleep(0.05)
    raise StoreError(f"cannot open {path} read-only: {last}")


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
    views = WorkerViews(path, generation, _open_read_only, snapshot_max_quads, state)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            gen, req = conn.recv()
        except (EOFError, OSError):
            return
        if gen != views.generation:
            views.move_to(gen)
        store, kind = views.current()
        if allow_network and not req.network:
            sandbox.run_offline(evaluate, store, req, _tagged(conn.send, kind))
        else:
            evaluate(store, req, _tagged(conn.send, kind))
        del store
        views.tidy()  # free an old copy now, between queries


# --- the pool -------------------------------------------------------------------------------------

_ERROR_CLASSES: dict[str, type[KgError]] = {}


def _error_class(name: str) -> type[KgError]:
    if not _ERROR_CLASSES:
        import kg.errors as errors

        for value in vars(errors).values():
            if isinstance(value, type) and issubclass(value, KgError):
                _ERROR_CLASSES[value.__name__] = value
    return _ERROR_CLASSES.get(name, KgError)


def _raise_worker_error(msg: tuple) -> None:
    _, name, message, hint = msg
    cls = _error_class(name)
    raise cls(message, hint=hint)


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
        self.conn.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def snapshot(self) -> dict:
        return describe(self.state)


@dataclass
class Answer:
    """A query's answer as the web layer needs it: whole, or a head plus a byte stream."""

    content_type: str
    headers: dict
    body: bytes | None = None
    stream: Iterator[bytes] | None = None
    worker_pid: int | None = None
    snapshot: str | None = None  # "memory" or "disk": the view the worker evaluated it on


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
        self._ctx.set_forkserver_preload(["kg.web.querying"])
        # LIFO: the worker that just answered takes the next query while its caches are warm;
        # with a FIFO the workers take turns and each query wakes a colder process.
        self._idle: queue.LifoQueue[Worker] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(max(1, max_concurrent))
        self.generation = 0
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

    def bump_generation(self) -> None:
        """The store was written: workers reopen their read-only view before the next query."""
        with self._lock:
            self.generation += 1

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
            worker.conn.send((self.generation, req))
            msg = self._recv(worker, deadline)
            if msg[0] == "error":
                self._checkin(worker)
                worker = None
                self.stats.errors += 1
                _raise_worker_error(msg)
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


def run_inline(store, req: QueryRequest) -> Answer:
    """Evaluate on the request thread (in-memory or remote stores): no hard time limit."""
    out: list[tuple] = []
    if store.capabilities.local_engine and not req.network:  # a local engine: no network for it
        sandbox.run_offline(evaluate, _InlineStore(store), req, out.append)
    else:
        evaluate(_InlineStore(store), req, out.append)
    msg = out[0]
    if msg[0] == "error":
        _raise_worker_error(msg)
    if msg[0] == "full":
        return Answer(msg[1], msg[2], body=msg[3])
    _, content_type, headers = msg

    def gen():
        for m in out[1:]:
            if m[0] == "data":
                yield m[1]
            elif m[0] == "fail":
                raise StoreError(m[1])
    return Answer(content_type, headers, stream=gen())


class _InlineStore:
    """Adapts a kg GraphStore to the pyoxigraph `query` call `run_query` makes."""

    def __init__(self, store):
        self._store = store

    def query(self, query, base_iri=None, use_default_graph_as_union=False, default_graph=None,
              named_graphs=None):
        return self._store.query(
            query, default_graph=[g.value for g in default_graph] if default_graph is not None else None,
            named_graphs=[g.value for g in named_graphs] if named_graphs is not None else None,
            union_default=use_default_graph_as_union, base_iri=base_iri)


__all__ = ["Answer", "QueryPool", "QueryRequest", "ScanResult", "check_safety", "evaluate",
           "run_inline", "scan", "write_results"]  # the scan lives in kg.web.safety
