"""Treaties and arms-transfer false alarms of issue 11's twenty-fourth round (helper D), from a
fresh set's abstract error categories (never its texts). Sentences are our own: a capital
approving the transfer of jets its own industry built, several states listed for one total of
generic systems, a yearly aid package under a memorandum with its parties only implied, and a
text agreed "but not signed"; each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


_, parties = make_role_views(facts)


# ------------------------------------------------------------ maker_approvers (own-built)

def test_capital_approving_transfer_of_its_own_built_jets_is_no_supplier():
    text = ("The Netherlands will give Romania its last 18 F-16 jets next year, the Dutch defence "
            "ministry said. Washington approved the transfer of the American-built jets in May.")
    assert ("United States", "Romania") not in pairs(text)
    assert ("Netherlands", "Romania") in pairs(text)


def test_approving_a_transfer_of_another_makers_jets_is_read_with_that_maker():
    from kg.extract.maker_approvers import _APPROVED_OWN_BUILT
    m = _APPROVED_OWN_BUILT.match("Washington approved the transfer of the Swedish-built jets "
                                  "to Hungary in May, officials said.")
    # the maker (Sweden) is not the approver (United States): the approver's facts are kept
    assert m is not None and m.group("maker") == "Swedish"


# ------------------------------------------------------------ pooled_suppliers

def test_four_listed_suppliers_of_one_generic_total_give_no_transfer():
    text = ("Sweden, Finland, Poland and Canada will provide Latvia with eight air defence "
            "systems by the summer, the Latvian defence minister said.")
    assert pairs(text) == set()


def test_two_states_supplying_a_named_system_are_kept():
    text = ("Germany and Norway will provide Latvia with four IRIS-T systems by the summer, "
            "the Latvian defence minister said.")
    assert ("Germany", "Latvia") in pairs(text)


# ------------------------------------------------------------ aid_memoranda

def test_yearly_aid_under_a_memorandum_is_a_treaty_of_recipient_and_donor():
    text = ("Egypt receives $1.3 billion in American military aid a year under a ten-year "
            "memorandum signed in 2019, the largest package in Africa after Morocco's.")
    ts = facts(text, "Treaty")
    assert {frozenset(t["parties"]) for t in ts} == {frozenset({"Egypt", "United States"})}
    assert ts[0]["date"] == "2019" and ts[0]["duration_years"] == 10


def test_aid_without_a_signed_memorandum_gives_no_treaty():
    text = ("Egypt receives $1.3 billion in American military aid a year, the largest package "
            "in Africa.")
    assert parties(text) == set()


# ------------------------------------------------------------ unsigned_texts

def test_text_agreed_but_not_signed_is_no_treaty():
    text = ("Belgrade and Pristina have agreed on the text of a normalisation accord but have "
            "not signed it, diplomats said.")
    assert parties(text) == set()


def test_signed_treaty_beside_an_unsigned_text_is_kept():
    text = ("Serbia and Hungary signed a defence pact in June, while a deal with Croatia has "
            "yet to be signed.")
    assert frozenset({"Serbia", "Hungary"}) in parties(text)


# ------------------------------------------------------------ deal_pair_supplier

def test_deal_the_two_countries_signed_takes_the_supply_told_just_before():
    text = ("Turkey and Qatar signed a defence cooperation agreement in Doha in April that lets "
            "Turkish troops train in the emirate.\n\n"
            "Germany said on Monday it had shipped 12 Leopard 2 tanks to Qatar. Qatar received "
            "the tanks under a deal the two countries signed in 2023.")
    ts = {frozenset(t["parties"]): t for t in facts(text, "Treaty")}
    assert frozenset({"Germany", "Qatar"}) in ts
    assert ts[frozenset({"Germany", "Qatar"})]["date"] == "2023"


def test_two_countries_without_a_supply_before_keeps_the_earlier_pair():
    text = ("Turkey and Qatar signed a defence cooperation agreement in Doha in April.\n\n"
            "Qatar has trained with the Turkish army for years under a deal the two countries "
            "signed in 2014.")
    assert frozenset({"Germany", "Qatar"}) not in parties(text)


# ------------------------------------------------------------ attack_makers

def test_maker_of_a_drone_used_in_an_attack_is_no_supplier():
    text = ("The rebels of the Rapid Support Forces attacked the town of Kadugli on Sunday with "
            "a Chinese-made drone, killing four people, the army said.")
    assert ("China", "Rapid Support Forces") not in pairs(text)


def test_maker_that_supplied_in_the_same_sentence_is_kept():
    text = ("China supplied the Rapid Support Forces with Chinese-made CH-95 drones, which "
            "struck the airport on Sunday, UN experts said.")
    assert ("China", "Rapid Support Forces") in pairs(text)


# ------------------------------------------------------------ treaties: "hosted by" is no signer

def test_host_of_the_signing_ceremony_is_no_signatory():
    text = ("Kenya and Tanzania signed a border agreement in Arusha on Monday.\n\n"
            "The agreement was signed at a ceremony hosted by Ugandan President Yoweri Museveni.")
    ts = facts(text, "Treaty")
    assert {frozenset(t["parties"]) for t in ts} == {frozenset({"Kenya", "Tanzania"})}
    assert not any("Yoweri Museveni" in (t.get("signatories") or []) for t in ts)


# ------------------------------------------------------------ clauses: "A and the breakaway region of B"

def test_state_and_breakaway_region_signing_is_a_treaty_of_the_two():
    text = ("Russia and the breakaway region of South Ossetia signed an integration treaty in "
            "Moscow in March.")
    assert parties(text) == {frozenset({"Russia", "South Ossetia"})}


# ------------------------------------------------------------ paired_parts

def test_launchers_joined_to_their_missiles_are_no_transfer_of_their_own():
    text = ("South Korea shipped the launchers and missiles to Poland on Tuesday, the Polish "
            "defence ministry said.")
    assert not any((f.get("weapon") or "").lower().endswith("launchers")
                   for f in facts(text, "ArmsTransfer"))


def test_named_launchers_beside_named_missiles_are_kept():
    text = ("The United States will send HIMARS launchers and ATACMS missiles to Taiwan, "
            "the Pentagon said.")
    assert len(facts(text, "ArmsTransfer")) == 2
