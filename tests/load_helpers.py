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


PLACES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Kryvyi Rih"]
PAIRS = [("Poland", "Ukraine"), ("France", "Germany"), ("Japan", "Australia"), ("Spain", "Italy")]


def write_texts(directory, n):
    """`n` small articles of our own, each with a treaty, a strike and an arms transfer."""
    directory.mkdir()
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        place = PLACES[i % len(PLACES)]
        (directory / f"story-{i:04d}.txt").write_text(
            f"Regional security roundup {i}\n2024-03-15\n\n"
            f"{a} and {b} signed a {5 + i % 7}-year defence agreement on Friday.\n"
            f"A Russian drone hit {place} on Thursday, killing {2 + i % 9} people.\n"
            f"Germany delivered {10 + i} howitzers to Ukraine, officials said.\n",
            encoding="utf-8")
    return directory
