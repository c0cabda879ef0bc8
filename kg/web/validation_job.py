"""The validation page's check, run in a query worker: killed at the query time limit, and a
crash costs that worker, not the server.

Pasted article text goes through the extractor and a pasted document through the loader's
reading and the SHACL gate (`kg validate`'s path, writing nothing). Both are pure Python or
recursive native parsers over input anyone can post without a token: 5 MB of article text kept
the extractor busy past a minute in the server process. In a worker the query time limit
(`query_timeout`) stops it. Stores without workers (in memory, remote) run it in process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import KgError
from kg.loader import Document, LoadSummary, validate_paths
from kg.settings import Settings


@dataclass
class ValidationRequest:
    """A document to check, or article text to extract into a record and check."""

    document: Document
    settings: Settings
    text: str | None = None  # article text: extract it first (the document names the record)
    kind = "validate"  # how a query worker tells this request from a query


def check(store, req: ValidationRequest) -> tuple[LoadSummary, str | None]:
    """(the summary `kg validate` would give, the extracted record as JSON or None)."""
    document, extracted = req.document, None
    if req.text is not None:
        from kg.extract import extract_text

        extracted = json.dumps(extract_text(req.text), ensure_ascii=False)
        document = Document(document.name, ".json", extracted.encode("utf-8"))
    # in one process: a worker cannot start processes of its own, and the input is small
    settings = req.settings.with_(validation_workers=1)
    return validate_paths([document], store, settings), extracted


def worker_reply(view: ox.Store, location: str, req: ValidationRequest) -> tuple:
    """The message a query worker sends back: ("validated", summary, extracted) or the error."""
    from kg.store.embedded import EmbeddedStore

    try:
        return ("validated", *check(EmbeddedStore.over(view, location), req))
    except KgError as exc:
        return ("raise", exc)


__all__ = ["ValidationRequest", "check", "worker_reply"]
