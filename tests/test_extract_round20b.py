"""Round 20 (helper b): attackers told indirectly and attacks the rules missed: the state held
responsible for a strike ("S has not said it carried out that strike, but V holds it
responsible", kg.extract.held_responsible), a building part "brought down" by a missile with a
toll, "the killing of N people near X in an air strike" (kg.extract.attack_cues.killing_before),
and no strike for an interception of surveillance drones (attack_cues.unarmed_downing). From the
abstract error categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_strike_list, strike_key

PUB = "2026-09-09"  # a Wednesday


_facts, _one = make_helpers(PUB, headline=False)


_strikes = make_strike_list(_facts)
_key = strike_key


# ------------------------------------------------------------ held responsible

def test_silent_state_held_responsible_is_the_attacker():
    text = ("Drone kills three in Syria\n\n"
            "QAMISHLI, Sept 9 (Staff) - A drone struck a pickup truck near Qamishli on Monday, "
            "killing three men, local officials said.\n\n"
            "Turkey has not said it carried out that strike, but Syria holds it responsible, "
            "the foreign ministry said.")
    [s] = _strikes(text)
    assert _key(s) == ("Turkey", "Qamishli", 3, "2026-09-07")


def test_holds_state_responsible_for_the_attack():
    text = ("Drone kills three in Syria\n\n"
            "QAMISHLI, Sept 9 (Staff) - A drone struck a pickup truck near Qamishli on Monday, "
            "killing three men, local officials said.\n\n"
            "Syria holds Turkey responsible for the attack, the foreign ministry said.")
    [s] = _strikes(text)
    assert s["attacker"] == "Turkey"


def test_held_responsible_for_no_attack_names_no_attacker():
    text = ("Drone kills three in Syria\n\n"
            "QAMISHLI, Sept 9 (Staff) - A drone struck a pickup truck near Qamishli on Monday, "
            "killing three men, local officials said.\n\n"
            "Syria holds Turkey responsible for the shortage of water in the Euphrates, the "
            "foreign ministry said.")
    [s] = _strikes(text)
    assert s["attacker"] is None


# ------------------------------------------------------------ missed attacks

def test_missile_brought_down_a_section_in_a_temporal_clause():
    text = ("Rescuers search rubble\n\n"
            "ZAPORIZHZHIA, Sept 9 (Staff) - Rescuers searched the ruins of a hostel on "
            "Wednesday, a day after a Russian missile brought down part of the building, "
            "killing at least nine people.")
    [s] = _strikes(text)
    assert _key(s) == ("Russia", "Zaporizhzhia", 9, "2026-09-08")


def test_brought_down_a_drone_is_no_building_strike():
    text = ("Air defence\n\n"
            "KYIV, Sept 9 (Staff) - A Ukrainian helicopter crew brought down a drone over the "
            "Kyiv region on Tuesday, the air force said.")
    assert all(s["attacker"] != "Ukraine" for s in _strikes(text))


def test_earthquake_brought_down_buildings_is_no_strike():
    text = ("Quake in Afghanistan\n\n"
            "KABUL, Sept 9 (Staff) - An earthquake brought down two buildings in Herat on "
            "Tuesday, killing 12 people, officials said.")
    assert _strikes(text) == []


def test_killing_of_people_near_a_town_in_an_air_strike():
    text = ("Anger in Burkina Faso\n\n"
            "OUAGADOUGOU, Sept 9 (Staff) - Students marched through Ouagadougou on Wednesday "
            "after the killing of nine people near Djibo in an air strike on Saturday, "
            "witnesses said.")
    [s] = _strikes(text)
    assert _key(s) == (None, "Djibo", 9, "2026-09-05")


def test_killing_in_a_road_accident_is_no_strike():
    text = ("Anger in Burkina Faso\n\n"
            "OUAGADOUGOU, Sept 9 (Staff) - Students marched through Ouagadougou on Wednesday "
            "after the killing of nine people near Djibo in a road accident on Saturday, "
            "witnesses said.")
    assert _strikes(text) == []


# ------------------------------------------------------------ interceptions

def test_surveillance_drones_shot_down_are_no_strike():
    text = ("Border tension\n\n"
            "AMRITSAR, Sept 9 (Staff) - Pakistani shells hit the village of Ajnala on Tuesday, "
            "killing two farmers, Indian officials said.\n\n"
            "Separately, Indian interceptors shot down two surveillance drones near Pathankot "
            "on Tuesday night, the army said.")
    strikes = _strikes(text)
    assert [s["target_place"] for s in strikes] == ["Ajnala"]


# ------------------------------------------------------------ the same barrage

def test_same_barrage_takes_the_barrage_day_and_side():
    text = ("Barrage hits Ukraine\n\n"
            "KHARKIV, Sept 9 (Staff) - Russia fired a barrage of drones at Kharkiv on Tuesday, "
            "killing two people and wounding 11, the governor said.\n\n"
            "The same barrage also hit Poltava, where three people were wounded, city officials "
            "said.")
    strikes = {s["target_place"]: s for s in _strikes(text)}
    assert (strikes["Poltava"]["attacker"], strikes["Poltava"]["date"]) == ("Russia",
                                                                            "2026-09-08")


def test_same_barrage_keeps_its_own_day():
    text = ("Barrage hits Ukraine\n\n"
            "KHARKIV, Sept 9 (Staff) - Russia fired a barrage of drones at Kharkiv on Tuesday, "
            "killing two people and wounding 11, the governor said.\n\n"
            "The same barrage also hit Poltava on Wednesday morning, where three people were "
            "wounded, city officials said.")
    strikes = {s["target_place"]: s for s in _strikes(text)}
    assert strikes["Poltava"]["date"] == "2026-09-09"


# ------------------------------------------------------------ already read: kept by a test

def test_denial_blaming_the_victims_interceptor_keeps_the_attacker():
    text = ("Shelling kills two\n\n"
            "AMRITSAR, Sept 9 (Staff) - Pakistani shells hit the village of Ajnala on Tuesday, "
            "killing two farmers, Indian officials said.\n\n"
            "Pakistan denied firing and said the damage was caused by debris from an Indian "
            "interceptor that fell on the village.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"]) == ("Pakistan", "Ajnala")
