"""Round 73, from `blind99`'s and `blind100`'s abstract categories. Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _ in _transfers(text)}


def test_whom_weapons_were_originally_meant_for_is_no_recipient():
    text = wire("The United States sent Ukraine 30 Hawk missiles originally meant for Taiwan's "
                "air force.", "KYIV")
    assert _pairs(text) == {("United States", "Ukraine")}


def test_weapons_sent_for_an_air_force_still_go_to_it():
    text = wire("The United States sent 30 Hawk missiles for Taiwan's air force.", "TAIPEI")
    assert _pairs(text) == {("United States", "Taiwan")}
