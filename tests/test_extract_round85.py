"""Round 85, from error categories of round 84's two final sets (blind141/142: read as categories
only): an attack that "sank" a ship keeps the side of the weapons that did it, a defence bought
"to intercept drone attacks on" a city is no attack on it, "a number of its own" weapons are a
supply to the partner of the article, and "reinstating X as prime minister" gives the office.
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, role_pairs, strike_sides, transfer_triples

PUB = "2024-02-17"
facts, one = make_helpers(PUB, headline=False)


def _article(*paragraphs: str, published: str = PUB) -> str:
    return "Head\n" + published + "\n" + "\n\n".join(paragraphs)


def test_weapons_that_sank_a_ship_off_occupied_ground_keep_their_side():
    text = _article("KYIV, Feb 16 (Staff) - Ukrainian sea drones sank a Russian landing ship off "
                    "occupied Crimea on Thursday, the military said.")
    assert strike_sides(facts, text) == [("Ukraine", "Crimea")]


def test_a_ship_sunk_by_unnamed_weapons_gets_no_side_from_the_verb():
    text = _article("KYIV, Feb 16 (Staff) - Unidentified drones sank a Russian landing ship off "
                    "occupied Crimea on Thursday, a regional official said.")
    assert [a for a, _ in strike_sides(facts, text)] in ([], [""])


def test_systems_bought_to_intercept_drone_attacks_on_a_city_tell_no_attack():
    text = _article("CAIRO, Feb 16 (Staff) - Egypt is buying the German systems to intercept "
                    "drone attacks on Cairo and the Suez Canal, officials said.")
    assert strike_sides(facts, text) == []


def test_air_defences_working_to_repel_attacks_still_tell_the_attack():
    text = _article("KYIV, Feb 16 (Staff) - Air defences worked to repel drone attacks on Kyiv "
                    "overnight, and two people were killed, the mayor said.")
    assert [p for _, p in strike_sides(facts, text)] == ["Kyiv"]


def test_a_number_of_its_own_weapons_go_to_the_partner_told_before():
    text = _article("MADRID, Feb 16 (Staff) - Ukraine has asked its allies for more air defence. "
                    "Spain said on Friday it would donate a number of its own Aspide launchers.")
    assert ("Spain", "Ukraine", "Aspide launchers") in transfer_triples(facts, text)


def test_its_best_system_is_not_read_as_a_stock_given_away():
    text = _article("MADRID, Feb 16 (Staff) - Ukraine has asked its allies for more air defence. "
                    "Spain said on Friday it would keep its own Aspide launchers at home.")
    assert transfer_triples(facts, text) == set()


def test_reinstating_a_person_as_prime_minister_gives_the_office():
    text = _article("KATHMANDU, Feb 16 (Staff) - Nepal's Supreme Court on Friday restored the "
                    "dissolved parliament, reinstating Sher Bahadur Deuba as prime minister.")
    assert ("Sher Bahadur Deuba", "Nepal") in role_pairs(facts, text)


def test_reinstating_an_official_to_another_post_gives_no_office():
    text = _article("KATHMANDU, Feb 16 (Staff) - The court on Friday ordered the reinstating of "
                    "Ram Kumar Thapa as chief of the electoral commission.")
    assert role_pairs(facts, text) == set()
