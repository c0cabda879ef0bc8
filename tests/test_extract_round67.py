"""Round 67, from `blind81`'s and `blind82`'s abstract categories. Transfers: every item of a
list after "as well as", also when the seller was told after the first item ("bought [A] from
S, as well as [B], [C] and [D]"); a sanctioned body "involved in supplying" is no supplier.
Roles: "the foreign ministers of the three countries, A, B and C" serve the three states listed
together before, in order. Strikes: "That attack was claimed by" refers back as "The attack"
does. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_keys, make_side_view, make_transfer_views,
                                   wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_transfers, _roles = make_keys(facts)
_pairs, _ = make_transfer_views(facts)


def test_each_item_after_as_well_as_is_bought_from_the_seller_told_after_the_first():
    text = wire("Poland has bought 180 K2 tanks from South Korea, as well as 212 K9 howitzers, "
                "48 FA-50 jets and 288 Chunmoo launchers.", "SEOUL")
    assert {w for _, _, w in _transfers(text)} == {"K2 tanks", "K9 howitzers", "FA-50 jets",
                                                   "Chunmoo launchers"}
    assert _pairs(text) == {("South Korea", "Poland")}


def test_items_after_as_well_as_with_their_own_seller_keep_it():
    text = wire("Poland has bought 180 K2 tanks from South Korea, as well as 96 Apache "
                "helicopters from the United States.", "WARSAW")
    assert ("South Korea", "Poland", "Apache helicopters") not in _transfers(text)


def test_a_sanctioned_firm_involved_in_supplying_leaves_the_sanctioning_body_out():
    text = wire("The European Union imposed sanctions on Iranian firms involved in supplying "
                "drones to Russia.", "BRUSSELS")
    assert all(s != "European Union" for s, _ in _pairs(text))


def test_ministers_of_the_three_countries_serve_the_three_listed_together():
    text = wire("Saudi Arabia hosted the foreign ministers of Egypt, Jordan and Qatar on Monday. "
                "The foreign ministers of the three countries, Badr Abdelatty, Ayman Safadi and "
                "Mohammed bin Abdulrahman Al Thani, called for a ceasefire.", "RIYADH")
    got = {(p, c) for p, _, c in _roles(text)}
    assert {("Badr Abdelatty", "Egypt"), ("Ayman Safadi", "Jordan"),
            ("Mohammed bin Abdulrahman Al Thani", "Qatar")} <= got


def test_that_attack_was_claimed_by_names_its_side():
    text = wire("Eight people were killed in the capital on Tuesday when a drone hit a market. "
                "That attack was claimed by the RSF.", "KHARTOUM")
    assert {a for a, _ in _sides(text)} == {"Rapid Support Forces"}
