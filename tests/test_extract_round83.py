"""Round 83, from error categories of four fresh sets (blind133-136: read as categories only)
and the counts behind them over the older sets: a list item with an upper-case name beside a
named system of its kind, the items of "The package includes" opening the paragraph after the
supply, and military rulers presented by what they lead rather than by a title. Sentences are
our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, role_pairs, transfer_triples

PUB = "2023-08-05"
facts, one = make_helpers(PUB, headline=False)


def _article(*paragraphs: str, published: str = PUB) -> str:
    return "Head\n" + published + "\n" + "\n\n".join(paragraphs)


def test_an_upper_case_named_item_is_not_the_named_system_of_its_kind():
    text = _article(
        "TAIPEI, Aug 4 (Staff) - The State Department approved the sale of 100 Harpoon coastal "
        "defence systems to Taiwan on Friday.",
        "Last week Washington cleared three other packages for the island. They include eleven "
        "HIMARS rocket launchers and one hundred and thirty-five SLAM-ER missiles.")
    assert ("United States", "Taiwan", "SLAM-ER missiles") in transfer_triples(facts, text)


def test_a_bare_kind_after_a_named_system_is_still_that_system():
    text = _article(
        "TAIPEI, Aug 4 (Staff) - The State Department approved the sale of 100 Harpoon coastal "
        "defence systems to Taiwan on Friday. The missiles will be delivered from 2026.")
    assert {t[2] for t in transfer_triples(facts, text)} == {"Harpoon"}


def test_the_package_opening_the_next_paragraph_lists_the_supplys_items():
    text = _article(
        "WASHINGTON, Aug 4 (Staff) - The State Department approved the possible sale of three "
        "weapon systems to Taiwan on Wednesday.",
        "The package includes eleven HIMARS rocket launchers and six reconnaissance pods for "
        "the island's F-16 fighters.")
    triples = transfer_triples(facts, text)
    assert ("United States", "Taiwan", "HIMARS rocket launchers") in triples
    assert not any(w.startswith("F-16") for _, _, w in triples)


def test_a_junta_led_by_a_ranked_ruler_gives_his_office():
    text = _article("YANGON, Aug 4 (Staff) - The military, led by Senior General Min Aung Hlaing "
                    "since it seized power, denied the report.")
    assert role_pairs(facts, text) == {("Min Aung Hlaing", "Myanmar")}


def test_a_council_head_named_before_his_rank_gives_his_office():
    text = _article("PORT SUDAN, Aug 4 (Staff) - Sovereignty Council head General Abdel Fattah "
                    "al-Burhan vowed to fight on.")
    assert role_pairs(facts, text) == {("Abdel Fattah al-Burhan", "Sudan")}


def test_rulers_listed_after_their_leading_word_each_hold_their_office():
    text = _article("NIAMEY, Aug 4 (Staff) - The military leaders of Mali, Burkina Faso and Niger, "
                    "Colonel Assimi Goita, Captain Ibrahim Traore and General Abdourahamane "
                    "Tiani, met on Saturday.")
    assert role_pairs(facts, text) == {("Assimi Goita", "Mali"), ("Ibrahim Traore", "Burkina Faso"),
                                       ("Abdourahamane Tiani", "Niger")}


def test_a_ruler_named_by_rank_alone_is_no_office_told():
    text = _article("NIAMEY, Aug 4 (Staff) - Colonel Assimi Goita and Captain Ibrahim Traore "
                    "signed the charter in the same city on Saturday.")
    assert facts(text, "LeaderRole") == []


def test_an_army_chief_alone_is_no_office_told():
    text = _article("PORT SUDAN, Aug 4 (Staff) - Sudan's army chief, General Abdel Fattah "
                    "al-Burhan, visited the wounded on Friday.")
    assert facts(text, "LeaderRole") == []
