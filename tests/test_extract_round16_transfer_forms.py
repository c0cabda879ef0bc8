"""Arms-transfer forms of issue 11's sixteenth round, from a fresh set's abstract error
categories (never its texts): a class of arms heading the items of its own list ("most of its
air defences, including A and B"), a pronoun for the accused supplier ("accusing it of
supplying"), and a sale noun whose seller follows in a by-phrase ("the sale of W to R by S").
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2026-04-17"  # a Friday
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)


# ------------------------------------------------------------ a class of arms heading a list

def test_the_class_before_including_is_no_system_of_its_own():
    got = transfers("China supplies most of Serbia's air defences, including FK-3 launchers "
                    "and HQ-17 systems, officials said.")
    weapons = {w for _, _, w in got}
    assert "air defences" not in weapons
    assert any("FK-3" in w for w in weapons)


def test_every_listed_item_of_a_supplier_is_a_transfer():
    got = transfers("Turkey supplies most of Azerbaijan's drones, including Bayraktar TB2 "
                    "drones and Akinci drones.")
    assert got == {("Turkey", "Azerbaijan", "Bayraktar TB2 drones"),
                   ("Turkey", "Azerbaijan", "Akinci drones")}


def test_a_class_with_no_list_after_it_stays():
    assert transfers("Turkey supplies most of Azerbaijan's drones, officials said.") == {
        ("Turkey", "Azerbaijan", "drones")}


# ------------------------------------------------------------ "accusing it of supplying"

def test_an_accused_pronoun_is_the_state_named_before():
    got = transfers("Ukraine lodged a protest with Belarus on Monday, accusing it of "
                    "supplying Russia with artillery shells.")
    assert got == {("Belarus", "Russia", "artillery shells")}


def test_an_accused_pronoun_never_stands_for_the_accuser():
    # no other party is named before the pronoun: no supplier to guess
    got = transfers("Sudan's army issued a statement accusing it of supplying the RSF with "
                    "drones.")
    assert not any(s == "Sudan" for s, _, _ in got)


# ------------------------------------------------------------ the seller in a by-phrase

def test_the_seller_after_the_recipient_in_a_by_phrase():
    f = one("Officials welcomed the sale of 18 K9 howitzers to Estonia by South Korea.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("South Korea", "Estonia", 18)


def test_the_seller_before_the_recipient_in_a_by_phrase():
    f = one("The ministry confirmed the sale of six Kilo submarines by Russia to Vietnam.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"]) == ("Russia", "Vietnam")


def test_a_by_phrase_naming_no_state_gives_no_seller():
    got = transfers("The delivery of 30 Leopard tanks to Lithuania by train was delayed.")
    assert not any(s == "Lithuania" for s, _, _ in got)


# ------------------------------------------------------------ every named item of a list

def test_two_named_types_with_one_head_noun_stay_two_transfers():
    got = transfers("Chad has received four Karayel drones, two Anka drones and 300 bombs from "
                    "Turkey, officials said.")
    assert got == {("Turkey", "Chad", "Karayel drones"), ("Turkey", "Chad", "Anka drones"),
                   ("Turkey", "Chad", "bombs")}


def test_a_nationality_and_a_type_with_one_head_noun_are_one_transfer():
    got = transfers("Russia sent Iran's army Kinzhal missiles. The Russian missiles arrived "
                    "in March.")
    assert len([w for _, _, w in got if w.endswith("missiles")]) == 1


# ------------------------------------------------------------ "we" inside a quotation

def test_we_in_a_quotation_is_the_speakers_state():
    got = transfers('"We have received 12 Caesar howitzers and 40 trucks from France," '
                    "Armenia's defence minister told reporters.")
    assert ("France", "Armenia", "Caesar howitzers") in got


def test_we_outside_a_quotation_names_no_recipient():
    got = transfers("We have received 12 Caesar howitzers from France, Armenia's defence "
                    "minister told reporters.")
    assert ("France", "Armenia", "Caesar howitzers") not in got


# ------------------------------------------------------------ "N of its W" sent

def test_sending_some_of_its_own_jets_is_no_transfer():
    got = transfers("Russia sold Mali two Mi-8 helicopters in May. Russia has since sent six "
                    "of its Su-34 bombers.")
    assert not any("Su-34" in w for _, _, w in got)
