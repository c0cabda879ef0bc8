"""Round 22 (helper b): attacks missed or given the wrong side: "in the first such <Nationality>
strike" (kg.extract.first_such), "a missile the Houthis fired at <place>"
(kg.extract.relative_fire), a dated background "On <date>, a <Nationality> missile killed N ..."
(kg.extract.dated_background), "In the same wave of attacks, X was hit" (kg.extract.same_wave),
a bomb set off under a vehicle and blamed in the next sentence (kg.extract.blamed_bombs). From
the abstract error categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_strike_list, strike_key

PUB = "2026-11-18"  # a Wednesday


_facts, _one = make_helpers(PUB, headline=False)


_strikes = make_strike_list(_facts)
_key = strike_key


# ------------------------------------------------------------ "the first such <side> strike"

def test_first_such_nationality_strike_names_the_attacker():
    text = ("Strike in Lebanon\n\n"
            "BEIRUT, Nov 18 (Staff) - A motorbike was hit near the town of Nabatieh on Monday, "
            "killing two men, in the first such Israeli strike in the area since October, "
            "state media said.\n\n"
            "Hezbollah said it had fired rockets at an army post in Metula last week.")
    found = {s["target_place"]: s for s in _strikes(text)}
    assert found["Nabatieh"]["attacker"] == "Israel"


def test_first_such_attack_by_a_group_names_the_attacker():
    text = ("Blast in Somalia\n\n"
            "MOGADISHU, Nov 18 (Staff) - A hotel in Kismayo was hit by a car bomb on Tuesday, "
            "killing five people, in the first such attack by al-Shabaab in the port this year, "
            "officials said.\n\n"
            "On Monday, the United States carried out an air strike near Jamame, killing three "
            "militants.")
    found = {s["target_place"]: s for s in _strikes(text)}
    assert found["Kismayo"]["attacker"] == "al-Shabaab"


def test_first_such_without_a_side_changes_nothing():
    text = ("Strike in Lebanon\n\n"
            "BEIRUT, Nov 18 (Staff) - Israeli jets struck the town of Nabatieh on Monday, "
            "killing two men, in the first such strike on the town this year, state media "
            "said.")
    [s] = _strikes(text)
    assert s["attacker"] == "Israel"


# ------------------------------------------------------------ "a missile <side> fired at <place>"

def test_relative_clause_side_is_the_attacker_of_its_place():
    text = ("Israel strikes Yemen\n\n"
            "ADEN, Nov 18 (Staff) - Israeli jets struck the port of Hodeidah on Tuesday, "
            "killing four people, the health ministry said.\n\n"
            "The strikes answered a drone the Houthis launched at Eilat last week, the military "
            "said.")
    found = {s["target_place"]: s for s in _strikes(text)}
    assert found["Hodeidah"]["attacker"] == "Israel"
    assert "Eilat" not in found or found["Eilat"]["attacker"] == "Houthis"


# ------------------------------------------------------------ dated background

def test_dated_background_missile_is_an_attack():
    text = ("Talks in Yemen\n\n"
            "ADEN, Nov 18 (Staff) - Officials met in Muscat on Tuesday to discuss a truce.\n\n"
            "On August 4, an Israeli missile killed six people at a bus depot in Sanaa, "
            "according to the group.")
    [s] = _strikes(text)
    assert _key(s) == ("Israel", "Sanaa", 6, "2026-08-04")


def test_dated_background_army_drone_is_the_datelines_state():
    text = ("Fighting in Sudan\n\n"
            "PORT SUDAN, Sudan, Nov 18 (Staff) - Talks on a truce stalled on Tuesday, mediators "
            "said.\n\n"
            "On October 12, an army drone killed 9 people at a fuel station in Nyala, activists "
            "said.")
    [s] = _strikes(text)
    assert _key(s) == ("Sudan", "Nyala", 9, "2026-10-12")


def test_a_weekday_background_is_not_read_by_this_rule():
    text = ("Talks in Yemen\n\n"
            "ADEN, Nov 18 (Staff) - Officials met in Muscat on Tuesday to discuss a truce.\n\n"
            "An Israeli official said the missile killed nobody.")
    assert _strikes(text) == []


# ------------------------------------------------------------ "In the same wave of attacks"

def test_same_wave_gives_the_waves_day():
    text = ("Drones hit Sudan\n\n"
            "PORT SUDAN, Sudan, Nov 18 (Staff) - The Rapid Support Forces launched a drone "
            "attack on Kassala's airport on Monday, killing three people, the army said.\n\n"
            "In the same wave of attacks, a power station in Atbara was hit, Sudan's energy "
            "ministry said.")
    found = {s["target_place"]: s for s in _strikes(text)}
    assert found["Atbara"]["attacker"] == "Rapid Support Forces"
    assert found["Atbara"]["date"] == "2026-11-16"


# ------------------------------------------------------------ a bomb blamed in the next sentence

def test_bomb_under_a_vehicle_blamed_next_is_an_attack():
    text = ("Unrest in the West Bank\n\n"
            "RAMALLAH, Nov 18 (Staff) - Settlers and Palestinians clashed near Hebron, the "
            "Red Crescent said.\n\n"
            "On Monday, a roadside bomb was detonated under a police car near Nablus, wounding "
            "three officers. The Israeli military blamed the bombing on Hamas.")
    found = {s["target_place"]: s for s in _strikes(text)}
    assert found["Nablus"]["attacker"] == "Hamas"
    assert found["Nablus"]["injured"] == 3
    assert found["Nablus"]["date"] == "2026-11-16"


def test_bomb_under_a_vehicle_without_blame_adds_nothing():
    text = ("Unrest in the West Bank\n\n"
            "RAMALLAH, Nov 18 (Staff) - Settlers and Palestinians clashed near Hebron, the "
            "Red Crescent said.\n\n"
            "On Monday, a roadside bomb was detonated under a police car near Nablus, wounding "
            "three officers. Police opened an investigation.")
    assert all(s["target_place"] != "Nablus" for s in _strikes(text))
