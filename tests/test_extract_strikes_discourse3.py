"""Strikes told across clauses and sentences (issue 11, third round): the attack a response
answers, suburbs and lists of places, bodies of water, facilities in the city just told, a
state hit with the attacker told later, claims and blames about one attack and not another,
later attacks the same day, toll updates. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers
from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-03-12"  # a Wednesday
facts, one = make_helpers(PUB)


def strikes(text: str, published: str = PUB) -> list[dict]:
    rec = extract_text(text, published=published)
    return [f for f in record_to_gold_facts(rec)["facts"] if f["type"] == "Strike"]


def pairs(got: list[dict]) -> set:
    return {(f["attacker"], f["target_place"]) for f in got}


def test_attack_answered_is_its_own_strike_not_by_the_one_answering():
    got = strikes("Head\n2025-03-12\n\nIran fired missiles at Israel on Tuesday in retaliation "
                  "for a strike on a building in Damascus on Friday that killed two generals. "
                  "Tehran blamed it on Israeli jets.")
    damascus = [f for f in got if f["target_place"] == "Damascus"]
    assert [(f["attacker"], f["killed"], f["date"]) for f in damascus] == [
        ("Israel", 2, "2025-03-07")]


def test_speaker_replying_to_an_attack_is_not_its_attacker():
    got = strikes("Head\n2025-03-12\n\nHezbollah said the barrage was retaliation for a drone "
                  "that hit a house in Nabatieh on Monday, killing four children.")
    assert [f["target_place"] for f in got if f["attacker"] == "Hezbollah"] == []


def test_headline_toll_after_after_belongs_to_the_earlier_attack():
    got = strikes("Israel strikes Gaza City after rocket kills two in Sderot\n2025-03-12\n\n"
                  "Residents reported heavy bombing.")
    gaza = [f for f in got if f["target_place"] == "Gaza City"]
    assert gaza and all(f["killed"] is None for f in gaza)


def test_suburb_of_a_city_is_the_place_hit_in_that_citys_state():
    f = one("A Russian missile hit a school in the western Kyiv suburb of Bucha on Friday, "
            "killing three people.", "Strike")
    assert (f["attacker"], f["target_place"], f["target_country"]) == ("Russia", "Bucha",
                                                                      "Ukraine")


def test_each_place_of_a_list_with_its_own_preposition():
    got = strikes("Head\n2025-03-12\n\nIsraeli jets struck Yemen on Sunday. The strikes hit a "
                  "fuel depot in Hodeidah, a power plant in Sanaa near Amran and docks near "
                  "Dhamar and Ibb.")
    places = {f["target_place"] for f in got}
    assert {"Hodeidah", "Sanaa", "Dhamar", "Ibb"} <= places
    assert "Amran" not in places  # it only locates the power plant


def test_ship_hit_near_a_named_strait():
    f = one("A sea drone struck the cargo ship Aurora near the Kerch Strait late on Monday. "
            "Ukraine's navy said it had carried out the attack.", "Strike")
    assert (f["attacker"], f["target_place"], f["target_country"]) == (
        "Ukraine", "Kerch Strait", None)


def test_facility_named_only_by_its_noun_lies_in_the_city_just_told():
    got = strikes("Head\n2025-03-12\n\nKASSALA — Drones struck Kassala again on Tuesday. The "
                  "army blamed the Rapid Support Forces.\n\nThe first drones reached the city "
                  "on Sunday, when they hit the Abu Gamra air base. No casualties were "
                  "reported.")
    assert sorted((f["attacker"], f["target_place"], f["date"], f["killed"]) for f in got) == [
        ("Rapid Support Forces", "Kassala", "2025-03-09", 0),
        ("Rapid Support Forces", "Kassala", "2025-03-11", None)]


def test_state_hit_with_a_toll_takes_the_group_claiming_attacks_later():
    got = strikes("Head\n2025-03-12\n\nA drone struck a military outpost in eastern Syria "
                  "early on Monday, killing two soldiers, officials said. The Pentagon blamed "
                  "Iran-backed militias. The Islamic Resistance in Iraq claimed attacks on two "
                  "bases that day.")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in got] == [
        ("Islamic Resistance in Iraq", "Syria", 2)]


def test_negated_claim_names_no_attacker():
    got = strikes("Head\n2025-03-12\n\nA missile destroyed a warehouse in Aleppo on Friday, "
                  "killing four. Israel has not said it carried out the strike.")
    assert [(f["attacker"], f["target_place"]) for f in got] == [(None, "Aleppo")]


def test_blame_about_one_place_is_not_about_another():
    got = strikes("Head\n2025-03-12\n\nMissiles hit a depot in Aleppo on Friday, killing two."
                  "\n\nDrones hit a base in Homs on Saturday, wounding five. Damascus blamed "
                  "Israel for the Aleppo strike.")
    assert ("Israel", "Aleppo") in pairs(got)
    assert ("Israel", "Homs") not in pairs(got)


def test_later_the_same_day_is_another_attack_and_toll_updates_the_deadly_one():
    got = strikes("Head\n2025-03-12\n\nRussian glide bombs hit a market in Zaporizhzhia on "
                  "Monday, killing seven people.\n\nAbout two hours later, a missile hit the "
                  "centre of Zaporizhzhia, wounding twelve.\n\nOn Tuesday the number of dead at "
                  "the market rose to nine.")
    assert sorted(((f["killed"] or 0), (f["injured"] or 0)) for f in got) == [(0, 12), (9, 0)]
    assert {f["target_place"] for f in got} == {"Zaporizhzhia"}


def test_distance_reference_point_is_not_the_place_hit():
    f = one("A Houthi missile hit a bulk carrier in the Red Sea on Monday, about 60 nautical miles "
            "west of the Yemeni port of Mokha, the Houthis said.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Houthis", "Red Sea")


def test_striking_a_memorandum_is_no_attack():
    assert facts("Kenya and Somalia struck a memorandum of understanding in Nairobi on "
                 "Monday.", "Strike") == []


def test_spokesman_of_a_capital_is_no_place_hit():
    got = facts("A Kremlin spokesman said the Ukrainian attacks on Belgorod were terrorism.",
                "Strike")
    assert all(f["target_place"] not in ("Moscow", "Kremlin") for f in got)


def test_airspace_flown_over_is_not_the_place_hit():
    got = facts("The bombs were dropped by Russian aircraft flying over Belarus's Gomel region "
                "and hit Chernihiv on Tuesday, killing three.", "Strike")
    assert {f["target_place"] for f in got} == {"Chernihiv"}


def test_campaign_since_a_month_is_no_strike():
    assert facts("The Houthis have fired scores of drones and missiles at vessels in the Red Sea "
                 "since November.", "Strike") == []


def test_rebels_named_by_a_demonym_are_not_the_state():
    got = strikes("Head\n2025-03-12\n\nA drone hit a fuel depot in Jizan on Monday, setting it "
                  "ablaze. The Houthis said their forces had carried out the attack, part of the "
                  "Yemeni rebels' campaign against the kingdom.")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Houthis", "Jizan")]


def test_passive_damage_by_a_weapon_with_its_demonym():
    f = one("The tanker was damaged by a Ukrainian naval drone in the Kerch Strait near the Black "
            "Sea port of Taman on Saturday.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Ukraine", "Kerch Strait")


def test_company_facility_lies_in_the_town_named_after_it():
    f = one("Ukrainian drones struck the Lukoil refinery in Volgograd on Sunday, starting a "
            "fire.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Ukraine", "Volgograd")


def test_blame_told_paragraphs_earlier_names_the_attacker():
    got = strikes("Head\n2025-03-12\n\nResidents of El Fasher blamed the Rapid Support Forces "
                  "for months of shelling.\n\nAid workers said the city had been quiet for a "
                  "week.\n\nOn Monday a drone hit a market in Mellit, killing nine people.")
    assert [(f["attacker"], f["target_place"]) for f in got] == [
        ("Rapid Support Forces", "Mellit")]


def test_victim_of_the_group_named_after_killing_is_no_attacker():
    got = strikes("Head\n2025-03-12\n\nIsrael said it carried out an air strike on Beirut "
                  "on Friday, killing a commander of Hezbollah's forces.")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Israel", "Beirut")]


def test_region_held_by_a_state_is_in_that_state():
    f = one("Indian missiles hit a seminary in Pakistani-administered Kashmir on Wednesday, "
            "killing six people.", "Strike")
    assert (f["attacker"], f["target_country"]) == ("India", "Pakistan")


def test_heaviest_blow_fell_on_a_place_after_the_attack_told():
    got = strikes("Head\n2025-03-12\n\nRussia fired missiles at cities across Ukraine on Monday."
                  " The heaviest blow fell on a power plant in Burshtyn, where four workers died.")
    assert ("Russia", "Burshtyn") in pairs(got)


def test_state_blamed_for_an_attack_on_its_own_soil():
    got = strikes("Head\n2025-03-12\n\nResidents of Nyala blamed the Sudanese air force for the "
                  "raid.\n\nAid workers said the market had reopened.\n\nOn Monday a drone hit "
                  "a bakery in Nyala, killing nine people.")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Sudan", "Nyala")]


def test_apposition_locating_the_port_told_before_is_no_second_strike():
    got = strikes("Head\n2025-03-12\n\nUS jets struck the port of Ras Isa on Friday, killing "
                  "eight workers. The port, in Hodeidah province, was hit again on Saturday.")
    assert {f["target_place"] for f in got} == {"Ras Isa"}
