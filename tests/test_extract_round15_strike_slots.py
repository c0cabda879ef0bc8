"""Strike slots of issue 11's fifteenth round, from a fresh set's abstract error categories
(never its texts): a toll told as two groups of people ("four soldiers and one civilian") adds
up. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.strikes import casualties

PUB = "2026-06-11"
facts, one = make_helpers(PUB)


# ---------------------------------------------- two groups of people in one toll

def test_two_groups_after_killing_add_up():
    assert casualties("Gunmen raided a checkpoint, killing three policemen and two "
                      "passers-by, officials said.") == (5, None)


def test_two_groups_before_a_passive_verb_add_up():
    assert casualties("Six border guards and four farmers were killed.") == (10, None)
    assert casualties("At least two medics and five patients were wounded in the blast.") \
        == (None, 7)


def test_a_strike_with_two_groups_of_dead_counts_them_all():
    s = one("Rebels shelled the town of Beni on Friday, killing seven soldiers and three "
            "children, the army said.", "Strike")
    assert s["killed"] == 10


def test_killed_and_a_separate_wounded_count_are_not_added():
    assert casualties("The bomb killed 9 soldiers and 14 were wounded.") == (9, 14)
    assert casualties("The shelling killed two people and injured four.") == (2, 4)


def test_a_later_time_is_not_a_second_group():
    assert casualties("The raid killed four soldiers and two hours later a mine exploded.") \
        == (4, None)


# ---------------------------------------------- attackers: a blame told later, a verb after "to"

def test_a_blame_on_a_group_named_with_al_names_the_attacker():
    s = one("KISMAYO, Somalia — A car bomb exploded outside a hotel in Kismayo on Tuesday. The "
            "attack was blamed on al-Shabaab.", "Strike")
    assert s["attacker"] == "al-Shabaab"


def test_used_them_to_bomb_is_no_weapon_the_supplier_uses():
    text = ("NAIROBI — Kenya has supplied the Ugandan army with armoured trucks, and Ugandan "
            "troops used them last week to bomb rebel camps. Separately, a roadside bomb hit a "
            "bus near Garissa on Monday, killing four passengers. The blast was blamed on "
            "al-Shabaab.")
    s = next(f for f in facts(text, "Strike") if f["target_place"] == "Garissa")
    assert s["attacker"] == "al-Shabaab"


def test_a_blame_naming_no_one_leaves_the_attacker_open():
    s = one("KISMAYO, Somalia — A car bomb exploded outside a hotel in Kismayo on Tuesday. The "
            "attack was blamed on local militants.", "Strike")
    assert s["attacker"] is None
