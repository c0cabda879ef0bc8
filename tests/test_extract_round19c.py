"""Arms transfers of issue 11's nineteenth round (helper C: lists, passives, suppliers told
before), from a fresh set's abstract error categories (never its texts): a passive re-export
with an agent, recipients as the subject with the supplier in the sentence before, "of its own"
after a relative clause, "resume shipments of", a possessive "Its own air force", a port for its
state; with the near-misses each rule must leave alone. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-06-17"  # a Wednesday
facts, one = make_helpers(PUB)


def triples(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"], f["weapon"]) for f in facts(text, "ArmsTransfer")}


def pairs(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------------------ coordinated lists

def test_every_item_of_an_approved_list():
    text = ("Japan approved 12 Type 10 tanks, 8 Type 99 howitzers and 4 Type 03 launchers for "
            "the Philippines' forces on Monday.")
    assert len(facts(text, "ArmsTransfer")) == 3
    assert pairs(text) == {("Japan", "Philippines")}


# ------------------------------------------------------------ the passive agent

def test_reexported_by_the_agent_not_the_maker():
    text = ("Czech-made rifles and anti-tank rockets had been re-exported to the Houthis by Oman, "
            "investigators said on Tuesday.")
    assert pairs(text) == {("Oman", "Houthis")}
    assert len(facts(text, "ArmsTransfer")) == 2


def test_refused_reexport_is_no_transfer():
    text = ("A request by Chad to re-export Czech rifles to the rebels was refused by Prague "
            "last year.")
    assert pairs(text) == set()


# ------------------------------------------------------------ supplier told before

def test_recipients_as_subject_take_the_supplier_told_before():
    text = ("Many states now buy from new partners. China has also become a major supplier. "
            "Zambia and Tanzania have both received K-8 trainer jets.")
    assert pairs(text) == {("China", "Zambia"), ("China", "Tanzania")}


def test_received_aid_money_or_a_visit_is_no_transfer():
    text = ("China has also become a major supplier. Zambia received a visit from the Chinese "
            "foreign minister, and Tanzania received $20 million in budget support.")
    assert pairs(text) == set()


# ------------------------------------------------------------ "of its own"

def test_of_its_own_after_a_relative_clause():
    text = ("Georgia needs more air defence. Poland, which had pressed Tbilisi for months to "
            "buy Western systems, said it would now transfer four of its own Piorun launchers.")
    f = one(text, "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Poland", "Georgia", 4)


# ------------------------------------------------------------ resume shipments

def test_capital_resumes_shipments():
    text = "Moscow will resume shipments of BTR-82 armoured vehicles to Nicaragua, officials said."
    assert pairs(text) == {("Russia", "Nicaragua")}


def test_resume_talks_is_no_transfer():
    text = "Managua and San Jose agreed on Monday to resume talks on border security."
    assert pairs(text) == set()


# ------------------------------------------------------------ "Its own air force"

def test_its_own_air_force_is_the_state_told_before():
    text = ("Algeria has bought most of its heavy weapons abroad. Its own air force, "
            "strengthened by Russian Su-34 jets supplied by Moscow, is the largest in Africa.")
    assert pairs(text) == {("Russia", "Algeria")}


# ------------------------------------------------------------ a port for its state

def test_delivered_to_a_port_is_its_state():
    text = ("Chad asked for help in May. Iran delivered Mohajer-6 drones to Port Sudan last "
            "year, diplomats said.")
    assert pairs(text) == {("Iran", "Sudan")}


def test_shipment_blocked_on_the_way_is_no_transfer():
    text = ("A shipment of Bulgarian ammunition bound for Port Sudan was blocked at the port of "
            "Varna in February.")
    assert pairs(text) == set()
