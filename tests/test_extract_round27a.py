"""Round 27 (helper a): strikes whose attacker is told outside the attack's sentence. A bomb or a
bomb "went off at"/"exploded beside" a place is an attack (kg.extract.strikes); one blame of
"both attacks" gives its side to the two attacks told
last (kg.extract.both_attacks), with "was behind both attacks" and "were the work of [group]"
read as blame (kg.extract.blamed_behind). From the abstract error categories of a fresh set
(never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-05"  # a Saturday
facts, one = make_helpers(PUB)

TWO = ("KANO, Dec 5 (Staff) - A bomb exploded at a bus station in Gombe on Thursday, killing four "
       "people. On Friday a bomb went off at a mosque in Potiskum, killing nine worshippers. ")


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


# devices going off

def test_a_bomb_that_went_off_at_a_market_is_an_attack():
    text = "MAIDUGURI, Dec 5 (Staff) - A bomb went off at a cattle market in Konduga on Friday, killing six."
    assert ("", "Konduga") in _sides(text)


def test_an_alarm_that_went_off_is_no_attack():
    text = "MAIDUGURI, Dec 5 (Staff) - An alarm went off at a bank in Konduga on Friday, and staff left."
    assert _sides(text) == []


# one blame for both attacks

def test_a_side_behind_both_attacks_is_the_attacker_of_both():
    sides = _sides(TWO + "The governor said Boko Haram was behind both attacks.")
    assert sides == [("Boko Haram", "Gombe"), ("Boko Haram", "Potiskum")]


def test_both_attacks_the_work_of_a_group_give_it_both():
    sides = _sides(TWO + "Police said both attacks were the work of Boko Haram.")
    assert sides == [("Boko Haram", "Gombe"), ("Boko Haram", "Potiskum")]


def test_a_state_blamed_for_both_attacks_is_the_attacker_of_both():
    sides = _sides(TWO + "Nigeria blamed Cameroon for both attacks.")
    assert sides == [("Cameroon", "Gombe"), ("Cameroon", "Potiskum")]


def test_both_sides_blaming_each_other_give_no_attacker():
    sides = _sides(TWO + "Both sides blamed each other.")
    assert sides == [("", "Gombe"), ("", "Potiskum")]


def test_both_attacks_the_work_of_criminals_give_no_attacker():
    sides = _sides(TWO + "Officials said both attacks were the work of criminals.")
    assert sides == [("", "Gombe"), ("", "Potiskum")]
