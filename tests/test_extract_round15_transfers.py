"""Arms transfers of issue 11's fifteenth round, from that round's abstract error categories
(never a blind text): a contract signed with a state's firm "to buy" (the signer buys), the
recipient told by a pronoun ("supplied them with"), "completed the delivery of", an accusation
"of having shipped", and a state's defence force as the recipient. Sentences are our own,
different from the development set dev15c."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_transfer_views

PUB = "2026-03-12"
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)
_pairs, _qty = make_transfer_views(facts)


# ------------------------------------------- 1. "signed a contract with Y's firm to buy W"

def test_the_signer_of_a_contract_to_buy_is_the_buyer():
    assert _pairs("Peru signed a contract with South Korea's Hyundai Rotem on Tuesday to buy "
                  "40 K2 tanks.") == {("South Korea", "Peru")}


def test_an_agreement_with_a_state_to_buy_keeps_the_quantity():
    text = "Morocco has signed an agreement with Israel to buy 36 Barak MX missiles."
    assert _pairs(text) == {("Israel", "Morocco")}
    assert list(_qty(text).values()) == [36]


def test_a_buyer_named_before_the_contract_is_not_turned_round():
    # negative: the seller is never taken as the buyer of its own jets
    assert ("Egypt", "France") not in _pairs(
        "Egypt signed a deal with France to buy 30 more Rafale jets.")


# ------------------------------------------- 2. the recipient as a pronoun

def test_supplied_them_with_is_not_guessed_from_the_nearest_name_before():
    # negative: with no transfer told before it in the sentence, "them" is left to the article
    # (guessing the nearest party named before gave false alarms and lost facts on held-out
    # sets, counted from their score tables when the branches were merged)
    assert ("Iran", "Egypt") not in _pairs(
        "Saudi Arabia and Egypt shot down several drones, and officials say Tehran supplied "
        "them with Shahed drones.")


def test_supplied_it_with_after_a_request_takes_the_asker():
    assert _pairs("Vilnius asked Berlin for air defence last year, and Germany supplied it with "
                  "IRIS-T launchers.") == {("Germany", "Lithuania")}


def test_sold_it_after_a_purchase_keeps_the_first_buyer():
    assert _pairs("Qatar, which mediated between the Houthis and Riyadh, bought Patriot "
                  "batteries from the United States, and Washington later sold it F-15 jets.") == {
        ("United States", "Qatar")}


def test_sent_them_to_a_state_is_no_pronoun_recipient():
    # negative: "them" are the weapons here, the recipient follows "to"
    assert ("Poland", "Poland") not in _pairs(
        "Poland repaired the howitzers and sent them to Ukraine in May.")


# ------------------------------------------- 3. completed deliveries and accusations

def test_completed_the_delivery_of_names_the_supplier():
    text = "Norway completed the delivery of all 12 NASAMS launchers it promised to Ukraine."
    assert _pairs(text) == {("Norway", "Ukraine")}
    assert list(_qty(text).values()) == [12]


def test_completing_a_purchase_is_no_supply_by_the_buyer():
    # negative: the buyer of a purchase is never the supplier
    assert not any(s == "Ukraine" for s, _r in _pairs(
        "Ukraine completed the purchase of 20 Leopard tanks."))


def test_accused_of_having_shipped_keeps_the_accused_supplier():
    assert _pairs("Kyiv accuses Pyongyang of having shipped KN-23 missiles to Russia.") == {
        ("North Korea", "Russia")}


def test_a_trained_crew_is_no_recipient():
    # negative: "Wagner-trained" is an adjective, not a group receiving the aircraft
    assert not any(r == "Wagner Group" for _s, r in _pairs(
        "Mali received two Su-24 bombers last year. Diplomats accuse Moscow of having sent "
        "Wagner-trained pilots with the aircraft."))


# ------------------------------------------- 4. a defence force receives for its state

def test_a_states_defence_force_receives():
    assert _pairs("Botswana's defence force has received six Gripen jets from Sweden.") == {
        ("Sweden", "Botswana")}


# ------------------------------------------- 5. an adjective supplier before "including"

def test_an_adjective_before_a_general_noun_supplies_the_listed_items():
    assert _pairs("Bolivia has bought Chinese hardware, including K-8 trainer jets and Z-9 "
                  "helicopters.") == {("China", "Bolivia")}


def test_an_adjective_of_a_unit_is_no_supplier_of_the_list():
    # negative: "Russian-trained" describes the buyer's brigade, not the seller
    assert ("Russia", "Mongolia") not in _pairs(
        "Mongolia has bought equipment for its Russian-trained brigade, including BTR-80 "
        "vehicles.")


# ------------------------------------------- 6. "the air force operates W supplied by Y"

def test_the_home_air_force_operating_a_supplied_weapon_is_its_states():
    assert _pairs("HANOI — Vietnam is shopping for new jets. Officers said the air force still "
                  "flies Su-27 fighters supplied by Russia.") == {("Russia", "Vietnam")}


def test_weapons_the_army_fired_are_no_receipt_of_the_dateline_state():
    # negative: firing a supplied weapon is no holding told by "operates" or "flies"
    assert not _pairs("KYIV — Ukraine braced for more attacks. The army fired shells supplied "
                      "by North Korea, officials in Moscow said.") & {("North Korea", "Ukraine")}
