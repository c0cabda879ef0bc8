"""The request being answered: what its log line and metrics need, in a context variable.

kg.web.middleware starts a `RequestInfo` for every request and ends it when the response head
goes out; the handlers fill it in as they answer (the route, the query worker and the view it
ran on, an error's code), and error bodies carry its request id. A context variable rather than
the WSGI environment: nothing is handed between handlers through the environ.
"""

from __future__ import annotations

import os
import re
from contextvars import ContextVar, Token
from dataclasses import dataclass


@dataclass
class RequestInfo:
    """One request's facts for its log line and the metrics."""

    request_id: str
    started: float
    route: str | None = None  # the URL rule; None: the middleware looks it up
    worker: int | None = None  # the query worker that evaluated it
    snapshot: str | None = None  # the view a query ran on: "memory" or "disk"
    error: str | None = None  # the code of a JSON error answer


_current: ContextVar[RequestInfo | None] = ContextVar("kg_request", default=None)


def current() -> RequestInfo | None:
    """The request being answered on this thread (None outside a request)."""
    return _current.get()


def begin(info: RequestInfo) -> Token:
    return _current.set(info)


def end(token: Token) -> None:
    _current.reset(token)


_SANE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def request_id(presented: str | None) -> str:
    """The client's X-Request-Id if it is a sane token, else a fresh one."""
    if presented and _SANE_ID.fullmatch(presented):
        return presented
    return os.urandom(8).hex()


__all__ = ["RequestInfo", "begin", "current", "end", "request_id"]
