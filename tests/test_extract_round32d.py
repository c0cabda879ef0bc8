"""Round 32 (helper d): an office-holder's state from context and treaties told through the
article's side. A minister "who travelled with [leader]" / "travelling with him" serves the
leader's state, not the dateline's (kg.extract.companions); "a similar agreement signed with B",
"the deal mirrors one struck with B" tells a treaty between B and our side of the treaty told
before (kg.extract.subject_similar_deals). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


def _pairs(text: str) -> set[frozenset]:
    return {frozenset(f["parties"]) for f in facts(text, "Treaty")}


# a minister who travelled with a leader

def test_minister_who_travelled_with_the_named_leader_serves_his_state():
    text = ("Talks in Kenya\n2026-11-24\nNAIROBI — Somali President Hassan Sheikh Mohamud met "
            "Kenyan President William Ruto on Monday.\n\nInterior Minister Abdi Warsame Kulane, "
            "who travelled with Mohamud, said the border would reopen in January.")
    assert ("Abdi Warsame Kulane", "Somalia") in _roles(text)


def test_minister_travelling_with_the_host_keeps_the_host_state():
    text = ("Talks in Kenya\n2026-11-24\nNAIROBI — Somali President Hassan Sheikh Mohamud met "
            "Kenyan President William Ruto on Monday.\n\nInterior Minister Joseph Kiprono "
            "Langat, who travelled with Ruto, said the border would reopen in January.")
    assert ("Joseph Kiprono Langat", "Kenya") in _roles(text)


def test_minister_without_a_travel_cue_keeps_the_dateline_state():
    text = ("Talks in Kenya\n2026-11-24\nNAIROBI — Somali President Hassan Sheikh Mohamud met "
            "Kenyan President William Ruto on Monday.\n\nInterior Minister Joseph Kiprono "
            "Langat said the border would reopen in January.")
    assert ("Joseph Kiprono Langat", "Kenya") in _roles(text)


# a similar agreement signed with B

def test_similar_agreement_signed_with_a_partner_joins_the_possessive_side():
    text = ("Pact in Kenya\n2026-11-24\nNAIROBI — Somalia and Kenya signed a border security "
            "agreement on Monday.\n\nThe pact is Mogadishu's second this year, following a "
            "similar agreement signed with Ethiopia in August.")
    assert frozenset({"Somalia", "Ethiopia"}) in _pairs(text)


def test_deal_mirroring_one_struck_with_a_partner_joins_the_article_subject():
    text = ("Drones deal\n2026-11-24\nWARSAW — Ukraine asked for more air defence on Monday. "
            "Ukraine and Poland signed an agreement on the joint production of drones. The deal "
            "mirrors one struck with Lithuania in March, Ukrainian officials said.")
    assert frozenset({"Ukraine", "Lithuania"}) in _pairs(text)


def test_similar_agreement_without_a_treaty_told_before_is_no_treaty():
    text = ("Border talks\n2026-11-24\nNAIROBI — Somalia wants calm on its border with Kenya. "
            "Officials hope for a similar agreement signed with Ethiopia in August.")
    assert frozenset({"Somalia", "Ethiopia"}) not in _pairs(text)


def test_partner_already_a_party_adds_nothing():
    text = ("Pact in Kenya\n2026-11-24\nNAIROBI — Somalia and Kenya signed a border security "
            "agreement on Monday, a similar agreement signed with Kenya in 2019 having lapsed.")
    assert _pairs(text) == {frozenset({"Somalia", "Kenya"})}


# an international body's office

def test_body_office_after_a_brussels_dateline_is_no_state_office():
    text = ("EU summit\n2026-11-24\nBRUSSELS — European Commission President Ursula von der Leyen "
            "said on Monday that the bloc would consider the request.")
    assert not any(c == "Belgium" for _, c in _roles(text))


def test_a_state_adjective_before_the_title_keeps_the_office():
    text = ("EU summit\n2026-11-24\nBRUSSELS — Belgian Prime Minister Bart De Wever said on "
            "Monday that the European Union would consider the request.")
    assert ("Bart De Wever", "Belgium") in _roles(text)


# the two men signed: the sentence's two office-holders

def test_the_two_men_signed_joins_the_two_holders_of_the_sentence():
    text = ("Visit\n2026-11-24\nBRUSSELS — Prime Minister Nikol Pashinyan, who has promised to "
            "steer Armenia toward Europe, arrived on Monday.\n\nPashinyan held talks with Belgian "
            "Prime Minister Bart De Wever, and the two men signed a defence cooperation "
            "agreement.")
    assert frozenset({"Armenia", "Belgium"}) in _pairs(text)


def test_one_holder_and_the_two_men_signed_adds_no_pair():
    text = ("Visit\n2026-11-24\nBRUSSELS — Armenia's prime minister arrived on Monday. He met "
            "officials, and the two men signed a cooperation agreement.")
    assert not any(len(p) == 2 and "Belgium" in p for p in _pairs(text))


# the junta in [capital]

def test_the_junta_in_a_capital_gives_its_head_that_state():
    text = ("Letter\n2026-11-24\nABUJA — Envoys from Niger reached the Nigerian capital on Monday "
            "with a letter from General Abdourahamane Tiani, who has led the junta in Niamey "
            "since 2023.")
    assert ("Abdourahamane Tiani", "Niger") in _roles(text)


def test_the_junta_without_a_seat_still_needs_one_state():
    text = ("Letter\n2026-11-24\nABUJA — Envoys from Niger reached the Nigerian capital on Monday "
            "with a letter from General Abdourahamane Tiani, who has led the junta since 2023.")
    assert ("Abdourahamane Tiani", "Nigeria") not in _roles(text)


# "added that [capital] would": the speaker's own state

def test_minister_who_added_that_his_capital_would_act_serves_it():
    text = ("Visit\n2026-11-24\nTOKYO — Ferdinand Marcos Jr., the Philippine president, vowed on "
            "Monday to resist Chinese pressure, and Defence Secretary Gilberto Teodoro added that "
            "Manila would host more drills with Japanese forces.")
    assert ("Gilberto Teodoro", "Philippines") in _roles(text)


def test_minister_who_added_that_the_other_side_would_fail_is_not_its():
    text = ("Visit\n2026-11-24\nTOKYO — Defence Minister Gen Nakatani met officials on Monday, and "
            "Foreign Minister Takeshi Iwaya added that Beijing would fail to divide the allies.")
    assert ("Takeshi Iwaya", "China") not in _roles(text)


def test_similar_pact_with_the_side_told_by_a_demonym_after_the_cue():
    text = ("Fisheries\n2026-11-24\nDAKAR — Ghana and Senegal signed a fisheries pact on Monday. "
            "The accord echoes the pact sealed with Togo last year, Ghanaian officials said.")
    assert frozenset({"Ghana", "Togo"}) in _pairs(text)
    assert frozenset({"Senegal", "Togo"}) not in _pairs(text)
