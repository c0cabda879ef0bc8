"""Round 89, from error categories of round 88's two final sets (blind149/150: read as categories
only): "Days later, an American drone strike in the city killed ten" is another attack; "...,
according to officials in Kharkiv and Sumy" names where the sources sit, not places hit;
"gunmen besieged a hotel for thirty hours, killing 21" is an attack; "Denmark's first F-16 jets
arrived in Ukraine" and "would reach Ukraine within days" are transfers. Sentences are our own;
each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_article, make_helpers, strike_places, transfer_triples

PUB = "2024-05-12"
facts, one = make_helpers(PUB, headline=False)
_article = make_article(PUB)


def test_days_later_a_strike_in_the_city_is_another_attack():
    text = _article("KABUL, May 11 (Staff) - A suicide bomber killed ten people in Kabul on "
                    "Tuesday. Days later, an American drone strike in the city killed ten members "
                    "of one family.")
    got = {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}
    assert got == {(None, "Kabul"), ("United States", "Kabul")}


def test_hours_later_a_toll_in_the_city_is_the_same_attack():
    text = _article("KABUL, May 11 (Staff) - A suicide bomber killed ten people in Kabul on "
                    "Tuesday. Hours later, the death toll from the bombing in the city rose to "
                    "fifteen.")
    assert [f["killed"] for f in facts(text, "Strike")] == [15]


def test_cities_of_the_sources_are_not_places_hit():
    text = _article("KYIV, May 11 (Staff) - Russian drones hit energy facilities "
                    "overnight, killing three people, according to officials in Kharkiv and Sumy.")
    places = [p for _, p, _ in strike_places(facts, text)]
    assert "Kharkiv" not in places and "Sumy" not in places


def test_a_place_hit_before_according_to_stays():
    text = _article("KYIV, May 11 (Staff) - Russian drones hit Kharkiv overnight, killing three "
                    "people, according to regional officials.")
    assert [p for _, p, _ in strike_places(facts, text)] == ["Kharkiv"]


def test_a_siege_told_with_its_toll_is_an_attack():
    text = _article("MOGADISHU, May 11 (Staff) - Al Shabaab gunmen besieged a hotel in the capital "
                    "for thirty hours, killing twenty-one people.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == ("al-Shabaab", "Mogadishu", 21)


def test_a_siege_without_a_toll_is_no_strike():
    text = _article("KHARTOUM, May 11 (Staff) - The paramilitary forces have besieged El Fasher "
                    "since May, cutting off food supplies.")
    assert facts(text, "Strike") == []


def test_a_states_first_jets_arrived_in_the_recipient():
    text = _article("KYIV, May 11 (Staff) - Denmark's first F-16 jets arrived in Ukraine on "
                    "Monday, the air force said.")
    assert transfer_triples(facts, text) == {("Denmark", "Ukraine", "F-16 jets")}


def test_a_states_first_system_would_reach_the_recipient():
    text = _article("KYIV, May 11 (Staff) - Germany's first IRIS-T system would reach Ukraine "
                    "within days, the defence minister said.")
    assert {(s, r) for s, r, _ in transfer_triples(facts, text)} == {("Germany", "Ukraine")}


def test_the_recipients_own_first_jets_are_no_transfer():
    text = _article("KYIV, May 11 (Staff) - Ukraine's first F-16 jets arrived in Ukraine on "
                    "Monday, the air force said.")
    assert facts(text, "ArmsTransfer") == []
