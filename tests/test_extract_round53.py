"""Round 53, from `blind60`'s abstract categories: "R has received its first W. Many of them were
supplied by S" (the receipt told before takes S; kg.extract.relative_supply); "the W, which S
began supplying last year" (kg.extract.transfers); "R is awaiting N W ordered from S" (a
contracted delivery due; kg.extract.transfers). Sentences are our own; each rule has a case it
must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def test_many_of_them_were_supplied_by_names_the_supplier_of_the_receipt_before():
    text = wire("Ukraine has received its first F-16 jets. Many of them were supplied by "
                "Denmark.", "KYIV")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Denmark", "Ukraine")}


def test_many_of_them_after_no_receipt_supplies_nothing():
    text = wire("Ukraine has lost dozens of villages this year. Many of them were supplied by "
                "Denmark with generators.", "KYIV")
    assert not _transfers(text)


def test_a_weapon_which_a_state_began_supplying():
    text = wire("Ukraine is now fielding the Gripen, which Sweden began supplying last year.",
                "KYIV")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Sweden", "Ukraine")}


def test_awaiting_weapons_ordered_from_a_state_is_a_transfer():
    text = wire("Taiwan is awaiting 66 F-16V jets ordered in 2019 from the United States.",
                "TAIPEI")
    assert {(s, r, w) for s, r, w in _transfers(text)} == {
        ("United States", "Taiwan", "F-16V jets")}


def test_awaiting_approval_of_a_request_is_no_transfer():
    text = wire("Taiwan is awaiting approval of its request for F-35 jets from the United "
                "States.", "TAIPEI")
    assert not _transfers(text)
