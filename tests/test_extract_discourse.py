"""Discourse: an attack told over several sentences is one strike with its attacker, place, date
and toll. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers
from kg.extract.discourse import paragraphs
from kg.extract.records import extract_text, record_to_gold_facts
from kg.extract.sentences import split_sentences

PUB = "2025-05-07"  # a Wednesday
facts, one = make_helpers(PUB)


def strikes(text: str, published: str = PUB) -> list[dict]:
    rec = extract_text(text, published=published)
    return [f for f in record_to_gold_facts(rec)["facts"] if f["type"] == "Strike"]


def test_paragraphs_from_blank_lines():
    text = "Head\n2025-05-07\n\nOne. Two.\n\nThree."
    assert paragraphs(text, split_sentences(text)) == [0, 0, 1, 1, 2]


def test_passive_hit_attacker_claims_it_in_the_next_sentence():
    f = one("A missile slammed into a cargo ship off Aden on Tuesday, killing three sailors. "
            "The Houthis said they had fired the missile.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Houthis", "Aden", 3)


def test_attacker_blamed_in_a_later_sentence_of_the_paragraph():
    f = one("Drones struck a fuel depot in Port Sudan on Tuesday. The army blamed the "
            "paramilitary Rapid Support Forces.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Rapid Support Forces", "Port Sudan")


def test_attacker_from_a_by_phrase_in_the_next_sentence():
    f = one("An air strike destroyed a building in Damascus on Monday. State media said the "
            "missiles were fired by Israeli jets.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Israel", "Damascus")


def test_attacker_never_the_state_hit():
    # the only other agent told is Ukraine's air force reporting; Ukraine did not hit Sumy
    got = strikes("Russian missiles kill dozens in Sumy\n\nTwo ballistic missiles struck the "
                  "centre of Sumy on Sunday, killing 34 people. Ukraine's air force said it "
                  "had shot down three drones.", "2025-04-14")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Russia", "Sumy")]


def test_launch_area_is_neither_attacker_nor_target():
    f = one("A drone launched from Lebanon struck an army base near Binyamina, south of Haifa, "
            "on Sunday. Hezbollah said it had sent the drones.", "Strike")
    assert f["attacker"] == "Hezbollah"
    assert f["target_place"].startswith("Binyamina")  # GeoNames: Binyamina-Giv'at 'Ada


def test_toll_update_later_in_the_article_updates_the_strike():
    got = strikes("Head\n2025-04-14\n\nTwo missiles struck Sumy on Sunday, killing 34 people, "
                  "Russia's defence ministry said it had targeted troops.\n\nZelenskyy called "
                  "for more air defence.\n\nBy Monday the death toll had risen to 35.",
                  "2025-04-14")
    assert [(f["target_place"], f["killed"]) for f in got] == [("Sumy", 35)]


def test_hit_without_place_name_takes_the_dateline_place():
    got = strikes("Head\n2025-05-07\n\nPORT SUDAN — Drones struck the main port on Tuesday. "
                  "The army blamed the Rapid Support Forces.\n\nThe attacks began on Sunday, "
                  "when drones targeted an air base next to the airport.")
    assert sorted((f["target_place"], f["date"]) for f in got) == [
        ("Port Sudan", "2025-05-04"), ("Port Sudan", "2025-05-06")]


def test_second_attack_on_another_day_is_a_second_strike():
    got = strikes("Head\n2025-05-07\n\nRussian drones hit Odesa on Monday, injuring four. "
                  "Russian drones hit Odesa again on Wednesday, killing two.")
    assert sorted(f["date"] for f in got) == ["2025-05-05", "2025-05-07"]


def test_day_the_toll_was_reported_is_not_the_attack_day():
    f = one("A drone attack on a hospital in El Fasher killed 70 people, officials said on "
            "Wednesday. The hospital was hit on Monday.", "Strike")
    assert f["date"] == "2025-05-05"


def test_casualties_in_the_attack_join_the_strike_just_told():
    f = one("Israeli warplanes struck Beirut on Friday. At least six people were killed and 91 "
            "wounded in the attack, the health ministry said.", "Strike")
    assert (f["attacker"], f["killed"], f["injured"]) == ("Israel", 6, 91)


def test_campaign_summary_with_background_war_is_no_strike():
    assert facts("The Houthis have launched hundreds of missiles and drones at Israel since "
                 "the war in Gaza began.", "Strike") == []


def test_capital_acting_for_its_state_is_not_the_target():
    got = strikes("Russian missiles hit Sumy\n\nTwo missiles struck Sumy on Sunday. The Russian "
                  "defence ministry said it had targeted a meeting of commanders, a claim Kyiv "
                  "rejected.", "2025-04-14")
    assert {f["target_place"] for f in got} == {"Sumy"}
