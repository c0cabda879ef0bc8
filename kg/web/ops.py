"""Operations: /healthz, Prometheus /metrics, /openapi.json, request ids, structured logs and a
Server-Timing header on every response.

Metrics live in a registry per app (tests build many apps in one process).
"""

from __future__ import annotations

import json
import logging
import time
import uuid

from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

bp = Blueprint("ops", __name__)
log = logging.getLogger("kg.web.access")


class Metrics:
    def __init__(self, app: Flask):
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
        self.snapshot_workers = Gauge("kg_query_snapshot_workers",
                                      "Live query workers by the view they query: an in-memory "
                                      "snapshot or the disk view", ["view"], registry=r)
        self.snapshot_quads = Gauge("kg_query_snapshot_quads",
                                    "Quads held in the query workers' in-memory snapshots (summed)",
                                    registry=r)


def request_id(presented: str | None) -> str:
    """The client's X-Request-Id if it is a sane token, else a fresh one."""
    rid = presented or uuid.uuid4().hex[:16]
    if not all(c.isalnum() or c in "-_." for c in rid) or len(rid) > 64:
        rid = uuid.uuid4().hex[:16]
    return rid


def server_timing(elapsed: float, snapshot: str | None = None) -> str:
    """The Server-Timing header: time to the response head and, for a query, the view it ran on
    (`snapshot;desc=memory` or `snapshot;desc=disk`)."""
    value = f'app;dur={elapsed * 1000:.2f};desc="to first byte"'
    if snapshot:
        value += f", snapshot;desc={snapshot}"
    return value


def record(app: Flask, route: str, method: str, status: int, elapsed: float, rid: str | None,
           path: str, worker: int | None, snapshot: str | None = None) -> None:
    """Count a successful response and write its access-log line (the SPARQL fast path)."""
    metrics: Metrics = app.extensions["kg_metrics"]
    metrics.requests.labels(route, method, str(status)).inc()
    metrics.latency.labels(route).observe(elapsed)
    if log.isEnabledFor(logging.INFO):
        log.info(json.dumps({"request_id": rid, "method": method, "path": path, "status": status,
                             "ms": round(elapsed * 1000, 2), "worker": worker,
                             "snapshot": snapshot}))


def init_app(app: Flask) -> None:
    metrics = Metrics(app)
    app.extensions["kg_metrics"] = metrics

    @app.before_request
    def _start():
        g.request_id = request_id(request.headers.get("X-Request-Id"))
        g.started = time.perf_counter()

    @app.after_request
    def _finish(resp: Response):
        started = getattr(g, "started", None)
        elapsed = time.perf_counter() - started if started else 0.0
        route = request.url_rule.rule if request.url_rule else "(unmatched)"
        resp.headers["X-Request-Id"] = getattr(g, "request_id", "")
        resp.headers["Server-Timing"] = server_timing(elapsed, getattr(g, "kg_snapshot", None))
        metrics.requests.labels(route, request.method, str(resp.status_code)).inc()
        metrics.latency.labels(route).observe(elapsed)
        if route == "/sparql" and resp.status_code >= 400:
            code = _error_code(resp)
            metrics.query_errors.labels(code).inc()
            if resp.status_code == 504:
                metrics.timeouts.inc()
        log.info(json.dumps({"request_id": getattr(g, "request_id", None), "method": request.method,
                             "path": request.path, "status": resp.status_code,
                             "ms": round(elapsed * 1000, 2),
                             "worker": getattr(g, "kg_worker", None),
                             "snapshot": getattr(g, "kg_snapshot", None)}))
        return resp


def _error_code(resp: Response) -> str:
    if resp.mimetype == "application/json" and not resp.is_streamed:
        try:
            return str(json.loads(resp.get_data()).get("error", resp.status_code))
        except (ValueError, AttributeError):
            pass
    return str(resp.status_code)


@bp.route("/healthz")
def healthz():
    ep = current_app.extensions.get("kg_endpoint")
    body = {"status": "ok"}
    status = 200
    if ep is not None:
        try:
            store = ep.store
            body["store"] = getattr(store, "location", "?")
            pool = ep._pool
            if pool is not None:
                body["query_workers"] = len(pool.worker_pids())
                body["query_snapshot"] = pool.snapshot_status()
        except Exception as exc:  # noqa: BLE001 - health reports, never raises
            body = {"status": "unavailable", "error": str(exc).splitlines()[0]}
            status = 503
    return Response(json.dumps(body) + "\n", status=status, mimetype="application/json")


