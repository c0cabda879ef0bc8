"""Strikes, twelfth round (issue 11): slots and false alarms. A possessive day after a report
verb ("said Saturday's attack") is the attack's day; an attributive "overnight" ("an overnight
strike ... late on Sunday") yields to the day the sentence tells; a headline dated by the day
it was written is the body's attack of the night before, with the body's day and weapon; a toll
told "when the missiles struck ..." belongs to the attack just told; a place in an "until"
clause is a goal, not a target. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-04-16"  # a Wednesday
facts, one = make_helpers(PUB)


def strikes(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"], f["weapon"], f["killed"],
                   f["injured"], f["date"]) for f in facts(text, "Strike"))


def article_strikes(text: str) -> list[tuple]:
    """The strikes of a whole article whose first line is its headline."""
    out = record_to_gold_facts(extract_text(text, published=PUB))["facts"]
    return sorted((f["attacker"], f["target_place"], f["weapon"], f["killed"], f["injured"],
                   f["date"]) for f in out if f["type"] == "Strike")


# ---------------------------------------------------------------- days

def test_a_possessive_day_after_a_report_verb_dates_the_attack():
    f = one("The Israeli army said Monday's raid on the town of Bint Jbeil, carried out by a drone, "
            "had hit a rocket launcher.", "Strike")
    assert (f["target_place"], f["date"]) == ("Bint Jbeil", "2025-04-14")


def test_a_day_the_toll_was_told_on_is_still_not_the_attacks():
    # negative: "said on Monday" dates the telling, not the attack
    f = one("Russian drones struck the city of Sumy, killing three, officials said on Monday.",
            "Strike")
    assert f["date"] is None


def test_an_overnight_attack_takes_the_day_the_sentence_tells():
    f = one("Government jets carried out an overnight raid on the village of Kani in Chin "
            "state late on Monday, wounding nine people.", "Strike")
    assert (f["target_place"], f["date"]) == ("Kani", "2025-04-14")


def test_overnight_told_with_the_place_keeps_todays_date():
    # negative: "overnight" after the place, and a day the report was given
    f = one("Russian missiles hit the city of Lviv overnight, the air force said on Monday.",
            "Strike")
    assert f["date"] == PUB


def test_a_headline_restating_last_nights_attack_is_that_attack():
    text = ("Drones hit Zaporizhzhia in overnight attack\n\n"
            "Russia launched Shahed drones at the city of Zaporizhzhia overnight into Tuesday, "
            "killing two people, regional officials said.")
    assert article_strikes(text) == [("Russia", "Zaporizhzhia", "Shahed drones", 2, None,
                                      "2025-04-15")]


def test_a_headline_of_an_attack_two_days_before_stays_apart():
    # negative: two days apart are two attacks
    text = ("Drones hit Zaporizhzhia in overnight attack\n\n"
            "Russia launched Shahed drones at the city of Zaporizhzhia on Monday, killing two "
            "people, regional officials said.")
    assert len(article_strikes(text)) == 2


# ---------------------------------------------------------------- tolls

def test_a_toll_told_when_the_weapon_struck_is_the_attack_just_told():
    text = ("Russian forces fired Iskander missiles at the city of Sumy on Tuesday. Six people "
            "were killed and 20 were hurt when the missiles slammed into a bus station, the "
            "mayor said.")
    assert strikes(text) == [("Russia", "Sumy", "Iskander missiles", 6, 20, "2025-04-15")]


def test_a_toll_of_the_weapon_at_another_place_is_another_attack():
    # negative: the clause names its own place and day
    text = ("Israeli jets bombed the town of Tyre on Monday. Two children died when the rockets "
            "hit the town of Sidon on Tuesday, the ministry said.")
    got = {p: k for _a, p, _w, k, _i, _d in strikes(text)}
    assert got == {"Tyre": None, "Sidon": 2}


# ---------------------------------------------------------------- places

def test_a_place_in_an_until_clause_is_no_target():
    assert strikes("The minister said the raids would continue until ships could pass the "
                   "Strait of Hormuz safely.") == []


def test_a_target_before_an_until_clause_stays():
    # negative: the place hit comes before "until"
    f = one("Russian forces shelled the town of Kupiansk on Tuesday until late evening, killing "
            "three.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Russia", "Kupiansk", 3)


# ---------------------------------------------------------------- weapons

def test_a_munition_told_next_replaces_the_carrier():
    text = ("Israeli jets bombed the village of Yaroun on Tuesday. Residents said the planes "
            "dropped two GBU-39 bombs on a school in the village, wounding four people.")
    f = one(text, "Strike")
    assert (f["target_place"], f["weapon"], f["injured"]) == ("Yaroun", "GBU-39 bombs", 4)


def test_a_munition_already_told_is_not_replaced_by_the_carrier():
    # negative: the follow-up names only the carrier, the munition told first stays
    text = ("Russian forces fired Kh-101 missiles at the city of Poltava on Tuesday. Officials "
            "said the bombers fired from over the Caspian Sea at the building, wounding two.")
    assert one(text, "Strike")["weapon"] == "Kh-101 missiles"


def test_a_generic_munition_told_next_leaves_the_carrier():
    # negative: "bombs" names no weapon better than the jet that dropped them
    text = ("Myanmar military jets bombed the town of Minbya on Tuesday, killing five people. "
            "Residents said the first bombs fell on the market in the town.")
    assert one(text, "Strike")["weapon"] == "military jets"


def test_a_toll_told_of_a_days_attack_dates_the_undated_attack():
    text = ("Houthi drones hit the port of Ashdod, Israeli officials said. Three people were "
            "wounded in Thursday's attack, medics added.")
    f = one(text, "Strike")
    assert (f["target_place"], f["injured"], f["date"]) == ("Ashdod", 3, "2025-04-10")


def test_a_possessive_day_leaves_an_attack_already_dated():
    # negative: the attack's own day stands
    text = ("Houthi drones hit the port of Ashdod on Tuesday, Israeli officials said. Three "
            "people were wounded in Thursday's attack, medics added.")
    assert one(text, "Strike")["date"] == "2025-04-15"
