"""Error responses: the one place that maps exceptions to HTTP answers.

Every error is `KgError.to_json()` as `application/json` with the class's `http_status` (a
browser asking a page for HTML gets the same message, hint and request id as a page); Flask's
own HTTP errors (404 of an unknown route, 405) are mapped to the same shape; anything unexpected
is a 500 with a request id to find it in the log, never a stack trace. The responses are plain
WSGI applications, so the fast query handler and the middleware answer with the same ones as
Flask's error handlers.
"""

from __future__ import annotations

import json
import logging

from flask import Flask, has_request_context, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from kg.errors import KgError, LimitExceeded
from kg.web.context import current
from kg.web.render import html

log = logging.getLogger("kg.web")

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 413: "too_large",
               415: "unsupported_media_type", 422: "validation_failed", 503: "unavailable",
               504: "timeout"}


def error_response(exc: KgError) -> Response:
    body = _noted(exc)
    resp = Response(json.dumps(body, ensure_ascii=False) + "\n", status=exc.http_status,
                    mimetype="application/json")
    return _with_limit_headers(exc, resp)


def _noted(exc: KgError) -> dict:
    """The error's JSON fields with the request id; the request's log line gets its code."""
    body = exc.to_json()
    info = current()
    if info is not None:
        body["request_id"] = info.request_id
        info.error = exc.code
    return body


def _with_limit_headers(exc: KgError, resp: Response) -> Response:
    if isinstance(exc, LimitExceeded) and exc.http_status == 503:
        resp.headers["Retry-After"] = "1"
    allow = getattr(exc, "allow", None)
    if allow:
        resp.headers["Allow"] = ", ".join(allow)
    return resp


#: The blueprints of pages for people: a browser asking one of them for HTML gets its errors
#: as a page; every other route, and every client that prefers JSON, gets the JSON shape.
PAGE_BLUEPRINTS = frozenset({"linked_data", "overview", "query", "ontology", "validation"})

_TITLES = {400: "Bad request", 403: "Refused", 404: "Not found", 406: "Not acceptable",
           413: "Too large", 503: "Busy or unavailable", 504: "Took too long"}


def page_or_json_error(exc: KgError) -> Response:
    """Flask's handler for KgError: a page for a browser on a page, else `error_response`."""
    if not (has_request_context() and request.method == "GET"
            and request.blueprint in PAGE_BLUEPRINTS
            and request.accept_mimetypes.best_match(["application/json", "text/html"])
            == "text/html"):
        return error_response(exc)
    body = _noted(exc)
    page = html("error.html", exc.http_status, title=_TITLES.get(exc.http_status, "Error"),
                message=exc.message, hint=exc.hint, setting=body.get("setting"),
                request_id=body.get("request_id"))
    return _with_limit_headers(exc, page)


def http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    err = KgError(exc.description or exc.name)
    err.http_status = status
    err.code = _HTTP_CODES.get(status, "http_error")
    resp = error_response(err)
    if status == 405 and getattr(exc, "valid_methods", None):
        resp.headers["Allow"] = ", ".join(exc.valid_methods)
    return resp


def unexpected(exc: Exception) -> Response:
    """A 500 for a bug: logged with its traceback and request id, never shown to the client."""
    if isinstance(exc, HTTPException):
        return http_error(exc)
    info = current()
    rid = info.request_id if info is not None else None
    log.exception("unexpected error (request %s)", rid, exc_info=exc)
    err = KgError("internal error; the server log has the details",
                  hint=f"quote request id {rid} when reporting it" if rid else None)
    return error_response(err)


def register(app: Flask) -> None:
    """Install the handlers on the Flask app (create_app calls this once)."""
    app.register_error_handler(KgError, page_or_json_error)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, unexpected)


__all__ = ["PAGE_BLUEPRINTS", "error_response", "http_error", "page_or_json_error", "register",
           "unexpected"]
