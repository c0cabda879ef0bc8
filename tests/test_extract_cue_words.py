"""kg.extract.cue_words: every match of a cue holds a word of each of its groups, so the words
test before the search never changes whether the cue is found."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from kg.extract import cue_words  # noqa: F401  (registers the words)
from kg.extract.article_cues import _WORDS, ArticleCues
from kg.extract.sentences import split_sentences

ROOT = Path(__file__).parent.parent
DATA = ROOT / "tests" / "data"


def _texts() -> list[str]:
    """Our development sets' articles (never the blind sets) and generated articles."""
    texts = [p.read_text("utf-8") for d in sorted(DATA.iterdir())
             if d.is_dir() and not d.name.startswith("blind")
             for p in sorted((d / "articles").glob("*.txt"))]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_extract import generated_article
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rng = random.Random(5)
    return texts + [generated_article(rng) for _ in range(40)]


TEXTS = _texts()


def test_words_are_registered_for_the_costly_cues():
    assert len(_WORDS) >= 20


@pytest.mark.parametrize("key", sorted(_WORDS))
def test_every_match_holds_a_word_of_each_group(key):
    cue, groups, lowered = _WORDS[key]
    matched = 0
    for text in TEXTS:
        for m in cue.finditer(text):
            found = m.group(0).lower() if lowered is not None else m.group(0)
            matched += 1
            for g in groups:
                assert any(w in found for w in g), (cue.pattern[:60], m.group(0), g)
    # (some cues never fire on these texts; their words are read off the pattern)
    assert matched >= 0


@pytest.mark.parametrize("key", sorted(_WORDS))
def test_the_cue_is_found_as_by_its_own_search(key):
    cue = _WORDS[key][0]
    for text in TEXTS:
        sents = [s.text for s in split_sentences(text)]
        cues = ArticleCues(sents)
        assert cues.has(cue) == (cue.search(cues.text) is not None), cue.pattern[:60]


def test_a_re_i_cue_needs_lower_case_words():
    from kg.extract.article_cues import register_words
    with pytest.raises(ValueError):
        register_words(re.compile("abc", re.I), ("Abc",))


def test_odd_case_letters_fall_back_to_the_re_i_search():
    from kg.extract import reexport_consent
    cues = ArticleCues(["Berlin has \u0130ndeed approved the sale; it alſo cleared it."])
    assert cues.has(reexport_consent.CUE) == (
        reexport_consent.CUE.search(cues.text) is not None)


# the digest of the registered cues' patterns and words when the words were read off them: a
# change to a registered cue (a new alternative, say) must be followed by a new reading of its
# words in kg/extract/cue_words.py, then this digest
READ_DIGEST = "26870926007eb93456ab765275cb518505d68935"


def test_the_words_were_read_off_the_cues_as_they_stand():
    import hashlib
    h = hashlib.sha1()
    for cue, groups, _ in sorted(_WORDS.values(), key=lambda e: e[0].pattern):
        h.update(cue.pattern.encode())
        h.update(repr(groups).encode())
    assert h.hexdigest() == READ_DIGEST, \
        "a registered cue changed: re-read its words in kg/extract/cue_words.py, then the digest"
