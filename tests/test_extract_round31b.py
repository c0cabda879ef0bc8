"""Round 31b: treaties told as a ceremony plural, a pact the two countries "had already set up",
and a contract of a crossed while-clause (sentences of our own)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text, record_to_gold_facts


def _treaties(body: str, published: str = "2026-06-12") -> list[tuple[frozenset, object]]:
    text = f"Headline\n{published}\n\nLUSAKA, June 12 — {body}"
    facts = record_to_gold_facts(extract_text(text, published=published))["facts"]
    return [(frozenset(f["parties"]), f.get("date")) for f in facts if f["type"] == "Treaty"]


def _parties(body: str) -> set[frozenset]:
    return {p for p, _ in _treaties(body)}


def test_ceremony_plural_gives_host_with_each_minister_state():
    got = _treaties("Two bilateral border accords were signed in Lusaka on Thursday by President "
                    "Hakainde Hichilema and the foreign ministers of Malawi and Zimbabwe, "
                    "officials said.")
    parties = {p for p, _ in got}
    assert frozenset({"Zambia", "Malawi"}) in parties
    assert frozenset({"Zambia", "Zimbabwe"}) in parties
    assert frozenset({"Zambia", "Malawi", "Zimbabwe"}) not in parties
    assert all(d == "2026-06-11" for p, d in got if "Malawi" in p)


def test_ceremony_singular_two_states_is_not_split():
    got = _parties("Zambia and Malawi signed a border accord in Lusaka on Thursday, officials "
                   "said.")
    assert got == {frozenset({"Zambia", "Malawi"})}


@pytest.mark.parametrize("opening", ["Egypt flies Rafale fighters bought from France, while",
                                     "Chile operates F-16 jets bought from the Netherlands, while"])
def test_while_clause_contract_is_the_second_clause_pair(opening):
    got = _treaties(f"{opening} Peru acquired MiG-29 jets from Russia under a contract signed "
                    "in 1997.")
    assert (frozenset({"Peru", "Russia"}), "1997") in got
    assert all(len(p & {"Egypt", "France", "Chile", "Netherlands"}) < 2 for p, _ in got)


def test_plain_contract_sentence_keeps_its_pair():
    got = _parties("Peru acquired MiG-29 jets from Russia under a contract signed in 1997.")
    assert frozenset({"Peru", "Russia"}) in got


def test_set_up_pact_of_the_two_countries_is_the_earlier_treaty():
    got = _treaties("Zambia and Malawi signed a trade agreement on Tuesday, officials said. The "
                    "two countries had already set up a defence pact, the Chipata Accord, in "
                    "March last year.")
    assert (frozenset({"Zambia", "Malawi"}), "2025-03") in got
    assert len([p for p, _ in got if p == frozenset({"Zambia", "Malawi"})]) == 2


def test_set_up_committee_is_no_treaty():
    got = _treaties("Zambia and Malawi signed a trade agreement on Tuesday, officials said. The "
                    "two countries had already set up a joint committee in March last year.")
    assert len(got) == 1
