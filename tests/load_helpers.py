"""Shared helpers of the load tests (streamed and staged writes): compare stores, write inputs."""

from __future__ import annotations

import json
from pathlib import Path

from kg.store import has_blank_node


def quads(store) -> tuple[set, int]:
    """The store's quads; those with blank nodes (the ontology's OWL lists) only counted, as
    their labels differ from store to store."""
    every = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    named = {q for q in every if not has_blank_node(q)}
    return named, len(every) - len(named)


def jsonl(tmp_path: Path, records: list[dict], name: str = "many.jsonl") -> Path:
    """Records as a JSON Lines file."""
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path
