"""Arms transfers of issue 11's twelfth round, from that round's abstract error categories
(never a blind text): a nationality adjective shared by a coordinated list of weapons, the
approver of another state's sale or re-export, warships sent to a sea (a deployment), a pledge
"of its own" weapons whose recipient is the state in need named before, and "his country" after
two named leaders. Sentences are our own, different from the development set dev12c."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_transfer_views

PUB = "2026-05-20"
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)
_pairs, _qty = make_transfer_views(facts)


# ------------------------------------------- 1. "took delivery of [Adj] A and B"

def test_nationality_adjective_supplies_every_item_of_the_list():
    text = ("Greece has taken delivery of 6 French Rafale jets and 3 Belharra frigates, the "
            "navy said. Athens bought its Leopard tanks from Germany in the 2000s.")
    got = transfers(text)
    assert ("France", "Greece", "Rafale jets") in got
    assert ("France", "Greece", "Belharra frigates") in got
    assert _qty(text)["Belharra frigates"] == 3


def test_second_item_with_its_own_source_keeps_it():
    text = "Romania has taken delivery of American Abrams tanks and K9 howitzers from South Korea."
    assert transfers(text) == {("United States", "Romania", "Abrams tanks"),
                               ("South Korea", "Romania", "K9 howitzers")}


# ------------------------------------------- 2. approving another state's sale or re-export

def test_approver_of_a_possessive_sale_is_not_the_supplier():
    text = "Paris approved Italy's sale of 12 Aster missiles to Qatar on Monday."
    assert _pairs(text) == {("Italy", "Qatar")}


def test_approver_of_a_re_export_is_not_the_supplier():
    text = "The United States cleared Spain's re-export of 8 Harrier jets to India last month."
    assert _pairs(text) == {("Spain", "India")}


def test_approving_a_plain_sale_still_makes_the_approver_the_supplier():
    text = "Washington approved the sale of 40 Patriot missiles to Poland on Friday."
    assert _pairs(text) == {("United States", "Poland")}


# ------------------------------------------- 3. own forces sent to a sea or region

def test_warships_sent_to_a_sea_are_a_deployment():
    text = ("Britain sent two frigates to the Black Sea for exercises with the Romanian navy. "
            "It has delivered 20 Challenger tanks to Ukraine.")
    assert transfers(text) == {("United Kingdom", "Ukraine", "Challenger tanks")}


def test_weapons_sent_to_a_state_are_still_a_transfer():
    text = "Britain sent 20 Challenger tanks to Ukraine in March."
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


def test_a_region_word_naming_states_is_no_sea():
    text = "France sent 40 Mistral missiles to the Baltic states and Ukraine."
    assert ("France", "Ukraine") in _pairs(text)


# ------------------------------------------- 4. "promised N of its own W"

def test_own_stock_pledge_goes_to_the_state_that_asked_its_partners():
    text = ("Turkey delivered Akinci drones to Pakistan in 2023. Mozambique, which is fighting "
            "insurgents in Cabo Delgado, has asked its partners for helicopters. Turkey "
            "promised three of its own T129 helicopters, officials in Maputo said.")
    assert ("Turkey", "Mozambique", "T129 helicopters") in transfers(text)
    assert _qty(text)["T129 helicopters"] == 3


def test_own_stock_pledge_in_a_visit_story():
    # ("his country" is the speaker's, the leader named last, not the visitor named first)
    text = ("During talks with Volodymyr Zelenskyy in Kyiv on Monday, Swedish Prime Minister "
            "Ulf Kristersson said his country promised 8 of its own Gripen jets.")
    assert transfers(text) == {("Sweden", "Ukraine", "Gripen jets")}
    assert _qty(text)["Gripen jets"] == 8


def test_own_version_of_nothing_is_no_pledge():
    text = "Chile promised 10 of its own officers to the mission in Haiti."
    assert transfers(text) == set()


# ------------------------------------------- 5. "plans to buy N W", the seller told before

def test_plan_to_buy_takes_the_seller_of_the_sentence_before():
    text = ("Uzbekistan received 12 Su-30 jets from Russia last year. Tashkent also plans to "
            "buy 20 Mi-35 helicopters, the defence ministry said.")
    assert transfers(text) == {("Russia", "Uzbekistan", "Su-30 jets"),
                               ("Russia", "Uzbekistan", "Mi-35 helicopters")}
    assert _qty(text)["Mi-35 helicopters"] == 20


def test_plan_to_buy_prefers_that_seller_to_a_treaty_partner():
    text = ("Vietnam signed a comprehensive strategic partnership with Japan in 2023. Hanoi "
            "bought four Gepard frigates from Russia in 2018. It now plans to buy six more "
            "Su-30 jets.")
    assert ("Russia", "Vietnam", "Su-30 jets") in transfers(text)
    assert ("Japan", "Vietnam", "Su-30 jets") not in transfers(text)


def test_a_considered_purchase_stays_hedged():
    text = ("Uzbekistan received 12 Su-30 jets from Russia last year. Tashkent is considering "
            "buying 20 Mi-35 helicopters.")
    assert transfers(text) == {("Russia", "Uzbekistan", "Su-30 jets")}


# ------------------------------------------- 6. "the W X bought from Y" before the main verb

def test_reduced_relative_clause_before_the_main_verb():
    text = ("The Su-35 jets Egypt bought from Russia were grounded on Monday, alongside MiG-29 "
            "jets kept at Cairo West.")
    assert transfers(text) == {("Russia", "Egypt", "Su-35 jets")}


def test_full_relative_clause_with_which():
    text = "The K9 howitzers, which Norway acquired from South Korea, fired in the drill."
    assert transfers(text) == {("South Korea", "Norway", "K9 howitzers")}


def test_object_of_a_plain_purchase_is_still_found():
    text = "Egypt bought 24 Su-35 jets from Russia in 2018."
    assert transfers(text) == {("Russia", "Egypt", "Su-35 jets")}


# ------------------------------------------- 7. a pledge told to a leader in a phone call

def test_pledge_in_a_phone_call_to_a_leader():
    text = ("Japan told Philippine President Ferdinand Marcos Jr. in a phone call on Friday that "
            "it would send 6 TC-90 patrol aircraft.")
    assert transfers(text) == {("Japan", "Philippines", "TC-90 patrol aircraft")}
    assert _qty(text)["TC-90 patrol aircraft"] == 6


def test_pledge_in_a_call_with_the_recipient_from_the_sentence_before():
    text = ("Kenya bought Z-9 helicopters from China in 2019. Beijing told President William "
            "Ruto in a call last week that it would send 4 more Z-9 helicopters.")
    assert _pairs(text) == {("China", "Kenya")}


def test_a_call_about_a_considered_supply_is_no_pledge():
    text = ("France told Indian Prime Minister Narendra Modi in a phone call that it would "
            "consider sending Rafale jets.")
    assert transfers(text) == set()


# ------------------------------------------- 8. "[buyer] adds [nationality] W"

def test_a_buyer_adding_foreign_ships_is_no_supplier():
    text = "Morocco adds Spanish patrol boats as Algeria buys Russian jets"
    assert ("Morocco", "Algeria") not in _pairs(text)


# ------------------------------------------- 9. "X fires W that ... were supplied by Y"

def test_the_group_firing_supplied_weapons_received_them():
    text = ("Eritrea hosts a naval base on the coast. Al-Shabaab fires mortar shells that "
            "investigators say were supplied by Iran.")
    assert _pairs(text) == {("Iran", "al-Shabaab")}  # not Eritrea, the state named before


# ------------------------------------------- 10. a seller carried over past a third state

def test_no_seller_carried_over_to_an_item_negotiated_with_a_third_state():
    text = ("Serbia has received Chinese FK-3 missiles. It also bought 12 Rafale jets, which it "
            "negotiated with Paris.")
    assert ("China", "Serbia", "Rafale jets") not in transfers(text)
    assert ("China", "Serbia", "FK-3 missiles") in transfers(text)


# ------------------------------------------- 11. a state's name inside a place or agreement name

def test_warship_sent_to_a_strait_named_for_a_state_is_no_transfer():
    text = "Canada sent a frigate to the Taiwan Strait and 200 troops to Latvia."
    assert transfers(text) == set()


def test_weapons_sent_to_that_state_are_a_transfer():
    text = "Washington sent 400 Stinger missiles to Taiwan in March."
    assert _pairs(text) == {("United States", "Taiwan")}


def test_pledge_told_to_a_named_leader_goes_to_that_leaders_state():
    text = ("Macron told Zelenskyy in a phone call that France would send 12 more Caesar "
            "howitzers.")
    assert transfers(text) == {("France", "Ukraine", "Caesar howitzers")}
    assert _qty(text)["Caesar howitzers"] == 12


def test_approving_another_states_request_to_re_export_names_no_recipient():
    text = "Berlin approved Spain's request to re-export 20 Leopard 2 tanks to Ukraine."
    assert ("Germany", "Spain") not in _pairs(text)
    assert ("Germany", "Ukraine") not in _pairs(text)


def test_a_possessive_army_is_still_a_double_object_recipient():
    text = "Britain gave Ukraine's army 14 Challenger tanks."
    assert _pairs(text) == {("United Kingdom", "Ukraine")}
