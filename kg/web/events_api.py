"""Event curation over HTTP: review uncertain links (read), merge and split (behind the token).

    GET  /api/events/review                                 links scored near the threshold
    POST /api/events/merge {"a", "b", "who", "note"}        two events are one
    POST /api/events/split {"event", "fact", "who", "note"} a report is not its event
    POST /api/events/rebuild                                every event from scratch
    POST /api/events/sync                                   articles out of step resolved

The same functions as `kg events` (kg.events.curation): decisions land in kgg:curation with who
and when, beat the rules and survive reloads and rebuilds.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from kg.errors import InputError
from kg.events.curation import merge, review, split
from kg.events.resolve import Resolver
from kg.validate import Validator
from kg.web.endpoint import endpoint, require_token

bp = Blueprint("events_api", __name__)


def _body() -> dict:
    body = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    if not isinstance(body, dict):
        raise InputError("send a JSON object (or a form)")
    return body


def _field(body: dict, name: str, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        if required:
            raise InputError(f"field {name!r} is required", location=name)
        return None
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string", location=name)
    return value


@bp.get("/api/events/review")
def review_links():
    """Rule-made links scored near the threshold, with the sentences to judge them by."""
    return jsonify([item.to_json() for item in review(endpoint().store)])


def _decided(decision, outcome):
    return jsonify({"decision": decision.iri, "kind": decision.kind, "who": decision.who,
                    "when": decision.when, "note": decision.note, "events": outcome.touched})


def _curate(decide, first: str, second: str):
    """Merge and split alike: the write token, the two names, who and why, one locked write."""
    require_token()
    body = _body()
    ep = endpoint()
    with ep.write_lock:
        decision, outcome = decide(ep.store, _field(body, first), _field(body, second),
                                   _field(body, "who"), _field(body, "note", False),
                                   validator=Validator())
        ep.after_write()
    return _decided(decision, outcome)


@bp.post("/api/events/merge")
def merge_events():
    """Record that two events are one (needs the write token)."""
    return _curate(merge, "a", "b")


@bp.post("/api/events/split")
def split_event():
    """Record that a report is not the event it is linked to (needs the write token)."""
    return _curate(split, "event", "fact")


@bp.post("/api/events/<any(rebuild, sync):how>")
def resolve_again(how: str):
    """`kg events rebuild|sync` while kg serve holds the store (needs the write token)."""
    require_token()
    ep = endpoint()
    with ep.write_lock:
        resolver = Resolver(ep.store, Validator())
        outcome = resolver.rebuild() if how == "rebuild" else resolver.sync()
        ep.after_write()
    return jsonify(outcome.to_json())
