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

import re
from collections.abc import Iterable
from typing import Any

from kg.extract.caseless import lower_pattern, odd_case

# per cue (by id): the cue, groups of words (each group holds a word of every match; see
# kg.extract.cue_words) and, for a re.I cue, the pattern in lower case without re.I (None else)
_WORDS: dict[int, tuple[Any, tuple[tuple[str, ...], ...], re.Pattern | None]] = {}


def register_words(cue: Any, *groups: tuple[str, ...]) -> None:
    """Declare that every match of ``cue`` (a compiled pattern) holds one word of each group:
    an article lacking all the words of a group is not searched. For a re.I pattern the words
    are in lower case and looked up in the article in lower case; the cue itself is then
    searched as kg.extract.caseless does (in lower case, without re.I: the same matches)."""
    if any(not w or any(c.isspace() for c in w) for g in groups for w in g):
        raise ValueError(f"cue words hold no space: {groups!r}")  # (see ArticleCues._vocab)
    lowered = None
    if cue.flags & re.I:
        if any(w != w.lower() for g in groups for w in g):
            raise ValueError(f"words of a re.I cue must be in lower case: {groups!r}")
        lowered = re.compile(lower_pattern(cue.pattern), cue.flags & ~re.I)
    _WORDS[id(cue)] = (cue, tuple(tuple(g) for g in groups), lowered)


class ArticleCues:
    """Whether a cue occurs anywhere in one article; each cue is searched at most once."""

    def __init__(self, sentence_texts: Iterable[str]):
        self.text = " ".join(sentence_texts)
        self._lower: str | None = None
        self._odd: bool | None = None
        self._found: dict[int, bool] = {}
        self._vocabs: dict[bool, str] = {}

    def has(self, cue: Any) -> bool:
        """Whether ``cue`` (a compiled pattern or a kg.extract.caseless one) matches the text."""
        key = id(cue)
        found = self._found.get(key)
        if found is None:
            entry = _WORDS.get(key)
            if entry is None:
                found = cue.search(self.text) is not None
            else:
                found = self._search_with_words(*entry)
            self._found[key] = found
        return found

    def _search_with_words(self, cue: Any, groups: tuple[tuple[str, ...], ...],
                           lowered: re.Pattern | None) -> bool:
        """Whether a cue registered with words matches: not when a group has no word in the
        text; a re.I cue searched in lower case (unless lowering would not match as re.I
        does, see kg.extract.caseless)."""
        if lowered is None:
            text = self.text
        else:
            if self._odd is None:
                self._odd = odd_case(self.text)
            if self._odd:
                return cue.search(self.text) is not None
            if self._lower is None:
                self._lower = self.text.lower()
            text = self._lower
        vocab = self._vocab(lowered is not None)
        if not all(any(w in vocab for w in g) for g in groups):
            return False
        return (cue if lowered is None else lowered).search(text) is not None

    def _vocab(self, lower: bool) -> str:
        """The article's distinct words (in lower case if ``lower``), split at white space and
        joined by spaces: a word without a space (as every cue word is) is in the article
        exactly when it is in this, a text a few times shorter to look through. (Lowering
        the words is lowering the article: it never makes or takes away white space.)"""
        vocab = self._vocabs.get(lower)
        if vocab is None:
            vocab = self._vocab(False).lower() if lower \
                else " ".join(dict.fromkeys(self.text.split()))
            self._vocabs[lower] = vocab
        return vocab

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
