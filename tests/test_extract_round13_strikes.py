"""Strikes of issue 11's thirteenth round, from a fresh set's abstract error categories (never
its texts): a victim state's casualty statement ("[state] said N people were killed in the
attacks") is no attack by that state, and an attack dated relative to another ("two days after
the pipeline attack") takes its day from the attack told before. Sentences are our own,
different from the dev13c set's."""

from __future__ import annotations

from extract_helpers import make_helpers, make_strike_view

PUB = "2026-06-16"  # a Tuesday
facts, one = make_helpers(PUB)
strikes = make_strike_view(facts)


# ------------------------------------------------ "[state] said N were killed in the attacks"

def test_a_state_reporting_a_toll_is_not_the_attacker():
    text = ("Gunmen raided a village near Mopti on Sunday. Mali said 31 people had been killed "
            "in the two attacks.")
    assert all(f["attacker"] != "Mali" for f in facts(text, "Strike"))


def test_a_state_reporting_its_own_toll_gives_no_attack_of_its_own():
    assert facts("Somalia said that 9 soldiers were killed in the raids.", "Strike") == []


def test_a_state_saying_it_struck_is_still_the_attacker():
    assert strikes("Israel said it killed a commander in an air strike on Beirut on Monday.") \
        == {("Israel", "Beirut", "2026-06-15")}


def test_the_clause_subject_of_a_strike_noun_is_still_the_attacker():
    assert strikes("Turkey killed four militants in a drone strike on Sinjar on Sunday.") \
        == {("Turkey", "Sinjar", "2026-06-14")}


# ------------------------------------------------------- "N days after the [earlier attack]"

def test_days_after_an_attack_told_before_give_the_later_day():
    text = ("Rebels shelled an army base in Kidal on Friday, killing three soldiers. Two days "
            "after the Kidal attack, gunmen ambushed a convoy near Gao, killing five drivers.")
    assert ("2026-06-14" in {f["date"] for f in facts(text, "Strike")
                             if f["target_place"] == "Gao"})


def test_days_after_talks_give_no_day():
    text = ("Rebels shelled an army base in Kidal on Friday, killing three soldiers. Two days "
            "after the talks, gunmen ambushed a convoy near Gao, killing five drivers.")
    assert {f["date"] for f in facts(text, "Strike") if f["target_place"] == "Gao"} == {None}


# ------------------------------------- the village named in the sentence after the region

def test_the_place_named_next_replaces_the_region_told_first():
    text = ("Turkish jets bombed suspected PKK hideouts in Duhok province on Sunday. The bombs "
            "fell on the village of Kani Masi Bahdinan, killing four people.")
    assert {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")} == {
        ("Turkey", "Kani Masi Bahdinan")}


def test_a_place_told_later_again_keeps_the_region_strike():
    text = ("Turkish jets bombed suspected PKK hideouts in Duhok province on Sunday. Officials "
            "met on Monday to discuss the raids. On Tuesday the bombs fell on the village of "
            "Kani Masi Bahdinan, killing four people.")
    # (two attacks, two days apart: the region's is not the village's)
    assert len({f["target_place"] for f in facts(text, "Strike")}) == 2


def test_a_new_paragraph_naming_the_district_keeps_the_province():
    text = ("Turkish jets bombed suspected PKK hideouts in Duhok province on Sunday.\n\n"
            "A local official said the bombs had fallen on the village of Kani Masi Bahdinan.")
    assert "Kani Masi Bahdinan" not in {f["target_place"] for f in facts(text, "Strike")}


# ------------------------------------------------ armed groups told only by their abbreviation

def test_the_eln_and_aqap_are_known_by_their_abbreviations():
    assert strikes("ELN rebels attacked an army post in Arauca on Saturday.") == {
        ("National Liberation Army", "Arauca", "2026-06-13")}
    assert strikes("AQAP fighters attacked a checkpoint in Ataq on Sunday, killing four.") == {
        ("al-Qaeda in the Arabian Peninsula", "Ataq", "2026-06-14")}


def test_overran_with_a_toll_tells_a_ground_attack_of_a_named_group():
    assert strikes("JNIM fighters overran an army post near Djibo on Friday, killing nine "
                   "soldiers.") == {("Jama'at Nusrat al-Islam wal-Muslimin", "Djibo", "2026-06-12")}


def test_overran_without_a_toll_is_a_capture():
    assert facts("JNIM fighters overran an army post near Djibo on Friday, the group said.",
                 "Strike") == []


def test_overran_without_an_attacker_is_no_attack():
    assert facts("Floodwaters overran the town of Maiduguri on Saturday.", "Strike") == []


# ------------------------------------------------------ compound names with "del"

def test_a_known_name_followed_by_del_is_the_longer_place():
    assert strikes("ELN rebels attacked a police post in San Jose del Guaviare on Monday.") == {
        ("National Liberation Army", "San Jose del Guaviare", "2026-06-15")}


def test_an_unknown_name_with_del_is_kept_whole():
    assert {f["target_place"] for f in facts(
        "Gunmen ambushed an army patrol in San Vicente del Caguan on Monday, killing two "
        "soldiers.", "Strike")} == {"San Vicente del Caguan"}


def test_the_known_name_alone_is_still_known():
    assert {f["target_country"] for f in facts(
        "ELN rebels attacked a police post in San Jose on Monday.", "Strike")} == {"Costa Rica"}


# ---------------------------------------- "the bomb had been planted by [group]" a sentence on

def test_a_bomb_planted_by_a_group_gives_the_blast_its_attacker():
    text = ("BOGOTA — A bomb exploded outside a bank in the capital late on Friday, wounding six "
            "people. Prosecutors said the device had been planted by the ELN.")
    assert {(f["target_place"], f["injured"]) for f in facts(text, "Strike")} == {("Bogota", 6)}


def test_a_bomb_planted_by_no_one_named_gives_no_strike():
    text = ("BOGOTA — A bomb exploded outside a bank in the capital late on Friday, wounding six "
            "people. Prosecutors said the device had been planted by a local gang.")
    assert facts(text, "Strike") == []
