"""Arms transfers of issue 11's seventh round, from the seventh blind set's abstract error
categories (never its texts): packages listing several items after a general opening noun,
suppliers given by a capital or a national adjective on "offer"/"package"/"deal", a second
clause's supplier with the first clause's recipient, and false alarms (own deployments, an
approver or a payer who is no supplier, the made-in adjective of a weapon shot down).
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-05-06"
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)


def _qty(text: str) -> dict[tuple, int | None]:
    return {(f["supplier"], f["recipient"], f["weapon"]): f["quantity"]
            for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------ 1. a general noun opens, the items follow

def test_items_listed_after_new_military_aid_take_its_supplier_and_recipient():
    got = _qty("Lithuania announced new military aid for Ukraine on Thursday. The package "
               "includes 14 howitzers, 25 armoured vehicles and 300 drones.")
    assert got == {("Lithuania", "Ukraine", "howitzers"): 14,
                   ("Lithuania", "Ukraine", "armoured vehicles"): 25,
                   ("Lithuania", "Ukraine", "drones"): 300}


def test_a_receiving_opening_keeps_supplier_and_recipient_apart():
    got = _qty("Moldova secured fresh military assistance from Romania. The tranche comprises "
               "eight armoured vehicles and two radars.")
    assert got == {("Romania", "Moldova", "armoured vehicles"): 8,
                   ("Romania", "Moldova", "radars"): 2}


def test_a_possessive_package_for_a_state_gives_the_pair():
    got = transfers("Finland's latest aid package for Ukraine was made public on Friday. It "
                    "contains 10 howitzers and 40 mortars.")
    assert got == {("Finland", "Ukraine", "howitzers"), ("Finland", "Ukraine", "mortars")}


def test_a_general_noun_is_no_weapon_when_the_items_are_listed():
    got = transfers("Belgium shipped a new batch of ammunition to Ukraine on Monday. The "
                    "consignment includes 12 howitzers and 30 mortars.")
    assert got == {("Belgium", "Ukraine", "howitzers"), ("Belgium", "Ukraine", "mortars")}


def test_a_general_noun_with_including_gives_the_listed_items():
    got = transfers("Britain sent weapons to Ukraine, including 20 armoured vehicles and 6 "
                    "radars.")
    assert got == {("United Kingdom", "Ukraine", "armoured vehicles"),
                   ("United Kingdom", "Ukraine", "radars")}


def test_a_bought_opening_passes_its_pair_to_a_deal_that_covers_items():
    got = transfers("Ghana bought new military equipment from Turkey last year. The deal covers "
                    "four patrol boats and six drones.")
    assert got == {("Turkey", "Ghana", "patrol boats"), ("Turkey", "Ghana", "drones")}


# ------------------------------------------------ 2. a capital or an adjective supplies

def test_a_capital_that_offered_items_is_the_supplier():
    got = transfers("Kenya is weighing two bids for its air force. Rome offered 10 helicopters "
                    "to Kenya.")
    assert ("Italy", "Kenya", "helicopters") in got


def test_a_national_adjective_on_a_package_that_reached_a_state():
    got = _qty("A Czech package of 40 tanks and 12 howitzers reached Ukraine last week.")
    assert got == {("Czech Republic", "Ukraine", "tanks"): 40,
                   ("Czech Republic", "Ukraine", "howitzers"): 12}


def test_a_national_adjective_on_an_offer_for_a_named_state():
    got = transfers("The South Korean offer to Romania covers 54 howitzers.")
    assert got == {("South Korea", "Romania", "howitzers")}


def test_a_capital_deal_for_an_army_names_both_ends():
    got = transfers("A Paris deal signed in March also covers 18 helicopters for the Greek "
                    "armed forces.")
    assert got == {("France", "Greece", "helicopters")}


def test_a_buyers_contract_is_not_read_as_its_supply():
    got = transfers("The Polish contract covers 96 helicopters.")
    assert not any(s == "Poland" for s, _, _ in got)


# ------------------------------------------------ 3. a second clause with its own supplier

def test_a_second_subject_after_an_aside_supplies_the_first_recipient():
    got = transfers("Belarus delivered 12 armoured vehicles to Myanmar, and Russia, for its "
                    "part, sold helicopters.")
    assert got == {("Belarus", "Myanmar", "armoured vehicles"),
                   ("Russia", "Myanmar", "helicopters")}


def test_a_second_clause_after_a_semicolon_keeps_the_recipient():
    got = transfers("Turkey sent drones to Niger; China, in turn, supplied armoured vehicles.")
    assert got == {("Turkey", "Niger", "drones"), ("China", "Niger", "armoured vehicles")}


# ------------------------------------------------ 5. false alarms

def test_sending_batteries_to_its_own_base_is_no_transfer():
    assert transfers("France sent two air defence systems to its base in Djibouti.") == set()


def test_an_approver_of_another_states_sale_is_no_supplier():
    got = transfers("Washington approved the export of 30 tanks by Spain to Morocco.")
    assert got == {("Spain", "Morocco", "tanks")}


def test_an_approver_of_a_sale_with_no_other_seller_supplies():
    got = transfers("The State Department approved the sale of 40 helicopters to Egypt.")
    assert got == {("United States", "Egypt", "helicopters")}


def test_a_payer_is_neither_supplier_nor_recipient():
    got = transfers("Kuwait financed the purchase of 20 Turkish armoured vehicles by Jordan.")
    assert got == {("Turkey", "Jordan", "armoured vehicles")}


def test_funding_a_purchase_without_a_buyer_gives_nothing():
    assert transfers("Norway funded the purchase of the Swedish howitzers, officials said.") \
        == set()


def test_a_made_in_adjective_on_drones_shot_down_is_no_transfer():
    got = transfers("The Houthis attacked a cargo ship on Monday. Saudi air defences shot down "
                    "Iranian-made drones over Jizan.")
    assert not any(s == "Iran" for s, _, _ in got)


# ------------------------------------------------ 4. weapons referred back to

def test_n_of_the_jets_from_another_supplier_are_the_model_named_before():
    got = _qty("Norway sent F-16 jets to Ukraine in 2024. Denmark will also provide 19 of the "
               "jets.")
    assert got[("Denmark", "Ukraine", "F-16 jets")] == 19


def test_the_systems_of_the_same_supplier_keep_the_model_and_count():
    got = _qty("Spain pledged NASAMS air defence systems to Latvia. Madrid has since delivered "
               "three of the systems.")
    assert got == {("Spain", "Latvia", "NASAMS air defence systems"): 3}


def test_a_first_mention_with_the_and_no_model_before_stays_general():
    got = transfers("Canada sent the helicopters to Haiti on Monday.")
    assert got == {("Canada", "Haiti", "helicopters")}


def test_a_recipient_list_ends_where_a_buyer_starts_its_own_clause():
    got = transfers("Israel sold radars to Morocco, and Egypt bought Chinese drones.")
    assert ("Israel", "Egypt", "radars") not in got
    assert ("Israel", "Morocco", "radars") in got


def test_accepting_an_adjective_offer_does_not_swap_the_ends():
    got = transfers("Chile accepted the Spanish offer of 12 helicopters.")
    assert got == {("Spain", "Chile", "helicopters")}


def test_an_offer_the_sentence_says_fell_through_is_no_transfer():
    """An offer followed, in the same sentence, by its rejection or the end of the talks."""
    assert facts("Beijing had offered Peru its L-15 trainer jets, but the new government in "
                 "Lima dropped the talks in March.", "ArmsTransfer") == []
    assert facts("Sweden offered Colombia 16 Gripen fighters, but Bogota opted for a rival "
                 "bid.", "ArmsTransfer") == []
    assert facts("Sweden offered Colombia 16 Gripen fighters on Monday, defence officials "
                 "said.", "ArmsTransfer")
