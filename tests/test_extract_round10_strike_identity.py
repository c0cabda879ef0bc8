"""Strikes, tenth round (issue 11): one real attack = one fact, at the place hit. Reactions
voiced in a capital are no strike on it; a headline with two clauses tells two attacks and
restates the body's; a finer place (a district of a province, a region's village, a named
terminal) is kept over the region; a region told just after by the same attacker restates
the attack; the attack answered by a retaliation is the other side's. Sentences are our own."""

from __future__ import annotations

import pytest

from extract_helpers import make_helpers
from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-04-16"  # a Wednesday
facts, one = make_helpers(PUB)


def keys(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def headed(headline: str, body: str) -> set[tuple]:
    rec = extract_text(headline + "\n" + PUB + "\n\n" + body, published=PUB)
    return {(f["attacker"], f["target_place"])
            for f in record_to_gold_facts(rec)["facts"] if f["type"] == "Strike"}


# ---------------------------------------------------------------- reactions are not strikes

@pytest.mark.parametrize("reaction", [
    "The attack drew sharp criticism in Prague.",
    "The shelling sparked street protests in Tbilisi and Yerevan.",
    "The raid has been roundly condemned in Ankara.",
    "News of the bombing prompted an emergency meeting in Brussels.",
    "Budapest summoned the Russian ambassador over the strike.",
    "The strike was condemned by Rome and Madrid.",
])
def test_a_reaction_in_a_capital_is_no_strike_on_it(reaction):
    text = "Russian missiles hit Kryvyi Rih on Monday, killing six people. " + reaction
    assert keys(text) == {("Russia", "Kryvyi Rih")}


def test_a_reaction_back_reference_keeps_the_attacker_of_the_attack_on_that_place():
    text = ("Hamas fired rockets at Sderot on Monday, wounding one man.\n\n"
            "Hours later, Israeli aircraft bombed the outskirts of Beit Lahia, killing five "
            "people. The bombing of Beit Lahia drew calls for restraint in Doha.")
    assert keys(text) == {("Hamas", "Sderot"), ("Israel", "Beit Lahia")}


def test_a_place_hit_before_the_reaction_stays():
    f = one("A Russian drone attack on Sumy on Tuesday, which killed three, drew "
            "condemnation in Vienna.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Russia", "Sumy", 3)


# ---------------------------------------------------------------- headlines of two clauses

@pytest.mark.parametrize("headline,expected", [
    ("Israel hits Jabalia as Hamas fires rockets at Sderot",
     {("Israel", "Jabalia"), ("Hamas", "Sderot")}),
    ("Russia strikes Odesa while Ukrainian drones hit Kursk",
     {("Russia", "Odesa"), ("Ukraine", "Kursk")}),
])
def test_a_headline_of_two_clauses_tells_two_attacks(headline, expected):
    assert headed(headline, "Officials gave no further details.") == expected


def test_a_place_before_another_clause_is_not_the_second_attack_s():
    got = headed("Houthis hit freighter in Gulf of Aden as US jets strike Kamaran",
                 "Officials gave no further details.")
    assert ("United States", "Gulf of Aden") not in got
    assert ("Houthis", "Gulf of Aden") in got


def test_a_headline_restates_the_body_attack_told_hours_later():
    body = ("Russian glide bombs hit a market in Sumy on Tuesday, killing four people.\n\n"
            "Hours later, Ukrainian drones struck an ammunition depot outside the Russian city "
            "of Belgorod, the regional governor said.")
    got = headed("Russian bombs hit Sumy as Ukrainian drones strike Belgorod", body)
    assert got == {("Russia", "Sumy"), ("Ukraine", "Belgorod")}


# ---------------------------------------------------------------- the place at its level

@pytest.mark.parametrize("sentence,place", [
    ("Government jets bombed several compounds in the Sangin district of Helmand province "
     "on Monday, killing nine people.", "Sangin"),
    ("Army aircraft struck the Tawila district of North Darfur state on Monday, killing nine "
     "people.", "Tawila"),
    ("Russian drones struck the Kharkiv region village of Zolochiv on Monday, killing two "
     "people.", "Zolochiv"),
    ("Israeli jets bombed fuel tanks at the Salif oil terminal north of Hodeidah on Monday, "
     "killing two workers.", "Salif"),
    ("Russian drones struck the Kyivskyi district of Kharkiv on Monday, killing two.",
     "Kharkiv"),
])
def test_the_finer_place_of_a_region_or_a_terminal(sentence, place):
    # (GeoNames may spell the terminal's town with its article: "As Salif")
    assert one(sentence, "Strike")["target_place"].split()[-1] == place


def test_a_district_of_a_province_takes_the_province_s_state():
    f = one("Pakistani jets bombed houses in the Dand-e-Patan district of Afghanistan's "
            "Paktia province on Monday, killing eight.", "Strike")
    assert (f["attacker"], f["target_place"], f["target_country"]) == (
        "Pakistan", "Dand-e-Patan", "Afghanistan")


def test_posts_named_by_a_demonym_are_that_state_s():
    f = one("Afghan forces attacked Pakistani border posts in the Bajaur district on Monday, "
            "killing two soldiers.", "Strike")
    assert (f["target_place"], f["target_country"]) == ("Bajaur", "Pakistan")


# ---------------------------------------------------------------- follow-ups of one attack

@pytest.mark.parametrize("follow_up", [
    "The strike also knocked out power lines across the Dnipropetrovsk region.",
    "The missiles also damaged a school in the Dnipropetrovsk region, officials said.",
    "Russia's defence ministry said its forces had hit Ukrainian army depots in the "
    "Dnipropetrovsk region.",
    "Moscow said its troops struck military targets in the Dnipropetrovsk region with "
    "missiles.",
])
def test_a_region_told_just_after_restates_the_attack_in_it(follow_up):
    text = ("Russian missiles struck Pavlohrad on Tuesday, killing three people. " + follow_up)
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in got] == [
        ("Russia", "Pavlohrad", 3)]


