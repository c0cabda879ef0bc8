"""Arms transfers read from structure: lists told after the transfer, participles and passive
deliveries, origin adjectives with their owner, makers standing for their state, relative
clauses; and what is not a transfer. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2024-12-17"
facts, one = make_helpers(PUB)


def transfers(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"], f["weapon"], f["quantity"])
            for f in facts(text, "ArmsTransfer")}


def test_list_items_take_the_parties_of_the_transfer_told_before():
    got = transfers("Israel has sold Azerbaijan drones for a decade. They include the Harop "
                    "loitering munition, as well as LORA ballistic missiles.")
    assert ("Israel", "Azerbaijan", "Harop", None) in got
    assert ("Israel", "Azerbaijan", "LORA ballistic missiles", None) in got


def test_list_items_after_a_supplier_relation_without_weapons():
    got = transfers("Israel is among Baku's most important arms suppliers. Its sales include "
                    "Harop loitering munitions.")
    assert got == {("Israel", "Azerbaijan", "Harop loitering munitions", None)}


def test_list_in_an_attack_sentence_is_no_transfer():
    assert transfers("Israel has sold Azerbaijan drones. Azerbaijan fired rockets at the "
                     "enclave, including Grad rockets.") == {("Israel", "Azerbaijan", "drones",
                                                              None)}


def test_participle_ordered_from_and_passive_unloaded_at_a_place():
    got = transfers("The first 38 of 108 M1A2T Abrams tanks ordered from the United States were "
                    "unloaded at the port of Taipei on Sunday.")
    assert got == {("United States", "Taiwan", "M1A2T Abrams tanks", 38)}


def test_participle_ordered_by_from_have_arrived():
    got = transfers("The first eleven HIMARS launchers ordered by Taiwan from the United States "
                    "have arrived.")
    assert got == {("United States", "Taiwan", "HIMARS launchers", 11)}


def test_maker_stands_for_its_state():
    got = transfers("India finalised a deal for 31 MQ-9B drones built by General Atomics.")
    assert got == {("United States", "India", "MQ-9B drones", 31)}


def test_origin_adjective_owner_named_on_the_list():
    got = transfers("Pakistan said it had shot down five Indian jets, including three "
                    "French-made Rafale fighters.")
    assert ("France", "India", "Rafale", 3) in got


def test_origin_adjective_with_a_possession_verb():
    assert transfers("Pakistan flies Chinese-made J-10C fighter jets.") == {
        ("China", "Pakistan", "J-10C fighter jets", None)}


def test_relative_clause_buyer():
    got = transfers("Sixty-six American-built F-16 fighter jets, which Taipei agreed to buy in "
                    "2019, have been delayed.")
    assert got == {("United States", "Taiwan", "F-16 fighter jets", 66)}


def test_first_buyer_of_a_states_weapon():
    got = transfers("Armenia became the first foreign buyer of India's ATAGS towed howitzer.")
    assert got == {("India", "Armenia", "ATAGS towed howitzer", None)}


def test_sale_approved_in_a_relative_clause_and_a_second_sale_along_with_it():
    got = transfers("It follows a sale of bombs to Israel that the State Department approved "
                    "last week, along with a smaller sale of Hellfire missiles.")
    assert got == {("United States", "Israel", "bombs", None),
                   ("United States", "Israel", "Hellfire missiles", None)}


def test_money_is_not_a_quantity():
    got = transfers("The State Department approved the sale of $7.4 billion in bombs to Israel.")
    assert got == {("United States", "Israel", "bombs", None)}


def test_one_system_under_two_names_is_one_transfer():
    got = transfers("Washington approved a package for Taiwan that includes the National "
                    "Advanced Surface-to-Air Missile System, or NASAMS.")
    assert len(got) == 1


def test_sent_at_a_target_is_an_attack_not_a_transfer():
    assert transfers("Hezbollah said it had sent a swarm of drones at the base in response to "
                     "Israeli strikes.") == set()


def test_blamed_for_arming_is_an_accusation_not_a_transfer():
    assert transfers("Saudi officials blamed Iran for arming the Houthis with missiles.") == set()


def test_ammunition_depots_are_not_weapons():
    assert transfers("Ukraine used US-supplied rockets to hit Russian ammunition depots.") == {
        ("United States", "Ukraine", "rockets", None)} or transfers(
        "Ukraine used US-supplied rockets to hit Russian ammunition depots.") == set()
