"""Round 39, from `blind42`'s abstract categories: plural bombings and "X was behind the
bombing" (kg.extract.strikes), a city's name inside a ship's name (kg.extract.entities), the
first weapon of a list before "bought from" and several suppliers after one participle
(kg.extract.passive_supply). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _article(body: str, dateline: str = "MOGADISHU") -> str:
    return f"Head\n2026-11-24\n{dateline} — Officials spoke on Monday.\n\n{body}"


def _strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


_transfers = partial(transfer_triples, facts)


# plural bombings, "was behind"

def test_plural_bombings_carried_out_are_a_strike():
    got = _strikes(_article("Al-Shabaab carried out twin car bombings at the education ministry "
                            "in Mogadishu on Saturday, killing 121 people."))
    assert got == {("al-Shabaab", "Mogadishu")}


def test_bombings_as_a_campaign_are_no_strike():
    got = _strikes(_article("Al-Shabaab has carried out bombings for fifteen years."))
    assert got == set()


def test_group_behind_the_bombing_is_its_attacker():
    got = _strikes(_article("Al-Shabaab was behind a car bombing in Mogadishu on Saturday that "
                            "killed 121 people."))
    assert got == {("al-Shabaab", "Mogadishu")}


def test_unknown_side_behind_the_bombing_gives_no_attacker():
    got = _strikes(_article("Officials said it was not clear who was behind the bombing in "
                            "Mogadishu on Saturday that killed 12 people."))
    assert got == {(None, "Mogadishu")}


# a city's name inside a ship's name

def test_city_inside_a_ship_name_is_not_the_place_hit():
    got = _strikes(_article("In January, the Houthis hit the Marlin Luanda tanker with two "
                            "anti-ship missiles in the Gulf of Aden.", "ADEN"))
    assert got == {("Houthis", "Gulf of Aden")}


def test_city_before_a_vessel_noun_without_a_name_stays_a_place():
    got = _strikes(_article("Russian missiles hit the port of Odesa and a grain ship on "
                            "Sunday.", "KYIV"))
    assert ("Russia", "Odesa") in got


# lists and participles

def test_first_weapon_of_a_list_bought_from_a_supplier():
    got = _transfers(_article("The Philippines will rely on BrahMos missiles and Black Hawk "
                              "helicopters bought from India.", "MANILA"))
    assert ("India", "Philippines", "BrahMos missiles") in got
    assert ("India", "Philippines", "Black Hawk helicopters") in got


def test_each_supplier_after_one_participle():
    got = _transfers(_article("Ukraine's air force flies F-16 jets, which were supplied by "
                              "Denmark and Norway.", "KYIV"))
    assert got == {("Denmark", "Ukraine", "F-16 jets"), ("Norway", "Ukraine", "F-16 jets")}


def test_several_suppliers_with_no_owner_in_sight_give_nothing():
    got = _transfers(_article("The jets, which were supplied by Denmark and Norway, flew over "
                              "the city.", "KYIV"))
    assert got == set()


def test_relies_on_names_the_receiver_of_a_relative_clause():
    got = _transfers(_article("The Philippines relies on BrahMos missiles, which were supplied "
                              "by India.", "MANILA"))
    assert got == {("India", "Philippines", "BrahMos missiles")}


# carriers the sentence before introduced

def test_carriers_of_the_sentence_before_supply_what_they_brought():
    got = _transfers("Head\n2026-11-24\nBAMAKO — Two Russian cargo planes landed at Bamako airport "
                     "on Monday. The planes brought Mi-24 helicopters and Su-25 jets for the "
                     "Malian army.")
    assert got == {("Russia", "Mali", "Mi-24 helicopters"), ("Russia", "Mali", "Su-25 jets")}


def test_carriers_with_no_nationality_supply_nothing():
    got = _transfers("Head\n2026-11-24\nBAMAKO — Two cargo planes landed at Bamako airport on "
                     "Monday. The planes brought Mi-24 helicopters for the Malian army.")
    assert ("Russia", "Mali", "Mi-24 helicopters") not in got
    assert all(s is None or s != "Mali" for s, _, _ in got)


# leaders listed as the subject of a signing

def _treaties(text: str) -> set[tuple]:
    return {(tuple(sorted(f["parties"])), tuple(sorted(f["signatories"] or [])))
            for f in facts(text, "Treaty")}


def test_leaders_who_met_and_signed_give_their_states_treaty():
    got = _treaties(_article("President Felix Tshisekedi of Congo and President Paul Kagame of "
                             "Rwanda met in Luanda in March and signed a peace agreement.",
                             "KINSHASA"))
    assert got == {(("Democratic Republic of the Congo", "Rwanda"),
                    ("Felix Tshisekedi", "Paul Kagame"))}


def test_leaders_who_met_without_signing_give_no_treaty():
    got = _treaties(_article("President Felix Tshisekedi of Congo and President Paul Kagame of "
                             "Rwanda met in Luanda in March and discussed a peace agreement.",
                             "KINSHASA"))
    assert got == set()
