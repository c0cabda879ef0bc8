"""Round 61, from `blind70`'s abstract categories. Transfers: "Taiwan operates US-supplied
Patriot batteries", "Poland's air force is built around US-supplied F-16 jets" (the holder of
what a state supplied is its recipient); "Vietnam sources most of its weapons from Russia,
including Kilo-class submarines". Strikes: "said Paris stood with the people of Lebanon" is no
attack on Paris. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, make_transfer_views, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


def test_the_holder_of_a_supplied_system_is_its_recipient():
    operates = wire("Taiwan operates several US-supplied Patriot batteries.", "TAIPEI")
    built = wire("Poland's air force is built around US-supplied F-16 jets.", "WARSAW")
    assert _pairs(operates) == {("United States", "Taiwan")}
    assert _pairs(built) == {("United States", "Poland")}


def test_a_supplied_system_the_subject_fights_is_not_the_subjects():
    text = wire("Russia destroyed several US-supplied Patriot batteries, its defence ministry "
                "said.", "MOSCOW")
    assert ("United States", "Russia") not in _pairs(text)


def test_weapons_sourced_from_a_state_including_a_system():
    text = wire("Vietnam sources most of its weapons from Russia, including Kilo-class "
                "submarines.", "HANOI")
    assert _pairs(text) == {("Russia", "Vietnam")}


def test_weapons_sourced_locally_name_no_supplier():
    text = wire("Vietnam sources most of its ammunition locally, including shells.", "HANOI")
    assert _pairs(text) == set()


def test_a_leader_saying_his_capital_stood_with_the_victims_is_no_attack_on_it():
    text = wire("Bombs killed 12 people in Beirut on Sunday. The French president condemned the "
                "bombings and said Paris stood with the people of Lebanon.", "PARIS")
    assert all(p != "Paris" for _, p in _sides(text))
