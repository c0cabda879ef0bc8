"""Round 28 (helper c): a closing sentence that ranks the attack told before
(kg.extract.summary_retellings), a stray air-defence missile (kg.extract.stray_interceptors), a
place named only as a motive (kg.extract.solidarity_motives) and a toll told as "four X and a Y
were killed" (kg.extract.tolls). From the abstract error categories of a fresh set (never its
texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.strikes import casualties
from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)


def _places(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "", f["target_country"] or "")
                  for f in facts(text, "Strike"))


# a closing summary ranking the attack told before

def test_a_closing_ranking_at_the_region_is_the_attack_told_before():
    text = ("Drones hit Sudan power station\n2026-12-03\n\nPORT SUDAN, Dec 3 (Staff) - Drones "
            "launched by the Rapid Support Forces struck a power station in Kosti on Tuesday, "
            "killing three workers. Engineers were still at work on Wednesday. The attack in White "
            "Nile state was the third on the grid this month, the company said.")
    assert [p for _, p, _ in _places(text)] == ["Kosti"]


def test_a_days_strike_ranked_as_the_deadliest_keeps_its_toll_and_place():
    text = ("Strike kills six in Lebanon\n2026-12-03\n\nBEIRUT, Dec 3 (Staff) - An Israeli drone "
            "struck a car in Nabatieh on Tuesday, killing six people. Tuesday's strike in "
            "Lebanon was the deadliest since the truce, the health ministry said, which counted "
            "more than 200 dead since then.")
    got = facts(text, "Strike")
    assert [(f["target_place"], f["killed"]) for f in got] == [("Nabatieh", 6)]


def test_a_ranked_attack_by_another_side_stays():
    text = ("Clashes in Sudan\n2026-12-03\n\nKHARTOUM, Dec 3 (Staff) - Army jets bombed a market "
            "in Nyala on Monday, killing nine people. The attack on El Fasher by the Rapid Support "
            "Forces on Tuesday was the largest in weeks, killing 20 people.")
    assert len(facts(text, "Strike")) == 2


# a stray air-defence missile

def test_a_stray_air_defence_missile_is_no_attack():
    text = ("Drones hit Odesa\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Russian drones struck the port "
            "of Odesa on Tuesday, killing two people. In Sumy, a stray air-defence missile hit a "
            "shed on Tuesday night and injured a woman, officials said.")
    assert [p for _, p, _ in _places(text)] == ["Odesa"]


def test_an_air_defence_missile_that_hit_its_target_is_no_stray():
    assert not __import__("kg.extract.stray_interceptors", fromlist=["x"])._astray(
        {"type": "Strike", "_sent": 0, "weapon_text": "air-defence missile"},
        ["An air-defence missile struck a Russian jet over Kherson on Tuesday."])


# a place named only as a motive

def test_a_motive_place_does_not_move_the_attack_claimed():
    text = ("Houthis hit ship\n2026-12-03\n\nADEN, Dec 3 (Staff) - A Houthi drone struck a bulk "
            "carrier in the Red Sea on Tuesday, the maritime agency said. The Houthis claimed "
            "the attack and said they had acted in support of the people of Gaza.")
    assert [p for _, p, _ in _places(text)] == ["Red Sea"]


def test_a_target_named_before_the_motive_stays():
    text = ("Houthis fire at Eilat\n2026-12-03\n\nSANAA, Dec 3 (Staff) - The Houthis fired a "
            "ballistic missile at Eilat on Tuesday in solidarity with Gaza, the group said.")
    assert [p for _, p, _ in _places(text)] == ["Eilat"]


# "four X and a Y were killed"

def test_two_groups_before_a_passive_verb_add_up():
    assert casualties("Three soldiers and a nurse were killed, officials said.") == (4, None)
    assert casualties("Two fishermen and a boy were wounded.") == (None, 3)


def test_a_single_group_count_is_unchanged():
    assert casualties("Three soldiers were killed and a nurse was hurt.")[0] == 3
    assert casualties("Talks and a truce were killed off by the raid.") == (None, None)


# a trend in attacks, a vow to shoot weapons down

def test_a_rising_number_of_attacks_is_no_attack():
    text = ("Strikes on Sumy\n2026-12-03\n\nKYIV, Dec 3 (Staff) - The number of Russian drone "
            "attacks on Sumy has risen since October, the regional governor said.")
    assert facts(text, "Strike") == []


def test_a_trend_beside_a_days_attack_keeps_the_attack():
    text = ("Strikes on Sumy\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Russian attacks on Sumy have "
            "intensified, and on Tuesday a missile hit a school there, killing three people.")
    assert [p for _, p, _ in _places(text)] == ["Sumy"]


def test_a_vow_to_shoot_down_drones_is_no_attack():
    text = ("Air defence\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Ukraine vowed to shoot down every "
            "Russian drone launched at Lviv this winter, the air force said.")
    assert facts(text, "Strike") == []


def test_a_vow_after_an_attack_keeps_the_attack():
    text = ("Drones hit Lviv\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Ukraine vowed to shoot down the "
            "drones after Russian drones struck Lviv on Tuesday, killing two people.")
    assert [p for _, p, _ in _places(text)] == ["Lviv"]


# a place's name inside a ship's name

def test_a_city_in_a_ships_name_is_not_the_place_hit():
    text = ("Tanker hit\n2026-12-03\n\nADEN, Dec 3 (Staff) - A Houthi missile struck the tanker "
            "Coral Valparaiso in the Gulf of Aden on Tuesday, the maritime agency said.")
    assert _places(text) == [("Houthis", "Gulf of Aden", "")]


def test_a_headline_preposition_is_no_ships_name():
    from kg.extract.vessel_names import in_vessel_name
    assert not in_vessel_name("Houthis Hit Tanker Off Aden", 22)
    assert in_vessel_name("struck the tanker Coral Valparaiso", 24)


def test_it_was_the_second_attack_on_the_region_is_the_attack_told_before():
    text = ("Drones hit refinery\n2026-12-03\n\nMOSCOW, Dec 3 (Staff) - Ukrainian drones struck "
            "an oil refinery in Syzran on Tuesday, starting a fire, the governor said. It was the "
            "second Ukrainian attack on the Samara region this month.")
    assert [p for _, p, _ in _places(text)] == ["Syzran"]


def test_it_was_the_second_attack_on_the_same_town_may_count_another():
    text = ("Drones hit Kosti\n2026-12-03\n\nPORT SUDAN, Dec 3 (Staff) - Rapid Support Forces "
            "drones struck a market in Kosti on Tuesday, killing five people. It was the second "
            "attack on Kosti in a week. On Sunday, RSF drones hit the city's power station.")
    assert len(facts(text, "Strike")) == 2
