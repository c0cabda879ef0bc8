"""Round 79, from leader-role errors counted over the older sets (office-holders without a
nationality word given the dateline's state) and the falls that curing them showed. Sentences
are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2024-06-12"
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _countries(text: str, person: str) -> set[str]:
    return {f["country"] for f in facts(text) if f["type"] == "LeaderRole"
            and f["person"] == person}


def test_a_known_office_holder_keeps_his_state_under_another_dateline():
    text = wire("Denmark agreed to sell 24 F-16 jets on Tuesday. President Javier Milei called "
                "the purchase historic.", "COPENHAGEN", published=PUB)
    assert _countries(text, "Javier Milei") == {"Argentina"}


def test_pakistans_defence_minister_in_an_indian_dateline():
    text = wire("India said its jets had struck nine sites. Defence Minister Khawaja Asif said "
                "the air force had shot down five aircraft.", "NEW DELHI", published=PUB)
    assert _countries(text, "Khawaja Asif") == {"Pakistan"}


def test_interest_in_buying_is_no_transfer():
    text = wire("President Javier Milei has also expressed interest in buying Stryker armoured "
                "vehicles from the United States.", "BUENOS AIRES", published=PUB)
    assert ("United States", "Argentina") not in {(s, r) for s, r, _ in _transfers(text)}


def test_leaders_expected_to_meet_to_seal_a_deal_have_signed_nothing():
    text = wire("President Felix Tshisekedi and President Paul Kagame are expected to meet in "
                "Washington to seal the deal with President Donald Trump.", "KINSHASA",
                published=PUB)
    assert [f for f in facts(text) if f["type"] == "Treaty"] == []


def test_forces_opening_a_clause_past_an_aside_rely_on_weapons():
    # (a guard: with Maduro a known person, the aside's person had become the subject)
    text = wire("Venezuela's armed forces, built up under Maduro's predecessor Hugo Chavez, rely "
                "heavily on Russian equipment, including Su-30 fighter jets bought from Moscow.",
                "WASHINGTON", published=PUB)
    assert ("Russia", "Venezuela") in {(s, r) for s, r, _ in _transfers(text)}
