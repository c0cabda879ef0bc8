"""A point lookup answered by the server's loop thread straight from the request waitress parsed:
no WSGI environ, task object or response machinery, the same answer, headers, metrics and
access-log line as the app gives it (kg.web.query_path, kg.web.middleware).

Why: with the lookup itself answered on the loop thread (kg.web.connections), what was left of a
point lookup's time in the server was mostly the generic path around it, built per request:
waitress's environ (two dozen keys) and task, the proxy-header filter, the WSGI layer's
closures, waitress's response head (each header name re-capitalized, then sorted). Measured
in-process, 3,000 sequential lookups at 100k triples, the two paths taking turns four times
(2026-12-05, docs/endpoint.md): median 0.233-0.244 ms through the WSGI path, 0.194-0.206 ms
here; server CPU per lookup 181-187 µs and 138-146 µs.

What it answers: a request `kg.web.connections.lookup_candidate` let through (a GET of
/sparql?query=... without a body) over HTTP/1.1 without `Connection: close`, whose parameters
are a query and its format only, whose query is a point lookup (kg.web.lookup_query) that the
open view answers within `lookup_max_rows` (kg.web.lookups). Anything else (another version or
a connection to close, a protocol dataset, an error to report, a view not open yet, more rows)
returns None before anything is counted or written, and a task thread answers the request
through the app as it answers every other: errors keep one path.
"""

from __future__ import annotations

import time

from waitress.utilities import build_http_date

from kg.errors import AnswerElsewhere, KgError
from kg.web import context
from kg.web.context import RequestInfo
from kg.web.endpoint import Endpoint
from kg.web.middleware import Middleware
from kg.web.query_path import answer_headers, plain_query, prepare_query

_NAMES: dict[str, str] = {}  # header name -> as waitress writes it ("KG-Max-Rows" -> "Kg-Max-Rows")


def _wire_name(name: str) -> str:
    wire = _NAMES.get(name)
    if wire is None:
        wire = "-".join(part.capitalize() for part in name.split("-"))
        if len(_NAMES) < 256:
            _NAMES[name] = wire
    return wire


_date: tuple[int, str] = (0, "")  # the Date header's value, built once a second


def _http_date() -> str:
    global _date
    now = int(time.time())
    if _date[0] != now:
        _date = (now, build_http_date(now))
    return _date[1]


def response_head(status: str, headers: list[tuple[str, str]]) -> bytes:
    """An HTTP/1.1 response head as waitress builds it for a keep-alive response with a length
    (`WSGITask.build_response_header`): names capitalized per part, a Date, sorted by name
    (stably), no Server header (kg's server sets no ident)."""
    lines = [(_wire_name(n), v) for n, v in headers]
    lines.append(("Date", _http_date()))
    lines.sort(key=_first)
    return ("HTTP/1.1 " + status + "\r\n" + "\r\n".join([n + ": " + v for n, v in lines])
            + "\r\n\r\n").encode("latin-1")


def _first(pair: tuple[str, str]) -> str:
    return pair[0]


class LoopLookups:
    """Answers point lookups for one kg app on its server's loop thread (see the module)."""

    def __init__(self, app):
        self.endpoint: Endpoint = app.extensions["kg_endpoint"]
        middleware = app.wsgi_app
        if not isinstance(middleware, Middleware):
            raise TypeError("LoopLookups needs kg's app (its WSGI layer is kg.web.middleware)")
        self.middleware = middleware

    def __call__(self, request) -> bytes | None:
        """The whole response (head and body) to `request`, or None: a task thread answers it."""
        headers_in = request.headers
        if request.version != "1.1" or headers_in.get("CONNECTION", "").lower() == "close":
            return None
        info = RequestInfo(context.request_id(headers_in.get("X_REQUEST_ID")),
                           time.perf_counter(), route="/sparql")
        token = context.begin(info)
        try:
            plain = plain_query(request.query)
            if plain is None:
                return None
            query, params = plain
            # base_iri None: a lookup's IRIs are absolute (kg.web.lookup_query)
            req = prepare_query(self.endpoint, query, params, accept=headers_in.get("ACCEPT"),
                                base_iri=None, lookup_only=True)
            answer = self.endpoint.run_query(req, here=True)
        except (AnswerElsewhere, KgError):
            return None  # the app answers it, errors included, on a task thread
        finally:
            context.end(token)
        body = answer.body
        if body is None:  # a streamed answer (none is, from the open view): the app streams it
            return None
        info.snapshot = answer.snapshot
        headers = answer_headers(answer)
        fields = self.middleware.finish(info, "200 OK", headers, route="/sparql", method="GET",
                                        path=request.path, origin="ORIGIN" in headers_in)
        self.middleware.access_log.queue(fields)
        return response_head("200 OK", headers) + body

    def sent(self) -> None:
        """The response went to the socket: its access-log line may be written now."""
        self.middleware.access_log.flush()


__all__ = ["LoopLookups", "response_head"]
