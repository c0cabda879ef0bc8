"""Round 30 (helper b): strike attackers, places and tolls missed: a placeless lead "[nationality]
drones struck a depot" placed by the next sentence "The strike took place in X on <day>"
(kg.extract.placed_next), an armed group spelt without the hyphen of its article ("Hayat Tahrir
al Sham fighters attacked", kg.extract.entities), and numbers in words with hundreds after a
thousand ("one thousand four hundred", kg.extract.numbers) or between 1900 and 2100 ("two thousand
and fifty" missiles are no year, kg.extract.transfers). From the abstract error categories of a
fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.numbers import find_count
from tests.extract_helpers import make_helpers, strike_places

PUB = "2026-12-05"  # a Saturday
facts, one = make_helpers(PUB)
_HEAD = "Attack report\n2026-12-05\n\nTOWN (Dec 5) - "


def _strikes(body: str) -> list[tuple]:
    return strike_places(facts, _HEAD + body)


# placed_next

def test_a_placeless_lead_takes_the_place_and_day_of_the_next_sentence():
    body = ("Ukrainian drones struck an oil terminal and set two tanks ablaze, a Russian "
            "official said on Saturday. The attack took place in the Belgorod region on "
            "Thursday, he said. Two workers were injured.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_country"], s["date"], s["injured"]) == \
        ("Ukraine", "Russia", "2026-12-03", 2)
    assert "Belgorod" in s["target_place"]


def test_a_lead_of_russian_missiles_is_placed_in_ukraine():
    body = ("Russian missiles hit a power plant overnight, the energy ministry said. The strike "
            "happened in Kharkiv on Friday.")
    assert _strikes(body) == [("Russia", "Kharkiv", "Ukraine")]


def test_a_lead_with_no_side_is_not_placed():
    body = ("Drones struck an oil terminal and set two tanks ablaze, an official said on "
            "Saturday. The attack took place in the Belgorod region on Thursday.")
    assert _strikes(body) == []


def test_a_nationality_on_the_victims_is_no_side():
    body = ("Ukrainian workers were hurt when a fire broke out at a depot, an official said. "
            "The fire took place in the Belgorod region on Thursday.")
    assert _strikes(body) == []


def test_a_place_sentence_in_another_paragraph_is_not_joined():
    body = ("Ukrainian drones struck an oil terminal, an official said on Saturday.\n\n"
            "The attack took place in the Belgorod region on Thursday.")
    assert _strikes(body) == []


# armed groups without the hyphen of their article

def test_a_group_spelt_without_its_hyphen_is_the_attacker():
    body = ("Hayat Tahrir al Sham fighters attacked army positions near Saraqeb on Friday, "
            "killing three soldiers, a monitor said.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["killed"]) == ("Hay'at Tahrir al-Sham", 3)


def test_the_hyphenated_group_is_still_read():
    body = ("Hayat Tahrir al-Sham fighters attacked army positions near Saraqeb on Friday, "
            "killing three soldiers, a monitor said.")
    assert one(_HEAD + body, "Strike")["attacker"] == "Hay'at Tahrir al-Sham"


# numbers in words

def test_hundreds_after_a_thousand_are_added():
    assert find_count("one thousand four hundred people fled") == 1400
    assert find_count("killing one thousand two hundred and fifty people") == 1250
    assert find_count("one hundred twenty vehicles") == 120
    assert find_count("two thousand and fifty missiles") == 2050


def test_a_toll_of_one_thousand_four_hundred():
    body = ("Russian missiles struck Kharkiv on Friday, and one thousand four hundred people "
            "were injured, officials said.")
    assert one(_HEAD + body, "Strike")["injured"] == 1400


def test_a_quantity_in_words_is_no_year():
    body = "Moscow has delivered two thousand and fifty Kornet anti-tank missiles to Syria."
    tf = one(_HEAD + body, "ArmsTransfer")
    assert tf["quantity"] == 2050


def test_a_quantity_in_digits_of_a_year_shape_is_still_dropped():
    body = "Moscow has delivered 2050 Kornet anti-tank missiles to Syria."
    assert one(_HEAD + body, "ArmsTransfer")["quantity"] is None


def test_a_lead_at_the_dateline_city_takes_the_place_told_next():
    body = ("An Israeli drone strike killed two people, the health ministry said on Friday. "
            "The attack happened in Nabatieh on Thursday, it said.")
    s = one("Strike report\n2026-12-05\n\nBEIRUT (Dec 5) - " + body, "Strike")
    assert (s["attacker"], s["target_place"], s["date"]) == ("Israel", "Nabatieh", "2026-12-03")


def test_a_place_of_the_attackers_own_state_is_not_taken():
    body = ("An Israeli drone strike killed two people, the health ministry said on Friday. "
            "The attack happened in Haifa on Thursday, it said.")
    s = one("Strike report\n2026-12-05\n\nBEIRUT (Dec 5) - " + body, "Strike")
    assert s["target_place"] == "Beirut"


# victims told as two groups

def test_two_groups_of_victims_give_no_attacker_and_add_up():
    body = ("Seven Congolese soldiers and a Uruguayan peacekeeper were killed in an attack near "
            "Sake on Friday, the UN said.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["killed"]) == (None, 8)


def test_the_active_toll_of_two_groups_adds_up():
    body = ("An attack near Sake on Friday killed seven Congolese soldiers and a Uruguayan "
            "instructor, the UN said.")
    assert one(_HEAD + body, "Strike")["killed"] == 8


def test_coordinated_attackers_are_still_the_attackers():
    body = "Israeli jets and drones struck Tyre on Friday, killing four people."
    assert _strikes(body) == [("Israel", "Tyre", "Lebanon")]


# a side's weapon as the subject of the toll (kg.extract.strikes._WEAPON_AGENT)

def test_a_nationality_missile_that_killed_is_an_attack():
    body = "A Russian missile killed seven workers at a printing house in Kharkiv on Friday."
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == \
        ("Russia", "Kharkiv", 7, "2026-12-04")


def test_the_victims_nationality_is_not_the_side_of_the_weapon():
    body = "A Russian drone killed two Ukrainian soldiers near Kupiansk on Friday."
    assert _strikes(body) == [("Russia", "Kupiansk", "Ukraine")]


def test_the_missile_told_before_is_a_toll_not_a_second_attack():
    body = ("Russian missiles struck Kharkiv on Friday. The missile killed seven workers, "
            "officials said.")
    s = one(_HEAD + body, "Strike")
    assert (s["target_place"], s["killed"]) == ("Kharkiv", 7)


def test_killing_its_rider_is_one_dead():
    body = ("Lebanon's army said that an Israeli drone had struck a motorcycle in Tyre on "
            "Friday, killing its rider.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["killed"]) == ("Israel", 1)


def test_came_days_after_a_missile_killed_is_left_to_its_own_rule():
    body = ("A drone hit a port in Odesa on Friday, killing two. The attack came four days after "
            "a Russian missile killed nine people in Kryvyi Rih.")
    assert _strikes(body) == [("Russia", "Kryvyi Rih", "Ukraine"), ("Russia", "Odesa", "Ukraine")]


# after_clause_dates

def test_an_attack_weeks_after_the_news_takes_no_date_of_the_main_clause():
    body = ("India closed the crossing on Friday, weeks after Pakistani troops fired on a post in "
            "Kupwara, killing two soldiers.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["date"]) == ("Pakistan", "Kupwara", None)


def test_an_attack_with_its_own_day_in_the_clause_keeps_it():
    body = ("India closed the crossing on Friday, days after Pakistani troops fired on a post in "
            "Kupwara on Monday, killing two soldiers.")
    assert one(_HEAD + body, "Strike")["date"] == "2026-11-30"


def test_a_counted_interval_still_dates_the_attack():
    body = ("India closed the crossing on Friday, three days after Pakistani troops fired on a "
            "post in Kupwara, killing two soldiers.")
    assert one(_HEAD + body, "Strike")["date"] == "2026-12-01"


def test_an_attack_in_the_main_clause_keeps_its_day():
    body = ("Pakistani troops fired on a post in Kupwara on Friday, killing two soldiers, days "
            "after talks stalled.")
    assert one(_HEAD + body, "Strike")["date"] == "2026-12-04"


def test_the_placed_lead_keeps_the_weapon_of_its_nationality():
    body = ("Ukrainian drones struck an oil terminal, a Russian official said on Saturday. The "
            "attack took place in the Belgorod region on Thursday.")
    assert one(_HEAD + body, "Strike")["weapon"] == "drones"


def test_a_one_person_group_with_two_words_before_its_noun_adds_up():
    body = ("A Russian missile struck a hotel in Kharkiv on Friday. Three Ukrainians and a "
            "British aid worker were killed, officials said.")
    assert one(_HEAD + body, "Strike")["killed"] == 4


# an unknown place after the toll (kg.extract.strikes._TOLL_IN)

def test_the_victims_people_do_not_hide_the_place_after_the_toll():
    body = "An American air strike killed six Yemenis at a fuel port in Ras Isa on Friday."
    s = one("Strike report\n2026-12-05\n\nSANAA (Dec 5) - " + body, "Strike")
    assert (s["attacker"], s["target_place"]) == ("United States", "Ras Isa")


def test_a_weapon_subject_toll_takes_the_unknown_place_after_it():
    body = "An RSF drone killed nine people at a market in Um Rawaba on Friday."
    s = one("Strike report\n2026-12-05\n\nKHARTOUM (Dec 5) - " + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == \
        ("Rapid Support Forces", "Um Rawaba", 9)
