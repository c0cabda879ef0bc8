"""Wikidata link curation over HTTP: the review queue (read) and link decisions (behind the token).

    GET  /api/link/review[?kind=&all=&limit=] unlinked entities, most mentioned first
    POST /api/link  {"entity", "qid" | "none": true, "who", "note", "replace"?}   a decision
                     (409 when it contradicts another analyst's and `replace` is not set)

The same functions as `kg link` (kg.link.curation); decisions land in kgg:curation with who and
when, so they survive reloads and re-extraction.
"""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, jsonify, request

from kg.errors import InputError
from kg.limits import loads_json
from kg.link.curation import record_decision, review_queue
from kg.web.endpoint import endpoint, require_token

bp = Blueprint("curation", __name__)


@bp.get("/api/link/review")
def review():
    """The review queue, most mentioned first: unlinked and ambiguous entities with their
    sentences and candidates (`?kind=person&kind=place`, `?all=1` for unmentioned ones too,
    `?limit=N`)."""
    limit = request.args.get("limit", type=int)
    items = review_queue(endpoint().store, kinds=tuple(request.args.getlist("kind")),
                         include_unmentioned=request.args.get("all") in ("1", "true"),
                         limit=limit if limit and limit > 0 else None)
    return jsonify([{**asdict(item), "status": item.status} for item in items])


def _body(max_depth: int) -> dict:
    """The decision as a dict: a JSON object (nesting checked before parsing) or a form."""
    if request.is_json:
        try:
            text = request.get_data(cache=True).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"the body is not UTF-8 (byte {exc.start})") from exc
        body = loads_json(text, "the request body", max_depth, InputError)
    else:
        body = request.form.to_dict()
    if not isinstance(body, dict):
        raise InputError("send a JSON object or a form with entity, qid (or none) and who")
    return body


def _text(body: dict, name: str) -> str | None:
    """A field that must be text when given (a number or a list is an error naming the field)."""
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string, not {type(value).__name__}",
                         location=f"the request body: {name}")
    return value


@bp.post("/api/link")
def link():
    """Record an analyst's link decision (needs the write token)."""
    require_token()
    ep = endpoint()
    body = _body(ep.settings.max_nesting_depth)
    entity, who = _text(body, "entity") or "", _text(body, "who") or ""
    none = body.get("none") in (True, "true", "1")
    qid = None if none else _text(body, "qid")
    if qid is None and not none:
        raise InputError("give a qid, or none=true to record that there is no Wikidata item")
    note = _text(body, "note")
    with ep.write_lock:
        decision = record_decision(ep.store, entity, qid, who, note=note,
                                   replace=body.get("replace") in (True, "true", "1"))
        ep.after_write()
    return jsonify({"entity": decision.entity, "qid": decision.qid, "who": decision.who,
                    "when": decision.when.isoformat(), "note": decision.note,
                    "replaced_qid": decision.replaced_qid,
                    "replaces": decision.replaces})
