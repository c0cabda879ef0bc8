"""Round 26 (helper c): the place of a strike at a base, at sea and at an airport. "struck
<unknown base> air base in western <province>" is the base (kg.extract.bases_in_regions). From
the abstract error categories of a fresh set (never its texts); sentences are our own."""

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
    assert _places(text) == [("Iran", "Ain al-Asad")]


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
