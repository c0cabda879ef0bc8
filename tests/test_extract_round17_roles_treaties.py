"""Leader roles of issue 11's seventeenth round, from a fresh set's abstract error categories
(never its texts): "Presidents A and B" under a headline naming their two states, a compound
title ("the interim president and army chief X"), a ruling council's head ("X's Sovereignty
Council head Y") and initials opening a three-word name ("KP Sharma Oli"). Sentences are our
own. Also "the two leaders signed it": the pair of office-holders told just before."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-08-15"  # a Friday
facts, one = make_helpers(PUB)


states, _ = make_role_views(facts)


def article_states(text: str) -> dict[str, str]:
    out = record_to_gold_facts(extract_text(text, published=PUB))["facts"]
    return {f["person"]: f["country"] for f in out if f["type"] == "LeaderRole"}


# ------------------------------------------------------------ "Presidents A and B" + headline

def test_plural_title_takes_the_headlines_two_states():
    text = ("Ghana and Togo agree to reopen border crossing\n2025-08-15\n\n"
            "ACCRA — Presidents Kwame Asante Boadu and Koffi Mensah Agbo met on Thursday to "
            "discuss trade along the coast.")
    got = article_states(text)
    assert got.get("Kwame Asante Boadu") == "Ghana"
    assert got.get("Koffi Mensah Agbo") == "Togo"


def test_plural_title_ignores_a_headline_with_another_count_of_states():
    text = ("Ghana, Togo and Benin agree to reopen border crossings\n2025-08-15\n\n"
            "ACCRA — Presidents Kwame Asante Boadu and Koffi Mensah Agbo met on Thursday to "
            "discuss trade along the coast.")
    got = article_states(text)
    assert "Kwame Asante Boadu" not in got and "Koffi Mensah Agbo" not in got


# ------------------------------------------------------------ compound titles

def test_president_and_army_chief_is_the_president():
    text = "Niger's interim president and army chief, Abdou Salami Garba, met the envoys."
    assert states(text).get("Abdou Salami Garba") == "Niger"


def test_council_head_and_army_chief_with_a_possessive_state():
    text = ("Sudan's Sovereignty Council head and army chief Hamid Osman Karrar flew to Jeddah "
            "on Monday.")
    assert states(text).get("Hamid Osman Karrar") == "Sudan"


def test_council_chairman_after_an_adjective_state():
    text = "The Sudanese Transitional Council chairman, General Hamid Osman Karrar, spoke."
    assert states(text).get("Hamid Osman Karrar") == "Sudan"


def test_council_head_without_a_state_is_no_role():
    text = "Ruling Council head Hamid Osman Karrar met Egypt's foreign minister in Cairo."
    assert "Hamid Osman Karrar" not in states(text)


# ------------------------------------------------------------ initials in a name

def test_two_capital_initials_open_a_three_word_name():
    text = "Nepal's Prime Minister KP Sharma Oli flew to Beijing on Tuesday."
    assert states(text).get("KP Sharma Oli") == "Nepal"


def test_an_acronym_before_a_title_is_no_initials():
    text = "Nepal's army hosted the UN Secretary General on Tuesday."
    assert not any(p.startswith("UN") for p in states(text))


# ------------------------------------------------------------ "the two leaders signed"

def signatories(text: str) -> list[list[str]]:
    out = record_to_gold_facts(extract_text(text, published=PUB))["facts"]
    return [sorted(f["signatories"] or []) for f in out if f["type"] == "Treaty"]


HEAD = "Ghana and Togo agree on coastal patrols\n2025-08-15\n\n"


def test_the_two_leaders_who_signed_are_the_pair_told_before():
    text = (HEAD + "ACCRA — Ghanaian President Kwame Asante Boadu met Togolese President Koffi "
            "Mensah Agbo on Thursday. Ghana and Togo signed a coastal patrol agreement. The two "
            "presidents put their signatures to the text after lunch.")
    assert signatories(text) == [["Koffi Mensah Agbo", "Kwame Asante Boadu"]]


def test_the_leaders_signed_it_in_the_treaty_sentence():
    text = (HEAD + "ACCRA — Ghanaian President Kwame Asante Boadu met Togolese President Koffi "
            "Mensah Agbo on Thursday. Ghana and Togo signed a coastal patrol agreement, and the "
            "leaders signed it in front of reporters.")
    assert signatories(text) == [["Koffi Mensah Agbo", "Kwame Asante Boadu"]]


def test_no_signers_guessed_when_three_office_holders_were_told():
    text = (HEAD + "ACCRA — Ghanaian President Kwame Asante Boadu met Togolese President Koffi "
            "Mensah Agbo and Beninese President Yao Dossou Hounkpe on Thursday. Ghana and Togo "
            "signed a coastal patrol agreement. The two leaders put their names to it.")
    assert signatories(text) == [[]]
