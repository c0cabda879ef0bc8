"""Evaluating one query request: parse it, negotiate the result format, serialize the results,
and hand the bytes on as messages, the same way in a query worker (kg.web.pool) and inline
(stores that are not on disk: in memory, remote).

Messages, in order:
    ("error", code, message, hint)            before any byte: the query failed (syntax, 406...)
    ("full", content_type, headers, body)     the whole answer, when it fits the first buffer
    ("head", content_type, headers)           a streamed answer starts
    ("data", bytes)*                          ... its bytes
    ("end", info) | ("fail", message)         ... and how it ended

Queried inline, the row cap and formats apply, the hard time limit does not (docs/endpoint.md
says so): only a worker process can be killed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg import sandbox
from kg.errors import KgError, QuerySyntaxError, StoreError
from kg.namespaces import PREFIXES
from kg.prefixes import syntax_error
from kg.web import negotiation
from kg.web.lookup_query import Lookup
from kg.web.results import CHUNK, result_kind, write_results
from kg.web.safety import network_refused

HEAD_BUFFER = 256 * 1024  # answers up to this size go out whole, with Content-Length


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
    lookup: Lookup | None = None  # a bounded point lookup (kg.web.lookups): answered without a worker


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
        return store.query(req.query, base_iri=req.base_iri, prefixes=PREFIXES, **kwargs)
    except SyntaxError as exc:
        raise syntax_error(req.query, exc) from exc
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
    except KgError as exc:
        send(("error", type(exc).__name__, exc.message, exc.hint))
        return
    except OSError as exc:  # the engine reached for the network from a sandbox (kg.sandbox)
        refused = network_refused(exc) or StoreError(f"query evaluation failed: {exc}")
        send(("error", type(refused).__name__, refused.message, refused.hint))
        return
    evaluate_solutions(results, req, send)


def evaluate_solutions(results, req: QueryRequest, send: Callable[[tuple], None]) -> None:
    """Negotiate the format of started `results` and send them serialized (see the module
    docstring); kg.web.lookups passes the solutions it has already taken (a SolutionList)."""
    try:
        kind = result_kind(results)
        fmt = negotiation.choose(kind, req.accept, req.format)
    except KgError as exc:
        send(("error", type(exc).__name__, exc.message, exc.hint))
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


@dataclass
class Answer:
    """A query's answer as the web layer needs it: whole, or a head plus a byte stream."""

    content_type: str
    headers: dict
    body: bytes | None = None
    stream: Iterator[bytes] | None = None
    worker_pid: int | None = None
    snapshot: str | None = None  # "memory" or "disk": the view the worker evaluated it on


_ERROR_CLASSES: dict[str, type[KgError]] = {}


def _error_class(name: str) -> type[KgError]:
    if not _ERROR_CLASSES:
        import kg.errors as errors

        for value in vars(errors).values():
            if isinstance(value, type) and issubclass(value, KgError):
                _ERROR_CLASSES[value.__name__] = value
    return _ERROR_CLASSES.get(name, KgError)


def raise_error(msg: tuple) -> None:
    _, name, message, hint = msg
    cls = _error_class(name)
    raise cls(message, hint=hint)


def run_inline(store, req: QueryRequest) -> Answer:
    """Evaluate on the request thread (in-memory or remote stores): no hard time limit."""
    out: list[tuple] = []
    if store.capabilities.local_engine and not req.network:  # a local engine: no network for it
        sandbox.run_offline(evaluate, _InlineStore(store), req, out.append)
    else:
        evaluate(_InlineStore(store), req, out.append)
    msg = out[0]
    if msg[0] == "error":
        raise_error(msg)
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
              named_graphs=None, prefixes=None):
        return self._store.query(
            query, default_graph=[g.value for g in default_graph] if default_graph is not None else None,
            named_graphs=[g.value for g in named_graphs] if named_graphs is not None else None,
            union_default=use_default_graph_as_union, base_iri=base_iri, prefixes=prefixes)


__all__ = ["Answer", "HEAD_BUFFER", "QueryRequest", "evaluate", "raise_error", "run_inline",
           "run_query"]
