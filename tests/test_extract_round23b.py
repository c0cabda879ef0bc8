"""Round 23 (helper b): strike places, one attack told twice, and misses: a lead told at its
region placed by the next sentence's town (kg.extract.region_leads), a restatement "The [name]
air base was struck on [day]" dating the lead (kg.extract.restated_days), weapons destroyed
"being prepared for launch" (kg.extract.prelaunch_strikes), ", which [group] claimed"
(kg.extract.claimed_which), a second site "and a [site] in [unknown town]"
(kg.extract.parallel_sites), "the [name] river" (kg.extract.river_names), "X Air Base" as the
place X (kg.extract.facility_tails). From the abstract error categories of a fresh set (never
its texts). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_strike_list

from kg.extract.facility_tails import cut_facility_tail

PUB = "2026-11-18"  # a Wednesday


_facts, _one = make_helpers(PUB, headline=False)
_strikes = make_strike_list(_facts)


def _places(text: str) -> dict:
    return {s["target_place"]: s for s in _strikes(text)}


# ------------------------------------------------------------ the lead's region, then the town

def test_region_lead_gives_way_to_the_next_sentences_village():
    text = ("Drones hit Zaporizhzhia region\n\n"
            "KYIV, Nov 18 (Staff) - Russia launched a swarm of drones at the Zaporizhzhia "
            "region, the governor said on Wednesday.\n\n"
            "One drone hit a farmhouse in the village of Stepnohirsk on Tuesday night, killing "
            "an elderly man.")
    found = _places(text)
    assert set(found) == {"Stepnohirsk"}
    assert found["Stepnohirsk"]["attacker"] == "Russia"
    assert found["Stepnohirsk"]["date"] == "2026-11-17"


def test_region_lead_with_its_own_day_keeps_apart_a_town_hit_on_another_day():
    text = ("Drones hit Zaporizhzhia region\n\n"
            "KYIV, Nov 18 (Staff) - Russian drones struck the Zaporizhzhia region on Tuesday, "
            "wounding three people.\n\n"
            "One drone hit a farmhouse in the village of Stepnohirsk on Sunday night, killing "
            "an elderly man.")
    assert len(_strikes(text)) == 2


def test_the_region_of_the_headline_is_no_attack_on_the_dateline_city():
    text = ("Russian drones pound Kherson region\n\n"
            "KYIV, Nov 18 (Staff) - Dozens of Russian drones targeted the region, officials "
            "said on Wednesday.\n\n"
            "A drone hit a bus in the town of Bilozerka on Monday night, killing two passengers.")
    found = _places(text)
    assert set(found) == {"Bilozerka"}
    assert found["Bilozerka"]["date"] == "2026-11-16"


def test_the_dateline_city_named_again_keeps_its_attack():
    text = ("Drones over Ukraine\n\n"
            "KYIV, Nov 18 (Staff) - Russian drones hit a power plant in Kyiv and targeted the "
            "region around it, officials said on Wednesday.\n\n"
            "A drone hit a bus in the town of Bilozerka on Monday night, killing two passengers.")
    assert "Kyiv" in _places(text)


# ------------------------------------------------------------ "The X air base was struck on ..."

def test_restated_target_gives_the_lead_its_day():
    text = ("Drones hit Russian base\n\n"
            "KYIV, Nov 18 (Staff) - Ukrainian drones struck the Engels air base in Russia's "
            "Saratov region, damaging a bomber, the general staff said on Wednesday.\n\n"
            "The Engels air base was struck on Monday night, the staff added.")
    found = _places(text)
    assert found["Engels"]["date"] == "2026-11-16"


def test_restatement_leaves_a_lead_dated_by_its_own_day():
    text = ("Drones hit Russian base\n\n"
            "KYIV, Nov 18 (Staff) - Ukrainian drones struck the Engels air base in Russia's "
            "Saratov region on Tuesday, damaging a bomber, the general staff said.\n\n"
            "The Engels air base was struck on Monday too, the staff added.")
    assert {s["date"] for s in _strikes(text)} == {"2026-11-17", "2026-11-16"}


# ------------------------------------------------------------ destroyed before launch

def test_weapons_destroyed_before_launch_are_an_attack_of_the_destroyer():
    text = ("US strikes Yemen\n\n"
            "DUBAI, Nov 18 (Staff) - US forces struck a Houthi command post near Saada on "
            "Tuesday, Central Command said.\n\n"
            "It said its forces had also destroyed three drones that were being prepared for "
            "launch in Houthi-held areas.")
    found = _strikes(text)
    assert len(found) == 2
    assert {s["attacker"] for s in found} == {"United States"}


def test_weapons_only_seen_before_launch_are_no_attack():
    text = ("US strikes Yemen\n\n"
            "DUBAI, Nov 18 (Staff) - US forces struck a Houthi command post near Saada on "
            "Tuesday, Central Command said.\n\n"
            "Satellite images showed three drones that were being prepared for launch in "
            "Houthi-held areas.")
    assert len(_strikes(text)) == 1


# ------------------------------------------------------------ ", which [group] claimed"

def test_trailing_claim_names_the_attacker_of_a_background_attack():
    text = ("US strikes Yemen\n\n"
            "DUBAI, Nov 18 (Staff) - US jets struck a Houthi radar near Hodeidah on Tuesday, "
            "the Pentagon said.\n\n"
            "The raid came after an attack on Nov. 9 in the Gulf of Aden that killed two "
            "sailors on a cargo ship, which the Houthis claimed.")
    sides = {s["attacker"] for s in _strikes(text)}
    assert "Houthis" in sides


def test_trailing_claim_leaves_a_named_attacker():
    text = ("Jets strike Sanaa\n\n"
            "ADEN, Nov 18 (Staff) - Israeli jets struck a power station in Sanaa on Tuesday, "
            "killing four workers, which the Houthis claimed was a war crime.")
    assert {s["attacker"] for s in _strikes(text)} == {"Israel"}


# ------------------------------------------------------------ a second site in another town

def test_second_site_in_an_unknown_town_is_a_strike_of_its_own():
    text = ("Drones hit Sudan\n\n"
            "PORT SUDAN, Nov 18 (Staff) - RSF drones hit a water plant in Kosti and an army "
            "depot in Wad Jubara on Tuesday, the army said.")
    found = _places(text)
    assert {"Kosti", "Wad Jubara"} <= set(found)
    assert found["Wad Jubara"]["date"] == "2026-11-17"


def test_second_site_in_the_same_town_adds_nothing():
    text = ("Drones hit Sudan\n\n"
            "PORT SUDAN, Nov 18 (Staff) - RSF drones hit a water plant in Kosti and a market in "
            "the same town on Tuesday, the army said.")
    assert set(_places(text)) == {"Kosti"}


# ------------------------------------------------------------ a river is no town

def test_river_name_is_no_target_town():
    text = ("Shelling in the south\n\n"
            "KYIV, Nov 18 (Staff) - Russian artillery shelled Nikopol, across the Dnipro river "
            "from the nuclear plant, on Tuesday, wounding two people.")
    assert "Dnipro" not in _places(text)


def test_city_of_the_same_name_is_still_a_target():
    text = ("Missiles hit Dnipro\n\n"
            "KYIV, Nov 18 (Staff) - Russian missiles struck Dnipro on Tuesday, wounding nine "
            "people.")
    assert "Dnipro" in _places(text)


# ------------------------------------------------------------ "X Air Base"

def test_capitalised_air_base_is_the_place_of_its_name():
    text = ("Missiles hit base\n\n"
            "BAGHDAD, Nov 18 (Staff) - Iranian missiles struck the Ain al-Asad Air Base in "
            "western Iraq on Tuesday, the US military said.")
    assert "Ain al-Asad Air Base" in _places(text)  # round 80: the site keeps its kind


def test_facility_tail_is_cut_only_after_a_name():
    words = [(0, 3, "Al"), (4, 10, "Udeid"), (11, 14, "Air"), (15, 19, "Base")]
    assert [w for _, _, w in cut_facility_tail(words)] == ["Al", "Udeid"]
    only = [(0, 3, "Air"), (4, 8, "Base")]
    assert cut_facility_tail(only) == only
