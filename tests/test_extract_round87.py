"""Round 87, from error categories of round 86's two final sets (blind145/146: read as categories
only): arms sent "to help Kyiv defend against missile attacks from Russia" tell no attack, and
"Another strike on the city on Thursday wounded five" is a second attack on the city just told.
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, strike_sides

PUB = "2024-05-02"
facts, one = make_helpers(PUB, headline=False)


def _article(*paragraphs: str, published: str = PUB) -> str:
    return "Head\n" + published + "\n" + "\n\n".join(paragraphs)


def test_arms_to_help_a_capital_defend_against_attacks_tell_no_attack():
    text = _article("BERLIN, May 2 (Staff) - Germany will send two Patriot systems to help Kyiv "
                    "defend against missile attacks from Russia, officials said.")
    assert strike_sides(facts, text) == []


def test_an_attack_repelled_by_air_defences_is_still_an_attack():
    text = _article("KYIV, May 2 (Staff) - Air defences helped the city repel a missile attack on "
                    "Kyiv overnight, and two people were killed, the mayor said.")
    assert [p for _, p in strike_sides(facts, text)] == ["Kyiv"]


def test_another_strike_on_the_city_is_a_second_attack():
    text = _article("KYIV, May 2 (Staff) - Russian drones hit Odesa on Monday, killing two people. "
                    "Another strike on the city on Thursday wounded five.")
    got = [(f["attacker"], f["target_place"], f["killed"], f["injured"])
           for f in facts(text, "Strike")]
    assert ("Russia", "Odesa", 2, None) in got
    assert ("Russia", "Odesa", None, 5) in got


def test_the_toll_of_the_city_attack_told_next_is_the_same_attack():
    text = _article("KYIV, May 2 (Staff) - Russian drones hit Odesa on Monday, killing two people. "
                    "Five more people were wounded in the city, officials said.")
    assert len(facts(text, "Strike")) == 1
