"""Round 48, from `blind54`'s abstract categories: "[nationality] donations of X and Y to R"
(the plural nouns of supply; kg.extract.transfers.NOUN_RE); "Fighters from [group] killed N in
an overnight attack on ..." names the group (kg.extract.strikes). Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def test_plural_donations_of_items_to_a_state():
    text = wire("Italian donations of SAMP/T batteries and Aster missiles to Ukraine have "
                "continued, officials said.", "ROME")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Italy", "Ukraine")}
    assert len(_transfers(text)) == 2


def test_donations_of_money_are_no_transfer():
    text = wire("Italian donations of 50 million euros to Ukraine's energy grid have continued.",
                "ROME")
    assert not _transfers(text)


def test_fighters_from_a_group_who_killed_in_an_attack_are_its_attack():
    got = {(f["attacker"], f["target_place"]) for f in facts(wire(
        "Fighters from al-Shabaab killed nine people in an overnight attack on a hotel in "
        "Kismayo.", "MOGADISHU"), "Strike")}
    assert got == {("al-Shabaab", "Kismayo")}


def test_victims_of_a_group_are_not_its_fighters():
    got = {(f["attacker"], f["target_place"]) for f in facts(wire(
        "Relatives of al-Shabaab fighters were killed in an air strike on a camp near Jilib.",
        "MOGADISHU"), "Strike")}
    assert all(a != "al-Shabaab" for a, _ in got)
