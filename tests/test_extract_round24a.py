"""Round 24 (helper a): attacks missed or given the wrong side. A bare blame "The authorities
blamed [group], which ..." or "[X] blamed [G] for the hotel attack" gives the attack told just
before its author (kg.extract.bare_blame); "The attack came N days after a [Nationality] missile
killed ..." tells an earlier attack (kg.extract.came_after); "Fighters of the G (ACR) killed N
villagers in X on Tuesday" is G's raid (kg.extract.group_killings); "the <Name> (ACR)" is a group
when its members are "ACR fighters" (kg.extract.acronyms). From the abstract error categories of
a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


def test_the_authorities_blaming_a_group_give_the_raid_its_author():
    text = ("MAIDUGURI, Dec 4 (Staff) - Gunmen on motorcycles stormed a cattle market near "
            "Konduga, in Borno state, on Thursday, killing 17 traders, officials said.\n\n"
            "Survivors said the attackers set fire to stalls.\n\nThe authorities blamed Boko "
            "Haram, which has fought the state for years.")
    assert ("Boko Haram", "Konduga") in _sides(text)


def test_blaming_a_group_for_the_hotel_attack_gives_its_author():
    text = ("MOGADISHU, Dec 4 (Staff) - Gunmen stormed a hotel near Kismayo on Thursday, killing "
            "nine guests, police said.\n\nThe siege lasted six hours.\n\nPresident Hassan Sheikh "
            "Mohamud blamed al-Shabaab for the hotel attack.")
    assert ("al-Shabaab", "Kismayo") in _sides(text)


def test_blaming_something_else_gives_no_author():
    # near-miss: the group is blamed for a drought, and roads are no armed group
    text = ("MAIDUGURI, Dec 4 (Staff) - Gunmen stormed a market near Konduga on Thursday, "
            "killing 17 traders, officials said.\n\nCommunity leaders blamed poor roads for the "
            "slow rescue.\n\nFarmers blamed Boko Haram for the food shortage.")
    assert ("Boko Haram", "Konduga") not in _sides(text)


def test_an_earlier_attack_in_a_came_after_clause_is_read():
    text = ("ODESA, Dec 4 (Staff) - Russian drones struck the port of Odesa on Thursday, killing "
            "two workers, the governor said. The attack came four days after a Russian missile "
            "killed nine people in President Volodymyr Zelenskyy's home city of Kryvyi Rih.")
    sides = _sides(text)
    assert ("Russia", "Kryvyi Rih") in sides
    assert ("Russia", "Odesa") in sides


def test_a_came_after_clause_without_a_toll_gives_no_attack():
    # near-miss: "came after talks" tells no attack
    text = ("ODESA, Dec 4 (Staff) - Russian drones struck the port of Odesa on Thursday, killing "
            "two workers, the governor said. The attack came four days after a Russian envoy "
            "met officials in Kryvyi Rih.")
    assert ("Russia", "Kryvyi Rih") not in _sides(text)


def test_fighters_of_a_group_who_killed_villagers_in_a_town_raided_it():
    text = ("BENI, Dec 4 (Staff) - Fighters of the Allied Democratic Forces (ADF) killed 22 "
            "villagers with machetes in Oicha, in North Kivu province, on Tuesday night, local "
            "authorities said.")
    (s,) = facts(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        "Allied Democratic Forces", "Oicha", 22, "2026-12-01")


def test_a_groups_running_toll_is_no_raid():
    # near-miss: "have killed thousands ... since 2009" is a war's toll, not one attack
    text = ("MAIDUGURI, Dec 4 (Staff) - Boko Haram fighters have killed thousands of people in "
            "Borno since 2009, officials said on Thursday.")
    assert facts(text, "Strike") == []


def test_an_acronym_whose_members_are_fighters_names_the_group():
    text = ("BANGUI, Dec 4 (Staff) - The Coalition of Patriots for Change (CPC) has fought the "
            "government since 2020. On Thursday, CPC fighters attacked a police station in "
            "Bossangoa, killing four officers, officials said.")
    assert ("Coalition of Patriots for Change", "Bossangoa") in _sides(text)


def test_an_acronym_of_no_fighters_names_no_group():
    # near-miss: a party's acronym, never called fighters, is no attacker
    text = ("BANGUI, Dec 4 (Staff) - The Movement for Unity and Change (MUC) won the vote. On "
            "Thursday, gunmen attacked a police station in Bossangoa, killing four officers, "
            "officials said.")
    assert ("Movement for Unity and Change", "Bossangoa") not in _sides(text)


def test_a_town_apposed_to_its_region_is_one_attack_at_the_town():
    text = ("NIAMEY, Dec 4 (Staff) - Gunmen attacked a village near Banibangou, in the Tillaberi "
            "region, on Thursday, killing 14 civilians, officials said.\n\nThe authorities blamed "
            "the Islamic State Sahel Province, which is active near the border with Mali.")
    places = [p for _, p in _sides(text)]
    assert places == ["Banibangou"]


def test_two_places_of_two_attacks_stay_two():
    # near-miss: "and" joins two attacks' places, no apposition
    text = ("KYIV, Dec 4 (Staff) - Russian drones hit Kharkiv and the Sumy region on Thursday, "
            "killing three people, officials said.")
    assert [p for _, p in _sides(text)] == ["Kharkiv", "Sumy Oblast"]


def test_a_city_told_before_stays_over_a_site_after_the_object():
    # near-miss: "the city" is El Obeid (told the sentence before); the market's quarter after
    # the object does not replace it
    text = ("PORT SUDAN, Dec 4 (Staff) - Sudan's government said on Thursday it would not join "
            "talks.\n\nIn El Obeid, residents said RSF fighters had massed outside for a week.\n\n"
            "On Wednesday the RSF shelled the city, killing 14 people at a bus station near "
            "Souq Kabir, a medical group said.")
    assert ("Rapid Support Forces", "El Obeid") in _sides(text)
