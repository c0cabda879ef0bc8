"""Arms-transfer forms of issue 11's seventeenth round, from a fresh set's abstract error
categories (never its texts): a supply whose weapon is only a back-reference ("30 of them",
"six of the ships") to the one system the sentence before named, and a capital announcing "a
further batch of" a weapon. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2026-05-15"  # a Friday
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)


# ------------------------------------------------------------ "N of them" / "N of the ships"

def test_n_of_them_takes_the_named_system_of_the_sentence_before():
    f = one("Kenyan crews trained on Turkish-built Otokar Cobra armoured vehicles this spring. "
            "Ankara will hand over 40 of them to Nairobi next year, officials said.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Turkey", "Kenya", 40)
    assert "Cobra" in f["weapon"]


def test_n_of_the_ships_takes_the_named_ship_class():
    f = one("Indonesian officers toured Italy's retired Maestrale-class frigates in Taranto. "
            "Rome will sell two of the ships to Jakarta, the defence ministry said.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Italy", "Indonesia", 2)
    assert "Maestrale" in f["weapon"]


def test_a_back_reference_to_an_unnamed_kind_is_no_transfer():
    # "Brazilian armoured vehicles" name no system: "them" is no guess
    assert transfers("Peru's army has tested Brazilian armoured vehicles for a year. Brasilia "
                     "will deliver 30 of them to Lima, officials said.") == set()


def test_the_ships_do_not_stand_for_a_tank():
    assert transfers("Chile's army inspected German Leopard 2A4 tanks last year. Berlin will "
                     "sell four of the ships to Santiago.") == set()


def test_a_back_reference_in_the_next_paragraph_is_no_transfer():
    assert transfers("Ghanaian pilots have flown Embraer Super Tucano aircraft since 2024.\n\n"
                     "Brasilia will send six of them to Accra, officials said.") == set()


# ------------------------------------------------------------ "[capital] announced a further batch of"

def test_a_capital_announcing_a_further_batch_for_a_named_recipient_supplies_it():
    f = one("Beijing announced a further batch of 12 Wing Loong drones for Islamabad on Tuesday.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("China", "Pakistan", 12)


def test_a_further_batch_without_recipient_goes_to_the_state_just_supplied():
    got = transfers("France delivered six Caesar howitzers to Armenia in March. Paris "
                    "announced a further batch of 12 Bastion armoured vehicles on Monday.")
    assert ("France", "Armenia", "Bastion armoured vehicles") in got


def test_a_batch_received_is_not_supplied_by_the_buyer():
    got = transfers("Serbia received a new batch of Chinese FK-3 missiles on Friday.")
    assert all(s != "Serbia" for s, _, _ in got)


def test_n_of_the_systems_takes_the_one_air_defence_system_named_before():
    got = transfers("Moldova has asked for Israeli Barak MX air defence systems. Jerusalem said "
                    "it would deliver two of the systems to Chisinau in the autumn.")
    assert {(s, r) for s, r, _ in got} == {("Israel", "Moldova")}
    assert all("Barak" in w for _, _, w in got)


def test_the_systems_of_two_named_systems_is_no_guess():
    got = transfers("Egypt operates Chinese HQ-9 air defence systems and Russian S-300 air "
                    "defence systems. Moscow will deliver two of the systems to Cairo.")
    assert not any(s == "Russia" for s, _, _ in got)
