"""Round 25 (helper a): attacks missed. "the killing of N men ... by gunmen at X on Sunday" is an
attack (kg.extract.killing_by); "a suicide bomber drove an explosives-laden vehicle into an army
post in X", its toll in the next sentence and its author in the nearest claim of "the attack"
(kg.extract.driven_bombs); a bare "the capital" under a foreign dateline is the capital of the one
state the sentence names with a possessive (kg.extract.capital_teller). From the abstract error
categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


def test_a_killing_by_gunmen_at_a_town_is_an_attack():
    text = ("KADUNA, Dec 4 (Staff) - Mourners gathered on Friday for the funeral of eight "
            "villagers after the killing of eight farmers by gunmen at Kauru on Tuesday night.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        None, "Kauru", 8, "2026-12-01")


def test_a_killing_by_a_named_group_gives_the_group():
    text = ("MAIDUGURI, Dec 4 (Staff) - Residents fled the area after the killing of 12 "
            "fishermen by Boko Haram near Monguno on Wednesday, officials said.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == ("Boko Haram", "Monguno", 12)


def test_a_killing_by_soldiers_is_no_attack_by_a_group():
    # near-miss: security forces' killings in a raid are not read by this rule
    text = ("JOS, Dec 4 (Staff) - Rights groups questioned the killing of five men by soldiers "
            "at Bokkos on Tuesday.")
    assert facts(text, "Strike") == []


def test_a_killing_without_a_day_is_no_attack():
    # near-miss: a running toll, not one attack
    text = ("JOS, Dec 4 (Staff) - Rights groups have documented the killing of 300 people by "
            "gunmen in Plateau state over two years.")
    assert facts(text, "Strike") == []


def test_a_driven_vehicle_bomb_takes_the_next_toll_and_the_claim():
    text = ("BAMAKO, Dec 4 (Staff) - A suicide bomber drove an explosives-laden truck into an "
            "army post in Boulkessi on Thursday morning, the army said.\n\nThe explosion killed "
            "nine soldiers and wounded 15 others, security sources said.\n\nThe post has been "
            "attacked before.\n\nThe al Qaeda-linked group JNIM said in a statement that it "
            "carried out the attack.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["injured"], s["date"]) == (
        "Jama'at Nusrat al-Islam wal-Muslimin", "Boulkessi", 9, 15, "2026-12-03")


def test_a_claim_of_an_earlier_attack_gives_no_side():
    # near-miss: the group claims "an attack" in March, not this bombing
    text = ("BAMAKO, Dec 4 (Staff) - A suicide bomber rammed a car packed with explosives into "
            "a checkpoint in Boulkessi on Thursday, the army said.\n\nThe blast killed six "
            "soldiers.\n\nJNIM said in March that it carried out an attack on a convoy near "
            "Gao.")
    s = next(f for f in facts(text, "Strike") if f["target_place"] == "Boulkessi")
    assert (s["attacker"], s["killed"]) == (None, 6)


def test_the_capital_under_a_foreign_dateline_is_the_teller_states():
    text = ("NAIROBI, Dec 4 (Staff) - Al-Shabaab militants attacked a police station in the "
            "capital on Thursday, killing three officers, Somalia's security ministry said.")
    s = one(text, "Strike")
    assert (s["target_place"], s["target_country"]) == ("Mogadishu", "Somalia")


def test_the_capital_under_its_own_dateline_stays():
    # near-miss: the dateline's state is named in the sentence: its capital
    text = ("NAIROBI, Dec 4 (Staff) - Al-Shabaab militants attacked a police station in the "
            "capital on Thursday, killing three officers, Kenya's interior ministry said.")
    s = one(text, "Strike")
    assert s["target_place"] == "Nairobi"


def test_a_killing_by_gunmen_in_the_village_of_a_place():
    text = ("JOS, Dec 4 (Staff) - Youths blocked the highway on Thursday over the killing of "
            "seven men by gunmen in the village of Kwall on Monday night.")
    s = one(text, "Strike")
    assert (s["target_place"], s["killed"], s["date"]) == ("Kwall", 7, "2026-11-30")
