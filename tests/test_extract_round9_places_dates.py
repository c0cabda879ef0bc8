"""Strikes, ninth round (issue 11): "a village in REGION ... in VILLAGE" gives the village; a
second wave of an attack is the same attack; "the number killed when ... rose to N" is the
earlier attack's toll and "two of the injured" no count of the injured; days told relative to
the attack before ("hours later", "the previous night", "three days earlier", "came a day
after"). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-03-14"  # a Friday
facts, one = make_helpers(PUB)


def test_village_in_a_region_named_later_in_the_clause():
    f = one("Gunmen attacked a village in Niger's Tillaberi region on Tuesday, killing 19 "
            "people in Fambita, officials said.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == (None, "Fambita", 19)


def test_region_alone_stays_the_place():
    f = one("Gunmen attacked a village in the Tillaberi region on Tuesday, killing 19 people.",
            "Strike")
    assert f["target_place"].startswith("Tillaberi")


def test_second_wave_is_the_same_attack():
    text = ("Russian drones struck Zaporizhzhia on Wednesday evening, killing two people and "
            "wounding 14.\n\nAnother wave hit an industrial site in the city's east before "
            "dawn, wounding three more people.")
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("Russia", "Zaporizhzhia")]


def test_number_killed_when_rose_to():
    f = one("The number killed when Russian missiles hit a hotel in Kryvyi Rih on 2 March has "
            "risen to 14, officials said, after three of the injured died.", "Strike")
    assert (f["target_place"], f["killed"], f["injured"], f["date"]) == (
        "Kryvyi Rih", 14, None, "2025-03-02")


def test_part_of_the_wounded_is_no_count_of_them():
    f = one("Israeli shelling hit Khan Younis on Monday, killing six people and wounding 40, "
            "five of the wounded critically.", "Strike")
    assert (f["killed"], f["injured"]) == (6, 40)


def test_hours_later_takes_the_day_of_the_attack_before():
    text = ("Israeli jets struck Tyre on Tuesday, killing three people.\n\nHours later, a "
            "drone hit a car near Nabatieh, wounding two men.")
    got = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert got == {"Tyre": "2025-03-11", "Nabatieh": "2025-03-11"}


def test_days_earlier_and_previous_night():
    text = ("Houthi missiles hit a tanker in the Red Sea on Thursday, the navy said.\n\n"
            "Three days earlier, Houthi drones struck Eilat, wounding one person. The previous "
            "night, Houthi rockets had hit Ashdod.")
    got = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert got.get("Eilat") == "2025-03-10"


def test_came_a_day_after_dates_the_earlier_attack():
    text = ("Insurgents attacked a police post in Tumaco on Wednesday, killing two officers.\n\n"
            "The attack came a day after a car bomb exploded outside a barracks in Cali, "
            "killing four people.")
    got = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert got == {"Tumaco": "2025-03-12", "Cali": "2025-03-11"}