def test_a_region_on_another_day_stays_another_attack():
    text = ("Russian missiles struck Pavlohrad on Tuesday, killing three people. On Sunday, "
            "Russian drones hit energy sites in the Poltava region, wounding two.")
    got = keys(text)
    assert len(got) == 2 and ("Russia", "Pavlohrad") in got


# ---------------------------------------------------------------- retaliation

@pytest.mark.parametrize("sentence,answer,answered", [
    ("To avenge the shelling of their villages near Spin Boldak, Afghan forces attacked "
     "Pakistani posts in the Chaman district on Sunday.",
     ("Afghanistan", "Chaman"), ("Pakistan", "Spin Boldak")),
    ("In retaliation for Israeli strikes on Hodeidah, the Houthis fired a missile at Eilat "
     "on Sunday, wounding three.", ("Houthis", "Eilat"), ("Israel", "Hodeidah")),
    ("Hezbollah fired rockets at the Israeli town of Shlomi on Sunday in retaliation for the "
     "bombing of its positions in the village of Yaroun.",
     ("Hezbollah", "Shlomi"), ("Israel", "Yaroun")),
])
def test_the_attack_answered_is_the_other_side_s(sentence, answer, answered):
    assert keys(sentence) == {answer, answered}


def test_the_answered_attack_keeps_its_own_toll_and_day():
    got = {f["target_place"]: (f["attacker"], f["killed"], f["injured"], f["date"])
           for f in facts("In response to a drone attack on its refinery in Saratov on "
                          "Saturday, Russia pounded Kharkiv with missiles on Sunday, killing "
                          "four.", "Strike")}
    assert got == {"Saratov": ("Ukraine", None, None, "2025-04-12"),
                   "Kharkiv": ("Russia", 4, None, "2025-04-13")}


