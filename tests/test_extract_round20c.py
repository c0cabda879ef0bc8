"""Round 20 (helper c): arms transfers whose recipient or seller is told only in the sentence
before: capitals listed as suppliers ("Paris and Athens will each send ...") are not each
other's recipients (kg.extract.listed_suppliers), "an air defence battery" is a weapon
(kg.extract.entities), and a pronoun buyer's order takes the seller the sentence before says it
turned to (kg.extract.seller_told_before). From the abstract error categories of a fresh set
(never its texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2026-11-18"


def _transfers(text: str) -> set[tuple]:
    rec = extract_text(text, published=PUB)
    return {(f["supplier"], f["recipient"], f["weapon"])
            for f in record_to_gold_facts(rec)["facts"] if f["type"] == "ArmsTransfer"}


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _ in _transfers(text)}


# ------------------------------------------------------------ capitals listed as suppliers

def test_capitals_each_sending_a_battery_supply_the_state_told_before():
    text = ("Georgia seeks air defences\n\n"
            "TBILISI, Nov 18 (Staff) - Georgian Defence Minister Irakli Chikovani said Georgia "
            "must protect its airports. Paris and Rome will each send an air defence battery "
            "under agreements due to be signed next month, he said.")
    assert _pairs(text) == {("France", "Georgia"), ("Italy", "Georgia")}


def test_listed_capitals_are_not_each_others_recipients():
    text = ("Moldova seeks air defences\n\n"
            "CHISINAU, Nov 18 (Staff) - Moldova wants to guard its skies. Paris and Bucharest "
            "will each send an air defence battery under agreements due to be signed soon.")
    pairs = _pairs(text)
    assert ("France", "Romania") not in pairs and ("Romania", "France") not in pairs


def test_a_bare_battery_is_no_weapon():
    text = ("Storm\n\n"
            "OSLO, Nov 18 (Staff) - Norway said it would send a battery of engineers to "
            "Iceland to repair storm damage.")
    assert _transfers(text) == set()


# ------------------------------------------------------------ the seller told before

def test_pronoun_order_takes_the_state_turned_to():
    text = ("Bulgaria buys artillery\n\n"
            "SOFIA, Nov 18 (Staff) - Bulgaria has turned to South Korea for its new artillery, "
            "the ministry said on Wednesday.\n\n"
            "It ordered 24 K9 self-propelled howitzers last year, the ministry said.")
    assert ("South Korea", "Bulgaria") in _pairs(text)


def test_pronoun_order_after_a_state_set_against_takes_no_seller():
    text = ("Bulgaria buys artillery\n\n"
            "SOFIA, Nov 18 (Staff) - Bulgaria is rearming after years of tension with Russia, "
            "the ministry said on Wednesday.\n\n"
            "It ordered 24 K9 self-propelled howitzers last year, the ministry said.")
    assert not any(s == "Russia" for s, _ in _pairs(text))


# ------------------------------------------------------------ agreements not yet signed

def _treaties(text: str) -> list[set]:
    rec = extract_text(text, published=PUB)
    return [set(f["parties"]) for f in record_to_gold_facts(rec)["facts"]
            if f["type"] == "Treaty"]


def test_agreements_due_to_be_signed_are_no_treaty():
    text = ("Air defences\n\n"
            "TBILISI, Nov 18 (Staff) - Georgia needs air defences. Paris and Rome will each send "
            "an air defence battery under agreements due to be signed next month, he said.")
    assert _treaties(text) == []


def test_agreement_signed_last_month_is_a_treaty():
    text = ("Air defences\n\n"
            "TBILISI, Nov 18 (Staff) - France and Georgia signed a defence agreement last "
            "month, the ministry said.")
    assert {"France", "Georgia"} in _treaties(text)


# ------------------------------------------------------------ sellers not told

def test_headline_with_counted_capitals_lends_no_other_seller():
    text = ("Georgia to get air defence systems from two European capitals\n\n"
            "TBILISI, Nov 18 (Staff) - Georgia will strengthen its air defences, the government "
            "said.\n\n"
            "Georgian Defence Minister Irakli Chikovani said Georgia must protect its airports. "
            "Paris and Rome will each send an air defence battery, he said.\n\n"
            "Georgia has also signed contracts with India for artillery, and the first "
            "Indian-made Pinaka rocket launchers arrived last year.")
    found = _transfers(text)
    assert ("India", "Georgia", "air defence systems") not in found
    assert ("France", "Georgia", "air defence battery") in found


def test_boats_built_in_a_third_state_take_no_treaty_partner():
    text = ("Manila and Tokyo\n\n"
            "MANILA, Nov 18 (Staff) - Japan will give the Philippines six coastal radar "
            "systems, the defence department said.\n\n"
            "The two countries signed a reciprocal access agreement in 2024.\n\n"
            "Manila also flies Black Hawk helicopters bought from Poland, and its coast guard "
            "operates patrol boats built in France.")
    found = _transfers(text)
    assert ("Japan", "Philippines", "patrol boats") not in found
    assert ("Poland", "Philippines", "Black Hawk helicopters") in found


def test_pronoun_order_takes_the_state_bought_from():
    text = ("Serbia arms\n\n"
            "BELGRADE, Nov 18 (Staff) - Serbia has been buying arms from China for years. It "
            "ordered FK-3 air defence systems and 15 CH-92A drones.")
    assert {("China", "Serbia")} == _pairs(text)


def test_bradley_fighting_vehicles_in_a_package_told_before():
    text = ("Taiwan package\n\n"
            "TAIPEI, Nov 18 (Staff) - Washington announced a new arms package for Taiwan on "
            "Friday. The package, worth $500 million, includes 30 Bradley fighting vehicles and "
            "10 HIMARS launchers, officials said.")
    assert ("United States", "Taiwan", "Bradley fighting vehicles") in _transfers(text)


# ------------------------------------------------------------ a state set against the recipient

def test_state_defended_against_is_not_the_recipient_told_before():
    text = ("Taiwan defences\n\n"
            "TAIPEI, Nov 18 (Staff) - Taiwan's defence ministry said it would strengthen its "
            "coastal defences against China. Washington will also supply 400 Harpoon missiles, "
            "it said.")
    assert _pairs(text) == {("United States", "Taiwan")}


def test_war_against_a_state_does_not_set_that_state_aside():
    # "against" in a war names the victim: both states stay, and no recipient is guessed
    text = ("Tanks\n\n"
            "BERLIN, Nov 18 (Staff) - Russia's war against Ukraine entered its fourth year. "
            "Poland will also supply 30 tanks, it said.")
    assert ("Poland", "Russia") not in _pairs(text)
