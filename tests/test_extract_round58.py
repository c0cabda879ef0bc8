"""Round 58, from `blind66`'s abstract categories. Transfers: a weapon "of the kind [S] has sold
to [capital]" or "which analysts say [S] delivered to [R]" (a reporting clause inside the
relative clause; kg.extract.transfers, A10); "[S] uses [transit state] territory to move W to
[group]" (to an armed group only); "was open to sending" is no transfer. Strikes: a place after
"sold to" is who was armed, not a place hit; "drones struck a market ..., the network said,
accusing the army" is that army's state's (kg.extract.own_army); "It had been hit by [group]
missiles in the Red Sea" after a sentence about a ship places the attack at sea. Roles: "his
Czech counterpart, Prime Minister X" holds the Czech office. From `blind67`'s categories:
"the al-Qaeda-linked group claimed the attack" is the group named before, not the network
(kg.extract.strikes.claimant). Sentences are our own; each rule
has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_side_view, make_transfer_views,
                                  role_pairs, transfer_triples, wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


# ------------------------------------------------------------ transfers

def test_a_weapon_of_the_kind_a_state_sold_to_a_capital_is_that_transfer():
    text = wire("Investigators said the drone that hit the depot was a Lancet, of the kind "
                "Moscow has sold to Minsk.")
    assert _pairs(text) == {("Russia", "Belarus")}
    assert _sides(text) == set() or all(p != "Minsk" for _, p in _sides(text))


def test_a_model_a_state_supplied_is_that_transfer():
    text = wire("The depot was hit by an Orlan drone, a model Moscow has supplied to Minsk, "
                "investigators said.")
    assert _pairs(text) == {("Russia", "Belarus")}


def test_a_kind_of_weather_is_no_transfer():
    text = wire("The drones flew in rain of the kind Kyiv has seen all week, officials said.")
    assert _pairs(text) == set()


def test_a_reporting_clause_inside_the_relative_clause_is_read_through():
    text = wire("Russia said its drones destroyed a Leopard 2 tank, which analysts say Poland "
                "delivered to Ukraine last year.")
    assert ("Poland", "Ukraine") in _pairs(text)


def test_moving_weapons_to_an_armed_group_is_a_transfer():
    text = wire("Iran uses Iraqi territory to move rockets and drones to Hezbollah, the "
                "officials said.", "WASHINGTON")
    assert transfer_triples(facts, text) >= {("Iran", "Hezbollah", "rockets")}
    assert all(s == "Iran" for s, _ in _pairs(text))


def test_moving_ones_own_missiles_to_an_ally_is_no_transfer():
    text = wire("Russia moved Iskander missiles to Belarus last year, the officials said.",
                "WASHINGTON")
    assert _pairs(text) == set()


def test_moving_ones_own_weapons_closer_to_a_border_keeps_their_sale():
    text = wire("Egypt has moved Chinese-made HQ-9 air defence systems, sold to Cairo in 2021, "
                "closer to the Libyan border, officials said.", "CAIRO")
    assert _pairs(text) == {("China", "Egypt")}


def test_being_open_to_sending_is_no_transfer():
    text = wire("The president-elect said he was open to sending Tomahawk missiles to Ukraine.",
                "WASHINGTON")
    assert _pairs(text) == set()
    sent = wire("The president said Washington had sent Tomahawk missiles to Ukraine.",
                "WASHINGTON")
    assert _pairs(sent) == {("United States", "Ukraine")}


# ------------------------------------------------------------ strikes

def test_the_army_accused_of_a_drone_strike_is_its_states():
    text = wire("Drones struck a market in Omdurman on Friday, killing 12 people, a doctors' "
                "group said, accusing the army.", "KHARTOUM")
    assert _sides(text) == {("Sudan", "Omdurman")}


def test_the_army_accused_of_arming_a_militia_is_not_the_attacker():
    text = wire("Drones struck a market in Omdurman on Friday, killing 12 people, a doctors' "
                "group said, accusing the army of arming the militia that fired them.",
                "KHARTOUM")
    assert ("Sudan", "Omdurman") not in _sides(text)


def test_a_ship_named_back_by_it_was_hit_at_sea():
    text = wire("The tanker was abandoned by its crew on Sunday. It had been hit by Houthi "
                "missiles in the Red Sea in August, the shipping agency said.", "ADEN")
    assert _sides(text) == {("Houthis", "Red Sea")}


def test_it_after_a_sentence_without_a_ship_does_not_place_an_attack_at_sea():
    text = wire("The port was closed on Sunday. It had been hit by Houthi missiles in the Red "
                "Sea in August, the agency said.", "ADEN")
    assert ("Houthis", "Red Sea") not in _sides(text)


# ------------------------------------------------------------ roles

def test_a_titled_counterpart_holds_the_office_of_the_counterparts_state():
    text = wire("Polish Prime Minister Jan Kowal met his Czech counterpart, Prime Minister Petr "
                "Dvorak, on Monday.", "WARSAW")
    assert role_pairs(facts, text) == {("Jan Kowal", "Poland"), ("Petr Dvorak", "Czech Republic")}


def test_a_title_after_the_counterpart_clause_is_not_the_counterparts():
    text = wire("Polish Prime Minister Jan Kowal met his Czech counterpart, and Defence Minister "
                "Petr Dvorak joined them on Monday.", "WARSAW")
    assert ("Petr Dvorak", "Czech Republic") not in role_pairs(facts, text)


# ------------------------------------------------------------ from blind67's categories

def test_a_network_linked_group_claiming_is_the_group_named_before():
    text = wire("Gunmen attacked an army post in Djibo on Sunday, killing 20 soldiers. JNIM, an "
                "al-Qaeda-linked group, is active in the area. The al-Qaeda-linked group claimed "
                "the attack on Monday.", "BAMAKO")
    assert _sides(text) == {("Jama'at Nusrat al-Islam wal-Muslimin", "Djibo")}


def test_the_network_itself_claiming_is_still_the_claimant():
    text = wire("Gunmen attacked an army post in Djibo on Sunday, killing 20 soldiers. JNIM is "
                "active in the area. Al-Qaeda claimed the attack on Monday.", "BAMAKO")
    assert _sides(text) == {("al-Qaeda", "Djibo")}
