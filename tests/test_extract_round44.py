"""Round 44, from `blind49`'s abstract categories: "A and B said they would each supply W to R"
is a pledge of both (kg.extract.transfers: "each", "both", "jointly", "together" after
"would|will"); an unknown name ends at its possessive ("President Dina Boluarte's Independence
Day speech" names Dina Boluarte, not "Dina Boluarte's Independence Day"; kg.extract.entities).
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


_article = wire


def test_would_each_supply_is_a_pledge_of_both():
    text = _article("Germany and the Netherlands said they would each supply one additional "
                    "Patriot battery to Ukraine.", dateline="BERLIN")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Germany", "Ukraine"),
                                                        ("Netherlands", "Ukraine")}


def test_a_condition_with_each_is_still_no_transfer():
    text = _article("Germany and the Netherlands would each supply a Patriot battery if Kyiv "
                    "asked, officials said.", dateline="BERLIN")
    assert not _transfers(text)


def test_an_unknown_name_ends_at_its_possessive():
    text = _article("President Dina Boluarte's Independence Day speech focused on security.",
                    dateline="LIMA")
    assert {(f["person"], f["country"]) for f in facts(text, "LeaderRole")} == \
        {("Dina Boluarte", "Peru")}


def test_a_state_possessive_still_opens_a_title():
    text = _article("Peru's President Dina Boluarte met the envoy on Tuesday.", dateline="LIMA")
    assert {(f["person"], f["country"]) for f in facts(text, "LeaderRole")} == \
        {("Dina Boluarte", "Peru")}
