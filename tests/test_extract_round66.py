"""Round 66, from `blind79`'s and `blind80`'s abstract categories. Transfers: weapons delivered in
the passive with no one named continue the supply told just before; a deal "agreed with" a
state names the seller; a carrier's nationality supplies ("A Russian warship delivered"); each
state of "promised by A and B"; minehunters and gunboats are weapons. Strikes: "fired a missile
over Japan" hits no one; "began its campaign with strikes on" names its attacker; a relative
clause between a subject and its attack ("The US-led coalition, of which Britain is a member,
struck"); ", and drones struck [another place]"; "blamed both attacks on"; "an ambush near
[an unknown name]"; a city known only by another of its names lies in a state the article is
about. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_keys, make_side_view, make_strike_view,
                                   make_transfer_views, wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_strikes = make_strike_view(facts)
_transfers, _ = make_keys(facts)
_pairs, _ = make_transfer_views(facts)


# ---------------------------------------------------------------------------- transfers

def test_weapons_sent_with_no_one_named_continue_the_supply_told_before():
    text = wire("Germany agreed on Monday to send Ukraine another IRIS-T air defence system. "
                "Dozens of Leopard 1 tanks have also been sent, officials say.", "BERLIN")
    assert ("Germany", "Ukraine", "Leopard 1 tanks") in _transfers(text)


def test_weapons_waiting_for_delivery_belong_to_the_purchase_told_before():
    text = wire("Poland bought 180 K2 tanks from South Korea in 2022. The first ten tanks were "
                "delivered ahead of schedule, while 48 K9 howitzers ordered in 2022 are still "
                "waiting for delivery.", "WARSAW")
    assert ("South Korea", "Poland", "K9 howitzers") in _transfers(text)


def test_a_supplier_of_arms_to_a_state_is_the_context_of_a_shipment_to_its_capital():
    text = wire("Poland has become one of the largest suppliers of arms to Ukraine. Howitzers "
                "and mortar rounds have been shipped to Kyiv by rail, officials said.", "WARSAW")
    assert {("Poland", "Ukraine")} == _pairs(text)
    assert len(_transfers(text)) == 2


def test_weapons_delivered_with_no_supply_told_before_give_nothing():
    text = wire("Poland held a parade on Monday. Howitzers and mortar rounds have been shipped "
                "to the border, officials said.", "WARSAW")
    assert _transfers(text) == set()


def test_weapons_delivered_beside_another_state_keep_no_borrowed_pair():
    text = wire("Germany agreed on Monday to send Ukraine another IRIS-T system. Dozens of "
                "tanks have also been sent to Moldova, officials say.", "BERLIN")
    assert ("Germany", "Moldova") not in _pairs(text)
    assert all(w != "tanks" for _, _, w in _transfers(text))


def test_a_deal_agreed_with_a_state_names_the_seller_of_each_item():
    text = wire("Qatar has received 24 Rafale jets and 12 Caesar howitzers under a deal agreed "
                "with Paris, the ministry said.", "DOHA")
    assert _pairs(text) == {("France", "Qatar")}
    assert len(_transfers(text)) == 2


def test_a_carriers_nationality_supplies_the_shipment_it_delivers():
    text = wire("A Russian warship delivered weapons to Venezuela on Monday, including Igla "
                "missiles and T-72 tanks.", "CARACAS")
    assert _pairs(text) == {("Russia", "Venezuela")}
    assert len(_transfers(text)) == 2


def test_a_carrier_with_no_nationality_supplies_nothing():
    text = wire("A warship delivered weapons to Venezuela on Monday, including Igla missiles "
                "and T-72 tanks.", "CARACAS")
    assert _pairs(text) == set()


def test_each_state_of_a_list_after_promised_by_supplies():
    text = wire("Patriot batteries promised by Germany and the Netherlands arrived in Ukraine "
                "on Monday.", "KYIV")
    assert _pairs(text) == {("Germany", "Ukraine"), ("Netherlands", "Ukraine")}


def test_minehunters_are_weapons():
    text = wire("Ukraine's navy took delivery of two minehunters from Britain on Monday.", "KYIV")
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


# ---------------------------------------------------------------------------- strikes

def test_a_missile_fired_over_a_state_hits_no_one():
    text = wire("North Korea fired a ballistic missile over Japan on Monday, prompting "
                "warnings for residents to take cover.", "SEOUL")
    assert facts(text, "Strike") == []


def test_a_missile_fired_at_a_state_still_hits_it():
    text = wire("North Korea fired a ballistic missile at Japan on Monday, the military said.",
                "SEOUL")
    assert _sides(text) == {("North Korea", "Japan")}


def test_a_campaign_begun_with_strikes_is_its_subjects():
    text = wire("Israel began its campaign on Friday with strikes on the Natanz site, officials "
                "said.", "TEL AVIV")
    assert _sides(text) == {("Israel", "Natanz")}


def test_a_relative_clause_between_the_subject_and_its_attack_is_skipped():
    text = wire("The US-led coalition, of which Britain is a member, struck Houthi targets in "
                "Hodeidah on Friday.", "SANAA")
    assert _sides(text) == {("United States", "Hodeidah")}


def test_a_second_clause_of_bare_plural_weapons_is_a_second_attack():
    text = wire("Russian forces pounded Ukraine overnight. A missile hit an apartment block in "
                "Dnipro, killing four people, and drones struck an energy facility in Odesa.",
                "KYIV")
    assert _sides(text) == {("Russia", "Dnipro"), ("Russia", "Odesa")}


def test_a_second_clause_going_on_with_the_same_attack_is_not_another():
    text = wire("A Russian missile hit an apartment block in Dnipro, killing four people, and "
                "rescuers searched the rubble.", "KYIV")
    assert _sides(text) == {("Russia", "Dnipro")}


def test_a_blame_for_both_attacks_names_the_side_of_each():
    text = wire("Gunmen raided the village of Kwatara on Saturday, killing eleven farmers. Hours "
                "later a bomb went off at a market in Konduga, killing six traders. The army "
                "blamed both attacks on Boko Haram.", "MAIDUGURI")
    assert _sides(text) == {("Boko Haram", "Kwatara"), ("Boko Haram", "Konduga")}


def test_an_ambush_near_an_unknown_name_was_there():
    text = wire("Twenty soldiers were killed in an ambush near Boni on Saturday claimed by "
                "JNIM, the army said.", "BAMAKO")
    assert {p for _, p in _sides(text)} == {"Boni"}


def test_a_city_known_by_another_name_abroad_is_not_taken_in_another_states_story():
    text = wire("Twenty soldiers were killed in an ambush near Boni on Saturday claimed by "
                "JNIM, the army said.", "BAMAKO")
    assert all(f.get("target_country") != "Germany" for f in facts(text, "Strike"))


def test_a_city_known_by_its_own_name_is_still_found_abroad():
    text = wire("Russian drones struck Bonn on Monday, killing two people.", "BERLIN")
    assert _sides(text) == {("Russia", "Bonn")}
