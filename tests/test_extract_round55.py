"""Round 55, from `blind63`'s abstract categories. Transfers: "Meeting at a NATO summit in
Vilnius, A, B and C said each would provide R with W" (the city ends the opening phrase;
kg.extract.clauses); "R has bought large quantities of weapons from S, including W"; "The
shipment, four W1 and two W2, arrived at ..." after a lead's generic class (the items in
apposition to the delivery); "flies Soviet-designed MiG-29s" (a dissolved state's design, no
supplier; kg.extract.transfers). Strikes: "an army drone strike" in an article datelined in the
state hit is that state's, over a group guessed from another sentence (kg.extract.strike_sides).
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, make_transfer_views, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)
_pairs, _ = make_transfer_views(facts)


def test_states_after_an_opening_phrase_ending_in_a_city_each_provide():
    text = wire("Meeting at a NATO summit in Vilnius, Germany, Norway and Denmark said each would "
                "provide Ukraine with more air defence systems.", "BRUSSELS")
    assert _pairs(text) == {("Germany", "Ukraine"), ("Norway", "Ukraine"), ("Denmark", "Ukraine")}


def test_a_list_of_states_after_in_is_no_subject():
    text = wire("Air defence systems were sent to Ukraine by the alliance, which met in Germany, "
                "Norway and Denmark this year.", "BRUSSELS")
    assert ("Norway", "Ukraine") not in _pairs(text)


def test_large_quantities_of_weapons_from_a_state_including_items():
    text = wire("Ukraine has bought large quantities of weapons from Poland, including 200 T-72 "
                "tanks.", "KYIV")
    assert _transfers(text) == {("Poland", "Ukraine", "T-72 tanks")}


def test_the_items_in_apposition_to_the_shipment_replace_the_leads_generic_class():
    text = wire("The Philippines took delivery of a batch of aircraft and helicopters from Poland "
                "on Monday. The shipment, four S-70i Black Hawk helicopters and two FA-50 fighter "
                "jets, arrived at Clark Air Base.", "MANILA")
    assert {w for _, _, w in _transfers(text)} == {"Black Hawk helicopters", "FA-50 fighter jets"}


def test_a_shipment_with_no_items_in_apposition_keeps_the_leads_class():
    text = wire("The Philippines took delivery of a batch of aircraft from Poland on Monday. The "
                "shipment, which arrived at Clark Air Base, was delayed by a storm.", "MANILA")
    assert _transfers(text) == {("Poland", "Philippines", "aircraft")}


def test_a_dissolved_states_design_is_no_supply():
    text = wire("Serbia still flies Soviet-designed MiG-29 fighters.", "BELGRADE")
    assert not _transfers(text)


def test_an_existing_states_design_still_names_the_supplier():
    text = wire("Serbia now flies Chinese-built CH-92 drones.", "BELGRADE")
    assert _pairs(text) == {("China", "Serbia")}


def test_an_army_drone_strike_is_the_home_states_over_a_group_told_before():
    text = ("Head\n2026-11-24\nMOGADISHU, Nov 24 (Staff) - Al-Shabaab fighters attacked a base "
            "near Jilib last week.\n\nOn Monday an army drone strike killed twelve militants near "
            "Jilib, officials said.")
    got = {(f["attacker"], f["killed"]) for f in facts(text, "Strike")}
    assert ("Somalia", 12) in got and ("al-Shabaab", 12) not in got


def test_a_kenyan_army_drone_strike_keeps_its_named_side():
    text = ("Head\n2026-11-24\nMOGADISHU, Nov 24 (Staff) - On Monday a Kenyan army drone strike "
            "killed twelve militants near Jilib, officials said.")
    assert {f["attacker"] for f in facts(text, "Strike")} == {"Kenya"}
