"""The SPARQL 1.1 Protocol at /sparql: queries, updates (behind the token and the SHACL gate),
the service description, CORS and the request body cap.

Queries are parsed, checked and evaluated by `kg.web.querying` (worker processes with a hard
time limit); updates go through `kg.web.writes.GraphWriter`: the SHACL gate (kg.gate), then one
transaction, as every write.
"""

from __future__ import annotations

import time

from flask import Blueprint, Flask, Response, current_app, g, request

from kg.errors import InputError, KgError, MethodNotAllowed, TooLarge, UnsupportedMediaType
from kg.settings import Settings
from kg.web import errors as web_errors
from kg.web import negotiation
from kg.web.endpoint import Endpoint, endpoint, require_token
from kg.web.protocol import (
    Params,
    answer_response,
    body_text,
    cached_endpoint_url,
    decode_params,
    endpoint_url,
    json_response,
    media_type,
    url_params,
)
from kg.web.querying import Answer, QueryRequest
from kg.web.safety import ScanResult, check_safety, scan
from kg.web.writes import GraphWriter, apply_using

bp = Blueprint("sparql", __name__)

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"


def init_app(app: Flask) -> None:
    web_errors.register(app)
    app.wsgi_app = _FastQueries(app, app.wsgi_app)  # type: ignore[method-assign]
    settings: Settings = app.config["KG_SETTINGS"]
    app.config.setdefault("MAX_CONTENT_LENGTH", settings.max_body_bytes)

    @app.before_request
    def _body_cap():
        length = request.content_length
        if length is not None and length > settings.max_body_bytes:
            raise TooLarge(f"request body of {length} bytes is over the cap (max_body_bytes="
                           f"{settings.max_body_bytes})", setting="max_body_bytes",
                           hint="send less per request, or raise max_body_bytes")

    @app.after_request
    def _cors(resp: Response):
        # Reads from any origin; never credentials (no Allow-Credentials, no cookies).
        resp.headers["Access-Control-Allow-Origin"] = "*"
        resp.headers.setdefault("Vary", "Accept")
        resp.headers["Access-Control-Expose-Headers"] = (
            "KG-Truncated, KG-Result-Rows, KG-Max-Rows, X-Request-Id, Server-Timing, Retry-After")
        return resp


# --- request parsing ----------------------------------------------------------------------------

def _parse_operation() -> tuple[str | None, str | None, Params]:
    """(query, update, params) of the request, by the protocol's rules."""
    url = url_params()
    if request.method in ("GET", "HEAD"):
        if url.all("update"):
            raise MethodNotAllowed("updates need POST", hint="POST the update (form or "
                                   "application/sparql-update)")
        return url.one("query"), None, url
    mt, _ = media_type()
    if mt == FORM_TYPE:
        form = Params(decode_params(request.get_data(cache=True), "form body"))
        query, update = form.one("query"), form.one("update")
        if query is not None and update is not None:
            raise InputError("a request carries either 'query' or 'update', not both")
        if query is None and update is None:
            raise InputError("the form has neither 'query' nor 'update'")
        if url.all("query") or url.all("update"):
            raise InputError("query/update given both in the URL and in the form")
        return query, update, Params(url.pairs + form.pairs)
    if mt == QUERY_TYPE:
        if url.all("query") or url.all("update"):
            raise InputError("the query is the body; do not also pass it in the URL")
        return body_text("query"), None, url
    if mt == UPDATE_TYPE:
        if url.all("query") or url.all("update"):
            raise InputError("the update is the body; do not also pass it in the URL")
        return None, body_text("update"), url
    if not mt:
        raise UnsupportedMediaType("a POST to /sparql needs a Content-Type",
                                   hint=f"use {QUERY_TYPE}, {UPDATE_TYPE} or {FORM_TYPE}")
    raise UnsupportedMediaType(f"/sparql does not take {mt}",
                               hint=f"use {QUERY_TYPE}, {UPDATE_TYPE} or {FORM_TYPE}")


# --- routes --------------------------------------------------------------------------------------

@bp.route("/sparql", methods=["GET", "POST", "HEAD", "OPTIONS"])
def sparql():
    if request.method == "OPTIONS":
        return _preflight()
    query, update, params = _parse_operation()
    if update is not None:
        return _update(update, params)
    if query is None:
        if request.method == "POST":
            raise InputError("no query given")
        return service_description()
    return _query(query, params)


@bp.route("/sparql", methods=["PUT", "DELETE", "PATCH"])
def sparql_wrong_method():
    err = MethodNotAllowed(f"/sparql does not take {request.method}",
                           hint="queries: GET or POST; updates: POST")
    err.allow = ("GET", "POST", "HEAD", "OPTIONS")  # type: ignore[attr-defined]
    raise err


def _preflight() -> Response:
    resp = Response(status=204)
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, HEAD, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
    resp.headers["Access-Control-Max-Age"] = "600"
    resp.headers["Allow"] = "GET, POST, HEAD, OPTIONS"
    return resp