def test_the_answered_attack_does_not_take_the_answer_s_toll():
    got = {f["target_place"][:5]: f["injured"]
           for f in facts("Hezbollah fired rockets at Nahariya on Sunday, wounding four people, "
                          "in retaliation for the bombing of its positions in the village of "
                          "Kfar Kila.", "Strike")}
    assert got == {"Nahar": 4, "Kfar ": None}


# ---------------------------------------------------------------- backers are not attackers

@pytest.mark.parametrize("sentence", [
    "An Iran-backed militia fired rockets at a US base in eastern Syria on Sunday, wounding two.",
    "Iran-aligned fighters attacked a US base in eastern Syria on Sunday, wounding two.",
    "A Russia-backed armed group shelled Bria on Sunday, wounding two.",
])
def test_the_backer_of_a_group_is_not_its_attacker(sentence):
    assert not [f for f in facts(sentence, "Strike") if f["attacker"] in ("Iran", "Russia")]


# ---------------------------------------------------------------- the place that located it

@pytest.mark.parametrize("first,follow_up", [
    ("Russian drones struck the village of Kupiansk-Vuzlovyi near Kupiansk on Monday, killing "
     "two.", "The drones also hit power lines around Kupiansk, the governor said."),
    ("Russian glide bombs hit the village of Vilniansk outside Zaporizhzhia on Monday, killing "
     "two.", "The bombs also damaged a school in Zaporizhzhia, officials said."),
    ("Israeli aircraft struck the town of Beit Lahia, north of Gaza City, on Monday, killing "
     "two.", "The strike also hit a clinic in Gaza City, medics said."),
    ("Sudanese army jets bombed the village of Tabit, 40 km south-west of El Fasher, on Monday, "
     "killing two.", "The raid also damaged a water station in El Fasher, residents said."),
])
def test_a_follow_up_hitting_the_place_that_located_the_attack_is_that_attack(first, follow_up):
    got = facts(first + " " + follow_up, "Strike")
    assert len(got) == 1 and got[0]["killed"] == 2


def test_another_day_at_the_locating_place_is_another_attack():
    text = ("Russian drones struck the village of Tsyrkuny near Kharkiv on Monday, killing two. "
            "On Thursday, Russian missiles hit Kharkiv, killing one.")
    assert len(facts(text, "Strike")) == 2


# ---------------------------------------------------------------- ships hit at sea

@pytest.mark.parametrize("sentence,sea", [
    ("A Houthi missile hit the container ship Aster in the Indian Ocean on Sunday, 500 miles "
     "off the coast of Somalia.", "Indian Ocean"),
    ("Houthi drones struck a Maltese-flagged freighter in the Arabian Sea on Sunday, about 90 "
     "nautical miles south of Nishtun.", "Arabian Sea"),
    ("Houthi rebels fired two missiles at a tanker in the southern Red Sea on Sunday, 70 "
     "nautical miles west of Hodeidah.", "Red Sea"),
    ("US forces struck a vessel in international waters of the Caribbean Sea on Sunday, "
     "killing two.", "Caribbean Sea"),
])
def test_a_ship_hit_at_sea_is_placed_in_the_sea_not_the_port_or_coast(sentence, sea):
    f = one(sentence, "Strike")
    assert (f["target_place"], f["target_country"]) == (sea, None)


@pytest.mark.parametrize("text", [
    "A Panama-flagged tanker was hit by a drone 80 nautical miles east of Aden on Sunday, the "
    "agency said. The Houthis claimed the attack.",
    "A Liberian-flagged bulk carrier was struck by two missiles 50 miles off Nishtun on Sunday. "
    "The Houthis said they had carried out the attack.",
])
def test_a_ship_hit_with_its_attacker_told_next_is_a_strike_without_the_port(text):
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"], f["date"]) == ("Houthis", None, "2025-04-13")


def test_a_ship_hit_with_no_attacker_told_is_no_strike():
    assert facts("A cargo ship was damaged by debris 20 miles off Aden on Sunday.", "Strike") == []
