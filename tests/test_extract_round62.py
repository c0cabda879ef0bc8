"""Round 62, from `blind72`'s abstract categories. Transfers: "warned Germany against sending"
is a warning, not a transfer; "a Patriot battery, a system Germany delivered to Ukraine" (the
weapon told again by its class); "Russian military instructors arrived in Mali with an S-300".
Strikes: "has fired 9,000 missiles at targets in Ukraine since ..." under a dated dateline is a
campaign summed up (the dateline's day is the report's, not an attack's); "capitals that rely on
Washington for protection" is no attack on Washington. Roles: "X, the army chief and head of the
ruling council"; "The junta's chief, General X, told Russian officials" (a demonym names whom he met). Sentences are our own; each rule has a case it
must not read."""

from __future__ import annotations

from tests.extract_helpers import (dated, make_helpers, make_side_view, make_transfer_views,
                                   role_pairs, wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


def test_a_warning_against_sending_weapons_is_no_transfer():
    warned = wire("The Kremlin warned Germany against sending Taurus cruise missiles to Ukraine, "
                  "saying Berlin would become a party to the war.", "MOSCOW")
    cautioned = wire("Moscow cautioned Seoul against supplying artillery shells to Kyiv.", "MOSCOW")
    assert _pairs(warned) == set()
    assert _pairs(cautioned) == set()


def test_a_transfer_told_beside_a_warning_is_still_read():
    text = wire("The Kremlin warned Germany against sending Taurus missiles to Ukraine. Germany "
                "has sent IRIS-T air defence systems to Ukraine.", "BERLIN")
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_a_weapon_told_again_by_its_class_names_who_delivered_it():
    system = wire("The missile hit a Patriot battery, a system Germany delivered to Ukraine in "
                  "2023.", "KYIV")
    one_of = wire("A drone struck an IRIS-T launcher, one of several systems Germany has supplied "
                  "to Ukraine.", "KYIV")
    assert _pairs(system) == {("Germany", "Ukraine")}
    assert _pairs(one_of) == {("Germany", "Ukraine")}


def test_a_weapon_told_by_its_class_without_a_delivery_names_no_transfer():
    text = wire("The missile hit a Patriot battery, a system the army has used since 2023.", "KYIV")
    assert _pairs(text) == set()


def test_instructors_arriving_with_a_system_supply_it():
    military = wire("Russian military instructors arrived in Mali with an S-300 air defence "
                    "system.", "BAMAKO")
    bare = wire("Russian instructors arrived in Mali with two Mi-24 helicopters.", "BAMAKO")
    assert _pairs(military) == {("Russia", "Mali")}
    assert _pairs(bare) == {("Russia", "Mali")}


def test_instructors_arriving_without_a_system_supply_nothing():
    text = wire("Russian military instructors arrived in Mali on Monday.", "BAMAKO")
    assert _pairs(text) == set()


def test_a_campaign_summed_up_under_a_dated_dateline_is_no_strike():
    since = dated("KYIV", "Russia has fired more than 9,000 missiles at targets in Ukraine since "
                          "the invasion began, the air force said.", day="Nov 24")
    month = dated("KYIV", "Russia has fired hundreds of drones at targets across Ukraine this "
                          "month.", day="Nov 24")
    assert _sides(since) == set()
    assert _sides(month) == set()


def test_an_attack_under_a_dated_dateline_is_still_read():
    text = dated("KYIV", "Russia fired 40 missiles at Kyiv on Monday, killing three people.",
                 day="Nov 24")
    assert _sides(text) == {("Russia", "Kyiv")}


def test_the_capital_others_rely_on_is_no_place_hit():
    text = wire("The Israeli strike on Qatar shocked Gulf capitals that rely on Washington for "
                "protection.", "DOHA")
    assert _sides(text) == {("Israel", "Qatar")}


def test_the_army_chief_and_head_of_the_ruling_council_leads_the_state():
    text = wire("General Abdel Fattah al-Burhan, the army chief and head of the ruling Sovereign "
                "Council, visited the front on Tuesday.", "PORT SUDAN")
    assert role_pairs(facts, text) == {("Abdel Fattah al-Burhan", "Sudan")}


def test_the_juntas_chief_leads_the_juntas_state_not_whom_he_met():
    text = wire("The junta's chief, General Abdourahamane Tiani, told Russian officials that Niger "
                "would buy more drones.", "NIAMEY")
    assert role_pairs(facts, text) == {("Abdourahamane Tiani", "Niger")}
