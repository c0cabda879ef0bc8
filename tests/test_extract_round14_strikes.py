"""Strikes of issue 11's fourteenth round, from a fresh set's abstract error categories (never
its texts): the attacker told only in a later sentence ("The raid was ordered by ...", "The army
said on Friday that it had carried out the strike"), "In X, the strikes hit sites around Y"
after a lead placed only by the dateline, and attacks dated "eight days after that strike".
Sentences are our own, different from the dev14c set's."""

from __future__ import annotations

from extract_helpers import make_helpers, make_strike_view

PUB = "2026-06-16"  # a Tuesday
facts, one = make_helpers(PUB)
strikes = make_strike_view(facts)


# ------------------------------------------------ the attacker told in a later sentence

def test_an_attack_ordered_by_a_state_has_that_state_as_attacker():
    text = ("DAKAR — A missile hit a fishing boat near Nouadhibou on Sunday, killing three men. "
            "The raid had been authorised by France, a defence official said.")
    assert strikes(text) == {("France", "Nouadhibou", "2026-06-14")}


def test_weapons_ordered_by_a_state_are_no_attack_of_it():
    text = ("A missile hit a fishing boat near Nouadhibou on Sunday, killing three men. "
            "Twelve patrol drones were ordered by Morocco last year.")
    assert all(f["attacker"] != "Morocco" for f in facts(text, "Strike"))


def test_a_claim_told_with_its_weekday_names_the_attacker():
    text = ("A drone hit a car near Tyre on Sunday, killing one man. The Israeli army said on "
            "Monday that it had struck the car.")
    assert strikes(text) == {("Israel", "Tyre", "2026-06-14")}


# ------------------------------------------------ "the strikes hit sites around Y"

def test_a_recap_with_a_place_replaces_the_dateline_city():
    text = ("TEHRAN — Israeli jets struck several sites in Iran on Sunday, killing six people, "
            "state media said. In Isfahan province, the raids hit buildings around Natanz.")
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in got] \
        == [("Israel", "Natanz", 6)]


def test_a_recap_in_another_state_leaves_the_lead_alone():
    text = ("TEHRAN — Israeli jets struck several sites in Iran on Sunday, killing six people. "
            "Later the strikes by Iran hit buildings around Haifa.")
    assert ("Israel", "Tehran", "2026-06-14") in strikes(text)


# ------------------------------------------------ "eight days after that strike"

def test_eight_days_after_that_strike_counts_from_the_strike_before():
    text = ("Russian missiles hit Sumy on June 1, killing four. Eight days after that strike, "
            "Russian drones hit Kharkiv, killing two.")
    assert strikes(text) == {("Russia", "Sumy", "2026-06-01"), ("Russia", "Kharkiv", "2026-06-09")}


def test_eight_days_after_a_meeting_is_no_offset_from_an_attack():
    text = ("Russian missiles hit Sumy on June 1, killing four. Eight days after that meeting, "
            "Russian drones hit Kharkiv, killing two.")
    assert ("Russia", "Kharkiv", "2026-06-09") not in strikes(text)


# ------------------------------------------------ "overnight Sunday", "exploded over", appeals

def test_overnight_before_a_weekday_takes_the_weekday():
    assert strikes("Russian missiles hit Dnipro overnight Sunday, killing three.") \
        == {("Russia", "Dnipro", "2026-06-14")}


def test_overnight_alone_still_takes_the_publication_day():
    assert strikes("Russian missiles hit Dnipro overnight, killing three.") \
        == {("Russia", "Dnipro", PUB)}


def test_a_drone_exploding_over_a_town_is_an_attack():
    text = ("A drone exploded over a bus station in Jammu on Saturday, wounding four people. "
            "Indian officials blamed Pakistan for the attack.")
    assert strikes(text) == {("Pakistan", "Jammu", "2026-06-13")}


def test_fireworks_exploding_over_a_square_are_no_attack():
    assert facts("Fireworks exploded over the main square of Lviv on Saturday.", "Strike") == []


def test_the_state_appealed_to_after_a_strike_is_no_target():
    text = ("BEIRUT — An Israeli drone hit a car in Sidon on Monday.\n\nThe president condemned "
            "the strike and urged Paris to press Israel. The United States has sold Lebanon's "
            "army armoured vehicles.")
    assert all(f["target_place"] != "Paris" for f in facts(text, "Strike"))



def test_a_speedboat_hit_at_sea_has_the_sea_as_its_place():
    text = ("A missile fired from a drone destroyed a speedboat in the Caribbean on Sunday, "
            "killing three men. The strike was ordered by the United States, officials said.")
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"]) for f in got] == [("United States",
                                                                  "Caribbean Sea")]
