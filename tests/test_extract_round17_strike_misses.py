"""Strikes and tolls of issue 11's seventeenth round that the extractor missed, from a fresh
set's abstract error categories (never its texts): tolls told as the complement of "the dead"
("The dead included ...", "Among the dead were ..."), a group of one ("and a driver") added to
a counted group, a national force as the subject of a past perfect after a speaker ("X's army
said Indian artillery had shelled ..."), and a bomb "detonated" at a place. Sentences are our
own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.strikes import casualties

PUB = "2025-09-12"  # a Friday
facts, one = make_helpers(PUB)


# ------------------------------------------------------------ tolls after "the dead"

def test_the_dead_included_gives_the_toll():
    assert casualties("The dead included three nurses, the hospital director said.")[0] == 3


def test_among_the_dead_gives_the_toll():
    assert casualties("Among the dead were eleven farmers; a dozen more were hurt.") == (11, 12)


def test_the_dead_included_two_groups_add_up():
    text = "The dead included two firefighters and a paramedic, officials said."
    assert casualties(text)[0] == 3


def test_a_group_of_one_after_and_adds_one_person():
    assert casualties("The blast killed four miners and a guard.")[0] == 5


def test_a_thing_after_and_is_not_a_person():
    # (negative: "an unknown number" and "a dog" are no person counted)
    assert casualties("The raid killed six fighters and an unknown number of others.")[0] == 6
    assert casualties("The shell killed two shepherds and a dog.")[0] == 2


def test_the_dead_without_a_count_gives_no_toll():
    assert casualties("The dead were buried in the village on Saturday.") == (None, None)


def test_the_toll_in_the_next_sentence_reaches_the_strike():
    text = ("KHERSON — Russian glide bombs hit a bus station in Kherson on Thursday. "
            "The dead included five passengers and a driver, the regional governor said.")
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Russia", "Kherson", 6)


# ------------------------------------------------------------ a national force after a speaker

def test_a_demonym_force_after_a_speaker_is_the_attacker():
    text = "Armenia's defence ministry said Azerbaijani artillery had shelled Jermuk on Thursday."
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"]) == ("Azerbaijan", "Jermuk")


def test_the_speaker_is_not_taken_for_the_attacker_of_a_demonym_force():
    text = "Pakistan's army said Indian drones had struck Bhimber on Thursday."
    assert {f["attacker"] for f in facts(text, "Strike")} == {"India"}


# ------------------------------------------------------------ a bomb detonated at a place

def test_a_bomb_detonated_near_a_place_is_an_attack_of_its_own():
    text = ("Insurgents attacked a police post in Bannu on Tuesday, killing two officers. "
            "They also detonated a roadside bomb near a checkpoint in Kohat, "
            "wounding five soldiers.")
    got = {f["target_place"]: f for f in facts(text, "Strike")}
    assert set(got) == {"Bannu", "Kohat"}
    assert got["Kohat"]["injured"] == 5 and got["Bannu"]["injured"] is None


def test_detonating_a_controlled_charge_is_no_attack():
    # (negative: engineers destroying a found shell are not an attack on a place)
    text = "Army engineers detonated the shell in a field after clearing the area, police said."
    assert facts(text, "Strike") == []
