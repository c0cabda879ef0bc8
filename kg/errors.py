"""The one exception tree of kg, each class carrying its HTTP status and CLI exit code.

    KgError                      500 / exit 2
    ├── InputError               400 / exit 2   unusable input: names the file, line, column
    │   ├── RecordError          400 / exit 2   an article record breaks the record format
    │   ├── RdfSyntaxError       400 / exit 2   malformed RDF
    │   ├── QuerySyntaxError     400 / exit 2   invalid SPARQL, with the position
    │   ├── AddressInUse         400 / exit 2   `kg serve`'s port is taken
    │   └── LinkConflict         409 / exit 2   a link decision contradicts another analyst's
    ├── ValidationFailed         422 / exit 1   SHACL violations; carries the report
    ├── ForbiddenError           403 / exit 2   a write without the token, a refused SERVICE/LOAD
    ├── NotFoundError            404 / exit 2
    ├── LimitExceeded            413/503/504 / exit 3   a configured limit tripped; names its setting
    │   ├── QueryTimeout         504
    │   ├── TooLarge             413
    │   ├── TooComplex           400   nested or chained deeper than a parser safely takes
    │   └── Busy                 503 (Retry-After)
    ├── StoreError               503 / exit 4   the store cannot be opened or written
    │   └── StoreLocked          503 / exit 4   another process holds the store
    ├── ClusterError             503 / exit 4   the Dask cluster cannot be reached or used
    └── NotAcceptable / UnsupportedMediaType / MethodNotAllowed  406/415/405 (HTTP only)

    AnswerElsewhere              not an error, never seen by a client: the server's loop
                                 thread hands a request to a task thread (kg.web.connections)

Library code raises these; `kg.cli` maps them to exit codes and `kg.web` to JSON error bodies,
both through `exit_code` / `http_status`, so the mapping lives here and nowhere else.
"""

from __future__ import annotations

from typing import Any


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    http_status = 500
    exit_code = 2
    code = "internal"

    def __init__(self, message: str, *, hint: str | None = None, location: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.location = location

    def __reduce__(self):
        # Errors cross process boundaries (load workers, query workers): keep every attribute.
        # The default pickling calls __init__(message) again, which loses location and hint
        # and fails outright for classes with required keyword arguments (LimitExceeded).
        return (_restore, (type(self), self.args, self.__dict__))

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        return f"{text}\n  hint: {self.hint}" if self.hint else text

    def to_json(self) -> dict[str, Any]:
        """The one JSON error shape of the endpoint (tests pin it)."""
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.location:
            body["location"] = self.location
        if self.hint:
            body["hint"] = self.hint
        return body


def _restore(cls: type[KgError], args: tuple, state: dict) -> KgError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(KgError):
    """Input that kg cannot use at all: wrong encoding, empty, too big, unknown format."""

    http_status = 400
    code = "bad_input"


class RecordError(InputError):
    """An article record that breaks the record format (names file, record and JSON path)."""

    code = "bad_record"


class RdfSyntaxError(InputError):
    """Malformed RDF; the location names file, line and column."""

    code = "rdf_syntax"


class QuerySyntaxError(InputError):
    """Invalid SPARQL; the message carries the parser's position."""

    code = "query_syntax"


class ValidationFailed(KgError):
    """The SHACL gate refused a load: the attached report lists every violation."""

    http_status = 422
    exit_code = 1
    code = "validation_failed"

    def __init__(self, message: str, report: Any, **kw: Any):
        super().__init__(message, **kw)
        self.report = report

    def to_json(self) -> dict[str, Any]:
        body = super().to_json()
        body["report"] = self.report.to_json()
        return body


class ForbiddenError(KgError):
    """The request needs the write token, or asks for a network/file target that is refused."""

    http_status = 403
    code = "forbidden"


class AddressInUse(InputError):
    """`kg serve` cannot listen where it was asked to: another process has the port."""

    code = "address_in_use"


class LinkConflict(InputError):
    """A link decision contradicts another analyst's current one: replacing it needs intent."""

    http_status = 409
    code = "link_conflict"


class NotFoundError(KgError):
    """No such graph, entity or page."""

    http_status = 404
    code = "not_found"


class LimitExceeded(KgError):
    """A configured limit tripped; the message names the setting that controls it."""

    http_status = 503
    exit_code = 3
    code = "limit"

    def __init__(self, message: str, *, setting: str, **kw: Any):
        super().__init__(message, **kw)
        self.setting = setting

    def to_json(self) -> dict[str, Any]:
        body = super().to_json()
        body["setting"] = self.setting
        return body


class QueryTimeout(LimitExceeded):
    """The query ran longer than the query time limit and was stopped."""

    http_status = 504
    code = "timeout"


class TooLarge(LimitExceeded):
    """A request body or input file is over its size cap."""

    http_status = 413
    code = "too_large"


class TooComplex(LimitExceeded):
    """Input nested or chained deeper than its parser safely takes (JSON, XML, SPARQL)."""

    http_status = 400
    code = "too_complex"


class Busy(LimitExceeded):
    """Too many queries at once; retry later."""

    http_status = 503
    code = "busy"


class StoreError(KgError):
    """The store cannot be opened, read or written."""

    http_status = 503
    exit_code = 4
    code = "store"


class StoreLocked(StoreError):
    """Another process (often `kg serve`) holds the on-disk store."""

    code = "store_locked"


class ClusterError(KgError):
    """The Dask cluster `kg ingest --cluster` names cannot be reached, or its workers cannot do
    the work (no kg installed, another kg version, no access to the store)."""

    http_status = 503
    exit_code = 4
    code = "cluster"


class NotAcceptable(KgError):
    """No result format fits the Accept header."""

    http_status = 406
    code = "not_acceptable"


class UnsupportedMediaType(KgError):
    """The request body's media type is not one this route takes."""

    http_status = 415
    code = "unsupported_media_type"


class MethodNotAllowed(KgError):
    """The route does not take this HTTP method."""

    http_status = 405
    code = "method_not_allowed"


class AnswerElsewhere(Exception):
    """Not an error, so outside the tree: the app, called on the server's loop thread for what
    looked like a point lookup, cannot answer it without blocking (not a lookup, more rows than
    `lookup_max_rows`, a view to open). Raised before any response head; the server then hands
    the request to a task thread, which answers it as any request (kg.web.connections)."""