@bp.route("/metrics")
def metrics():
    m: Metrics = current_app.extensions["kg_metrics"]
    ep = current_app.extensions.get("kg_endpoint")
    if ep is not None:
        try:
            size = ep.store.size_hint()
            if size is not None:
                m.store_quads.set(size)
        except Exception:  # noqa: BLE001
            pass
        pool = ep._pool
        if pool is not None:
            m.workers.set(len(pool.worker_pids()))
            m.killed.set(pool.stats.killed)
            snap = pool.snapshot_status()
            m.snapshot_workers.labels("memory").set(snap["memory_workers"])
            m.snapshot_workers.labels("disk").set(snap["disk_workers"])
            m.snapshot_quads.set(snap["memory_quads"])
    return Response(generate_latest(m.registry), content_type=CONTENT_TYPE_LATEST)


# --- OpenAPI --------------------------------------------------------------------------------------

_DESCRIPTIONS = {
    "/sparql": "SPARQL 1.1 Protocol: queries (GET, POST form, POST application/sparql-query), "
               "updates (POST form or application/sparql-update, with the write token); "
               "GET without a query: the service description.",
    "/data": "Graph Store Protocol, indirect identification (?graph=<iri> or ?default); "
             "writes need the write token and pass the SHACL gate.",
    "/data/<path:path>": "Graph Store Protocol, direct identification (the URL is the graph IRI).",
    "/healthz": "Liveness, store status, and which view (memory snapshot or disk) each query worker queries.",
    "/metrics": "Prometheus metrics.",
    "/openapi.json": "This description.",
}

_ERROR_SCHEMA = {"type": "object", "required": ["error", "message"],
                 "properties": {"error": {"type": "string"}, "message": {"type": "string"},
                                "hint": {"type": "string"}, "location": {"type": "string"},
                                "setting": {"type": "string"}, "request_id": {"type": "string"},
                                "report": {"type": "object"}}}


def openapi_document(app: Flask) -> dict:
    paths: dict = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule
        oa_path = path.replace("<path:path>", "{path}")
        for arg in rule.arguments:
            oa_path = oa_path.replace(f"<{arg}>", "{" + arg + "}")
        item = paths.setdefault(oa_path, {})
        view = app.view_functions.get(rule.endpoint)
        doc = _DESCRIPTIONS.get(path) or ((view.__doc__ or "").strip().splitlines() or [""])[0]
        for method in sorted((rule.methods or set()) - {"OPTIONS", "HEAD"}):
            op = {"summary": doc or rule.endpoint, "operationId": f"{rule.endpoint}_{method.lower()}",
                  "responses": {"200": {"description": "OK"},
                                "default": {"description": "Error",
                                            "content": {"application/json": {
                                                "schema": {"$ref": "#/components/schemas/Error"}}}}}}
            params = [{"name": a, "in": "path", "required": True, "schema": {"type": "string"}}
                      for a in rule.arguments]
            if path == "/sparql":
                params += [{"name": n, "in": "query", "required": False,
                            "schema": {"type": "string"}}
                           for n in ("query", "default-graph-uri", "named-graph-uri", "format")]
            if path == "/data":
                params += [{"name": n, "in": "query", "required": False,
                            "schema": {"type": "string"}} for n in ("graph", "default")]
            if params:
                op["parameters"] = params
            item[method.lower()] = op
    from kg import __version__

    return {"openapi": "3.0.3",
            "info": {"title": "kg", "version": __version__,
                     "description": "Knowledge graph of international security news: SPARQL "
                                    "endpoint, Graph Store Protocol and analyst pages."},
            "paths": dict(sorted(paths.items())),
            "components": {"schemas": {"Error": _ERROR_SCHEMA},
                           "securitySchemes": {"writeToken": {"type": "http",
                                                              "scheme": "bearer"}}}}


@bp.route("/openapi.json")
def openapi():
    return Response(json.dumps(openapi_document(current_app), indent=1) + "\n",
                    mimetype="application/json")


__all__ = ["Metrics", "bp", "init_app", "openapi_document"]
