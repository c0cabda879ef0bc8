"""Round 77, from the categories of `blind111` and `blind112` and from transfer misses counted
over the older sets. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _strikes(text: str) -> list[dict]:
    return [f for f in facts(text) if f["type"] == "Strike"]


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _ in _transfers(text)}


def test_an_advance_helped_by_weapons_supplied_by_a_state():
    text = wire("Azerbaijan's advance was helped by Bayraktar TB2 drones supplied by Turkey, "
                "analysts say.", "BAKU")
    assert _pairs(text) == {("Turkey", "Azerbaijan")}


def test_weapons_supplied_by_a_state_with_no_one_helped_name_no_receiver_here():
    text = wire("Bayraktar TB2 drones supplied by Turkey were shown at the parade, analysts say.",
                "ANKARA")
    assert ("Turkey", "Azerbaijan") not in _pairs(text)


def test_the_army_for_its_part_has_received_weapons():
    text = wire("The RSF has received drones from the United Arab Emirates, diplomats say. The "
                "army, for its part, has received Mohajer-6 drones from Iran.", "KHARTOUM")
    assert ("Iran", "Sudan") in _pairs(text)


def test_the_army_that_received_nothing_from_a_state_gives_nothing():
    text = wire("The army, for its part, has received no weapons from Iran, officials insist.",
                "KHARTOUM")
    assert ("Iran", "Sudan") not in _pairs(text)


def test_a_town_before_military_base_is_the_place_hit():
    text = wire("Jihadists attacked the Kati military base on Monday, killing one soldier.",
                "DAKAR")
    assert [f["target_place"] for f in _strikes(text)] == ["Kati"]


def test_a_towns_military_speaking_is_still_no_place_hit():
    text = wire("Militants attacked a convoy near Gao on Monday, killing two soldiers, the Kati "
                "military said.", "DAKAR")
    assert "Kati" not in {f["target_place"] for f in _strikes(text)}


def test_a_buyer_that_turned_to_two_sellers_with_the_verb_left_out():
    text = wire("Poland turned to South Korea for K2 tanks and to the United States for Apache "
                "helicopters.", "WARSAW")
    assert _pairs(text) == {("South Korea", "Poland"), ("United States", "Poland")}


def test_ministers_of_the_two_gulf_states_each_with_a_state():
    text = wire("The foreign ministers of the two Gulf states, Amal Karimova of Oman and Dario "
                "Velez of Kuwait, met in Cairo on Monday.", "CAIRO")
    assert _roles(text) == {("Amal Karimova", "foreign minister", "Oman"),
                            ("Dario Velez", "foreign minister", "Kuwait")}


def test_an_attack_attributed_to_a_faction_of_a_group():
    text = wire("A suicide bomber killed twelve people at a police station in Peshawar on "
                "Monday. The interior minister attributed the attack to a faction of the Pakistani "
                "Taliban.", "ISLAMABAD")
    assert [f["attacker"] for f in _strikes(text)] == ["Tehrik-i-Taliban Pakistan"]


def test_a_second_list_with_its_own_source_after_an_aside_and_a_model_code():
    text = wire("Serbia has also received CH-92A armed drones from China, which arrived in 2020, "
                "and Pantsir S1 air defence systems from Russia.", "BELGRADE")
    assert _pairs(text) == {("China", "Serbia"), ("Russia", "Serbia")}


def test_a_purchase_a_state_announced_it_would_make():
    text = wire("Finland announced in December that it would buy sixty-four F-35A fighter jets "
                "from the United States.", "HELSINKI")
    got = [f for f in facts(text) if f["type"] == "ArmsTransfer"]
    assert [(f["supplier"], f["recipient"], f.get("quantity")) for f in got] == [
        ("United States", "Finland", 64)]


def test_a_purchase_a_state_said_it_would_not_make_is_none():
    text = wire("Finland said it would not buy F-35A jets from the United States.", "HELSINKI")
    assert _pairs(text) == set()


def test_the_administration_notified_congress_of_a_proposed_sale():
    text = wire("The Trump administration formally notified Congress on Tuesday of a proposed "
                "sale of up to fifty F-35 stealth fighters to the United Arab Emirates.",
                "WASHINGTON")
    assert _pairs(text) == {("United States", "United Arab Emirates")}


def test_the_administration_of_another_capital_names_no_us_sale():
    text = wire("The administration approved a sale of fifty F-16 jets to Chile, the "
                "Argentine newspaper reported.", "BUENOS AIRES")
    assert ("United States", "Chile") not in _pairs(text)


def test_a_groups_weapons_supplied_by_a_state():
    text = wire("Washington says the Houthis' missiles and drones are supplied by Iran.", "SANAA")
    assert _pairs(text) == {("Iran", "Houthis")}


def test_a_groups_weapons_fired_by_it_are_no_supply():
    text = wire("The Houthis' missiles were fired by the group at ships in the Red Sea.", "SANAA")
    assert _pairs(text) == set()
