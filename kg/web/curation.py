"""Wikidata link curation over HTTP: the review queue (read) and link decisions (behind the token).

    GET  /api/link/review                     unlinked and ambiguous entities, sentences, candidates
    POST /api/link  {"entity", "qid" | "none": true, "who", "note"}   record a decision

The same functions as `kg link` (kg.link.curation); decisions land in kgg:curation with who and
when, so they survive reloads and re-extraction.
"""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, jsonify, request

from kg.errors import InputError
from kg.link.curation import record_decision, review_queue
from kg.web.endpoint import endpoint, require_token

bp = Blueprint("curation", __name__)


@bp.get("/api/link/review")
def review():
    """The review queue: unlinked and ambiguous entities with their sentences and candidates."""
    items = review_queue(endpoint().store)
    return jsonify([{**asdict(item), "status": item.status} for item in items])


@bp.post("/api/link")
def link():
    """Record an analyst's link decision (needs the write token)."""
    require_token()
    body = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    if not isinstance(body, dict):
        raise InputError("send a JSON object or a form with entity, qid (or none) and who")
    entity, who = str(body.get("entity") or ""), str(body.get("who") or "")
    qid = None if body.get("none") in (True, "true", "1") else (body.get("qid") or None)
    if qid is None and body.get("none") not in (True, "true", "1"):
        raise InputError("give a qid, or none=true to record that there is no Wikidata item")
    ep = endpoint()
    with ep.write_lock:
        decision = record_decision(ep.store, entity, qid, who, note=body.get("note"))
        ep.after_write()
    return jsonify({"entity": decision.entity, "qid": decision.qid, "who": decision.who,
                    "when": decision.when.isoformat(), "note": decision.note})
