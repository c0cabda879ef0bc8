"""Strike false alarms of issue 11's seventeenth round, from a fresh set's abstract error
categories (never its texts): a city of a two-city dateline taken as the target, the side of an
answered attack guessed as a state when the retaliation hit a group's sites, a city's "area" struck
where the town hit in it is told, and the state a weapon was made in or sold by read as the
attacker. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-04-10"  # a Friday
facts, one = make_helpers(PUB)


def places(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


# ------------------------------------------------------------ two-city datelines

def test_a_city_of_a_two_city_dateline_is_not_the_target():
    text = ("ANKARA/TEHRAN, April 10 (Wire) - Iran fired missiles at Israel overnight, wounding "
            "eleven people, emergency services said.")
    assert places(text) == {("Iran", "Israel")}


def test_an_unattributed_attack_under_a_two_city_dateline_gets_neither_city():
    text = ("KYIV/MOSCOW - Drones set fire to a fuel depot overnight, the regional governor "
            "said, and no one was hurt.")
    assert all(p not in ("Kyiv", "Moscow") for _, p in places(text))


def test_a_place_named_in_the_body_under_a_two_city_dateline_still_counts():
    text = ("WARSAW/KYIV, April 10 - Russian missiles hit the city of Lutsk on Thursday, "
            "killing three people.")
    assert places(text) == {("Russia", "Lutsk")}


# ------------------------------------------------------------ the attack answered

def test_the_attack_answered_is_the_groups_whose_sites_were_hit():
    text = ("Israel bombed Hezbollah positions near Tyre on Wednesday in retaliation for rocket "
            "fire on the town of Nahariya that wounded four people.")
    got = places(text)
    assert {a for a, p in got if p and p.startswith("Nahariy")} == {"Hezbollah"}


def test_without_a_group_named_the_answered_attack_keeps_the_states_side():
    text = ("Iran fired missiles at Israel on Tuesday in response to an air strike on the city "
            "of Isfahan that killed five people.")
    got = places(text)
    assert ("Israel", "Isfahan") in got


# ------------------------------------------------------------ an area, then the town hit

def test_the_town_hit_in_a_struck_area_is_the_target():
    text = ("Israeli jets pounded the Tyre area on Tuesday, killing three people in the village "
            "of Qana.")
    assert places(text) == {("Israel", "Qana")}


def test_an_area_struck_with_no_town_named_stays():
    text = "Israeli jets pounded the Tyre area on Tuesday, killing three people."
    assert places(text) == {("Israel", "Tyre")}


# ------------------------------------------------------------ a weapon's maker or seller

def test_the_country_a_drone_was_made_in_is_not_the_attacker():
    text = ("A drone made in China hit a fuel convoy near the town of Kidal on Saturday, "
            "killing five people.")
    assert {a for a, _ in places(text)} == {None}


def test_a_seller_named_by_sold_by_is_not_the_attacker():
    text = ("Jets sold by Russia to the junta bombed the village of Kanan on Monday, "
            "killing eight people.")
    assert "Russia" not in {a for a, _ in places(text)}


def test_a_state_that_fired_a_weapon_made_elsewhere_stays_the_attacker():
    text = ("Ukraine fired missiles made in the United States at the city of Belgorod on "
            "Monday, wounding six people.")
    assert ("Ukraine", "Belgorod") in places(text)
