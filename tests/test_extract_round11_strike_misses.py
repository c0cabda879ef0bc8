"""Strikes, eleventh round (issue 11): attacks the extractor missed or told with wrong slots.
Unknown gunmen (the attack found, its attacker left null), ground-attack verbs ("opened fire",
"stormed", "shot dead", an ambush), an attacker named only as the adjective on "operation",
the place told by reference back or only in the dateline, a ship hit whose sea the next sentence
gives, revised counts of the wounded and dead, number words, and the munition a platform
released taken as the weapon. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.strikes import casualties

PUB = "2025-05-09"  # a Friday
facts, one = make_helpers(PUB)


def rows(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["killed"], f["date"])
            for f in facts(text, "Strike")}


# ---------------------------------------------------------------- counts

def test_revised_count_of_the_wounded_and_the_dead():
    assert casualties("By evening the number of injured had climbed to 41, officials said.") \
        == (None, 41)
    assert casualties("Medics later raised the death toll to nine.") == (9, None)
    assert casualties("The governor raised the number of dead to eleven on Sunday.") == (11, None)


def test_number_words_a_couple_and_half_a_dozen():
    assert casualties("A couple of fishermen were wounded by the blast.") == (None, 2)
    assert casualties("The shelling killed half a dozen farmers.") == (6, None)
    assert casualties("The shelling killed a dozen farmers.") == (12, None)


def test_a_later_sentence_revises_the_wounded_of_the_attack_told():
    f = one("Russian missiles struck a bus depot in Dnipro on Wednesday, killing three people "
            "and injuring ten. By Thursday the number of wounded rose to 19.", "Strike")
    assert (f["target_place"], f["killed"], f["injured"]) == ("Dnipro", 3, 19)


# ---------------------------------------------------------------- the weapon

def test_the_munition_a_platform_released_is_the_weapon():
    f = one("Russian Su-25 jets dropped unguided bombs on the town of Huliaipole on Tuesday, "
            "killing two people.", "Strike")
    assert f["target_place"] == "Huliaipole" and f["weapon"].endswith("bombs")


def test_a_munition_subject_stays_the_weapon():
    f = one("Ukrainian drones struck an oil depot in Tuapse on Tuesday, injuring a worker.",
            "Strike")
    assert f["weapon"] == "drones"


# ---------------------------------------------------------------- unknown attackers

def test_unknown_gunmen_give_a_strike_with_no_attacker():
    assert rows("Israeli jets struck a house in Khan Younis on Monday, killing five people.\n\n"
                "In the West Bank, masked gunmen shot dead two police officers at a checkpoint "
                "in Jenin on Wednesday.") \
        == {("Israel", "Khan Younis", 5, "2025-05-05"), (None, "Jenin", 2, "2025-05-07")}


def test_armed_men_stormed_a_town_and_the_town_told_before():
    assert rows("Fighters have cut off the town of Kaya for months.\n\nOn Sunday armed men stormed "
                "a church in the town, killing seven worshippers, a local official said.") \
        == {(None, "Kaya", 7, "2025-05-04")}


def test_gunmen_opened_fire_with_the_place_only_in_the_dateline():
    assert rows("GAO, Mali — Gunmen opened fire on a bus late on Thursday, killing nine "
                "passengers, the regional governor said.") == {(None, "Gao", 9, "2025-05-08")}


def test_an_ambush_whose_attacker_is_blamed_next():
    assert rows("An ambush on a police patrol near the town of Mandera killed six officers on "
                "Monday. Kenyan officials blamed al-Shabaab for the attack.") \
        == {("al-Shabaab", "Mandera", 6, "2025-05-05")}


def test_gunmen_named_as_members_of_a_known_side_are_not_unknown():
    # (the rule reads only an attacker left unknown; a named state's forces keep theirs)
    assert rows("Russian troops opened fire on a car near the village of Vovchansk on Monday, "
                "killing two civilians.") == {("Russia", "Vovchansk", 2, "2025-05-05")}


# ---------------------------------------------------------------- "a [demonym] operation"

def test_a_demonym_operation_that_killed_is_an_attack_by_that_state():
    assert rows("A Turkish air operation near the town of Qandil on Wednesday killed five "
                "fighters, officials said.") == {("Turkey", "Qandil", 5, "2025-05-07")}


def test_an_operation_that_killed_no_one_is_no_attack():
    assert facts("A Turkish operation to clear mines near the town of Afrin began on Monday.",
                 "Strike") == []


# ---------------------------------------------------------------- the city told before

def test_the_citys_edge_is_the_city_named_just_before_not_an_earlier_strike():
    fs = rows("Ukrainian drones hit the Engels air base in the Saratov region on Sunday.\n\n"
              "Sumy has faced shelling for months. On Tuesday a Russian missile hit a school "
              "on the city's northern edge, killing four people.")
    assert ("Russia", "Sumy", 4, "2025-05-06") in fs
    assert not any(a == "Russia" and p == "Engels" for a, p, _, _ in fs)


# ---------------------------------------------------------------- ships at sea

def test_a_ship_hit_takes_the_sea_the_next_sentence_names():
    f = one("Houthi forces attacked a cargo ship with drones on Sunday. The vessel was in the "
            "Red Sea, about 50 miles west of Hodeidah, when it was struck.", "Strike")
    assert (f["attacker"], f["target_place"], f["date"]) == ("Houthis", "Red Sea", "2025-05-04")


def test_warships_sent_home_are_no_attack():
    assert facts("France recalled a frigate last week, and Italy sent two warships home at the "
                 "end of April.", "Strike") == []


# ---------------------------------------------------------------- named later, named facilities

def test_a_group_saying_it_was_behind_the_attack_is_its_attacker():
    f = one("A car bomb exploded at a checkpoint in the town of Bosaso on Tuesday, killing four "
            "soldiers. Al-Shabaab said it was behind the attack.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("al-Shabaab", "Bosaso", 4)


def test_a_blast_is_a_strike_once_a_side_acknowledges_carrying_it_out():
    fs = facts("An explosion on Tuesday destroyed two helicopters at the Kirkuk air base in "
               "Iraq. Iran later acknowledged carrying out the strike.", "Strike")
    assert [(f["attacker"], f["target_place"]) for f in fs] == [("Iran", "Kirkuk")]


def test_a_blast_no_one_claims_is_no_strike():
    assert facts("An explosion on Tuesday destroyed two warehouses at the port of Bandar Abbas. "
                 "Officials said a gas leak was the likely cause.", "Strike") == []


def test_a_named_gas_field_in_a_region_is_the_place_not_the_region():
    f = one("Wednesday's drone attack on the Khurmala oil field in the Erbil region halted "
            "production, officials said. Kurdish officials blamed an Iran-backed militia.",
            "Strike")
    assert f["target_place"] == "Khurmala"


def test_a_bomb_that_exploded_next_to_a_base_is_an_attack():
    assert rows("A bomb exploded next to a police station in the city of Peshawar on Monday, "
                "killing three officers.") == {(None, "Peshawar", 3, "2025-05-05")}


def test_an_unnamed_side_blamed_leaves_the_attacker_unguessed():
    # (Israel's strike told before is no reason to give it the blast in Iraq)
    fs = rows("Israeli jets struck a house in Rafah on Monday, killing four people.\n\n"
              "In Iraq, a rocket attack on the Taji base wounded two soldiers on Tuesday. "
              "Iraqi officials blamed an Iran-backed militia.")
    assert ("Israel", "Rafah", 4, "2025-05-05") in fs
    assert not any(a == "Israel" and p != "Rafah" for a, p, _, _ in fs)


def test_gunmen_killed_is_an_attack_but_a_strike_that_killed_is_only_its_toll():
    assert rows("Gunmen killed nine people at a wedding in the town of Tillaberi on Sunday.") \
        == {(None, "Tillaberi", 9, "2025-05-04")}
    assert rows("Russian missiles struck a factory in Dnipro on Monday. The strike killed five "
                "workers.") == {("Russia", "Dnipro", 5, "2025-05-05")}


def test_missiles_fired_at_a_tanker_keep_their_day_and_weapon_when_the_sea_follows():
    f = one("Houthi forces fired two missiles at a Marshall Islands-flagged tanker on Monday. "
            "The ship was in the Red Sea when it was hit.", "Strike")
    assert (f["attacker"], f["target_place"], f["date"], f["weapon"]) \
        == ("Houthis", "Red Sea", "2025-05-05", "missiles")


def test_bombs_dropped_by_a_platform_not_named_as_a_weapon_are_the_weapon():
    f = one("US B-52 bombers dropped bombs on militant camps near the town of Jilib on Friday, "
            "killing 14 fighters.", "Strike")
    assert (f["target_place"], f["weapon"]) == ("Jilib", "bombs")


def test_an_attack_told_in_the_dateline_sentence_without_a_place_is_at_the_dateline():
    assert rows("ZAPORIZHZHIA, Ukraine — Russian shelling killed four people on Wednesday, the "
                "regional governor said.") == {("Russia", "Zaporizhzhia", 4, "2025-05-07")}


def test_men_shot_dead_in_a_bar_fight_is_no_attack():
    assert facts("Police said two men were shot dead in a bar fight in the town of Galway.",
                 "Strike") == []
    assert facts("The delegates stormed out of the meeting in Geneva on Monday.", "Strike") == []
