"""Round 32 (helper a): a strike's attacker told outside the attack clause. A phrase appended to
the attack's sentence that renames it and names its side (kg.extract.appended_attributions); the
side whose ground the weapon was fired from (kg.extract.launch_sides); the recipient of weapons
just told as supplied, when the attack names them back (kg.extract.supplied_weapon_users). From
the family of the brief (never a held-out text). Sentences are our own."""

from __future__ import annotations

import pytest

from tests.extract_helpers import make_helpers

PUB = "2026-10-12"  # a Monday
facts, one = make_helpers(PUB)


def _sides(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def _lead(body: str) -> str:
    return "CITY, Oct 12 — " + body + "\n\nThe president condemned the violence."


# a phrase appended to the attack's sentence

@pytest.mark.parametrize("body, side, place", [
    ("Eleven recruits were killed and 23 wounded on Sunday when a car packed with explosives "
     "rammed the gate of a police academy in Mogadishu, an attack al-Shabaab claimed hours later "
     "on its radio station.", "al-Shabaab", "Mogadishu"),
    ("Gunmen killed 12 soldiers at an army post near Djibo on Tuesday, in an attack that the "
     "government attributed to JNIM.", "Jama'at Nusrat al-Islam wal-Muslimin", "Djibo"),
    ("Rockets hit a market in Goma on Monday, killing eight people, in what officials called an "
     "M23 attack.", "M23", "Goma"),
    ("A bomb exploded at a bus station in Quetta on Friday, killing seven people, in an attack "
     "for which the Baloch Liberation Army later took responsibility.",
     "Baloch Liberation Army", "Quetta"),
    ("Nine people died in Maiduguri on Friday when a suicide bomber struck a mosque, an attack "
     "Boko Haram claimed the next day.", "Boko Haram", "Maiduguri"),
])
def test_side_of_a_phrase_appended_to_the_attack(body, side, place):
    assert (side, place) in _sides(_lead(body))


def test_an_earlier_attack_claimed_after_the_place_is_not_renamed():
    text = _lead("A drone hit a fuel depot in Jizan on Monday, wounding four workers, a day after "
                 "attacks the Houthis claimed on a tanker.")
    assert ("Houthis", "Jizan") not in _sides(text)


def test_a_claim_of_another_attack_before_the_place_is_not_read():
    text = _lead("Israeli jets struck Hezbollah positions near Nabatieh on Sunday, killing three "
                 "fighters.")
    assert ("Hezbollah", "Nabatieh") not in _sides(text)


# the ground the weapon was fired from

@pytest.mark.parametrize("body, side, place", [
    ("Shells fired from Russian-held positions hit a bus stop in Kherson on Wednesday, killing "
     "two women.", "Russia", "Kherson"),
    ("A drone launched from Russian-occupied territory struck a market in Nikopol on Monday, "
     "killing three people.", "Russia", "Nikopol"),
    ("Rockets fired from Houthi-controlled areas hit a fuel depot in Jizan on Monday, wounding "
     "four workers.", "Houthis", "Jizan"),
])
def test_side_whose_ground_the_weapon_came_from(body, side, place):
    assert (side, place) in _sides(_lead(body))


def test_a_place_inside_the_origin_phrase_is_not_the_target():
    text = _lead("Shells fired from Russian-held positions on the left bank of the Dnipro hit a "
                 "bus stop in Kherson, killing two women.")
    assert _sides(text) == {("Russia", "Kherson")}


def test_ground_of_the_country_hit_is_no_side():
    text = _lead("Rockets fired from Ukrainian-held positions hit a bus stop in Kherson on "
                 "Wednesday, killing two women.")
    assert ("Ukraine", "Kherson") not in _sides(text)


# the user of weapons another state supplied

@pytest.mark.parametrize("body, side, place", [
    ("North Korea has shipped KN-23 ballistic missiles to Russia over the past two years, "
     "Ukrainian officials say. One of those missiles slammed into a residential block in Kharkiv "
     "on Thursday, killing seven people.", "Russia", "Kharkiv"),
    ("Iran has supplied Shahed drones to Russia since 2022. One of them hit an apartment building "
     "in Odesa on Monday, killing four people.", "Russia", "Odesa"),
    ("Iran has sent hundreds of drones to the Houthis. One such drone hit a fuel depot in Jizan "
     "on Monday, wounding four workers.", "Houthis", "Jizan"),
])
def test_recipient_of_supplied_weapons_is_the_attacker(body, side, place):
    assert (side, place) in _sides(_lead(body))


def test_a_supplier_that_fires_its_own_weapons_keeps_them():
    text = _lead("Iran has supplied Shahed drones to Russia since 2022. Iranian missiles hit an "
                 "air base in Erbil on Monday, killing four people.")
    assert ("Russia", "Erbil") not in _sides(text)


# deaths told passively "when attackers ...", claimed in the next sentences

@pytest.mark.parametrize("body, side, place", [
    ("On Wednesday, 22 villagers died when attackers set fire to homes in Konduga. Boko Haram "
     "claimed responsibility for the massacre in a video.", "Boko Haram", "Konduga"),
    ("Seven miners were shot dead when gunmen attacked a gold mine near Djibo. The army blamed "
     "the attack on JNIM.", "Jama'at Nusrat al-Islam wal-Muslimin", "Djibo"),
    ("At least 14 people were killed when militants stormed a hotel in Mogadishu on Friday. Hours "
     "later al-Shabaab claimed the assault.", "al-Shabaab", "Mogadishu"),
])
def test_deaths_when_attackers_claimed_next(body, side, place):
    assert (side, place) in _sides(_lead(body))


def test_deaths_when_attackers_unclaimed_add_no_strike():
    text = _lead("On Wednesday, 22 villagers died when attackers set fire to homes in Konduga. "
                 "No group has claimed the attack.")
    assert facts(text, "Strike") == []
