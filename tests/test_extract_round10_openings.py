"""Strikes, tenth round (issue 11): the attack that opened a push told in the sentence before
("The offensive opened with artillery and drone strikes", "Their assault began with heavy
shelling", "It began with air strikes") takes the push's subject as attacker, its place and, if
it has none, its day; "the next day" dates an attack from the one told before. Sentences are our
own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-13"  # a Friday
facts, one = make_helpers(PUB)


def test_offensive_opened_with_strikes_takes_the_push():
    f = one("The Houthis renewed their push on Marib this week. The offensive opened on Monday "
            "with missile and drone strikes on government lines, officials said.", "Strike")
    assert (f["attacker"], f["target_place"], f["date"]) == ("Houthis", "Marib", "2025-06-09")


def test_assault_began_with_shelling_and_its_toll():
    f = one("Russian forces launched a new advance toward Pokrovsk on Tuesday. Their assault "
            "began with heavy shelling of the town's outskirts, killing at least five "
            "civilians.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"], f["date"]) == (
        "Russia", "Pokrovsk", 5, "2025-06-10")


def test_it_began_with_air_strikes():
    f = one("The Malian army moved against rebels holding Kidal on Wednesday. It began with air "
            "strikes on their positions, residents said.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Mali", "Kidal")


def test_an_opening_with_no_push_told_before_is_no_attack():
    assert facts("Peace talks resumed in Doha on Monday.\n\nThe session opened with speeches "
                 "on the air strikes of last year.", "Strike") == []


def test_the_next_day_dates_from_the_attack_before():
    fs = facts("Israeli drones struck a car in Tyre on Monday, killing two men. The next day, "
               "a missile hit a house in Nabatieh, wounding four.", "Strike")
    assert {(f["target_place"], f["date"]) for f in fs} == {("Tyre", "2025-06-09"),
                                                           ("Nabatieh", "2025-06-10")}
