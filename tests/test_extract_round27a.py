"""Round 27 (helper a): strikes whose attacker is told outside the attack's sentence. A bomb or a
device "went off at"/"detonated beside" a place is an attack (kg.extract.strikes); ", and
explosives packed into a truck detonated near [place]" is a lead's second attack
(kg.extract.device_clauses); one blame of "both attacks" gives its side to the two attacks told
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


def test_an_explosive_device_detonating_beside_a_rail_line_is_an_attack():
    text = ("QUETTA, Dec 5 (Staff) - An explosive device detonated beside a rail line outside "
            "Turbat on Friday, wounding two railway workers.")
    assert ("", "Turbat") in _sides(text)


# the second attack of a compound lead

def test_explosives_packed_into_a_truck_tell_a_second_attack_by_the_first_side():
    text = ("KANO, Dec 5 (Staff) - Islamic State West Africa Province fighters overran an army "
            "post in Malam Fatori on Thursday, killing nine soldiers, and explosives packed into a "
            "truck detonated near a barracks in Damasak hours later, killing four more.")
    sides = _sides(text)
    assert len(sides) == 2 and {p for _, p in sides} == {"Mallam Fatori", "Damasak"}
    assert all(a for a, _ in sides)


def test_explosives_packed_into_crates_found_are_no_second_attack():
    text = ("KANO, Dec 5 (Staff) - Islamic State West Africa Province fighters overran an army "
            "post in Malam Fatori on Thursday, killing nine soldiers, and explosives packed into "
            "crates were found in Damasak.")
    assert [p for _, p in _sides(text)] == ["Mallam Fatori"]


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
