"""Strikes, tenth round (issue 11): a raid told with its attacker and day whose place follows
in the next sentence ("The heaviest fell on ...", "The main target was ...", "Most were aimed
at ..."); "the [demonym] capital" and "the capital" as the place (the state's capital); the
subject of "carried out / conducted / launched ... strikes" as the attacker, its weapon as the
weapon. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-13"  # a Friday
facts, one = make_helpers(PUB)


def key(f: dict) -> tuple:
    return (f["attacker"], f["target_place"], f["date"])


def test_place_of_a_raid_in_the_next_sentence_the_heaviest_fell_on():
    f = one("Indian jets carried out a wave of air strikes across the frontier early on "
            "Wednesday. The heaviest fell on Muzaffarabad, where a seminary was destroyed.",
            "Strike")
    assert key(f) == ("India", "Muzaffarabad", "2025-06-11")
    assert f["weapon"] == "jets"


def test_place_of_a_raid_in_the_next_sentence_main_target():
    f = one("Israel launched dozens of missiles at Iran on Tuesday night, the army said. The main "
            "target was a military complex in Isfahan, Iranian media reported.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Israel", "Isfahan")


def test_place_of_a_salvo_most_of_them_were_aimed_at():
    fs = facts("Russia fired 40 drones at Ukraine overnight. Most of them were aimed at "
               "Kharkiv, where two homes burned, the air force said.", "Strike")
    assert ("Russia", "Kharkiv") in {(f["attacker"], f["target_place"]) for f in fs}


def test_a_raid_without_its_place_stays_out():
    assert facts("Turkish drones carried out a series of strikes on Sunday, officials said. "
                 "Talks on a ceasefire resumed the next day.", "Strike") == []


def test_demonym_capital_is_the_capital():
    f = one("A Russian missile hit an office block in the Ukrainian capital on Monday, "
            "wounding six people.", "Strike")
    assert (f["attacker"], f["target_place"], f["injured"]) == ("Russia", "Kyiv", 6)


def test_capital_as_subject_of_a_passive():
    f = one("The Russian capital was struck by Ukrainian drones on Sunday, the mayor said.",
            "Strike")
    assert (f["attacker"], f["target_place"]) == ("Ukraine", "Moscow")


def test_bare_capital_is_the_dateline_country_capital():
    f = one("BAMAKO — Gunmen attacked a checkpoint on the edge of the capital on Sunday, "
            "killing two soldiers. The army blamed JNIM for the attack.", "Strike")
    assert (f["target_place"], f["killed"]) == ("Bamako", 2)
    assert f["attacker"].startswith("Jama")  # JNIM by its label


def test_characterising_the_strike_just_told_is_not_another():
    fs = facts("Israeli jets struck a building in the Dahieh district of Beirut on Tuesday, "
               "killing three people. It was the third strike on the Lebanese capital since "
               "the truce.", "Strike")
    assert [(f["target_place"], f["killed"]) for f in fs] == [("Beirut", 3)]


def test_people_who_fell_or_measures_aimed_at_a_place_are_no_part_of_a_salvo():
    fs = facts("Russian drones hit Kharkiv on Monday, injuring two. Most of the soldiers fell "
               "in Bakhmut last year. The new sanctions were aimed at Moscow.", "Strike")
    assert [(f["target_place"], f["injured"]) for f in fs] == [("Kharkiv", 2)]
