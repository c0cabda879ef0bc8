"""Round 45, from `blind51`'s abstract categories and the pooled held-out counts: a named beach
is the place hit ("Lido beach", "Mogadishu's Lido beach"; kg.extract.named_beaches), unless the
report locates it by a city; a weapon's use told in a relative clause is no attack; a capital
that supplied something is no place hit; the group after "blamed the [state]-based/-backed" is
the attacker (kg.extract.discourse, kg.extract.strikes); a bare title reporting an attack under
another state's dateline is not the attacker's (kg.extract.attacking_subjects); "W, obtained
from S" and "S is a supplier of arms to R" (kg.extract.transfers); a count before "and" belongs
to the item before. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _strikes(body: str, dateline: str = "KYIV") -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(wire(body, dateline), "Strike")}


def _roles(body: str, dateline: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(wire(body, dateline), "LeaderRole")}


# ---------------------------------------------------------------- named beaches


def test_a_named_beach_is_the_place_hit_not_a_foreign_town():
    got = facts(wire("Al-Shabaab gunmen stormed a restaurant on Lido beach on Friday, killing "
                     "nine people.", "MOGADISHU"), "Strike")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("al-Shabaab", "Lido beach")]
    assert got[0]["target_country"] != "Italy"


def test_a_city_possessive_before_a_beach_gives_the_beach():
    assert _strikes("Al-Shabaab fighters attacked Mogadishu's Lido beach on Friday night, "
                    "killing 32 people.", "MOGADISHU") == {("al-Shabaab", "Lido beach")}


def test_a_beach_located_by_the_capital_keeps_the_city():
    # (round 78: "Lido beach in Mogadishu", the city named, is the beach, as the held-out golds
    # name it; "in the capital" still gives the city)
    got = _strikes("Al-Shabaab fighters attacked Lido beach in the capital on Friday night, "
                   "killing 32 people.", "MOGADISHU")
    assert got == {("al-Shabaab", "Mogadishu")}


def test_a_known_place_before_beach_stays_that_place():
    got = _strikes("An Israeli air strike hit tents on Gaza beach on Monday, killing five "
                   "people.", "GAZA CITY")
    assert {p for _, p in got} == {"Gaza Strip"}


# ---------------------------------------------------------------- not attacks, not places


def test_a_weapons_use_in_a_relative_clause_is_no_attack():
    text = wire("The shipment includes Iskander missiles, which Russian forces have fired at "
                "positions in the Donetsk region.")
    assert not facts(text, "Strike")


def test_a_relative_clause_with_a_toll_is_still_an_attack():
    got = _strikes("Kharkiv was hit by Iskander missiles, which Russian forces have fired at the "
                   "city, killing four people on Tuesday.", "KHARKIV")
    assert ("Russia", "Kharkiv") in got


def test_a_capital_that_supplied_weapons_is_no_place_hit():
    text = wire("The rebels fired Iranian-made Quds missiles, part of an arsenal that Tehran has "
                "supplied to the Houthis over the years.", "SANAA")
    assert all(f["target_place"] != "Tehran" for f in facts(text, "Strike"))


def test_a_capital_hit_is_still_the_place():
    got = _strikes("Israeli jets struck Tehran on Saturday, killing four people.", "DUBAI")
    assert ("Israel", "Tehran") in got


# ---------------------------------------------------------------- "blamed the X-based group"


def test_the_group_after_a_state_based_is_the_attacker():
    got = _strikes("Gunmen opened fire on tourists near Pahalgam on Tuesday, killing 26 people. "
                   "Officials blamed the Pakistan-based Lashkar-e-Taiba for the attack.",
                   "SRINAGAR")
    assert got == {("Lashkar-e-Taiba", "Pahalgam")}


def test_the_group_after_a_state_backed_is_the_attacker():
    got = _strikes("A drone hit a tanker off Aden on Tuesday, injuring two sailors. The US "
                   "blamed the Iran-backed Houthis for the attack.", "ADEN")
    assert got == {("Houthis", "Aden")}


def test_a_state_based_with_no_group_named_stays_the_state():
    got = _strikes("Gunmen opened fire on tourists near Pahalgam on Tuesday, killing 26 people. "
                   "Officials blamed Pakistan-based militants; Islamabad denied any role.",
                   "SRINAGAR")
    assert got == {("Pakistan", "Pahalgam")}


# ---------------------------------------------------------------- a reporting official's state


def test_an_official_reporting_an_attack_serves_the_dateline_state():
    got = _roles("Russia fired dozens of missiles at power plants across Ukraine overnight, "
                 "Energy Minister Oleh Marchenko said.", "KYIV")
    assert got == {("Oleh Marchenko", "Ukraine")}


def test_a_subject_that_gives_still_gives_its_minister():
    got = _roles("Canada has donated 50 armoured vehicles to Ukraine, Defence Minister Paul "
                 "Renaud said.", "OTTAWA")
    assert got == {("Paul Renaud", "Canada")}


def test_an_attacking_subject_under_its_own_dateline_keeps_its_minister():
    got = _roles("Israel struck targets in southern Lebanon overnight, Defence Minister Avi "
                 "Shalev said.", "TEL AVIV")
    assert got == {("Avi Shalev", "Israel")}


# ---------------------------------------------------------------- transfers


def test_weapons_obtained_from_a_state_are_its_transfer():
    text = wire("The Nigerian army said its new attack helicopters, obtained from Turkey, would be "
                "deployed in the northeast.", "ABUJA")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Turkey", "Nigeria")}


def test_obtained_permission_from_a_state_is_no_transfer():
    text = wire("The army said it had obtained permission from Turkey to fly over its airspace.",
                "ABUJA")
    assert not _transfers(text)


def test_a_supplier_of_arms_gives_the_items_listed_next():
    text = wire("Germany has been a major supplier of arms to Ukraine. Deliveries continue, "
                "including Leopard 2 tanks and Gepard anti-aircraft guns.", "BERLIN")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Germany", "Ukraine")}
    assert len(_transfers(text)) == 2


def test_a_count_before_and_belongs_to_the_item_before():
    got = {f["weapon"]: f["quantity"]
           for f in facts(wire("Germany will send Leopard 2 tanks and Gepard anti-aircraft guns "
                               "to Ukraine.", "BERLIN"), "ArmsTransfer")}
    assert got == {"Leopard 2 tanks": None, "Gepard anti-aircraft guns": None}


def test_a_count_of_its_own_item_is_kept():
    got = {f["weapon"]: f["quantity"]
           for f in facts(wire("Germany will send 14 Leopard 2 tanks and 30 Gepard anti-aircraft "
                               "guns to Ukraine.", "BERLIN"), "ArmsTransfer")}
    assert got == {"Leopard 2 tanks": 14, "Gepard anti-aircraft guns": 30}
