"""The validation page: paste or upload a record, RDF or article text, see the SHACL report per
focus node and what a load would change; load only with the write token."""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, request

from kg.errors import KgError
from kg.gate import refuse
from kg.limits import json_depth_exceeds
from kg.loader import INPUT_SUFFIXES, Document, load
from kg.web.endpoint import endpoint
from kg.web.render import html, nt_iri
from kg.web.validation_job import ValidationRequest, check

bp = Blueprint("validation", __name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # the page is for a record or an article; kg validate takes more

INPUT_KINDS = {
    "auto": ("Detect", None),
    "record": ("Article record (JSON)", ".json"),
    "jsonl": ("Article records (JSON Lines)", ".jsonl"),
    "turtle": ("Turtle", ".ttl"),
    "ntriples": ("N-Triples", ".nt"),
    "nquads": ("N-Quads", ".nq"),
    "trig": ("TriG", ".trig"),
    "jsonld": ("JSON-LD", ".jsonld"),
    "rdfxml": ("RDF/XML", ".rdf"),
    "text": ("Article text (extracted with kg.extract)", ".txt"),
}


def _extractor():
    try:
        from kg.extract import extract_text  # noqa: F401 - lazy attribute
        return extract_text
    except (ImportError, AttributeError):
        return None


def _guess_suffix(name: str, data: str) -> str:
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in INPUT_SUFFIXES or suffix in (".txt", ".text", ".md"):
        return ".txt" if suffix in (".text", ".md") else suffix
    head = data.lstrip()[:2000]
    if head.startswith(("{", "[")):
        if json_depth_exceeds(data, endpoint().settings.max_nesting_depth):
            return ".json"  # the record reader refuses it, naming the limit
        try:
            obj = json.loads(data)
        except ValueError:
            return ".json"
        if isinstance(obj, dict) and ("@context" in obj or "@id" in obj or "@graph" in obj):
            return ".jsonld"
        return ".json"
    if head.startswith("<?xml") or head.startswith("<rdf:RDF"):
        return ".rdf"
    if re.match(r"(@prefix|@base|PREFIX|BASE|<[^>\s]+>\s+<)", head, re.I):
        return ".ttl"
    return ".txt"




@dataclass
class FocusGroup:
    focus: str
    href: str | None
    source: str | None
    article: str | None
    results: list


def _group(report) -> list[FocusGroup]:
    groups: dict[str, FocusGroup] = {}
    for r in sorted(report.results, key=lambda r: (not r.is_violation, r.focus)):
        g = groups.setdefault(r.focus, FocusGroup(nt_iri(r.focus) or r.focus, None, r.source,
                                                   r.article, []))
        g.results.append(r)
    return list(groups.values())


@bp.route("/validate", methods=["GET", "POST"])
def validate_page():
    """Validation page: check a record, RDF or article text against the shapes; load with the
    write token."""
    ctx: dict = {"kinds": INPUT_KINDS, "kind": "auto", "text": "",
                 "can_extract": bool(_extractor()),
                 "writable": bool(endpoint().settings.write_token)}
    if request.method == "GET":
        return html("validate.html", **ctx)
    kind = request.form.get("kind", "auto")
    ctx["kind"] = kind if kind in INPUT_KINDS else "auto"
    upload = request.files.get("file")
    name = ""
    if upload and upload.filename:
        raw = upload.stream.read(MAX_UPLOAD_BYTES + 1)
        name = upload.filename
    else:
        raw = request.form.get("data", "").encode("utf-8")
    if len(raw) > MAX_UPLOAD_BYTES:
        mb = MAX_UPLOAD_BYTES // (1024 * 1024)
        ctx["error"] = {"message": f"the input is larger than {mb} MB; "
                                   "use `kg validate` for large files"}
        return html("validate.html", 413, **ctx)
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError:
        ctx["error"] = {"message": "the input is not UTF-8 text"}
        return html("validate.html", 400, **ctx)
    ctx["text"] = data if not upload or not upload.filename else ""
    ctx["filename"] = name
    if not data.strip():
        ctx["error"] = {"message": "nothing to check: paste some data or choose a file"}
        return html("validate.html", 400, **ctx)
    suffix = INPUT_KINDS[ctx["kind"]][1] or _guess_suffix(name, data)
    action = request.form.get("action", "check")
    if action == "load":
        token = endpoint().settings.write_token
        given = request.form.get("token", "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            ctx["error"] = {"message": "loading needs the write token (setting write_token)"
                            if token else "this server is read-only: no write_token is set"}
            return html("validate.html", 403, **ctx)
    status = 200
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).stem)[:80] if name else "pasted"
    document = Document(f"{stem or 'input'}{suffix}", suffix, raw)
    try:
        text = None
        if suffix == ".txt":
            if _extractor() is None:
                raise KgError("article text needs the extractor (kg.extract), which is not "
                              "available here; paste a record or RDF instead")
            text = data
            document = Document(f"{stem or 'input'}.json", ".json", b"")
        summary, extracted = _run(document, text, write=(action == "load"))
        if extracted is not None:
            ctx["extracted"] = json.dumps(json.loads(extracted), indent=2, ensure_ascii=False)
        ctx["summary"] = summary
        ctx["groups"] = _group(summary.report)
        ctx["loaded"] = summary.written
    except KgError as exc:
        where = (exc.location or "").replace(document.name, name or "the pasted data")
        ctx["error"] = {"message": exc.message, "location": where, "hint": exc.hint}
        status = exc.http_status if exc.http_status != 500 else 400  # 504: the time limit
        report = getattr(exc, "report", None)
        if report is not None:
            ctx["groups"] = _group(report)
            ctx["summary"] = None
    ctx["action"] = action
    return html("validate.html", status, **ctx)


def _run(document: Document, text: str | None, write: bool):
    """Check the document (or the record extracted from `text`) as `kg validate` does, in a
    query worker where there is one (kg.web.validation_job: the query time limit applies); to
    load, load the checked document as `kg load` does: the same loader, gate and write."""
    ep = endpoint()
    req = ValidationRequest(document, ep.settings, text)
    pool = ep.pool
    summary, extracted = pool.run_validation(req) if pool is not None else check(ep.store, req)
    if not write:
        return summary, extracted
    refuse(summary.report)  # as `kg load` would: nothing is written
    if extracted is not None:
        document = Document(document.name, ".json", extracted.encode("utf-8"))
    with ep.write_lock:  # one writer at a time, as for the endpoint's own writes
        summary = load([document], ep.store, ep.settings)
        ep.after_write()  # the endpoint's query workers see the new data
    return summary, extracted
