"""Round 84, from error categories of two fresh sets (blind139/140: read as categories only) and
the counts behind them over the older sets: districts of Pakistan's north-west and Stepanakert
as places, bombs that exploded "minutes apart", items listed after a colon behind the packages a
government approved or notified, "the three countries" listed earlier in their own sentence,
"the two countries" after a sentence that joins a pair, a purchase told as an aside after a
nationality, and a vessel class named "Attack". Sentences are our own; each rule has a case it
must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, party_sets, strike_places, strike_sides,
                                   transfer_triples)

PUB = "2024-03-09"
facts, one = make_helpers(PUB, headline=False)


def _article(*paragraphs: str, published: str = PUB) -> str:
    return "Head\n" + published + "\n" + "\n\n".join(paragraphs)


def test_a_district_of_the_north_west_is_a_place_in_pakistan():
    text = _article("PESHAWAR, March 8 (Staff) - A roadside bomb struck a paramilitary convoy in "
                    "South Waziristan on Thursday, killing four soldiers, officials said.")
    assert ("", "South Waziristan", "Pakistan") in strike_places(facts, text)


def test_a_town_inside_that_district_is_its_own_place():
    text = _article("PESHAWAR, March 8 (Staff) - Militants fired rockets at a police station in "
                    "Mir Ali on Thursday, wounding three officers.")
    assert [p for _, p, _ in strike_places(facts, text)] == ["Mir Ali"]


def test_stepanakert_and_khankendi_are_one_place():
    text = _article("YEREVAN, March 8 (Staff) - Azerbaijani forces shelled Stepanakert on "
                    "Thursday, wounding five residents, local officials said.")
    places = strike_places(facts, text)
    assert [a for a, _, _ in places] == ["Azerbaijan"]
    from kg.extract.evaluate import Matcher
    from kg.extract.records import get_extractor
    assert Matcher(get_extractor().gaz).same_place(places[0][1], "Khankendi")


def test_bombs_that_exploded_minutes_apart_are_an_attack_at_the_place():
    text = _article("MOGADISHU, March 8 (Staff) - Two car bombs exploded minutes apart outside "
                    "a hotel near the port of Mogadishu on Friday, killing at least twelve "
                    "people. Al Shabaab said it carried out the bombing.")
    assert strike_sides(facts, text) == [("al-Shabaab", "Mogadishu")]


def test_minutes_apart_without_a_place_word_after_it_is_not_read():
    text = _article("MOGADISHU, March 8 (Staff) - The two votes came minutes apart, and the "
                    "speaker exploded minutes apart from the chamber's cheers.")
    assert strike_sides(facts, text) == []


def test_items_after_a_colon_behind_notified_packages_take_the_pair_before():
    text = _article("WASHINGTON, March 8 (Staff) - The United States approved the sale of 66 "
                    "F-16 fighter jets to Taiwan on Friday. It also notified Congress of two "
                    "further packages: 40 Paladin howitzers and 100 Stinger missiles.")
    triples = transfer_triples(facts, text)
    assert ("United States", "Taiwan", "Paladin howitzers") in triples
    assert ("United States", "Taiwan", "Stinger missiles") in triples


def test_items_after_a_colon_take_the_recipient_after_to():
    text = _article("WASHINGTON, March 8 (Staff) - The State Department on Friday cleared two "
                    "arms sales to Morocco: 600 Stinger missiles and 18 HIMARS launchers.")
    triples = transfer_triples(facts, text)
    assert ("United States", "Morocco", "Stinger missiles") in triples
    assert ("United States", "Morocco", "HIMARS launchers") in triples


def test_items_after_a_colon_for_another_recipient_do_not_take_the_first_pair():
    text = _article("WASHINGTON, March 8 (Staff) - The State Department approved a sale of 12 "
                    "HIMARS launchers to Latvia and cleared two other sales: 200 Javelin missiles "
                    "and 20 Stinger launchers for Estonia, officials said.")
    triples = transfer_triples(facts, text)
    assert ("United States", "Estonia", "Javelin missiles") in triples
    assert ("United States", "Latvia", "Javelin missiles") not in triples


def test_a_colon_after_other_words_is_no_list_of_items():
    text = _article("WASHINGTON, March 8 (Staff) - The United States approved the sale of 66 "
                    "F-16 fighter jets to Taiwan on Friday. One official put the dispute simply: "
                    "Paladin howitzers and Stinger missiles were never on the table.")
    assert {w for _, _, w in transfer_triples(facts, text)} == {"F-16 fighter jets"}


def test_the_three_countries_listed_earlier_in_their_own_sentence_are_the_parties():
    text = _article("NICOSIA, March 8 (Staff) - Ministers from Egypt, Greece and Cyprus met in "
                    "Athens, where the three countries signed a defence cooperation accord on "
                    "Tuesday.")
    assert party_sets(facts, text) == [{"Egypt", "Greece", "Cyprus"}]


def test_the_three_countries_with_a_fourth_state_in_the_sentence_are_not_read_from_it():
    text = _article("NICOSIA, March 8 (Staff) - Defence ministers of Egypt, Greece and Cyprus "
                    "met as Turkey protested, and the three countries signed a maritime "
                    "security accord.")
    assert {"Egypt", "Greece", "Cyprus"} not in party_sets(facts, text)


def test_the_two_countries_after_a_joined_pair_are_that_pair_not_the_broker():
    text = _article("BAKU, March 8 (Staff) - Armenia and Azerbaijan accepted a truce brokered by "
                    "Russia last year. The two countries signed a border agreement on Friday.")
    assert party_sets(facts, text) == [{"Armenia", "Azerbaijan"}]


def test_a_purchase_told_as_an_aside_after_a_nationality_is_a_transfer():
    text = _article("NEW DELHI, March 8 (Staff) - Indian officers said Bangladeshi K-8 jets, "
                    "bought from China, had flown training sorties near the border.")
    assert ("China", "Bangladesh", "K-8 jets") in transfer_triples(facts, text)


def test_an_aside_purchase_from_the_makers_own_state_is_not_read_as_one():
    text = _article("NEW DELHI, March 8 (Staff) - Analysts said Chinese K-8 jets, bought from "
                    "China, were cheap.")
    assert not any(s == "China" and r == "China" for s, r, _ in transfer_triples(facts, text))


def test_an_attack_class_vessel_is_no_attack():
    text = _article("CANBERRA, March 8 (Staff) - The government cancelled its order for twelve "
                    "French Attack-class submarines in Adelaide, angering Paris.")
    assert strike_sides(facts, text) == []
