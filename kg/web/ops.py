"""Operations: /healthz, Prometheus /metrics and /openapi.json. Request ids, the access log,
Server-Timing and the request metrics are counted for every response by kg.web.middleware.
"""

from __future__ import annotations

import json

from flask import Blueprint, Flask, Response, current_app
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from kg.web.endpoint import endpoint
from kg.web.middleware import Metrics

bp = Blueprint("ops", __name__)


@bp.route("/healthz")
def healthz():
    ep = endpoint()
    body = {"status": "ok"}
    status = 200
    store = ep.opened_store
    if store is None and (ep.starting or ep.start_error):
        # The server listens before the store is open (Endpoint.start_in_background): alive,
        # and saying so at once, whatever the store's state.
        body = {"status": "starting" if ep.starting else "unavailable",
                "store": str(ep.settings.store)}
        if ep.start_error and not ep.starting:
            body["error"] = ep.start_error
            status = 503
        return Response(json.dumps(body) + "\n", status=status, mimetype="application/json")
    try:
        body["store"] = ep.store.location
        pool = ep.started_pool
        if pool is not None:
            body["query_workers"] = len(pool.worker_pids())
            body["query_threads"] = pool.threads
            body["query_threads_on_disk"] = pool.disk_threads
            body["query_snapshot"] = pool.snapshot_status()
            body["compaction"] = ep.compaction.describe()
    except Exception as exc:  # noqa: BLE001 - health reports, never raises
        body = {"status": "unavailable", "error": str(exc).splitlines()[0]}
        status = 503
    return Response(json.dumps(body) + "\n", status=status, mimetype="application/json")


@bp.route("/metrics")
def metrics():
    m: Metrics = current_app.extensions["kg_metrics"]
    ep = endpoint()
    try:
        size = ep.store.size_hint()
        if size is not None:
            m.store_quads.set(size)
    except Exception:  # noqa: BLE001 - a store that cannot answer leaves the gauge as it was
        pass
    pool = ep.started_pool
    if pool is not None:
        m.workers.set(len(pool.worker_pids()))
        m.killed.set(pool.stats.killed)
        m.reruns.set(pool.stats.rerun)
        snap = pool.snapshot_status()
        m.snapshot_workers.labels("memory").set(snap["memory_workers"])
        m.snapshot_workers.labels("disk").set(snap["disk_workers"])
        m.snapshot_quads.set(snap["memory_quads"])
    lookups = ep.lookups
    if lookups is not None:
        m.lookups.labels("answered").set(lookups.answered)
        m.lookups.labels("handed_on").set(lookups.handed_on)
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


__all__ = ["bp", "openapi_document"]
