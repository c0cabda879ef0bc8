"""Round 26 (helper b): strike attackers told apart from the attack sentence. A relative clause's
antecedent ("[group], which killed N in X") and "the group" a blame refers back to ("The bombing
was blamed on the group") give a side-less strike its attacker (kg.extract.group_antecedents);
"though neither side has yet signed it" is no treaty (kg.extract.unsigned_texts). From the
abstract error categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


def _is_shabaab(name: str) -> bool:
    return name.lower() == "al-shabaab"


# the antecedent of a relative clause that tells the attack

def test_the_group_opening_a_which_killed_clause_is_the_attacker():
    text = ("BAGHDAD, Dec 3 (Staff) - Police arrested three men on Wednesday. The Islamic State "
            "group, which killed five soldiers in Kirkuk on Saturday, had called the attack "
            "revenge for earlier raids.")
    assert ("Islamic State", "Kirkuk") in _sides(text)


def test_a_which_clause_not_telling_an_attack_gives_no_attacker():
    text = ("Soldiers were killed in Kirkuk on Saturday. The Islamic State group, which has "
            "held territory in the region before, issued a statement.")
    assert ("Islamic State", "Kirkuk") not in _sides(text)


# "was blamed on the group": the one armed group named just before

def test_a_bombing_blamed_on_the_group_takes_the_group_named_before():
    text = ("MOGADISHU, Dec 3 (Staff) - Al-Shabaab fighters have stepped up their attacks near "
            "Jowhar in recent weeks, officers say.\n\nOn Tuesday a car bomb exploded at a "
            "checkpoint outside Jowhar, killing seven soldiers. The bombing was blamed on the "
            "group, which has fought the government for years.")
    strikes = facts(text, "Strike")
    assert strikes and all(_is_shabaab(s["attacker"] or "") for s in strikes)


def test_a_fire_blamed_on_faulty_wiring_is_no_attack_and_gives_no_group():
    text = ("A fire at an ammunition store in Baidoa killed two guards last week. The fire was "
            "blamed on faulty wiring, the defence ministry said.")
    assert not any(_is_shabaab(side) for side, _ in _sides(text))


def test_blamed_on_the_group_with_two_groups_named_before_picks_none():
    text = ("Al-Shabaab and the Islamic State group both operate near Bosaso. On Tuesday a car "
            "bomb exploded at a checkpoint outside Bosaso, killing seven soldiers. The bombing "
            "was blamed on the group.")
    assert all(side == "" for side, _ in _sides(text))


# an initialled agreement neither side has signed

def test_an_agreement_neither_side_has_signed_is_no_treaty():
    text = ("The border has been quiet since Armenia and Azerbaijan initialled a peace "
            "agreement, though neither side has yet signed it.")
    assert facts(text, "Treaty") == []


def test_a_signed_agreement_is_still_a_treaty():
    text = "Armenia and Azerbaijan signed a peace agreement in Washington on Monday."
    assert facts(text, "Treaty")


# "the junta" of the dateline's state receiving arms

_OUAGA = "OUAGADOUGOU, Dec 3 (Staff) - Captain Ibrahim Traore, the country's military leader, spoke. "


def _transfers(text: str) -> list[tuple]:
    return [(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")]


def test_the_junta_receiving_drones_is_the_dateline_state():
    text = _OUAGA + "The junta received Bayraktar TB2 drones from Turkey in 2022."
    assert _transfers(text) == [("Turkey", "Burkina Faso")]


def test_a_state_inside_the_juntas_relative_clause_is_no_third_party():
    text = (_OUAGA + "The junta, which has turned away from France, received Bayraktar TB2 "
            "drones from Turkey in 2022.")
    assert _transfers(text) == [("Turkey", "Burkina Faso")]


def test_a_junta_saying_it_would_buy_drones_is_no_transfer():
    text = _OUAGA + "The junta said it would buy drones."
    assert _transfers(text) == []
