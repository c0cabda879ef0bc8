"""Round 26 (helper c): the place of a strike at a base, at sea and at an airport. "struck
<unknown base> air base in western <province>" is the base (kg.extract.bases_in_regions); "The
tanker was 80 nautical miles off <port>" after a sea attack is that attack told again
(kg.extract.ship_positions). From the abstract error categories of a fresh set (never its
texts); sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-20"
facts, one = make_helpers(PUB)


def _places(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


# ------------------------------------------------- "<base> air base in western <province>"

def test_an_unknown_base_before_a_qualified_province_is_the_place():
    text = ("BAGHDAD - Iranian drones struck Ain al-Asad air base in western Anbar province on "
            "Sunday, wounding four contractors, the Iraqi military said.")
    assert _places(text) == [("Iran", "Ain al-Asad air base")]  # round 80: with its kind


def test_an_unknown_airfield_before_a_plain_region_is_the_place():
    text = ("KYIV - Ukrainian drones hit the Millerovo airfield in Russia's Rostov region on "
            "Tuesday, destroying a fuel store, the General Staff said.")
    assert _places(text) == [("Ukraine", "Millerovo")]


def test_a_base_named_after_the_province_is_not_taken():
    # near-miss: the unknown name stands after the province, not before "air base in"
    text = ("BAGHDAD - Iranian drones struck a base in western Anbar province on Sunday, "
            "wounding four contractors, the Iraqi military said.")
    assert _places(text) == [("Iran", "Anbar")]


def test_a_known_town_with_its_base_stays_the_town():
    text = ("KYIV - Ukrainian drones struck the Saky air base in western Crimea on Wednesday, "
            "destroying a radar station, the General Staff said.")
    assert _places(text) == [("Ukraine", "Saki")]  # the gazetteer's label of Saky


# ------------------------------------------- "<N> nautical miles off <port>" after a sea attack

def test_a_position_off_a_port_after_a_sea_attack_keeps_the_sea():
    text = ("ADEN - Houthi forces fired two anti-ship missiles at a Liberian-flagged bulk carrier in "
            "the Red Sea on Monday, a maritime agency said. The ship was about 60 nautical miles "
            "off Hodeidah when the first missile struck its hull.")
    assert _places(text) == [("Houthis", "Red Sea")]


def test_another_attackers_strike_off_a_port_after_a_sea_attack_is_its_own():
    # near-miss: another attacker's strike measured from a port is not the sea attack told again
    text = ("ADEN - Houthi forces fired two anti-ship missiles at a Liberian-flagged bulk carrier in "
            "the Red Sea on Monday, a maritime agency said. US jets struck a radar site about 20 "
            "kilometres off Hodeidah on Tuesday, the Pentagon said.")
    assert _places(text) == [("Houthis", "Red Sea"), ("United States", "Hodeidah")]


def test_a_position_off_a_port_without_a_sea_attack_before_is_not_touched():
    text = ("TARTUS - Israel's navy fired on a fishing boat about 20 miles off Tartus on Tuesday, "
            "wounding one fisherman, the ministry said.")
    assert [p for _, p in _places(text)] == ["Tartus"]
