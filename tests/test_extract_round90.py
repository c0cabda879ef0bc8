"""Round 90, from error categories of round 89's two final sets (blind151/152: read as categories
only): "Turkey, a NATO member that has kept ties with Moscow, has sold Ukraine dozens of TB2
drones" (an indefinite apposition between subject and verb); "a stray missile ... fired by
Ukraine's air defences ... was not a deliberate attack"; "Niger has deepened ties with Turkey,
which trains its troops and has supplied TB2 drones". Sentences are our own; each rule has a case
it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_article, make_helpers, transfer_triples

PUB = "2022-03-12"
facts, one = make_helpers(PUB, headline=False)
_article = make_article(PUB)


def test_an_indefinite_apposition_between_subject_and_verb():
    text = _article("WASHINGTON, March 11 (Staff) - Turkey, a NATO member that has kept ties with "
                    "Moscow, has sold Ukraine dozens of Bayraktar TB2 drones.")
    assert transfer_triples(facts, text) == {("Turkey", "Ukraine", "Bayraktar TB2 drones")}


def test_a_relative_clause_naming_another_state_is_still_skipped():
    text = _article("WASHINGTON, March 11 (Staff) - Turkey, which borders Syria, has sold Ukraine "
                    "dozens of Bayraktar TB2 drones.")
    assert transfer_triples(facts, text) == {("Turkey", "Ukraine", "Bayraktar TB2 drones")}


def test_a_stray_air_defence_missile_that_was_not_a_deliberate_attack_is_no_strike():
    text = _article("WARSAW, Nov 16 (Staff) - A stray missile that killed two men in Przewodow was "
                    "fired by Ukraine's air defences and was not a deliberate attack, President "
                    "Andrzej Duda said.", published="2022-11-17")
    assert facts(text, "Strike", published="2022-11-17") == []


def test_an_attack_said_not_deliberate_without_a_stray_defence_stays():
    text = _article("KYIV, Nov 16 (Staff) - A Russian missile hit a school in Kharkiv on Tuesday, "
                    "killing two people; Moscow said it was not a deliberate attack.",
                    published="2022-11-17")
    assert [f["target_place"] for f in facts(text, "Strike", published="2022-11-17")] == [
        "Kharkiv"]


def test_a_state_which_has_supplied_arms_to_the_subject():
    text = _article("NIAMEY, March 11 (Staff) - Niger has deepened ties with Turkey, which trains "
                    "its troops and has supplied Bayraktar TB2 drones.")
    assert transfer_triples(facts, text) == {("Turkey", "Niger", "Bayraktar TB2 drones")}


def test_a_state_in_a_fronted_phrase_is_not_the_recipient():
    text = _article("BAMAKO, March 11 (Staff) - Since breaking with France, Mali's junta has "
                    "turned to Russia, which has delivered attack helicopters to its air force.")
    assert {(s, r) for s, r, _ in transfer_triples(facts, text)} == {("Russia", "Mali")}
