"""Round 25 (helper b): strike false alarms and the place level of a strike. A commander "killed
in the strike on X a day earlier" retells the attack told before, and the victim's group is never
its side (kg.extract.killed_retellings). From the abstract error categories of a fresh set (never
its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, strike_sides

PUB = "2026-11-19"  # a Thursday
facts, one = make_helpers(PUB)
whole, _ = make_helpers(PUB, headline=False)


def _sides(text: str, of=facts) -> list[tuple]:
    return strike_sides(of, text)


# a commander killed in an attack told before

def test_a_commander_killed_in_the_strike_told_before_is_no_second_strike():
    text = ("BEIRUT, Nov 19 (Staff) - An Israeli drone struck a car near Tyre on Tuesday, "
            "killing two men, the health ministry said.\n\nIsrael said on Wednesday that "
            "Hezbollah commander Ali Haidar was killed in a strike on Tyre a day earlier.")
    assert _sides(text) == [("Israel", "Tyre")]
    assert one(text, "Strike")["killed"] == 2


def test_the_group_whose_commander_was_killed_is_not_the_attacker():
    text = ("Israel said on Wednesday that Hezbollah commander Ali Haidar was killed in a strike "
            "on Tyre a day earlier.")
    assert _sides(text) == [("Israel", "Tyre")]


def test_a_strike_on_another_place_after_the_first_is_kept():
    text = ("BEIRUT, Nov 19 (Staff) - An Israeli drone struck a car near Tyre on Tuesday, "
            "killing two men, the health ministry said.\n\nIsrael said on Wednesday that "
            "Hezbollah commander Ali Haidar was killed in a strike on Nabatieh a day earlier.")
    assert _sides(text) == [("Israel", "Nabatieh"), ("Israel", "Tyre")]


def test_a_group_that_kills_a_commander_stays_the_attacker():
    text = ("Al-Shabaab fighters attacked an army base near Jilib on Monday, and a senior army "
            "commander was killed in the raid, officials said.")
    assert ("Al-Shabaab", "Jilib") in _sides(text) or ("al-Shabaab", "Jilib") in _sides(text)


# the base where some of the missiles fired at a country came down

def test_some_of_them_struck_a_named_air_base():
    text = ("TEL AVIV, Nov 19 (Staff) - Iran fired 30 ballistic missiles at Israel late on "
            "Tuesday, and at least four of them struck the Nevatim air base in the Negev desert, "
            "the military said.")
    assert _sides(text) == [("Iran", "Nevatim air base")]  # round 80: the site keeps its kind


def test_two_of_them_hit_a_known_town():
    text = ("Iran fired 30 ballistic missiles at Israel on Tuesday, and two of them hit houses "
            "in Beersheba, the military said.")
    assert _sides(text) == [("Iran", "Beersheba")]


def test_an_unknown_name_without_a_base_kind_is_not_taken():
    text = ("TEL AVIV, Nov 19 (Staff) - Iran fired 30 ballistic missiles at Israel late on "
            "Tuesday, and at least four of them struck Nevatim, the military said.")
    assert ("Iran", "Nevatim") not in _sides(text)


# one operation over counted sites, some named

def test_nine_sites_including_two_towns_is_one_strike_at_the_first():
    text = ("Pakistani jets struck nine sites in Afghanistan on Tuesday, including hideouts in "
            "Khost and Paktika, officials said.")
    assert _sides(text) == [("Pakistan", "Khost")]


def test_nine_sites_in_a_region_including_a_town_is_at_the_town():
    text = ("Israeli jets struck nine sites in the Bekaa Valley on Tuesday, including a depot in "
            "Baalbek, the military said.")
    assert _sides(text) == [("Israel", "Baalbek")]


def test_a_bare_list_of_towns_without_a_count_keeps_one_strike_each():
    text = ("Pakistani jets struck hideouts in Khost and Paktika on Tuesday, officials said.")
    assert _sides(text) == [("Pakistan", "Khost"), ("Pakistan", "Paktika")]


# the weapon's maker in the headline

def test_a_headline_maker_is_no_supplier_nor_the_other_clauses_attacker():
    text = ("Iranian-built missile hits Marib camp as US strikes nine Houthi sites\n\n"
            "MARIB, Nov 19 (Staff) - A ballistic missile fired by the Houthis struck a camp for "
            "displaced families in Marib on Tuesday, killing five people.")
    assert _sides(text, whole) == [("Houthis", "Marib")]
    assert whole(text, "ArmsTransfer") == []


def test_a_headline_made_drone_over_a_named_attacker_gives_no_transfer():
    text = ("Iranian-made drones hit Port Sudan as army advances\n\n"
            "PORT SUDAN, Nov 19 (Staff) - Drones launched by the Rapid Support Forces struck the "
            "airport in Port Sudan on Tuesday, the army said.")
    assert whole(text, "ArmsTransfer") == []


def test_a_body_supply_of_the_made_weapon_is_kept():
    text = ("Iranian-made drones hit Port Sudan\n\n"
            "PORT SUDAN, Nov 19 (Staff) - Drones launched by the Rapid Support Forces struck the "
            "airport in Port Sudan on Tuesday, the army said. The army said Iran had supplied "
            "the drones to the Rapid Support Forces.")
    assert [(f["supplier"], f["recipient"]) for f in whole(text, "ArmsTransfer")] == [
        ("Iran", "Rapid Support Forces")]


def test_a_commander_killed_in_another_strike_on_the_same_town_is_kept():
    text = ("BEIRUT, Nov 19 (Staff) - An Israeli drone struck a car near Tyre on Tuesday, "
            "killing two men, the health ministry said.\n\nIsrael said on Wednesday that "
            "Hezbollah commander Ali Haidar was killed in another strike on Tyre the same day.")
    assert _sides(text) == [("Israel", "Tyre"), ("Israel", "Tyre")]
