"""The Graph Store Protocol at /data: read a graph, replace it (PUT), merge into it (POST),
drop it (DELETE). Writes need the write token and go through kg.web.writes (the SHACL gate,
then one transaction).

Indirect identification `/data?graph=<iri>` and `/data?default`, direct identification
`/data/<path>` (the graph IRI is the request URL), `POST /data` creates a new graph and answers
201 with its IRI in `Location`. The store's default graph is the one `?default` names (queries
at /sparql see the union of all graphs as their default graph).
"""

from __future__ import annotations

import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, request
from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg.errors import (
    InputError,
    NotFoundError,
    RdfSyntaxError,
    UnsupportedMediaType,
)
from kg.gate import COMMAND_HEADER
from kg.limits import InputLimits, check_literals, guard_rdf, parser_limit_error
from kg.store.base import Graph, graph_name
from kg.web import negotiation
from kg.web.endpoint import endpoint, require_token
from kg.web.evaluation import QueryRequest
from kg.web.protocol import answer_response, media_type, url_params
from kg.web.writes import GraphWriter

bp = Blueprint("graphstore", __name__)


# --- Graph Store Protocol ------------------------------------------------------------------------

def _target(path: str | None) -> Graph | None:
    """The graph a GSP request names, or None for the graph store itself."""
    if path is not None:
        return NamedNode(request.base_url)
    params = url_params()
    graph = params.one("graph")
    has_default = any(k == "default" for k, _ in params.pairs)
    if graph is not None and has_default:
        raise InputError("name either ?graph=<iri> or ?default, not both")
    if has_default:
        return DefaultGraph()
    if graph is not None:
        try:
            node = NamedNode(graph)
        except ValueError as exc:
            raise InputError(f"graph={graph!r} is not an absolute IRI") from exc
        if ":" not in graph:
            raise InputError(f"graph={graph!r} is not an absolute IRI")
        return node
    return None


def _parse_body(graph: Graph) -> list[Quad]:
    mt, params = media_type()
    if mt.startswith("multipart/form-data"):
        quads: list[Quad] = []
        for f in request.files.values():
            ftype = (f.mimetype or "").lower()
            quads.extend(_parse_rdf(f.read(), ftype, graph))
        return quads
    return _parse_rdf(request.get_data(cache=True), mt, graph, params.get("charset"))


def _parse_rdf(data: bytes, mt: str, graph: Graph, charset: str | None = None) -> list[Quad]:
    fmt_name = negotiation.RDF_INPUT_TYPES.get(mt)
    if fmt_name is None:
        raise UnsupportedMediaType(
            f"the Graph Store does not take {mt or 'a body without Content-Type'}",
            hint="send Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML with its media type")
    if charset and charset.lower() not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"RDF bodies must be UTF-8, not charset={charset}")
    fmt = getattr(ox.RdfFormat, fmt_name)
    base = request.base_url if isinstance(graph, DefaultGraph) else graph.value
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the body is not valid UTF-8 (byte {exc.start})") from exc
    limits = InputLimits.from_settings(endpoint().settings)
    guard_rdf(data, fmt_name, "the request body", limits)
    try:
        # No loader is given: a remote JSON-LD @context is refused, never fetched. The RDF/XML
        # parser does not expand external entities.
        parsed = list(ox.parse(data, format=fmt, base_iri=base))
    except SyntaxError as exc:
        hint = None
        if "LoadDocumentCallback" in str(exc) or "context" in str(exc).lower():
            hint = "kg never fetches remote JSON-LD contexts: inline the @context"
        raise RdfSyntaxError(f"malformed {fmt_name.replace('_', '-')}: {exc}", hint=hint) from exc
    except (ValueError, OSError, MemoryError) as exc:
        too_large = parser_limit_error(exc, "the request body", limits)
        if too_large is not None:
            raise too_large from exc
        raise RdfSyntaxError(f"cannot read the {fmt_name} body: {exc}") from exc
    check_literals(parsed, "the request body", limits.max_literal_bytes)
    out = []
    for q in parsed:
        if isinstance(q, ox.Triple):
            out.append(Quad(q.subject, q.predicate, q.object, graph))
        else:
            out.append(Quad(q.subject, q.predicate, q.object, graph))  # GSP: the named graph wins
    return out


@bp.route("/data", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"],
          defaults={"path": None})
@bp.route("/data/<path:path>", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"])
def graph_store(path):
    if request.method == "OPTIONS":
        resp = Response(status=204)
        resp.headers["Allow"] = "GET, HEAD, PUT, POST, DELETE, OPTIONS"
        resp.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Accept"
        return resp
    ep = endpoint()
    graph = _target(path)
    if request.method in ("GET", "HEAD"):
        if graph is None:
            return _list_graphs(ep)
        writer = GraphWriter(ep)
        if not writer.exists(graph):
            raise NotFoundError(f"no graph {graph_name(graph)} in the store")
        params = url_params()
        fmt = negotiation.choose("graph", request.headers.get("Accept"),
                                 negotiation.format_param(params.all("format")))
        if isinstance(graph, DefaultGraph):
            q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        answer = ep.run_query(QueryRequest(query=q, format=fmt.name, union_default=False,
                                           max_rows=ep.settings.max_rows))
        return answer_response(answer)
    require_token()
    writer = GraphWriter(ep, request.headers.get(COMMAND_HEADER))
    if request.method == "DELETE":
        if graph is None:
            raise InputError("DELETE needs ?graph=<iri>, ?default or a graph path")
        if not writer.exists(graph):
            raise NotFoundError(f"no graph {graph_name(graph)} in the store")
        if isinstance(graph, DefaultGraph):
            writer.commit({graph: set()})
        else:
            writer.commit({}, drop=[graph])
        return Response(status=204)
    if graph is None:
        if request.method != "POST":
            raise InputError("PUT needs ?graph=<iri>, ?default or a graph path")
        graph = NamedNode(request.url_root.rstrip("/") + "/data/" + uuid.uuid4().hex)
        writer.commit({graph: set(_parse_body(graph))})
        resp = Response(status=201)
        resp.headers["Location"] = graph.value
        return resp
    quads = set(_parse_body(graph))
    existed = writer.exists(graph)
    if request.method == "PUT":
        summary = writer.commit({graph: quads})
    else:  # POST: merge
        with ep.write_lock:
            summary = writer.commit({graph: writer.graph_quads(graph) | quads})
    status = 201 if not existed else 200
    from flask import json

    return Response(json.dumps(summary) + "\n", status=status, mimetype="application/json")


def _list_graphs(ep) -> Response:
    from flask import json

    graphs = sorted(g.value for g in ep.store.named_graphs())
    return Response(json.dumps({"graphs": graphs}) + "\n", mimetype="application/json")


__all__ = ["bp"]
