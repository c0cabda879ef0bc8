"""Strike places and strike identity of issue 11's fifteenth round, from a fresh set's
abstract error categories (never its texts): a base named with a number ("the H-3 air base",
"Camp 9") cut short or lost to its province, a barrage "fired" at a whole country, and a
headline attack told again in the lead with the same toll. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.headline_twins import headline_toll_twins
from kg.extract.numbered_names import numbered_sites
from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2026-06-12"  # a Friday
facts, one = make_helpers(PUB)


def places(text: str) -> list[str | None]:
    return [f["target_place"] for f in facts(text, "Strike")]


# ------------------------------------------------------------ bases named with a number

def test_a_code_named_air_base_is_the_place_not_its_region():
    f = one("Iranian drones struck the H-3 air base in Iraq's Anbar province on Sunday, "
            "wounding two soldiers.", "Strike")
    assert f["target_place"] == "H-3 air base"  # round 80: the site keeps its kind
    assert f["injured"] == 2


def test_a_site_noun_with_its_number_keeps_the_number():
    text = ("Militants shelled Camp 9, a remote army outpost in northern Mali, on Thursday, "
            "killing three soldiers.")
    assert places(text) == ["Camp 9"]


def test_a_numbered_base_near_a_city_is_the_base():
    assert places("A drone hit the Q-2 military base near Mosul on Monday, wounding four "
                  "guards.") == ["Q-2 military base"]  # round 80: the site keeps its kind


def test_weapon_designations_and_counts_are_no_site_names():
    assert numbered_sites("Poland ordered 96 F-35 jets and 250 T-72 tanks.", []) == []
    assert numbered_sites("At Camp 4 residents fled the fighting.", []) == []
    text = "Rebels attacked Forward Operating Base 5 at dawn."
    assert [text[a:b] for a, b in numbered_sites(text, [])] == ["Forward Operating Base 5"]


# ------------------------------------------------------------ a barrage at a country

def test_a_barrage_fired_across_a_country_is_placed_at_the_country():
    f = one("Overnight into Wednesday, Russia fired a barrage of about 70 drones across "
            "Ukraine, the air force said.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Russia", "Ukraine")


def test_a_barrage_fired_at_a_city_keeps_the_city():
    f = one("Russia fired a barrage of drones at Kharkiv on Wednesday.", "Strike")
    assert f["target_place"] == "Kharkiv"


# ------------------------------------------------------------ the headline's twin

def test_a_headline_toll_joins_the_leads_attack():
    text = ("Drone strike kills six at Sudan market\n\n"
            "PORT SUDAN — Drones of the Rapid Support Forces hit a market in the town of "
            "Um Kadada in North Darfur on Tuesday, killing six people, medics said.\n\n"
            "The army said it shot down two other drones over El Obeid.")
    out = [f for f in record_to_gold_facts(extract_text(text, published=PUB))["facts"]
           if f["type"] == "Strike"]
    assert len(out) == 1, out
    assert out[0]["killed"] == 6 and out[0]["target_place"] != "Port Sudan"


def test_a_headline_region_in_the_other_country_joins_the_leads_attack():
    text = ("Shelling kills five in Kashmir hamlet\n\n"
            "MUZAFFARABAD — Indian mortar shells hit the hamlet of Leepa in "
            "Pakistan-administered Kashmir on Wednesday, killing five villagers, local "
            "officials said.\n\n"
            "Pakistan's foreign ministry summoned India's envoy.")
    out = [f for f in record_to_gold_facts(extract_text(text, published=PUB))["facts"]
           if f["type"] == "Strike"]
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in out] == [
        ("India", "Leepa", 5)], out


def _strike(sent, killed, place, attacker=None, country=None):
    return {"type": "Strike", "_sent": sent, "killed": killed, "injured": None, "date": None,
            "attacker": attacker, "target_place": place, "target_country": country}


def test_a_headline_toll_shared_by_two_lead_attacks_joins_neither():
    head = _strike(0, 3, "place/region")
    a = _strike(1, 3, "place/a", "state/x", "state/y")
    b = _strike(2, 3, "place/b", "state/x", "state/y")
    drop: set[int] = set()
    headline_toll_twins([head, a, b], lambda into, s: None, drop)
    assert drop == set()


def test_a_headline_with_another_toll_is_not_folded():
    head = _strike(0, 9, "place/region")
    a = _strike(1, 3, "place/a", "state/x", "state/y")
    drop: set[int] = set()
    headline_toll_twins([head, a], lambda into, s: None, drop)
    assert drop == set()


# ------------------------------------------------------------ a region, then the town hit in it

def test_a_region_struck_yields_to_the_town_its_damage_names():
    f = one("Russian missiles hit the Mykolaiv region overnight, damaging grain silos in the "
            "port of Ochakiv and injuring three workers.", "Strike")
    assert f["target_place"] == "Ochakiv"
    assert f["injured"] == 3


def test_a_region_whose_toll_is_in_two_towns_stays_the_region():
    f = one("Russian drones struck the Sumy region on Thursday, killing two people in "
            "Shostka and Konotop.", "Strike")
    assert f["target_place"] == "Sumy Oblast"


def test_a_region_with_no_town_named_after_it_stays_the_region():
    f = one("Russian drones struck the Sumy region on Thursday, killing two people, "
            "officials in Kyiv said.", "Strike")
    assert f["target_place"] == "Sumy Oblast"


# ------------------------------------------------------------ the dateline is not the place hit

def test_the_toll_place_of_an_unknown_camp_beats_the_dateline():
    f = one("DEIR AL-BALAH — An Israeli airstrike killed seven people in a school shelter in "
            "Zuwaida on Tuesday, medics said.", "Strike")
    assert f["target_place"] == "Zuwaida"


def test_a_toll_with_no_place_after_it_leaves_the_dateline_rule_alone():
    f = one("GAZA CITY — An Israeli airstrike killed seven people on Tuesday, medics said.",
            "Strike")
    assert f["target_place"] == "Gaza City"
