"""kg.extract.article_cues: a pass is skipped for an article only when its cue is in none of
its sentences, so skipping never changes a record."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import (angered_parties, approved_lists, approved_truces, counted_parties,
                        crossed_lines, deployments, downed_weapons, drill_deployments,
                        financed_purchases, maker_approvers, ordered_from, pair_signers,
                        pooled_suppliers, reexport_consent, region_holdings, restocked, strikes,
                        turned_partners, unnamed_parties, unsigned_texts)
from kg.extract.article_cues import ArticleCues
from kg.extract.sentences import split_sentences

DATA = Path(__file__).parent / "data"

CUES = {
    "angered": angered_parties.CUE, "approved": approved_lists.CUE,
    "crossed": crossed_lines.CUE, "downed": downed_weapons.CUE,
    "drill": drill_deployments.CUE, "ordered": ordered_from.CUE, "pair": pair_signers.CUE,
    "pooled": pooled_suppliers.CUE, "consent": reexport_consent.CUE,
    "region": region_holdings.CUE, "restocked": restocked.CUE, "use": strikes.USE_CUE,
    "turned": turned_partners.CUE, "unnamed": unnamed_parties.UNNAMED_CUE,
    "sellers": unnamed_parties.COUNTED_SELLERS_CUE, "unsigned": unsigned_texts.CUE,
    "counted": counted_parties.CUE, "deployment": deployments.DEPLOYMENT_CUE,
    "pledge": deployments.PLEDGE_CUE, "maker": maker_approvers.CUE,
    "truce": approved_truces.CUE,
}

# the patterns anchored to the sentence that passes search, and the cue that stands for each
PASS_PATTERNS = [
    (angered_parties._ANGERED_BY_SIGNING, angered_parties.CUE),
    (turned_partners._TURNED_SIGNING, turned_partners.CUE),
    (pooled_suppliers._LISTED_SUBJECT_SUPPLY, pooled_suppliers.CUE),
    (maker_approvers._MAKER_APPROVER, maker_approvers.CUE),
    (maker_approvers._APPROVED_OWN_BUILT, maker_approvers.CUE),
    (deployments._PLEDGERS, deployments.PLEDGE_CUE),
]


def _dev_articles() -> list[str]:
    """Our development sets' articles (never the blind sets)."""
    return [p.read_text("utf-8") for d in sorted(DATA.iterdir())
            if d.is_dir() and not d.name.startswith("blind")
            for p in sorted((d / "articles").glob("*.txt"))]


def test_a_cue_found_in_a_sentence_is_found_in_its_article():
    articles = _dev_articles()
    assert len(articles) > 100
    seen = set()
    for text in articles:
        sents = [s.text for s in split_sentences(text)]
        cues = ArticleCues(sents)
        for name, cue in CUES.items():
            if any(cue.search(s) for s in sents):
                seen.add(name)
                assert cues.has(cue), (name, text[:80])
        if any(financed_purchases.CUE.search(s.lower()) for s in sents):
            assert cues.has_lower(financed_purchases.CUE)
    assert len(seen) >= 12  # the sets exercise most of the cues


def test_a_pass_pattern_implies_its_cue():
    # a pattern anchored to the sentence's start is not searched in the article; its cue is a
    # part that every match of it holds
    matched = [0] * (len(PASS_PATTERNS) + 1)
    for text in _dev_articles():
        for s in split_sentences(text):
            for i, (pattern, cue) in enumerate(PASS_PATTERNS):
                m = pattern.search(s.text)
                if m is not None:
                    matched[i] += 1
                    assert cue.search(s.text[m.start():m.end() + 1]), s.text
            # ordered_from reads the text before each state: "... ordered from" + state
            for w in re.finditer(r"\s(?=\S)", s.text):
                if ordered_from._ORDERED_FROM.search(s.text[:w.end()]):
                    matched[-1] += 1
                    assert ordered_from.CUE.search(s.text[:w.end()]), s.text
    assert all(matched), matched


@pytest.mark.parametrize("sentences, present", [
    (["Drones were shot down near the port.", "Nothing else happened."], True),
    (["The port was quiet.", "Nothing happened."], False),
    (["The jets were shot", "down over the sea."], True),  # across a break: the pass then decides
])
def test_has_searches_the_sentences_joined(sentences, present):
    assert ArticleCues(sentences).has(downed_weapons.CUE) is present


def test_a_word_boundary_at_the_end_of_a_sentence_holds_in_the_article():
    cue = re.compile(r"\bdowned\b")
    assert ArticleCues(["Two jets were downed", "Officials spoke."]).has(cue)


def test_has_lower_matches_a_sentence_in_lower_case():
    cues = ArticleCues(["The PURCHASE was FINANCED by the bank."])
    assert cues.has_lower(financed_purchases.CUE)
    assert not cues.has(financed_purchases.CUE)  # the cue is in lower case; the text is not
