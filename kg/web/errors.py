"""Error responses: the one place that maps exceptions to HTTP answers.

Every error is `KgError.to_json()` as `application/json` with the class's `http_status`; Flask's
own HTTP errors (404 of an unknown route, 405) are mapped to the same shape; anything unexpected
is a 500 with a request id to find it in the log, never a stack trace.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, g, json
from werkzeug.exceptions import HTTPException

from kg.errors import KgError, LimitExceeded

log = logging.getLogger("kg.web")

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 413: "too_large",
               415: "unsupported_media_type", 422: "validation_failed", 503: "unavailable",
               504: "timeout"}


def error_response(exc: KgError) -> Response:
    body = exc.to_json()
    rid = getattr(g, "request_id", None) if _in_request() else None
    if rid:
        body["request_id"] = rid
    resp = Response(json.dumps(body, ensure_ascii=False) + "\n", status=exc.http_status,
                    mimetype="application/json")
    if isinstance(exc, LimitExceeded) and exc.http_status == 503:
        resp.headers["Retry-After"] = "1"
    allow = getattr(exc, "allow", None)
    if allow:
        resp.headers["Allow"] = ", ".join(allow)
    return resp


def _in_request() -> bool:
    from flask import has_request_context

    return has_request_context()


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    err = KgError(exc.description or exc.name)
    err.http_status = status
    err.code = _HTTP_CODES.get(status, "http_error")
    resp = error_response(err)
    if status == 405 and getattr(exc, "valid_methods", None):
        resp.headers["Allow"] = ", ".join(exc.valid_methods)
    return resp


def _unexpected(exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    rid = getattr(g, "request_id", None) if _in_request() else None
    log.exception("unexpected error (request %s)", rid)
    err = KgError("internal error; the server log has the details",
                  hint=f"quote request id {rid} when reporting it" if rid else None)
    return error_response(err)


def register(app: Flask) -> None:
    """Install the handlers (idempotent)."""
    if app.extensions.get("kg_errors"):
        return
    app.extensions["kg_errors"] = True
    app.register_error_handler(KgError, error_response)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


__all__ = ["error_response", "register"]
