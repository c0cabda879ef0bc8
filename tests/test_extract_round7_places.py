"""Strikes, seventh round (issue 11): the struck city told by the dateline or a reference back
while the sentence names only a district or neighbourhood of it. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-09-17"  # a Wednesday
facts, one = make_helpers(PUB)


def places(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def test_district_under_a_dateline_gives_the_dateline_city():
    got = one("DNIPRO, Ukraine — A bus depot in the Samarskyi district was hit by Russian "
              "missiles on Monday, killing three people, officials said.", "Strike")
    assert (got["attacker"], got["target_place"]) == ("Russia", "Dnipro")


def test_neighbourhood_of_the_city_refers_back_to_the_dateline_city():
    assert places("ALEPPO, Syria — Turkish drones struck the Sheikh Maqsoud neighbourhood of "
                  "the city on Saturday, killing five civilians, a monitor said.") == {
        ("Turkey", "Aleppo")}


def test_district_of_a_province_told_before_is_no_part_of_the_dateline_city():
    got = places("KABUL — Pakistani jets bombed villages in Khost province on Monday, killing "
                 "nine people, a spokesman said. He said the jets had also hit the Gurbuz "
                 "district, wounding four more.")
    assert all(p != "Kabul" for _, p in got), got


def test_district_of_a_city_filed_from_another_state_keeps_its_name():
    got = places("GENEVA — Israeli jets struck a house in the Shejaiya neighbourhood on "
                 "Sunday, killing six people, medics in Gaza said.")
    assert all(p != "Geneva" for _, p in got), got
