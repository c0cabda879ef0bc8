"""The SPARQL 1.1 Protocol at /sparql: queries, updates (behind the token and the SHACL gate)
and the service description.

Queries take the one query path (kg.web.query_path: checked once, answered by a query worker);
updates go through kg.web.writes (the SHACL gate of kg.gate, then one transaction), as every
write. App-wide concerns (CORS, the body cap, metrics, the access log) are kg.web.middleware's.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg import namespaces as ns
from kg.errors import InputError, KgError, MethodNotAllowed, UnsupportedMediaType
from kg.web import negotiation
from kg.gate import COMMAND_HEADER
from kg.web.endpoint import endpoint, require_token
from kg.web.protocol import (
    Params,
    answer_response,
    body_text,
    decode_params,
    json_response,
    media_type,
    url_params,
)
from kg.web.query_page import render_query_page
from kg.web.query_path import endpoint_url, prepare_query
from kg.web.results import RDF_FORMATS, prefixes
from kg.web.safety import ScanResult, check_safety, scan
from kg.web.writes import GraphWriter, apply_using

bp = Blueprint("sparql", __name__)

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"


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
    """A query the fast handler did not take (POST, HEAD, unusual parameters): the same path."""
    ep = endpoint()
    req = prepare_query(ep, query, params, accept=request.headers.get("Accept"),
                        base_iri=endpoint_url(request.environ))
    return answer_response(ep.run_query(req))


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
    found = scan(update, update=True, settings=ep.settings)  # the nesting limits too
    # SERVICE and LOAD only reach the allow-list; USING names graphs of the store (an update may
    # create them itself), and kg never fetches them.
    network = ScanResult(services=found.services, loads=found.loads, verified=found.verified)
    check_safety(network, ep.allowlist, ep.graph_exists, ep.sandboxed)
    writer = GraphWriter(ep, request.headers.get(COMMAND_HEADER))
    summary = writer.update(update, base_iri=endpoint_url(request.environ),
                            network=network.network)
    return json_response(summary)


# --- service description ----------------------------------------------------------------------

def service_description() -> Response:
    """The service description (RDF), or for a browser the query page."""
    accept = request.headers.get("Accept")
    if negotiation.wants_html(accept):
        return render_query_page()
    fmt_param = negotiation.format_param(url_params().all("format"))
    fmt = negotiation.choose("graph", accept, fmt_param)
    triples = list(ox.parse(_sd_turtle(), format=ox.RdfFormat.TURTLE))
    kwargs = {"prefixes": {**prefixes(), "sd": SD, "fmt": "http://www.w3.org/ns/formats/"}} \
        if fmt.name in ("turtle", "trig", "rdfxml") else {}
    body = ox.serialize(triples, format=RDF_FORMATS[fmt.name], **kwargs)
    return Response(body, content_type=fmt.content_type)


SD = "http://www.w3.org/ns/sparql-service-description#"


def _sd_turtle() -> str:
    url = endpoint_url(request.environ)
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
    # The predeclared prefixes, as SHACL prefix declarations (sh:declare): queries may use them
    # without PREFIX lines.
    declare = "".join(
        f'  sh:declare [ sh:prefix "{p}" ; sh:namespace "{iri}"^^xsd:anyURI ] ;\n'
        for p, iri in ns.PREFIXES.items())
    return f"""@prefix sd: <{SD}> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
@prefix rdfs: <{ns.RDFS}> .
@prefix sh: <{ns.SH}> .
@prefix xsd: <{ns.XSD}> .
<{url}#service> a sd:Service ;
  rdfs:label "kg SPARQL endpoint" ;
  rdfs:comment "Queries and updates may use the prefixes of sh:declare without PREFIX lines." ;
{declare}
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query, sd:SPARQL11Update ;
  sd:feature {writes} ;
  sd:resultFormat {formats} ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; rdfs:comment "the union of all named graphs" ] ;
{named}  ] .
"""


__all__ = ["bp", "service_description"]
