"""Strikes, tenth round (issue 11): a sentence that tells how the attack just told was carried
out ("The strikes were carried out by F-16 jets flying from ...", "The raid was conducted with
Reaper drones") gives that attack its weapon and is no attack of its own (not at the place the
aircraft flew from); "rammed" is an attack verb. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-13"  # a Friday
facts, one = make_helpers(PUB)


def test_strikes_carried_out_by_aircraft_from_a_sea_is_the_same_attack():
    f = one("American warplanes struck Houthi sites near Saada on Thursday. The strikes were "
            "carried out by F-16 fighter jets flying from a base in the Gulf, an official said.",
            "Strike")
    assert (f["attacker"], f["target_place"]) == ("United States", "Saada")


def test_raid_conducted_with_drones_gives_the_weapon():
    f = one("The United States struck a compound in Jilib on Tuesday, killing four militants. "
            "The raid was conducted with MQ-9 Reaper drones, the command said.", "Strike")
    assert (f["target_place"], f["killed"]) == ("Jilib", 4)
    assert "Reaper" in (f["weapon"] or "")


def test_attack_carried_out_by_a_group_gives_the_attacker():
    f = one("Rockets hit a military base in Kirkuk on Monday, wounding two guards. The attack was "
            "carried out by Kataib Hezbollah, a security official said.", "Strike")
    assert (f["target_place"], f["injured"]) == ("Kirkuk", 2)
    assert f["attacker"] and "Hezbollah" in f["attacker"]


def test_rammed_is_an_attack_verb():
    f = one("A Ukrainian naval drone rammed a Russian patrol ship off Novorossiysk on Sunday, "
            "the navy said.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Ukraine", "Novorossiysk")


def test_weapon_named_in_the_attack_noun():
    f = one("A drone strike hit a fuel depot in Port Sudan on Sunday, the army said.", "Strike")
    assert (f["target_place"], (f["weapon"] or "").lower()) == ("Port Sudan", "drone")


def test_weapon_named_in_a_plural_attack_noun_as_subject():
    f = one("Missile strikes on Odesa killed three people on Monday, the governor said.",
            "Strike")
    assert (f["target_place"], (f["weapon"] or "").lower(), f["killed"]) == ("Odesa", "missile", 3)


def test_named_weapon_after_the_noun_wins_over_the_noun():
    f = one("A drone strike by a Lancet loitering munition hit a howitzer near Kupiansk on "
            "Friday.", "Strike")
    assert "Lancet" in (f["weapon"] or "")
