"""Round 21 (helper a): which place an attack gets, and how many facts it becomes. a
country's district or a far town is no part of the dateline's city (kg.extract.enclosing); a
sentence retelling the attack by the places it hit joins it (kg.extract.listed_places), and so
does "The strike in <region>" after the attack at a village (kg.extract.region_retellings);
"North Darfur" keeps its compass word (kg.extract.geography); "on Nov 10" is no place
(kg.extract.entities); "a strike on Nov 2 in the Caribbean that killed four" is placed at its sea
(kg.extract.attack_cues). From the abstract error categories of a fresh set (never its texts).
Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-13"  # a Friday
facts, one = make_helpers(PUB)


def _strikes(text: str) -> list[tuple]:
    return sorted((f["attacker"], f["target_place"] or "", f["killed"], f["injured"])
                  for f in facts(text, "Strike"))


# ------------------------------------------------------------- district or town of the city

def test_a_countrys_district_is_not_part_of_the_dateline_city():
    text = ("KABUL, Nov 13 (Staff) - Pakistani jets bombed houses in Afghanistan's Dangam "
            "district on Thursday, killing five people, local officials said.")
    assert _strikes(text) == [("Pakistan", "Dangam", 5, None)]


def test_a_district_of_the_dateline_city_is_still_the_city():
    text = ("KHARKIV, Nov 13 (Staff) - Russian missiles hit the Saltivka residential area of the "
            "city on Thursday, killing two people, the mayor said.")
    assert _strikes(text) == [("Russia", "Kharkiv", 2, None)]


def test_a_far_town_told_as_an_area_is_not_the_dateline_city():
    text = ("BEIRUT, Nov 13 (Staff) - Israeli jets pounded the Tyre area on Thursday, killing "
            "four people, Lebanon's health ministry said.")
    assert _strikes(text) == [("Israel", "Tyre", 4, None)]


# --------------------------------------------------------------- places listed afterwards

def test_places_listed_in_the_next_sentence_are_the_same_attack():
    text = ("KYIV, Nov 13 (Staff) - Russian drones attacked the Odesa region overnight, killing "
            "one person and wounding five, the governor said on Friday.\n\n"
            "The drones hit Izmail, Reni and Chornomorsk, damaging warehouses and a pier.")
    [s] = facts(text, "Strike")
    assert (s["attacker"], s["killed"], s["injured"]) == ("Russia", 1, 5)
    assert "Odesa" in s["target_place"]


def test_city_districts_listed_next_are_the_same_attack():
    text = ("KYIV, Nov 13 (Staff) - Russian missiles struck Kharkiv on Thursday, killing three "
            "people, the mayor said. Missiles hit the Kyivskyi and Saltivskyi districts, where "
            "a school caught fire.")
    assert _strikes(text) == [("Russia", "Kharkiv", 3, None)]


def test_places_listed_after_two_weapons_are_the_same_attack():
    text = ("KYIV, Nov 13 (Staff) - Russia attacked the Dnipropetrovsk region with drones and "
            "artillery on Thursday, killing three people, the governor said. Drones and shells "
            "hit Nikopol, Marhanets and Pokrovske, he said.")
    [s] = facts(text, "Strike")
    assert (s["attacker"], s["killed"]) == ("Russia", 3)
    assert "Dnipropetrovsk" in s["target_place"]


def test_places_hit_also_stay_attacks_of_their_own():
    text = ("KYIV, Nov 13 (Staff) - Russian drones attacked the Odesa region overnight, killing "
            "one person, the governor said.\n\n"
            "The drones also hit Izmail and Reni on Thursday, damaging warehouses.")
    assert len(facts(text, "Strike")) >= 2


# ------------------------------------------------------------- an attack told at its region

def test_the_strike_in_the_region_after_the_village_is_one_attack():
    text = ("BAMAKO, Nov 13 (Staff) - A drone strike by the Malian army killed eight people at a "
            "market in the village of Sarafere Kouna on Thursday, residents said. The strike in "
            "the Timbuktu region also wounded 12 people, a local official said.")
    [s] = facts(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["injured"]) == (
        "Mali", "Sarafere Kouna", 8, 12)


def test_the_attack_in_a_district_named_as_one_is_the_attack_just_told():
    text = ("BEIRUT, Nov 15 (Staff) - An Israeli drone struck a motorcycle in the village of "
            "Aitaroun on Sunday, killing three men, Lebanon's health ministry said. The attack in "
            "the Bint Jbeil district also wounded four people, the ministry said.")
    [s] = facts(text, "Strike", published="2026-11-15")
    assert (s["target_place"], s["killed"], s["injured"]) == ("Aitaroun", 3, 4)


def test_another_strike_in_the_region_stays_apart():
    text = ("BAMAKO, Nov 13 (Staff) - A drone strike by the Malian army killed eight people at a "
            "market in the village of Sarafere Kouna on Thursday, residents said. Another strike "
            "in the Timbuktu region killed three herders on Friday, a local official said.")
    assert len(facts(text, "Strike")) == 2


def test_a_town_described_by_its_region_is_no_second_target():
    text = ("BAMAKO, Nov 13 (Staff) - Malian army drones struck a market in Intahaka, a "
            "gold-mining town in the Gao region, on Thursday, killing 11 people.")
    assert _strikes(text) == [("Mali", "Intahaka", 11, None)]


def test_a_second_target_in_another_place_still_counts():
    text = ("SANAA, Nov 13 (Staff) - US jets struck radar sites in Hodeidah and an arms depot "
            "in Saada on Thursday, the Houthis said.")
    assert len(facts(text, "Strike")) == 2


def test_where_the_missile_fired_at_a_country_struck():
    text = ("SANAA, Nov 13 (Staff) - The Houthis fired a ballistic missile at Israel on Thursday, "
            "and it struck an open area near Beersheba, the Israeli military said.")
    assert _strikes(text) == [("Houthis", "Beersheba", None, None)]


def test_a_town_before_the_weapon_clause_is_not_where_it_landed():
    text = ("SANAA, Nov 13 (Staff) - The Houthis fired a ballistic missile at Israel on Thursday, "
            "and it was shot down, officials in Beersheba said.")
    assert all(p != "Beersheba" for _, p, _, _ in _strikes(text))


def test_places_shelled_for_months_are_background():
    text = ("KYIV, Nov 13 (Staff) - Russian missiles struck Kharkiv on Thursday, killing three "
            "people, the mayor said. Russian forces have shelled Kupiansk, Izium and Balakliia "
            "for months.")
    assert _strikes(text) == [("Russia", "Kharkiv", 3, None)]


def test_a_verb_coordinated_under_a_perfect_with_a_campaign_cue_is_background():
    text = ("PORT SUDAN, Nov 13 (Staff) - An RSF drone strike hit a market in Kosti on Thursday, "
            "killing nine people. The RSF has besieged El Fasher since May 2024 and shelled its "
            "camps almost daily.")
    assert _strikes(text) == [("Rapid Support Forces", "Kosti", 9, None)]


def test_a_strike_told_with_its_day_is_not_background():
    text = ("KYIV, Nov 13 (Staff) - Russian missiles struck Kharkiv on Thursday, killing three "
            "people, the mayor said. Russian artillery also shelled Kupiansk on Wednesday, "
            "wounding two, after weeks of quiet.")
    assert ("Russia", "Kupiansk", None, 2) in _strikes(text)


def test_villages_also_shelled_keep_the_lead_at_its_town():
    text = ("BEIRUT, Nov 13 (Staff) - An Israeli drone strike hit a car in Nabatieh on Thursday, "
            "killing two men, Lebanon's health ministry said. Israeli forces also shelled the "
            "outskirts of Khiam and Kfar Kila, the state news agency said.")
    assert ("Israel", "Nabatieh", 2, None) in _strikes(text)


def test_a_place_after_between_only_locates_the_first():
    text = ("BEIRUT, Nov 13 (Staff) - An Israeli drone struck a car on the road between "
            "Nabatieh and Kfar Tebnit on Thursday, killing two men.")
    assert _strikes(text) == [("Israel", "Nabatieh", 2, None)]


def test_the_strike_retold_at_its_village_moves_the_regional_lead_there():
    text = ("ABUJA, Nov 13 (Staff) - A military drone strike killed 16 civilians in Zamfara state "
            "on Thursday, residents said.\n\nThe strike hit a gathering of villagers in Tungar "
            "Kara, a farming village about 40 km from the state capital, they said.")
    [s] = facts(text, "Strike")
    assert (s["target_place"], s["killed"]) == ("Tungar Kara", 16)


def test_another_strike_at_a_village_does_not_move_the_lead():
    text = ("ABUJA, Nov 13 (Staff) - A military drone strike killed 16 civilians in Zamfara state "
            "on Thursday, residents said.\n\nThe strike also hit a gathering of villagers in "
            "Tungar Kara on Friday, they said.")
    assert any(f["target_place"] == "Zamfara" for f in facts(text, "Strike"))


def test_strikes_on_a_country_summed_up_as_before_are_background():
    text = ("KABUL, Nov 13 (Staff) - Pakistani jets bombed houses in the Barmal district of Paktika "
            "province on Thursday, killing eight civilians. Pakistan has carried out air strikes "
            "in Afghanistan before, most recently in March.")
    assert _strikes(text) == [("Pakistan", "Barmal", 8, None)]


def test_a_strike_on_a_country_told_with_its_toll_stays():
    text = ("KABUL, Nov 13 (Staff) - Pakistani jets bombed houses in the Barmal district of Paktika "
            "province on Thursday, killing eight civilians. Pakistan struck Afghanistan in "
            "October as well, killing 10 people.")
    assert len(facts(text, "Strike")) == 2


# ------------------------------------------------------------------- names and seas

def test_a_district_of_a_compass_named_region_stays_the_finer_place():
    text = ("PORT SUDAN, Nov 13 (Staff) - Army aircraft struck the Tawila district of North "
            "Darfur state on Thursday, killing nine people.")
    assert _strikes(text)[0][1] == "Tawila"


def test_north_darfur_keeps_its_compass_word():
    text = ("PORT SUDAN, Nov 13 (Staff) - Sudanese army aircraft bombed RSF positions in North "
            "Darfur on Thursday, killing 14 people, a monitoring group said.")
    assert _strikes(text) == [("Sudan", "North Darfur", 14, None)]


def test_an_abbreviated_month_is_no_place():
    text = ("DUBAI, Nov 13 (Staff) - A Houthi strike on Nov 10 in the Gulf of Aden killed three "
            "sailors aboard a tanker, officials said.")
    assert _strikes(text) == [("Houthis", "Gulf of Aden", 3, None)]


def test_an_earlier_strike_at_sea_told_in_a_relative_clause():
    text = ("WASHINGTON, Nov 13 (Staff) - US forces struck a suspected drug boat on Thursday, "
            "killing two people aboard, the Pentagon said. It followed a strike on Nov 2 in the "
            "Caribbean that killed four people.")
    got = {(f["target_place"], f["killed"], f["date"]) for f in facts(text, "Strike")}
    assert ("Caribbean Sea", 4, "2026-11-02") in got
