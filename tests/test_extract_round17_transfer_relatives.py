"""Arms transfers of issue 11's seventeenth round told through a relative clause or a pronoun,
from a fresh set's abstract error categories (never its texts): a supplier in a relative clause
after the weapon ("R fields W, several of which S supplied", "W, most of which came from S"),
"S, which supplies them with W" (them: the group, not the speaker), an accusation in a
relative clause, and a pronoun recipient ("W sold to it by S", "...; they took delivery of W
from S"). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-03-13"  # a Friday
facts, one = make_helpers(PUB)


def triples(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------------------ a supplier after "of which"

def test_of_which_with_the_supplier_as_subject():
    text = ("Kenya's air force now operates 12 Bayraktar TB2 drones, eight of which Turkey "
            "delivered last year.")
    assert ("Turkey", "Kenya") in triples(text)


def test_most_of_which_came_from():
    text = "The Egyptian navy has several Gowind corvettes, most of which came from France."
    assert ("France", "Egypt") in triples(text)


def test_of_which_with_two_suppliers_in_a_passive():
    got = triples("LAGOS — Nigeria's army has new armoured vehicles, many of which were "
                  "supplied by China and Turkey.")
    assert {("China", "Nigeria"), ("Turkey", "Nigeria")} <= got


def test_of_which_without_a_supply_verb_gives_no_supplier():
    # "of which Turkey says" is no supply: Turkey must not become the supplier
    text = "Kenya's army fields 40 armoured vehicles, most of which Turkey says are outdated."
    assert ("Turkey", "Kenya") not in triples(text)


# ------------------------------------------------------------ "which supplies them with"

def test_them_is_the_group_not_the_speaker():
    text = ("Hezbollah fired rockets at Haifa on Monday. Israel says the group relies on Iran, "
            "which supplies them with Fateh-110 missiles.")
    got = triples(text)
    assert ("Iran", "Hezbollah") in got
    assert ("Iran", "Israel") not in got


def test_accused_in_a_relative_clause():
    text = ("Iran, which Israel accuses of supplying Hezbollah with Fateh-110 missiles, "
            "rejected the report.")
    assert ("Iran", "Hezbollah") in triples(text)


def test_an_accusation_without_a_weapon_is_no_transfer():
    text = "Rwanda, which Kinshasa accuses of backing the M23 rebels, denies the claim."
    assert facts(text, "ArmsTransfer") == []


# ------------------------------------------------------------ a pronoun recipient

def test_sold_to_it_by():
    text = ("Chile bought two frigates from Australia, and the Hawkeye aircraft sold to it by "
            "the United States arrived in May.")
    got = triples(text)
    assert ("United States", "Chile") in got


def test_they_took_delivery_after_a_semicolon():
    text = ("Poland's army received K2 tanks from South Korea in 2023; they took delivery of "
            "M1A2 Abrams tanks from the United States in 2024.")
    got = triples(text)
    assert {("South Korea", "Poland"), ("United States", "Poland")} <= got


def test_of_them_with_a_bare_participle():
    text = "Kenya's army fields 30 armoured vehicles, some of them supplied by Turkey."
    assert ("Turkey", "Kenya") in triples(text)


def test_of_which_smuggled_from():
    text = "The Houthis hold Burkan missiles, most of which were smuggled from Iran."
    assert ("Iran", "Houthis") in triples(text)
