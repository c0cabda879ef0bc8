"""Strikes, eleventh round (issue 11): who attacked, and one fact per attack. An ally or
supplier named in the attacker's noun phrase ("backed by X") is not the attacker; the side an
answered attack is guessed to be by yields to a blame told for its place; an undated attack
answered, at no place or with a guessed attacker, is background; a participle toll after the
answered attack's phrase is the answer's; a placeless lead gives its day to the attack the
next sentence places. Sentences are our own."""

from __future__ import annotations

import pytest

from extract_helpers import make_helpers

PUB = "2025-04-16"  # a Wednesday
facts, one = make_helpers(PUB)


def keys(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


# ---------------------------------------------------------------- allies and suppliers

@pytest.mark.parametrize("text,expected", [
    ("Russian units backed by North Korean artillery crews shelled the village of Yunakivka in "
     "the Sumy region on Tuesday, killing two people.", ("Russia", "Yunakivka")),
    ("Sudanese forces aided by Eritrean troops bombed the town of Kassala on Monday, killing "
     "five.", ("Sudan", "Kassala")),
    ("Malian troops, with support from Russian mercenaries, attacked the village of Moura on "
     "Monday, killing 30.", ("Mali", "Moura")),
    ("Russian troops supported by North Korean soldiers pounded the town of Sudzha on Monday, "
     "wounding four.", ("Russia", "Sudzha")),
])
def test_an_ally_in_the_subject_is_not_the_attacker(text, expected):
    assert keys(text) == {expected}


def test_an_ally_phrase_with_no_named_subject_names_no_attacker():
    f = one("The army, backed by Turkish drones, struck the town of Tessalit on Monday, killing "
            "six people.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == (None, "Tessalit", 6)


def test_an_ally_told_after_the_attack_leaves_the_subject():
    # negative: "backed by" after the verb describes the attack, not the subject
    assert keys("Russian forces shelled the village of Tyotkino on Monday, backed by North "
                "Korean artillery, killing two.") == {("Russia", "Tetkino")}


def test_a_backer_after_the_attacker_is_no_ally_of_the_subject():
    # negative: nothing to undo when the attacker itself is named before "backed by"
    assert keys("Hezbollah, backed by Iran, fired rockets at the town of Safed on Monday, "
                "wounding three.") == {("Hezbollah", "Safed")}


# ---------------------------------------------------------------- attacks answered

def test_a_blame_for_the_answered_place_replaces_the_guessed_side():
    text = ("Israeli jets struck the town of Nabatieh on Monday, killing five, in retaliation "
            "for a rocket attack on the town of Safed the day before. The army blamed "
            "Hezbollah for the attack on Safed.")
    assert keys(text) == {("Israel", "Nabatieh"), ("Hezbollah", "Safed")}


def test_an_undated_answered_attack_with_a_guessed_attacker_is_background():
    text = ("Israel struck the town of Tyre on Monday in response to a drone attack on Haifa "
            "last week, killing four.")
    fs = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in fs] == [("Israel", "Tyre", 4)]


def test_a_dated_answered_attack_stays_a_strike():
    # negative: its day makes it an attack told, by the other side
    text = ("Israel struck the town of Tyre on Monday in response to a drone attack on Haifa "
            "on Sunday, killing four.")
    assert ("Israel", "Tyre") in keys(text) and len(keys(text)) == 2


def test_an_answered_attack_on_the_answering_side_stays_a_strike():
    # negative: "its positions" says who was hit, so the other side did it
    text = ("Hezbollah fired about 30 rockets at the town of Nahariya on Monday, wounding one "
            "man, in retaliation for the shelling of its positions in the village of Kfar "
            "Kila, the group said.")
    assert keys(text) == {("Hezbollah", "Nahariyya"), ("Israel", "Kfar Kila")}


def test_an_undated_answered_attack_at_no_place_is_no_strike():
    text = ("Pakistani jets bombed the town of Khost on Monday, killing eight. The raid came in "
            "reprisal for a suicide bombing by the Pakistani Taliban that killed 11 soldiers "
            "at a border post last week.")
    assert keys(text) == {("Pakistan", "Khost")}


def test_the_participle_toll_after_the_answered_attack_is_the_answers():
    fs = facts("Pakistan bombed the town of Khost on Monday in revenge for a suicide attack on "
               "the town of Bannu on Saturday, killing eight people.", "Strike")
    by_place = {f["target_place"]: f["killed"] for f in fs}
    assert by_place["Khost"] == 8 and by_place.get("Bannu") is None


def test_a_relative_toll_of_the_answered_attack_stays_its_own():
    # negative: "that killed seven" belongs to the attack answered
    fs = facts("Iran fired missiles at the city of Haifa on Monday, wounding nine, in "
               "retaliation for an Israeli strike on its consulate in Damascus on April 1 that "
               "killed seven.", "Strike")
    by_place = {f["target_place"]: (f["killed"], f["injured"]) for f in fs}
    assert by_place["Damascus"][0] == 7 and by_place["Haifa"] == (None, 9)


# ---------------------------------------------------------------- a coarse lead, then the place

def test_a_placeless_lead_gives_its_day_to_the_placed_attack_next():
    text = ("Myanmar's military carried out an air strike in the country's west on Tuesday, "
            "residents said. A jet bombed the town of Kyauktaw in Rakhine state, killing nine "
            "people.")
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"], f["date"]) == ("Myanmar", "Kyauktaw", "2025-04-15")


def test_a_placed_attack_with_its_own_day_keeps_it():
    # negative: the next sentence's own day wins
    text = ("Myanmar's military carried out an air strike in the country's west on Tuesday. "
            "On Monday, a jet bombed the town of Kyauktaw in Rakhine state, killing nine people.")
    assert [f["date"] for f in facts(text, "Strike")] == ["2025-04-14"]


# ---------------------------------------------------------------- a wide place, then the town

@pytest.mark.parametrize("text,expected", [
    ("Israeli jets struck the Bekaa Valley on Monday. The strikes hit the town of Baalbek, "
     "killing six.", ("Israel", "Baalbek", 6)),
    ("Israeli aircraft pounded the Gaza Strip on Monday. The raids hit homes in the town of "
     "Khan Younis, killing 14 people.", ("Israel", "Khan Younis", 14)),
])
def test_a_wide_place_yields_to_the_town_the_attack_is_told_at_next(text, expected):
    assert [(f["attacker"], f["target_place"], f["killed"])
            for f in facts(text, "Strike")] == [expected]


def test_another_attack_on_a_town_of_the_wide_place_stays_apart():
    # negative: "another strike" on another day is a second attack
    text = ("Israeli jets struck the Bekaa Valley on Monday, killing two. On Tuesday, another "
            "strike hit the town of Baalbek, killing six.")
    assert keys(text) == {("Israel", "Bekaa Valley"), ("Israel", "Baalbek")}


# ---------------------------------------------------------------- "Its jets" after a dateline

@pytest.mark.parametrize("text,expected", [
    ("DAMASCUS, Syria — Israel struck Syria on Monday. Its jets hit an air base near the city "
     "of Homs, killing two soldiers.", [("Israel", "Homs", 2, "2025-04-14")]),
    ("SANAA, Yemen — The United States struck Yemen on Monday. Its warplanes bombed the port "
     "of Ras Isa, killing six.", [("United States", "Ras Isa", 6, "2025-04-14")]),
])
def test_its_forces_after_a_dateline_are_the_subjects_not_the_datelines(text, expected):
    # the coarse lead ("struck Syria") is the same attack, told at the country
    assert [(f["attacker"], f["target_place"], f["killed"], f["date"])
            for f in facts(text, "Strike")] == expected


def test_its_forces_without_a_dateline_stay_the_subjects():
    # negative: nothing to skip; the subject was already the first actor
    assert keys("Israel struck Syria on Monday. Its jets hit an air base near the city of "
                "Homs, killing two soldiers.") == {("Israel", "Homs")}


# ---------------------------------------------------------------- where the weapons came from

@pytest.mark.parametrize("text,expected", [
    ("Rockets fired from southern Lebanon by Hezbollah hit the town of Safed on Monday, "
     "wounding three.", ("Hezbollah", "Safed")),
    ("Two drones launched from Yemeni territory by the Houthis struck the city of Eilat on "
     "Monday, wounding two.", ("Houthis", "Eilat")),
    ("Hezbollah said it fired the rockets. Launched from southern Lebanon, they hit the town of "
     "Safed on Monday, wounding three.", ("Hezbollah", "Safed")),
    ("Israeli jets flying over southern Lebanon struck the town of Nabatieh on Monday, killing "
     "two.", ("Israel", "Nabatieh")),
])
def test_the_launch_area_is_not_the_attacker(text, expected):
    assert keys(text) == {expected}


def test_a_state_firing_from_its_own_soil_stays_the_attacker():
    # negative: the state is the subject, not only the area named after "from"
    assert keys("Iran fired missiles from its western provinces at the city of Haifa on Monday, "
                "wounding nine.") == {("Iran", "Haifa")}


@pytest.mark.parametrize("text,expected", [
    ("A Lebanese drone hit the town of Metula on Monday, wounding two. Hezbollah claimed the "
     "attack.", {("Hezbollah", "Metula")}),
    ("A Yemeni missile struck near the city of Eilat on Monday. The Houthis claimed "
     "responsibility for the attack.", {("Houthis", "Eilat")}),
])
def test_a_group_claiming_an_attack_told_by_its_weapons_origin_fired_it(text, expected):
    assert keys(text) == expected


def test_a_claim_about_another_place_leaves_the_weapons_state():
    # negative: the claim is about a ship, not the attack on Odesa
    assert ("Russia", "Odesa") in keys(
        "Russian drones hit the city of Odesa on Monday, killing two. The Houthis claimed an "
        "attack on a ship in the Red Sea.")


def test_a_states_own_service_claiming_leaves_the_state():
    # negative: the claimant is the state's own agency, not an armed group
    assert keys("Ukrainian drones hit an oil depot in the city of Bryansk on Tuesday, injuring "
                "three. Ukraine's SBU security service later said it had carried out the "
                "attack.") == {("Ukraine", "Bryansk")}
