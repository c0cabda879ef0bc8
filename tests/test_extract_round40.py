"""Round 40, from `blind43`'s abstract categories: crews who "fly" (not only "flying") weapons
supplied by a state (kg.extract.flown_supplied) and a speaker announcing that weapons "would be
sent to" a state (kg.extract.passive_supply, which reads the passive with "by" too). Sentences
are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _article(body: str) -> str:
    return f"Head\n2026-11-24\nKYIV — {body}"


def test_pilots_who_fly_weapons_supplied_by_a_state_receive_them():
    got = _transfers(_article("Ukrainian pilots now fly F-16 jets supplied by Denmark."))
    assert got == {("Denmark", "Ukraine", "F-16 jets")}


def test_pilots_of_no_stated_nationality_receive_nothing():
    got = _transfers(_article("The pilots now fly F-16 jets supplied by Denmark."))
    assert not any(r == "Ukraine" for _, r, _ in got)


def test_speaker_announcing_weapons_sent_to_a_state_supplies_them():
    got = _transfers(_article("The Pentagon announced that a Patriot battery would be sent to "
                              "Ukraine."))
    assert got == {("United States", "Ukraine", "Patriot")}


def test_speaker_by_demonym_supplies_what_was_promised():
    got = _transfers(_article("The German defence minister said two IRIS-T systems had been "
                              "promised to Ukraine."))
    assert got == {("Germany", "Ukraine", "IRIS-T")}


def test_speaker_with_no_state_supplies_nothing():
    got = _transfers(_article("Officials said two Patriot batteries would be sent to Ukraine."))
    assert got == set()