def _query(query: str, params: Params) -> Response:
    ep = endpoint()
    s = ep.settings
    default_graphs = params.all("default-graph-uri")
    named_graphs = params.all("named-graph-uri")
    if params.all("using-graph-uri") or params.all("using-named-graph-uri"):
        raise InputError("using-graph-uri/using-named-graph-uri belong to updates; queries take "
                         "default-graph-uri/named-graph-uri")
    found = scan(query)
    protocol_dataset = bool(default_graphs or named_graphs)
    if protocol_dataset:
        # The protocol's dataset overrides FROM / FROM NAMED in the query.
        found.from_graphs, found.from_named = [], []
    check_safety(found, ep.allowlist, ep.graph_exists)
    for iri in default_graphs + named_graphs:
        _check_iri(iri)
    req = QueryRequest(
        query=query, accept=request.headers.get("Accept"),
        format=negotiation.format_param(params.all("format")),
        default_graph=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        union_default=not found.has_dataset, max_rows=s.max_rows, base_iri=endpoint_url(),
        network=found.network)
    outcome = request.environ.pop(_OUTCOME, None)
    if outcome is None:
        answer = ep.run_query(req)
    elif isinstance(outcome, BaseException):
        raise outcome  # the fast path evaluated this query and it failed: answer as usual
    else:
        answer = outcome  # the fast path evaluated it and the answer streams: respond as usual
    g.kg_worker = answer.worker_pid
    return answer_response(answer)


def _check_iri(iri: str) -> None:
    from pyoxigraph import NamedNode

    try:
        NamedNode(iri)
    except ValueError as exc:
        raise InputError(f"not an absolute IRI: {iri!r}") from exc


# --- the fast path for plain GET queries -----------------------------------------------------------

_OUTCOME = "kg.query_outcome"  # environ key: an Answer or exception the fast path already has
_EXPOSE = "KG-Truncated, KG-Result-Rows, KG-Max-Rows, X-Request-Id, Server-Timing, Retry-After"


class _FastQueries:
    """WSGI middleware answering the commonest request, `GET /sparql?query=...` whose answer fits
    the first buffer, without building Flask's request and response objects (about a third of a
    point lookup's time in the server).

    It does exactly what the Flask route does, with the same functions: strict parameter
    decoding, the safety scan and checks, the same QueryRequest, the same worker pool (so the same
    time limit, row cap and negotiation in the worker), and the same headers, metrics and access
    log as the hooks in `init_app` and `kg.web.ops`. Anything else goes to Flask untouched: other
    methods and paths, a request body, a parameter problem or refused target (Flask finds the
    same error again, before any query runs), and, once the query ran, an error or a streamed
    answer, handed to the route in the environment (`_OUTCOME`) so the query never runs twice.
    """

    def __init__(self, app: Flask, inner):
        self.app = app
        self.inner = inner

    def __call__(self, environ, start_response):
        if (environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") != "/sparql"
                or environ.get("CONTENT_LENGTH") not in (None, "", "0")
                or "HTTP_TRANSFER_ENCODING" in environ
                or "query=" not in environ.get("QUERY_STRING", "")):
            return self.inner(environ, start_response)
        started = time.perf_counter()
        try:
            prepared = self._prepare(environ)
        except Exception:  # noqa: BLE001 - Flask raises it again and answers it properly
            prepared = None
        if prepared is None:
            return self.inner(environ, start_response)
        ep, req = prepared
        try:
            answer = ep.run_query(req)
        except Exception as exc:  # noqa: BLE001 - answered by the route and the error handlers
            environ[_OUTCOME] = exc
            return self.inner(environ, start_response)
        if answer.body is None:
            environ[_OUTCOME] = answer
            return self._delegate_stream(environ, start_response, answer)
        return self._respond(environ, start_response, answer, started)

    def _prepare(self, environ) -> tuple[Endpoint, QueryRequest] | None:
        raw = environ.get("QUERY_STRING", "").encode("latin-1")
        params = Params(decode_params(raw, "query string"))
        if params.all("update"):
            return None
        query = params.one("query")
        if query is None:
            return None
        names = {k for k, _ in params.pairs}
        if names - {"query", "format"}:  # datasets and other parameters: the route handles them
            return None
        ep: Endpoint = self.app.extensions["kg_endpoint"]
        found = scan(query)
        check_safety(found, ep.allowlist, ep.graph_exists)
        base = cached_endpoint_url(environ)
        if base is None:
            return None  # the first request from this host: the route computes and caches it
        req = QueryRequest(
            query=query, accept=environ.get("HTTP_ACCEPT"),
            format=negotiation.format_param(params.all("format")),
            union_default=not found.has_dataset, max_rows=ep.settings.max_rows, base_iri=base,
            network=found.network)
        return ep, req

    def _delegate_stream(self, environ, start_response, answer: Answer):
        try:
            return self.inner(environ, start_response)
        finally:
            if environ.pop(_OUTCOME, None) is not None and answer.stream is not None:
                for _ in answer.stream:  # not taken up (cannot happen): free the worker
                    pass

    def _respond(self, environ, start_response, answer: Answer, started: float):
        from kg.web import ops

        rid = ops.request_id(environ.get("HTTP_X_REQUEST_ID"))
        body = answer.body or b""
        headers = [("Content-Type", answer.content_type), ("Content-Length", str(len(body)))]
        headers.extend(answer.headers.items())
        elapsed = time.perf_counter() - started
        headers += [("X-Request-Id", rid),
                    ("Server-Timing", ops.server_timing(elapsed, answer.snapshot)),
                    ("Access-Control-Allow-Origin", "*"), ("Vary", "Accept"),
                    ("Access-Control-Expose-Headers", _EXPOSE)]
        ops.record(self.app, "/sparql", "GET", 200, elapsed, rid, "/sparql", answer.worker_pid,
                   answer.snapshot)
        start_response("200 OK", headers)
        return [body]


