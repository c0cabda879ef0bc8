"""The words that let the extractor skip a pattern on a sentence must be in every text the
pattern matches. kg.extract.caseless's ``needs`` and the lists kept beside a few patterns
(attack_trends, both_attacks, numbered_names, clauses) are written by hand; a pattern that gains
an alternative without its word silently stops matching sentences that lack the others'. Two
such gaps were found by this test (a single "artillery gun" or "landing craft" was no weapon,
"raises the toll" no toll update). Each pattern's strings are generated from the pattern itself
(tests.regex_strings); a pattern with too many is tested on every bundled article instead."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

import pytest

import kg.extract
from kg.extract import (attack_trends, both_attacks, clauses, dates, entities, first_to_send,
                        further_items, numbered_names, sentence_before_supply, signers, strikes,
                        subject_similar_deals, supplier_not_attacker, talks_venues)
from kg.extract.caseless import CaselessPattern
from tests.regex_strings import strings_lacking

ROOT = Path(__file__).resolve().parents[1]


def _gated_patterns() -> list[tuple[str, CaselessPattern]]:
    out = []
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, CaselessPattern) and value.needs \
                    and getattr(module, name) is value and value not in [p for _, p in out]:
                out.append((f"{info.name}.{name}", value))
    return out


GATED = _gated_patterns()


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    paths = sorted(ROOT.glob("tests/data/*/articles/*.txt")) + sorted(ROOT.glob("examples/**/*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


def test_the_gated_patterns_are_found():
    # the extractor's speed depends on these; finding none would make the test below vacuous
    names = {n for n, _ in GATED}
    assert {"entities._WEAPON_CASELESS", "discourse._TOLL_UPDATE", "strikes.TRIGGER_RE"} <= names
    assert len(GATED) >= 30


@pytest.mark.parametrize("name,pattern", GATED, ids=[n for n, _ in GATED])
def test_every_match_of_a_gated_pattern_holds_one_of_its_needs(name, pattern):
    lacking = strings_lacking(pattern.compiled.pattern, pattern.needs, pattern.compiled.flags)
    assert not lacking[:5], f"{name}: add a word to its needs (or drop a space from one)"


def test_the_check_finds_a_missing_word():
    # the checks here can fail: an alternative the words lack, a space a no-break space stands
    # for, a string of two alternatives' ends
    assert strings_lacking(r"\b(?:raised|raises)\s+the\s+toll", ("raised",)) == ["raises the toll"]
    assert strings_lacking(r"artillery\s+guns?", ("guns",)) == ["artillery gun"]
    assert strings_lacking(r"back\s+out", ("back out",)) == ["back\xa0out"]
    assert strings_lacking(r"a(?:bc|b)d?", ("abcd", "bd")) == ["ab", "abc"]
    assert strings_lacking(r"\b(?:one|two)(?:[- ](?:one|two)){0,3}\s+more", ("three",))


# (pattern, the words one of which the code checks for before it, whether it checks lower case)
HAND_KEPT = {
    "attack_trends._TREND_NOUNS": (attack_trends._TREND.compiled, attack_trends._TREND_NOUNS, True),
    "both_attacks._BOTH_NOUNS": (both_attacks._BOTH, both_attacks._BOTH_NOUNS, False),
    "numbered_names._CODE_SITE": (*numbered_names._SITE_WORDS[0], False),
    "numbered_names._WORD_SITE": (*numbered_names._SITE_WORDS[1], False),
    "signers.signers_in": (signers.SIGNED_BY, ("signed", "signing", "initial", "inked",
                                               "pen to paper", "signature", "names to"), False),
    "subject_similar_deals._CUE_WORDS": (subject_similar_deals._LIKE_ONE_WITH,
                                         subject_similar_deals._CUE_WORDS, False),
    "subject_similar_deals with": (subject_similar_deals._LIKE_ONE_WITH, ("with",), False),
    "strikes._ATTACKER_WORDS": (strikes._ATTACKERS_DEAD, strikes._ATTACKER_WORDS, True),
    "strikes._MASK": (strikes._MASK, ("them", "including"), True),
    "strikes._SUBSET": (strikes._SUBSET, ("injured", "wounded", "hurt"), True),
    "strikes.TOLL_WORDS": (strikes.TOLL_BACK_REF, strikes.TOLL_WORDS, False),
    "talks_venues._PARTY": (talks_venues._PARTY, talks_venues._TALKS_WORDS, True),
    "talks_venues._VENUE": (talks_venues._VENUE, talks_venues._TALKS_WORDS, True),
    "talks_venues._HOST": (talks_venues._HOST, talks_venues._TALKS_WORDS, True),
    "dates._REL_WORDS": (dict(dates._PATTERNS).get("rel"),
                         dates._REL_WORDS, True),
    "entities._QUALIFIER_WORDS": (entities._QUALIFIED_BEFORE, entities._QUALIFIER_WORDS, False),
    "first_to_send.CUE_WORD": (first_to_send.CUE, (first_to_send.CUE_WORD,), False),
    "further_items colon": (further_items._COLON_LIST, (":",), True),
    "sentence_before_supply._ONE_OF_WORDS": (sentence_before_supply._ONE_OF,
                                             sentence_before_supply._ONE_OF_WORDS, False),
    "sentence_before_supply._BOUGHT_WORDS": (sentence_before_supply._BOUGHT_FROM,
                                             sentence_before_supply._BOUGHT_WORDS, False),
    "supplier_not_attacker._ACCUSED_WORDS": (supplier_not_attacker._ACCUSED_BEFORE,
                                             supplier_not_attacker._ACCUSED_WORDS, True),
    "supplier_not_attacker._SUPPLIED_BY_WORDS": (supplier_not_attacker._SUPPLIED_BY,
                                                 supplier_not_attacker._SUPPLIED_BY_WORDS, True),
    "supplier_not_attacker._HYPHEN_WORDS": (supplier_not_attacker._HYPHEN_SUPPLIED,
                                            supplier_not_attacker._HYPHEN_WORDS, True),
}


@pytest.mark.parametrize("name", sorted(HAND_KEPT))
def test_a_hand_kept_word_list_is_in_every_match(name):
    pattern, words, lower = HAND_KEPT[name]
    assert pattern is not None, f"{name}: the pattern moved"
    lacking = strings_lacking(pattern.pattern, words, pattern.flags, lower=lower)
    assert not lacking[:5], f"{name}: add a word to the list (or drop a space from one)"


def test_the_pronoun_words_gate_changes_no_subject_found():
    # the fast path tries only a match at the start when no word of the list is in the
    # sentence; on every bundled article's lines it finds what finditer finds
    seen = 0
    for text in _articles():
        for line in text.splitlines():
            for sent in line.split(". "):
                want = [m.span() for m in clauses._PRONOUN_SUBJ.finditer(sent)]
                assert [m.span() for m in clauses._pronoun_subjects(sent)] == want, sent[:80]
                seen += bool(want)
    assert seen > 50
