"""Round 52, from `blind59`'s abstract categories: "[state] had sent [state] ballistic missiles"
is a supply, not an attack on the second state (kg.extract.strikes); "the administration
authorised the transfer of N X and N Y" in a Washington report, the recipient told in the
sentence before (kg.extract.administration_subject); "[R], which is receiving N W from [S]"
(kg.extract.transfers); "The emir of [state], Sheikh [name]" and "The president of [state],
[name]" (kg.extract.roles). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


def test_a_state_sent_another_state_missiles_is_a_supply_not_an_attack():
    text = wire("Officials said Iran had sent Russia ballistic missiles that had been fired at "
                "Ukrainian cities.", "KYIV")
    assert all(f["target_place"] != "Russia" for f in facts(text, "Strike"))
    assert ("Iran", "Russia") in {(s, r) for s, r, _ in _transfers(text)}


def test_drones_sent_at_a_city_are_still_an_attack():
    got = facts(wire("Russia sent 40 drones at Kyiv overnight, killing two.", "KYIV"), "Strike")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Russia", "Kyiv")]


def test_the_administration_authorised_a_transfer_to_the_state_told_before():
    text = wire("Israel has asked for more munitions. The administration authorised the "
                "transfer of 1,800 MK-84 bombs and 500 MK-82 bombs on Friday.", "WASHINGTON")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("United States", "Israel")}
    assert len(_transfers(text)) == 2


def test_an_administration_outside_washington_is_no_state():
    text = wire("Israel has asked for more munitions. The administration authorised the "
                "transfer of 1,800 MK-84 bombs on Friday.", "JERUSALEM")
    assert ("United States", "Israel") not in {(s, r) for s, r, _ in _transfers(text)}


def test_a_state_which_is_receiving_weapons_is_the_recipient():
    text = wire("Poland, which is receiving 250 Abrams tanks from the United States, wants "
                "more.", "WARSAW")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("United States", "Poland")}


def test_the_title_of_a_state_then_the_name():
    assert _roles(wire("The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, met the "
                       "delegation.", "DOHA")) == {("Tamim bin Hamad Al Thani", "Qatar")}
    assert _roles(wire("The president of Kenya, William Ruto, met the delegation.",
                       "DOHA")) == {("William Ruto", "Kenya")}


def test_the_title_of_a_body_then_a_name_is_no_states_office():
    assert not _roles(wire("The president of the European Commission, Ursula von der Leyen, "
                           "met the delegation.", "DOHA"))