# --- updates ---------------------------------------------------------------------------------

def _update(update: str, params: Params) -> Response:
    require_token()
    ep = endpoint()
    using = params.all("using-graph-uri")
    using_named = params.all("using-named-graph-uri")
    if params.all("default-graph-uri") or params.all("named-graph-uri"):
        raise InputError("default-graph-uri/named-graph-uri belong to queries; updates take "
                         "using-graph-uri/using-named-graph-uri")
    if using or using_named:
        update = apply_using(update, using, using_named)
    found = scan(update, update=True)
    # SERVICE and LOAD only reach the allow-list; USING names graphs of the store (an update may
    # create them itself), and kg never fetches them.
    network = ScanResult(services=found.services, loads=found.loads, verified=found.verified)
    check_safety(network, ep.allowlist, ep.graph_exists)
    summary = GraphWriter(ep).update(update, base_iri=endpoint_url(), network=network.network)
    return json_response(summary)


# --- service description ----------------------------------------------------------------------

def service_description() -> Response:
    accept = request.headers.get("Accept")
    html_view = current_app.extensions.get("kg_sparql_html")
    if negotiation.wants_html(accept):
        if html_view is not None:
            return html_view()
        return Response(_sd_html(), mimetype="text/html")
    fmt_param = negotiation.format_param(url_params().all("format"))
    fmt = negotiation.choose("graph", accept, fmt_param)
    import pyoxigraph as ox

    from kg.web.querying import _RDF_FORMATS, _prefixes

    triples = list(ox.parse(_sd_turtle(), format=ox.RdfFormat.TURTLE))
    kwargs = {"prefixes": {**_prefixes(), "sd": SD, "fmt": "http://www.w3.org/ns/formats/"}} \
        if fmt.name in ("turtle", "trig", "rdfxml") else {}
    body = ox.serialize(triples, format=_RDF_FORMATS[fmt.name], **kwargs)
    return Response(body, content_type=fmt.content_type)


SD = "http://www.w3.org/ns/sparql-service-description#"


def _sd_turtle() -> str:
    from kg import namespaces as ns

    url = endpoint_url()
    ep = endpoint()
    results = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
               "SPARQL_Results_TSV", "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD",
               "RDF_XML"]
    formats = ", ".join("fmt:" + r for r in results)
    graphs = []
    try:
        graphs = [gr.value for gr in ep.store.named_graphs()]
    except KgError:
        pass
    named = "".join(f"  sd:namedGraph [ a sd:NamedGraph ; sd:name <{gr}> ] ;\n"
                    for gr in sorted(graphs)[:1000])
    writes = "sd:UnionDefaultGraph , sd:BasicFederatedQuery" if ep.allowlist else "sd:UnionDefaultGraph"
    return f"""@prefix sd: <{SD}> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
@prefix rdfs: <{ns.RDFS}> .
<{url}#service> a sd:Service ;
  rdfs:label "kg SPARQL endpoint" ;
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query, sd:SPARQL11Update ;
  sd:feature {writes} ;
  sd:resultFormat {formats} ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; rdfs:comment "the union of all named graphs" ] ;
{named}  ] .
"""


def _sd_html() -> str:
    from html import escape

    url = escape(endpoint_url())
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>kg SPARQL endpoint</title></head><body>
<h1>kg SPARQL endpoint</h1>
<p>This is a SPARQL 1.1 endpoint at <code>{url}</code>. Send a query with
<code>GET {url}?query=...</code> or <code>POST</code> (<code>application/sparql-query</code> or a
form). Results: JSON, XML, CSV, TSV; graphs: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML
(by <code>Accept</code> or <code>format=</code>).</p>
<form method="get" action="{url}">
<textarea name="query" rows="8" cols="80">SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option>
<option>tsv</option></select>
<button type="submit">Run</button></form>
</body></html>
"""


__all__ = ["bp", "init_app"]
