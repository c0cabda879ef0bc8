"""Round 65, from `blind75`'s and `blind76`'s abstract categories. Strikes: "The attack was
blamed by the TPLF on the Ethiopian army" (the accuser follows "by", the side blamed follows
"on"). Transfers: "Armenia's arsenal includes Smerch launchers purchased from Russia" (the state
whose forces hold the weapon bought it, not the dateline's). Sentences are our own; each rule has
a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, make_transfer_views, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


def test_an_attack_blamed_by_an_accuser_on_a_side_is_that_sides():
    by_on = wire("An air strike hit a market in Togoga, killing 64 people. The attack was blamed "
                 "by the TPLF on the Ethiopian army.", "MEKELLE")
    on_by = wire("An air strike hit a market in Togoga, killing 64 people. The attack was blamed "
                 "on the Ethiopian army by the TPLF.", "MEKELLE")
    assert _sides(by_on) == {("Ethiopia", "Togoga")}
    assert _sides(on_by) == {("Ethiopia", "Togoga")}


def test_the_state_whose_forces_hold_a_bought_weapon_bought_it():
    text = wire("Armenia's arsenal includes Smerch rocket launchers purchased from Russia.",
                "BAKU")
    assert _pairs(text) == {("Russia", "Armenia")}


def test_a_bought_weapon_no_forces_hold_keeps_its_old_reading():
    text = wire("Smerch rocket launchers purchased from Russia were shown at a parade.", "BAKU")
    assert ("Russia", "Armenia") not in _pairs(text)
