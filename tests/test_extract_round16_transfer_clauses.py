"""Arms transfers of issue 11's sixteenth round whose supplier or recipient sits in another
clause, from a fresh set's abstract error categories (never its texts): a recipient in a
relative clause ("R, to which S has sold W"), a fronted supplier ("From S, it has bought W"),
and the subject of an earlier verb supplying ("S signed ... and later delivered W to R").
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-03-13"  # a Friday
facts, one = make_helpers(PUB)


def pairs(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------------------ a relative-clause recipient

def test_the_state_before_to_which_receives_not_the_state_told_before():
    text = ("Kenya has bought 14 armoured vehicles from France. Tanzania, to which China has "
            "delivered six K-8 trainer jets, is modernising its air force.")
    assert ("China", "Tanzania") in pairs(text)
    assert ("China", "Kenya") not in pairs(text)


def test_to_which_with_sold_and_a_quantity():
    f = [f for f in facts("Greece is watching closely. Cyprus, to which France has sold "
                          "four Exocet missile batteries, says it needs more.", "ArmsTransfer")
         if f["supplier"] == "France"]
    assert [(x["recipient"], x["quantity"]) for x in f] == [("Cyprus", 4)]


def test_an_offer_in_the_relative_clause_is_no_delivery_of_this_rule():
    # "offered" is not a transfer verb of the clause rule: it must not pick Greece
    assert ("India", "Greece") not in pairs(
        "Greece signed a pact with Egypt. Vietnam, to which India has offered BrahMos "
        "missiles, has not decided.")


# ------------------------------------------------------------ a fronted supplier

def test_from_a_state_a_named_buyer_has_bought():
    f = one("From Israel, Azerbaijan has also bought 30 Harop drones.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Israel", "Azerbaijan", 30)


def test_from_a_state_it_has_bought_takes_the_buyer_told_before():
    text = ("Morocco has received 24 Apache helicopters from the United States, officials "
            "said. From Israel, it has bought a Barak MX air defence system.")
    assert ("Israel", "Morocco") in pairs(text)
    assert ("Israel", "United States") not in pairs(text)


def test_a_fronted_from_without_a_purchase_is_no_transfer():
    assert pairs("From Turkey, Azerbaijan has drawn lessons about drone warfare.") == set()


# ------------------------------------------------------------ an elided supplier

def test_the_first_clauses_subject_delivers_after_and():
    text = ("Spain signed the frigate contract in 2019 and later delivered two landing ships "
            "to the Saudi navy.")
    assert ("Spain", "Saudi Arabia") in pairs(text)


def test_a_hedged_first_clause_keeps_the_rule_silent():
    assert ("Spain", "Saudi Arabia") not in pairs(
        "Spain would sign a frigate contract and delivered nothing to the Saudi navy.")


def test_reported_speech_does_not_make_the_speaker_the_supplier():
    text = ("Kyiv said Berlin had signed the contract and delivered 20 Leopard tanks to the "
            "Ukrainian army.")
    assert ("Ukraine", "Ukraine") not in pairs(text)
    assert all(s != "Ukraine" for s, _ in pairs(text))
