"""What every request gets, whichever handler answers it: one WSGI layer around the whole app.

    client ─► Middleware ─► FastQueries (GET /sparql?query=...) ─► Flask (the blueprints)
              request id, body cap, CORS, Server-Timing, metrics, access log

The fast query handler answers point lookups without building Flask's request and response
objects, so app-wide concerns cannot live in Flask hooks: they live here, once, for both.

Per request the layer keeps a `RequestInfo` (kg.web.context), which the handlers fill in for
the log and the metrics; nothing is handed between handlers through the WSGI environment.

The headers and the metrics are set when the response head goes out, and the access-log line
is queued then (`AccessLog`); queued lines are written when the server closes a response
(`Logged.close`, PEP 3333: after its last byte was handed to the socket), so a lookup's answer
does not wait for its log line (about 40-45 µs). Lines come out in the order of the response
heads, one per request, whichever thread writes them: a task thread that closes its response
late cannot put its line after a later request's.

Metrics live in a registry per app (tests build many apps in one process).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map

from kg.errors import TooLarge
from kg.web import context
from kg.web.context import RequestInfo
from kg.web.errors import error_response

log = logging.getLogger("kg.web.access")

#: Response headers a browser script may read (CORS).
EXPOSED_HEADERS = ("KG-Truncated, KG-Result-Rows, KG-Max-Rows, X-Request-Id, Server-Timing, "
                   "Retry-After")


def server_timing(elapsed: float, snapshot: str | None = None) -> str:
    """The Server-Timing header: time to the response head and, for a query, the view it ran on
    (`snapshot;desc=memory` or `snapshot;desc=disk`)."""
    value = f'app;dur={elapsed * 1000:.2f};desc="to first byte"'
    if snapshot:
        value += f", snapshot;desc={snapshot}"
    return value


class Metrics:
    """The Prometheus metrics of one app."""

    def __init__(self):
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("kg_http_requests", "HTTP requests by route, method and status",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("kg_http_request_seconds", "Time to the response head, by route",
                                 ["route"], registry=r,
                                 buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5,
                                          5, 10, 30, 60))
        self.query_errors = Counter("kg_query_errors", "Queries answered with an error, by code",
                                    ["code"], registry=r)
        self.timeouts = Counter("kg_query_timeouts", "Queries stopped at the time limit",
                                registry=r)
        self.store_quads = Gauge("kg_store_quads", "Quads in the store", registry=r)
        self.workers = Gauge("kg_query_workers", "Live query worker processes", registry=r)
        self.killed = Gauge("kg_query_workers_killed", "Query workers killed (timeouts, aborts)",
                            registry=r)
        self.reruns = Gauge("kg_query_reruns", "Queries and updates run again because the "
                            "worker evaluating them was killed (another query's time limit) or "
                            "died before they were answered", registry=r)
        self.snapshot_workers = Gauge("kg_query_snapshot_workers",
                                      "Live query workers by the view they query: an in-memory "
                                      "snapshot or the disk view", ["view"], registry=r)
        self.snapshot_quads = Gauge("kg_query_snapshot_quads",
                                    "Quads held in the query workers' in-memory snapshots (summed)",
                                    registry=r)
        self.lookups = Gauge("kg_lookups", "Point lookups the web process answered itself, and "
                             "those it handed on to a worker (more than lookup_max_rows answers)",
                             ["outcome"], registry=r)
        self._children: dict[tuple, tuple] = {}

    def count(self, route: str, method: str, code: int, elapsed: float) -> None:
        """One response: its count and latency (the labelled children kept: `labels()` costs
        more than the increment)."""
        key = (route, method, code)
        children = self._children.get(key)
        if children is None:
            children = (self.requests.labels(route, method, str(code)), self.latency.labels(route))
            if len(self._children) < 10_000:  # routes are URL rules: few; a bound all the same
                self._children[key] = children
        children[0].inc()
        children[1].observe(elapsed)


class Middleware:
    """The WSGI layer: `inner` is the rest of the app (the fast query handler over Flask)."""

    def __init__(self, inner, metrics: Metrics, url_map: Map, max_body_bytes: int):
        self.inner = inner
        self.metrics = metrics
        self.url_map = url_map
        self.max_body_bytes = max_body_bytes
        self.access_log = AccessLog()

    def __call__(self, environ, start_response):
        info = RequestInfo(context.request_id(environ.get("HTTP_X_REQUEST_ID")),
                           time.perf_counter())
        token = context.begin(info)

        def respond(status: str, headers: list, exc_info=None):
            self.access_log.queue(self._finish(environ, info, status, headers))
            return start_response(status, headers, exc_info)

        try:
            refused = self._body_cap(environ)
            body = (refused(environ, respond) if refused is not None
                    else self.inner(environ, respond))
        except BaseException:
            self.access_log.flush()  # the app failed after its head: its line all the same
            raise
        finally:
            context.end(token)
        return (SizedLogged if isinstance(body, list) else Logged)(body, self.access_log)

    def _body_cap(self, environ):
        """A 413 answer for a declared body over `max_body_bytes`, before anything reads it
        (bodies without a length are capped by Flask's MAX_CONTENT_LENGTH as they are read)."""
        length = environ.get("CONTENT_LENGTH")
        if not length or not length.isdigit() or int(length) <= self.max_body_bytes:
            return None
        return error_response(TooLarge(
            f"request body of {length} bytes is over the cap (max_body_bytes="
            f"{self.max_body_bytes})", setting="max_body_bytes",
            hint="send less per request, or raise max_body_bytes"))

    def _finish(self, environ, info: RequestInfo, status: str, headers: list) -> dict:
        return self.finish(info, status, headers, route=info.route or self._route(environ),
                           method=environ.get("REQUEST_METHOD", ""),
                           path=environ.get("PATH_INFO", ""), origin="HTTP_ORIGIN" in environ)

    def finish(self, info: RequestInfo, status: str, headers: list, *, route: str, method: str,
               path: str, origin: bool) -> dict:
        """The response head is going out: add the app-wide headers, count it; returns the
        fields of its access-log line (written once the response was sent: `Logged`). Also for
        a lookup the server's loop thread answers without the WSGI layer (kg.web.loop_lookups);
        `origin`: the request has an Origin header."""
        elapsed = time.perf_counter() - info.started
        headers.append(("X-Request-Id", info.request_id))
        headers.append(("Server-Timing", server_timing(elapsed, info.snapshot)))
        # CORS: reads from any origin; never credentials (no Allow-Credentials, no cookies).
        # Only a request with an Origin (every cross-origin request a browser makes) gets the
        # CORS headers: two headers less for every other client to parse (a point lookup's
        # client spends about 7 µs per header); `Vary: Origin` keeps caches from mixing them.
        if origin:
            headers.append(("Access-Control-Allow-Origin", "*"))
            headers.append(("Access-Control-Expose-Headers", EXPOSED_HEADERS))
        for i, (name, value) in enumerate(headers):
            if name.lower() == "vary":
                if "origin" not in value.lower():
                    headers[i] = (name, value + ", Origin")
                break
        else:
            headers.append(("Vary", "Accept, Origin"))
        code = int(status[:3])
        m = self.metrics
        m.count(route, method, code, elapsed)
        if route == "/sparql" and code >= 400:
            m.query_errors.labels(info.error or str(code)).inc()
            if code == 504:
                m.timeouts.inc()
        return {"request_id": info.request_id, "method": method, "path": path, "status": code,
                "ms": round(elapsed * 1000, 2), "worker": info.worker, "snapshot": info.snapshot}

    def _route(self, environ) -> str:
        """The URL rule the request matched, as the metrics label it."""
        try:
            rule, _ = self.url_map.bind_to_environ(environ).match(return_rule=True)
        except HTTPException:
            return "(unmatched)"
        return rule.rule


class AccessLog:
    """Access-log lines (kg.web.access at INFO, one JSON object per request), queued in the
    order the response heads go out and written, in that order, once a response was sent."""

    def __init__(self):
        self._pending: deque[dict] = deque()  # append and popleft are atomic
        self._writing = threading.Lock()  # one writer at a time: the lines keep their order

    def queue(self, fields: dict) -> None:
        if log.isEnabledFor(logging.INFO):
            self._pending.append(fields)

    def flush(self) -> None:
        """Write every queued line (after the response that calls this went out)."""
        if not self._pending:
            return
        with self._writing:
            while self._pending:
                log.info(json.dumps(self._pending.popleft()))


class Logged:
    """A response body that has the access log written when the server closes it, after the
    body went out (a streamed body's generator is closed too: it frees its worker)."""

    __slots__ = ("access_log", "body")

    def __init__(self, body, access_log: AccessLog):
        self.body = body
        self.access_log = access_log

    def __iter__(self):
        return iter(self.body)

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.access_log.flush()


class SizedLogged(Logged):
    """`Logged` for a list body: a server may take a one-piece body's length from `len`."""

    __slots__ = ()

    def __len__(self) -> int:
        return len(self.body)


__all__ = ["EXPOSED_HEADERS", "AccessLog", "Logged", "Metrics", "Middleware", "server_timing"]
