"""Round 22 (helper c): arms transfers that were missed. Personnel arriving "in R with W"
(kg.extract.arrived_with); "its purchase of W from S" with "its" a state told before it
(kg.extract.its_purchase); "the transfer of W from A and B" whose recipient is only "[demonym]
skies" (kg.extract.guarded_skies); "W are to be provided by A, B and C" after "R will receive"
(kg.extract.lead_receiver). From the abstract error categories of a fresh set (never its
texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-20"
facts, one = make_helpers(PUB)


def _transfers(text: str) -> list[tuple]:
    return sorted((f["supplier"], f["recipient"] or "") for f in facts(text, "ArmsTransfer"))


# ------------------------------------------------------------- personnel arriving with a system

def test_soldiers_arriving_with_a_system_are_a_transfer():
    text = ("About 80 German soldiers arrived in Lithuania with a Patriot battery on Tuesday, "
            "the ministry said.")
    assert _transfers(text) == [("Germany", "Lithuania")]


def test_soldiers_arriving_without_a_system_are_no_transfer():
    text = ("About 80 German soldiers arrived in Lithuania with their families on Tuesday, the "
            "ministry said.")
    assert _transfers(text) == []


# ------------------------------------------------------------- "its purchase of W from S"

def test_its_purchase_is_the_capital_told_before():
    text = ("The minister said Warsaw hoped to complete its purchase of Apache helicopters from "
            "the United States by 2028.")
    assert _transfers(text) == [("United States", "Poland")]


def test_a_purchase_called_off_is_no_transfer():
    text = ("Bogota has cancelled its planned purchase of Gripen fighters from Sweden, the "
            "defence ministry said.")
    assert _transfers(text) == []


# ------------------------------------------------------------- "[demonym] skies"

def test_transfer_from_two_states_goes_to_the_guarded_skies():
    text = ("Slovakia's prime minister welcomed the transfer of Patriot systems from Germany and "
            "the Netherlands, saying the batteries would protect Slovak skies.")
    assert _transfers(text) == [("Germany", "Slovakia"), ("Netherlands", "Slovakia")]


def test_without_skies_no_recipient_is_guessed():
    text = ("The prime minister welcomed the transfer of Patriot systems from Germany and "
            "the Netherlands, saying they would arrive soon.")
    assert ("Germany", "Slovakia") not in _transfers(text)


# ------------------------------------------------------------- receiver told just before

def test_suppliers_of_a_passive_give_to_the_state_that_will_receive():
    text = ("Estonia will receive a new coastal defence network under a plan agreed on Monday, "
            "the ministry said. NASAMS launchers are to be provided by Norway and Finland, "
            "officials said.")
    assert _transfers(text) == [("Finland", "Estonia"), ("Norway", "Estonia")]


def test_training_provided_by_a_state_is_no_transfer():
    text = ("Estonia will receive a new coastal defence network under a plan agreed on Monday, "
            "the ministry said. Training is to be provided by Finland, officials said.")
    assert _transfers(text) == []


def test_without_a_receiver_before_no_recipient_is_borrowed():
    text = ("The ministry published its plan on Monday. NASAMS launchers are to be provided "
            "by Norway and Finland, officials said.")
    assert all(r != "Estonia" for _, r in _transfers(text))


# ------------------------------------------------------------- "and S followed with W"

def test_a_state_that_followed_with_a_weapon_supplies_the_same_recipient():
    text = ("Britain sent Challenger 2 tanks to Ukraine in 2023, and Poland followed with "
            "Krab howitzers.")
    assert ("Poland", "Ukraine") in _transfers(text)


def test_followed_with_words_is_no_transfer():
    text = ("Britain sent Challenger 2 tanks to Ukraine in 2023, and Poland followed with "
            "strong words of support.")
    assert all(s != "Poland" for s, _ in _transfers(text))


# ------------------------------------------------------------- "the army" of the dateline

def test_the_army_of_the_dateline_state_receives():
    text = ("PORT SUDAN, Nov 20 (Staff) - Rebel leaders said on Thursday that the army had "
            "received weapons from Iran, including Mohajer-6 drones, a claim officials denied.")
    assert ("Iran", "Sudan") in _transfers(text)


def test_the_army_receiving_training_is_no_transfer():
    text = ("PORT SUDAN, Nov 20 (Staff) - Rebel leaders said on Thursday that the army had "
            "received training from Iran, a claim officials denied.")
    assert ("Iran", "Sudan") not in _transfers(text)


def test_the_army_is_not_the_dateline_state_when_another_state_is_named():
    text = ("WASHINGTON, Nov 20 (Staff) - US officials said on Thursday that, in Sudan, the army "
            "had received weapons from Iran, including Mohajer-6 drones.")
    assert ("Iran", "United States") not in _transfers(text)


# ------------------------------------------------------------- "[demonym] W have also been delivered"

def test_also_delivered_goes_to_the_state_of_the_sentence_before():
    text = ("Serbia has rebuilt its air defences over the past year. Chinese FK-3 missiles have "
            "also been delivered, officials said.")
    assert ("China", "Serbia") in _transfers(text)


def test_also_delivered_without_a_state_before_borrows_nothing():
    text = ("Officials have rebuilt the air defences over the past year. Chinese FK-3 missiles "
            "have also been delivered, officials said.")
    assert all(r == "" for _, r in _transfers(text))
