"""Round 71, from `blind93`'s and `blind94`'s abstract categories. Transfers: "sent Russia W for
use in Ukraine" goes to Russia (where the weapons are to be used is no recipient); "approved the
resale of W by Poland to Ukraine" is Poland's supply, not the approver's. Roles: a dateline written
with a plain hyphen ("WASHINGTON, Nov 23 (Staff) - Japan will ...") opens no sentence with its
state, so "his country" in a later paragraph is the subject's. Sentences are our own; each rule has
a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _people(text: str) -> set[tuple]:
    return {(p, c) for p, _, c in _roles(text)}

def test_weapons_sent_for_use_in_a_third_state_go_to_the_one_they_were_sent_to():
    text = wire("Iran sent Russia hundreds of Shahed drones for use in Ukraine, officials said.",
                "KYIV")
    assert _transfers(text) == {("Iran", "Russia", "Shahed drones")}


def test_weapons_sent_for_a_state_still_go_to_it():
    text = wire("Iran sent hundreds of Shahed drones for Russia, officials said.", "KYIV")
    assert _transfers(text) == {("Iran", "Russia", "Shahed drones")}


def test_a_resale_approved_by_the_maker_is_the_resellers_supply():
    text = wire("Germany approved the resale of Leopard tanks by Poland to Ukraine.", "BERLIN")
    assert _transfers(text) == {("Poland", "Ukraine", "Leopard tanks")}


def test_a_dateline_with_a_plain_hyphen_opens_no_sentence_with_its_state():
    text = ("Head\n2026-11-24\nWASHINGTON, Nov 23 (Staff) - Japan will buy 400 Tomahawk missiles "
            "from the United States, officials said on Monday.\n\nPrime Minister Taro Hinode "
            "said the missiles would deter attacks on his country.")
    assert ("Taro Hinode", "Japan") in _people(text)
