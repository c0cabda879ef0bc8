"""Round 29 (helper b): strikes missed, merged or split: an attack told only in a time clause
"..., N days after it was ripped apart by a <Nationality> missile" (kg.extract.hit_days_before),
the dead as subject "N were killed when their helicopter was brought down by a drone near X" with
the side blamed in the next sentence (kg.extract.downed_craft), one operation against several
named sites "struck the X power station, the depot and the terminal in <place>", one fact at the
place (kg.extract.named_sites), two attacks on two days "hit A on Monday and B on Tuesday"
(kg.extract.second_day_place), a lead's toll summed over two attacks "Attacks on A and B killed
nine" (kg.extract.summed_tolls), and a weapon's first use "was used for the first time on <date>,
when <side> fired it at <place>" (kg.extract.first_use). From the abstract error categories of a
fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, strike_places

PUB = "2026-12-05"  # a Saturday
facts, one = make_helpers(PUB)
_HEAD = "Attack report\n2026-12-05\n\nTOWN (Dec 5) - "


def _strikes(body: str) -> list[tuple]:
    return strike_places(facts, _HEAD + body)


# hit_days_before

def test_an_attack_told_only_in_a_time_clause_is_read_with_its_day():
    body = ("Trains resumed running through the station in Lozova on Wednesday, four days after "
            "it was torn apart by a Russian cruise missile, railway officials said.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["date"]) == ("Russia", "Lozova", "2026-11-28")


def test_a_time_clause_with_an_accident_is_no_attack():
    body = ("Trains resumed running through the station in Lozova on Wednesday, four days after "
            "it was badly damaged by a fire, railway officials said.")
    assert _strikes(body) == []


def test_a_time_clause_of_a_repair_is_no_attack():
    body = ("Trains resumed running through the station in Lozova on Wednesday, four days after "
            "it was rebuilt by a Turkish company, railway officials said.")
    assert _strikes(body) == []


# downed_craft

def test_the_dead_as_subject_with_the_side_blamed_next():
    body = ("Four soldiers were killed when their helicopter was brought down by a drone near "
            "Kadugli on Monday, military sources said. The army blamed the Rapid Support Forces.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        "Rapid Support Forces", "Kadugli", 4, "2026-11-30")


def test_the_dead_as_subject_with_a_nationality_on_the_weapon():
    body = ("Three border guards were killed when their jeep was brought down by a Russian mine "
            "near Kupiansk on Tuesday, officials said.")
    assert _strikes(body) == [("Russia", "Kupiansk", "Ukraine")]


def test_a_crash_without_a_weapon_is_no_attack():
    body = ("Four soldiers were killed when their helicopter was brought down by bad weather near "
            "Kadugli on Monday, military sources said.")
    assert _strikes(body) == []


# named_sites

def test_one_operation_against_named_sites_is_one_strike_at_the_place():
    body = ("Israel struck the Ras Isa oil terminal, the main power station and the container "
            "port in Hodeidah on Thursday, killing five people.")
    assert _strikes(body) == [("Israel", "Hodeidah", "Yemen")]


# second_day_place

def test_two_attacks_on_two_days_in_one_sentence_stay_two():
    body = ("Israeli drones hit Sidon on Monday and Tyre on Wednesday, killing two people in each "
            "city, Lebanese officials said.")
    got = sorted((f["target_place"], f["date"], f["killed"]) for f in facts(_HEAD + body, "Strike"))
    assert got == [("Sidon", "2026-11-30", 2), ("Tyre", "2026-12-02", 2)]


def test_the_second_attack_gets_no_toll_without_in_each():
    body = ("Israeli drones hit Sidon on Monday and Tyre on Wednesday, killing two people, "
            "Lebanese officials said.")
    got = sorted((f["target_place"], f["killed"]) for f in facts(_HEAD + body, "Strike"))
    assert got == [("Sidon", 2), ("Tyre", None)]


def test_a_list_of_towns_is_not_a_list_of_sites():
    body = ("Russian missiles struck Kharkiv, Sumy and Poltava in eastern Ukraine on Thursday, "
            "killing seven people.")
    assert "Kharkiv" in {p for _, p, _ in _strikes(body)}


# summed_tolls

_TWO_TOLD = ("Attacks on Odesa and Mykolaiv killed seven people overnight, officials said. "
             "Ukraine blamed Russia for the attacks. In Odesa, a drone hit a warehouse, killing "
             "three people. In Mykolaiv, a missile struck a school, killing four.")


def test_a_lead_toll_summed_over_two_attacks_gives_way_to_their_own():
    got = sorted((f["target_place"], f["killed"]) for f in facts(_HEAD + _TWO_TOLD, "Strike"))
    assert got == [("Mykolaiv", 4), ("Odesa", 3)]


def test_a_toll_of_one_attack_on_one_place_is_kept():
    body = ("Attacks on Odesa killed seven people overnight, officials said. Ukraine blamed "
            "Russia for the attacks.")
    assert one(_HEAD + body, "Strike")["killed"] == 7


# first_use

def test_a_weapons_first_use_fired_at_a_place_is_an_attack():
    body = ("Officials showed the new missile on Thursday. The Oreshnik missile was used in combat "
            "for the first time on November 21, 2024, when Russian forces fired it at Dnipro.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["date"]) == ("Russia", "Dnipro", "2024-11-21")


def test_a_weapons_first_test_is_no_attack():
    body = ("Officials showed the new missile on Thursday. The Oreshnik was used for the first "
            "time on November 21, 2024, when Russia tested it at Kapustin Yar.")
    assert _strikes(body) == []


def test_a_first_use_on_the_sides_own_place_is_left_alone():
    body = ("Officials showed the new missile on Thursday. The missile was used for the first "
            "time last year, when Pakistan fired it at Bahawalpur during an exercise.")
    assert _strikes(body) == []


def test_a_summed_toll_read_at_only_one_of_the_two_places_gives_way_too():
    body = ("Attacks on the cities of El Fasher and Kadugli killed 31 people on Wednesday, "
            "officials said. The army blamed the Rapid Support Forces for the attacks. In El "
            "Fasher, shells hit a crowded market, killing 22. In Kadugli, a drone struck a "
            "hospital, killing nine.")
    got = sorted((f["target_place"], f["killed"]) for f in facts(_HEAD + body, "Strike"))
    assert got == [("El Fasher", 22), ("Kadugli", 9)]
