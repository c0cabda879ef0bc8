"""The HTTP side of the SPARQL protocols, shared by /sparql and the Graph Store at /data:
strict parameter decoding, media types, body text, and an `Answer` turned into a response.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Response, request, stream_with_context

from kg.errors import InputError, UnsupportedMediaType
from kg.web import context
from kg.web.evaluation import Answer


def media_type() -> tuple[str, dict[str, str]]:
    """The request's Content-Type and its parameters (lower-cased names)."""
    raw = request.headers.get("Content-Type", "")
    parts = [p.strip() for p in raw.split(";")]
    params = {}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            params[k.strip().lower()] = v.strip().strip('"')
    return parts[0].lower(), params


def decode_params(raw: bytes, where: str) -> list[tuple[str, str]]:
    """Form/query-string decoding, percent-decoded exactly once, strict UTF-8."""
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise InputError(f"the {where} holds raw non-ASCII bytes; percent-encode them as UTF-8",
                         hint="application/x-www-form-urlencoded data is ASCII") from exc
    try:
        return [(_unquote(name), _unquote(value)) for name, _, value in
                (piece.partition("=") for piece in text.split("&") if piece)]
    except UnicodeDecodeError as exc:
        raise InputError(f"the {where} is not UTF-8 once percent-decoded",
                         hint="encode the query as UTF-8") from exc


def _unquote(text: str) -> str:
    """One form-encoded name or value (ASCII): `+` is a space, `%XX` a byte, UTF-8 strictly;
    what `urllib.parse.parse_qsl(keep_blank_values=True, errors="strict")` gives for it, in
    a third of its time (a point lookup's query string is decoded on every request)."""
    if "+" in text:
        text = text.replace("+", " ")
    if "%" not in text:
        return text
    return unquote_to_bytes(text).decode("utf-8")


def body_text(what: str) -> str:
    """The request body as text: UTF-8 only."""
    _, params = media_type()
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"{what} must be UTF-8, not charset={charset}")
    data = request.get_data(cache=True)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the {what} is not valid UTF-8 (byte {exc.start})",
                         hint="send the body encoded as UTF-8") from exc


class Params:
    """Decoded parameters, in order; `one` refuses a parameter given twice."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.pairs if k == name]

    def one(self, name: str) -> str | None:
        values = self.all(name)
        if len(values) > 1:
            raise InputError(f"more than one {name!r} parameter",
                             hint=f"send exactly one {name}")
        return values[0] if values else None


def url_params() -> Params:
    return Params(decode_params(request.query_string, "query string"))


def answer_response(answer: Answer) -> Response:
    """A query's answer as a response: whole, or streamed from the worker. The request's log
    line and Server-Timing name the worker and the view it ran on."""
    info = context.current()
    if info is not None:
        info.worker, info.snapshot = answer.worker_pid, answer.snapshot
    if answer.body is not None:
        body = b"" if request.method == "HEAD" else answer.body
        resp = Response(body, content_type=answer.content_type)
        if request.method == "HEAD":
            resp.headers["Content-Length"] = str(len(answer.body))
    else:
        stream = answer.stream
        if request.method == "HEAD":
            for _ in stream:  # drain so the worker goes back to the pool
                pass
            stream = iter(())
        resp = Response(stream_with_context(stream), content_type=answer.content_type)
    for k, v in answer.headers.items():
        resp.headers[k] = v
    return resp


def json_response(obj, status: int = 200) -> Response:
    from flask import json

    return Response(json.dumps(obj, ensure_ascii=False) + "\n", status=status,
                    mimetype="application/json")


__all__ = ["Params", "answer_response", "body_text", "decode_params", "json_response",
           "media_type", "url_params"]
