"""One query path: a SPARQL query is checked by one function and answered by one call, whether
the fast handler or the Flask route takes the request.

    GET /sparql?query=...            ─► FastQueries ─┐
    POST /sparql (form or body), HEAD ─► kg.web.sparql ─┴─► prepare_query ─► Endpoint.run_query
                                                            decode, scan,     a query worker, or
                                                            check, request    inline: an Answer

`prepare_query` reads the protocol's parameters (dataset, format), scans the text for SERVICE,
LOAD and FROM targets and checks them against the allow-list and the store (kg.web.safety),
checks the dataset's IRIs, and builds the `QueryRequest` the worker evaluates; the worker then
parses the query itself, once. `FastQueries` answers the commonest request, a GET whose
parameters are the query, its format and its dataset, without building Flask's request and
response objects (a third of a point lookup's time in the server); everything else goes to
Flask, which calls the same function.
"""

from __future__ import annotations

from flask import Flask
from pyoxigraph import NamedNode
from werkzeug.wsgi import get_current_url

from kg.errors import AnswerElsewhere, InputError, KgError
from kg.web import context, negotiation
from kg.web.endpoint import Endpoint
from kg.web.errors import error_response, unexpected
from kg.web.evaluation import QueryRequest
from kg.web.lookup_query import parse_lookup
from kg.web.protocol import Params, decode_params
from kg.web.safety import check_safety, scan

#: The parameters a query may carry (SPARQL 1.1 Protocol, plus `format=`).
QUERY_PARAMETERS = frozenset({"query", "format", "default-graph-uri", "named-graph-uri"})


def prepare_query(ep: Endpoint, query: str, params: Params, *, accept: str | None,
                  base_iri: str | None, lookup_only: bool = False) -> QueryRequest:
    """The checked request for one query: raises InputError, ForbiddenError (a refused target),
    NotAcceptable/InputError (format=) before anything runs. `lookup_only` (the server's loop
    thread): anything but a point lookup raises AnswerElsewhere before it is checked (the
    checks may wait for the store)."""
    default_graphs = params.all("default-graph-uri")
    named_graphs = params.all("named-graph-uri")
    if params.all("using-graph-uri") or params.all("using-named-graph-uri"):
        raise InputError("using-graph-uri/using-named-graph-uri belong to updates; queries take "
                         "default-graph-uri/named-graph-uri")
    protocol_dataset = bool(default_graphs or named_graphs)
    fmt = negotiation.format_param(params.all("format"))
    lookup = None if protocol_dataset else parse_lookup(query)
    if lookup is not None:  # one triple pattern: no SERVICE, FROM, nesting (kg.web.lookup_query)
        return QueryRequest(query=query, accept=accept, format=fmt, max_rows=ep.settings.max_rows,
                            base_iri=base_iri, lookup=lookup)
    if lookup_only:
        raise AnswerElsewhere("not a point lookup")
    found = scan(query, settings=ep.settings)  # the nesting limits too
    if protocol_dataset:
        # The protocol's dataset overrides FROM / FROM NAMED in the query.
        found.from_graphs, found.from_named = [], []
    check_safety(found, ep.allowlist, ep.graph_exists, ep.sandboxed)
    for iri in default_graphs + named_graphs:
        _check_iri(iri)
    return QueryRequest(
        query=query, accept=accept, format=fmt,
        default_graph=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        union_default=not found.has_dataset, max_rows=ep.settings.max_rows, base_iri=base_iri,
        network=found.network)


def _check_iri(iri: str) -> None:
    try:
        NamedNode(iri)
    except ValueError as exc:
        raise InputError(f"not an absolute IRI: {iri!r}") from exc


_URL_CACHE: dict[tuple, str] = {}


def endpoint_url(environ) -> str:
    """This endpoint's URL (the base IRI of queries), memoized by the parts of the WSGI
    environment it is built from (building it decodes and re-encodes the host and path)."""
    key = (environ.get("wsgi.url_scheme"), environ.get("HTTP_HOST"), environ.get("SERVER_NAME"),
           environ.get("SERVER_PORT"), environ.get("SCRIPT_NAME"),
           environ.get("HTTP_X_FORWARDED_HOST"))
    url = _URL_CACHE.get(key)
    if url is None:
        url = get_current_url(environ, root_only=True).rstrip("/") + "/sparql"
        if len(_URL_CACHE) > 256:
            _URL_CACHE.clear()
        _URL_CACHE[key] = url
    return url


def plain_query(query_string: str) -> tuple[str, Params] | None:
    """The query and the parameters of a GET's query string, or None when it is not a plain
    query (no query, an update by GET, other parameters: the route answers and refuses those)."""
    params = Params(decode_params(query_string.encode("latin-1"), "query string"))
    query = params.one("query")
    if query is None or not {k for k, _ in params.pairs} <= QUERY_PARAMETERS:
        return None
    return query, params


def answer_headers(answer) -> list[tuple[str, str]]:
    """An answer's response headers, with its length when it is whole (not streamed)."""
    headers = [("Content-Type", answer.content_type), *answer.headers.items()]
    if answer.body is not None:
        headers.append(("Content-Length", str(len(answer.body))))
    return headers


class FastQueries:
    """The WSGI handler for `GET /sparql?query=...`; every other request goes to `flask`."""

    def __init__(self, app: Flask, flask):
        self.app = app
        self.flask = flask

    def __call__(self, environ, start_response):
        if (environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") != "/sparql"
                or environ.get("CONTENT_LENGTH") not in (None, "", "0")
                or "HTTP_TRANSFER_ENCODING" in environ
                or "query=" not in environ.get("QUERY_STRING", "")):
            return self.flask(environ, start_response)
        info = context.current()
        if info is not None:
            info.route = "/sparql"
        try:
            plain = plain_query(environ.get("QUERY_STRING", ""))
            if plain is None:
                return self.flask(environ, start_response)
            query, params = plain
            ep: Endpoint = self.app.extensions["kg_endpoint"]
            req = prepare_query(ep, query, params, accept=environ.get("HTTP_ACCEPT"),
                                base_iri=endpoint_url(environ))
            answer = ep.run_query(req)
        except KgError as exc:
            return error_response(exc)(environ, start_response)
        except Exception as exc:  # noqa: BLE001 - a bug: logged, a 500 with the request id
            return unexpected(exc)(environ, start_response)
        if info is not None:
            info.worker, info.snapshot = answer.worker_pid, answer.snapshot
        start_response("200 OK", answer_headers(answer))
        if answer.body is not None:
            return [answer.body]
        return answer.stream  # the server closes it; a generator's close frees the worker


__all__ = ["FastQueries", "QUERY_PARAMETERS", "answer_headers", "endpoint_url", "plain_query",
           "prepare_query"]
