"""Sentence passes skipped for a whole article when their cue is nowhere in it.

Many passes of kg.extract.records begin by searching the sentence for a cue (a verb, a phrase)
and return what they were given when it is absent. Called for every sentence of every article,
those misses cost about a tenth of the extractor's time (benchmarks/bench_extract.py with the
passes below stubbed out, 2026-12-05). Searching the whole article once per cue instead skips
the pass for all its sentences when the cue is in none of them.

The text searched is the article's sentences joined by single spaces, so a cue that matches in
one sentence matches there too: cues here look past their match only through ``\\b`` or a
lookaround that a space satisfies as the end of a sentence does, and none is anchored to a
sentence's start or end (``^``, ``$``, ``.match``). A cue may also match across two sentences
in the joined text; that only runs the pass, which then decides sentence by sentence as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class ArticleCues:
    """Whether a cue occurs anywhere in one article; each cue is searched at most once."""

    def __init__(self, sentence_texts: Iterable[str]):
        self.text = " ".join(sentence_texts)
        self._lower: str | None = None
        self._found: dict[int, bool] = {}

    def has(self, cue: Any) -> bool:
        """Whether ``cue`` (a compiled pattern or a kg.extract.caseless one) matches the text."""
        key = id(cue)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = cue.search(self.text) is not None
        return found

    def has_lower(self, cue: Any) -> bool:
        """Whether ``cue`` matches the text in lower case (for passes that search
        ``view.text.lower()``: lowering a sentence gives a piece of the lowered article)."""
        key = -id(cue) - 1
        found = self._found.get(key)
        if found is None:
            if self._lower is None:
                self._lower = self.text.lower()
            found = self._found[key] = cue.search(self._lower) is not None
        return found


__all__ = ["ArticleCues"]
