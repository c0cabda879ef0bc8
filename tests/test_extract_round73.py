"""Round 73, from `blind99`'s and `blind100`'s abstract categories. Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _ in _transfers(text)}


def test_whom_weapons_were_originally_meant_for_is_no_recipient():
    text = wire("The United States sent Ukraine 30 Hawk missiles originally meant for Taiwan's "
                "air force.", "KYIV")
    assert _pairs(text) == {("United States", "Ukraine")}


def test_weapons_sent_for_an_air_force_still_go_to_it():
    text = wire("The United States sent 30 Hawk missiles for Taiwan's air force.", "TAIPEI")
    assert _pairs(text) == {("United States", "Taiwan")}


def _treaties(text: str) -> set[tuple]:
    return {tuple(f["parties"]) for f in facts(text) if f["type"] == "Treaty"}


def test_agreements_signed_by_one_state_with_two_are_two_treaties():
    text = wire("Security agreements were signed by Ukraine with Denmark and Canada on Friday.",
                "KYIV")
    assert _treaties(text) == {("Ukraine", "Denmark"), ("Ukraine", "Canada")}


def test_one_agreement_signed_by_one_state_with_two_stays_one():
    text = wire("A security agreement was signed by Ukraine with Denmark and Canada on Friday.",
                "KYIV")
    assert len(_treaties(text)) == 1


def test_an_agreement_with_one_state_signed_in_the_passive_is_with_the_articles_state():
    text = wire("Ukraine is building alliances. A ten-year security agreement with Paris was "
                "signed on Friday.", "KYIV")
    assert {frozenset(p) for p in _treaties(text)} == {frozenset({"France", "Ukraine"})}


def test_an_agreement_with_one_state_under_negotiation_is_none():
    text = wire("Ukraine is building alliances. A ten-year security agreement with Paris is "
                "being negotiated.", "KYIV")
    assert _treaties(text) == set()


def test_weapons_bought_from_a_seller_go_to_their_owner():
    text = wire("Pakistan's J-10C fighters were bought from China in 2021.", "ISLAMABAD")
    assert _pairs(text) == {("China", "Pakistan")}


def test_weapons_bought_from_a_seller_with_no_owner_written_guess_no_buyer():
    text = wire("India bought Rafale jets from France. The J-10C fighters were bought from "
                "China in 2021.", "NEW DELHI")
    assert ("China", "India") not in _pairs(text)


def _strikes(text: str) -> set[tuple]:
    return {(f.get("attacker"), f.get("target_place")) for f in facts(text)
            if f["type"] == "Strike"}


def test_an_attack_on_a_continents_security_is_a_figure_of_speech():
    text = wire("\"Russia's attack on Ukraine is an attack on Europe's security,\" the chancellor "
                "said.", "BERLIN")
    assert _strikes(text) == set()


def test_an_attack_on_security_forces_is_an_attack():
    text = wire("Militants killed six soldiers in an attack on a security post in Bannu on "
                "Sunday.", "ISLAMABAD")
    assert {p for _, p in _strikes(text)} == {"Bannu"}


def test_people_killed_by_a_groups_gunmen_in_a_town_is_the_groups_attack():
    text = wire("Fifteen soldiers were killed by JNIM gunmen in the Burkinabe town of Djibo on "
                "Sunday.", "OUAGADOUGOU")
    assert _strikes(text) == {("Jama'at Nusrat al-Islam wal-Muslimin", "Djibo")}


def test_people_killed_by_soldiers_is_left_to_the_other_rules():
    text = wire("Fifteen villagers were killed by soldiers in the town of Djibo on Sunday.",
                "OUAGADOUGOU")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "Djibo") not in _strikes(text)


def test_a_militant_attack_is_not_the_sentences_subjects():
    text = wire("Pakistani troops raided hideouts on Sunday, after last week's militant attack "
                "in Balochistan, officials said.", "ISLAMABAD")
    assert not {s for s in _strikes(text) if s[0] == "Pakistan"}


def test_a_states_own_attack_noun_keeps_its_attacker():
    text = wire("Pakistan's air strike in Khost killed eight people on Sunday.", "ISLAMABAD")
    assert ("Pakistan", "Khost") in _strikes(text)


def test_an_attack_over_two_regions_told_region_by_region():
    text = wire("Russian forces struck two regions overnight. In Kharkiv, a missile killed three "
                "people. In Odesa, drones killed two.", "KYIV")
    assert _strikes(text) == {("Russia", "Kharkiv"), ("Russia", "Odesa")}


def test_the_missile_that_killed_is_the_toll_of_the_attack_told():
    text = wire("A Russian missile hit a school in Kharkiv on Monday. The missile killed three "
                "people.", "KYIV")
    assert _strikes(text) == {("Russia", "Kharkiv")}


def test_a_supply_secured_from_a_seller_is_the_sellers():
    text = wire("Kyiv secured a supply of artillery ammunition from South Korea.", "KYIV")
    assert _pairs(text) == {("South Korea", "Ukraine")}


def test_aircraft_sent_to_fly_the_wounded_are_no_arms():
    text = wire("Poland will send aircraft to fly the wounded to hospitals, officials said.",
                "KYIV")
    assert _transfers(text) == set()


def test_aircraft_sent_to_a_state_are_still_arms():
    text = wire("Poland will send MiG-29 aircraft to Ukraine, officials said.", "KYIV")
    assert _pairs(text) == {("Poland", "Ukraine")}



def test_a_toll_told_as_three_groups_adds_them_up():
    text = wire("Iranian media said the strikes hit a village near Saravan on Thursday, and that "
                "three women, four children and two men were killed.", "ISLAMABAD")
    (s,) = [f for f in facts(text) if f["type"] == "Strike"]
    assert s["killed"] == 9


def test_a_toll_told_as_two_groups_still_adds_up():
    text = wire("Pakistani drones hit a village near Saravan on Thursday, killing four children "
                "and two men.", "ISLAMABAD")
    (s,) = [f for f in facts(text) if f["type"] == "Strike"]
    assert s["killed"] == 6