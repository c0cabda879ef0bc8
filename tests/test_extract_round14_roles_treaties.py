"""Leader roles and treaties of issue 11's fourteenth round, from a fresh set's abstract error
categories (never its texts): three-party pacts "with fellow [members] A and B", earlier
agreements named only as a yardstick, two ministers of one title where only the second has a
nationality, monarchs whose gazetteer name holds the title, and juntas or ruling councils "led
by General X". Sentences are our own, different from the dev14d set's."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-03-13"  # a Friday
facts, one = make_helpers(PUB)


def parties(text: str) -> list[set[str]]:
    return [set(f["parties"]) for f in facts(text, "Treaty")]


def holders(text: str) -> dict[str, str]:
    return {f["person"]: f["country"] for f in facts(text, "LeaderRole")}


# ------------------------------------------------ "with fellow [members] A and B"

def test_fellow_members_after_with_are_parties():
    assert parties("Poland signed a border security pact on Monday with fellow NATO members "
                   "Lithuania and Latvia.") == [{"Poland", "Lithuania", "Latvia"}]


def test_fellow_members_outrank_a_later_with():
    text = ("Senegal signed a fisheries protection accord on Tuesday with fellow coastal states "
            "Gambia and Guinea-Bissau, ending years of disputes with Mauritania.")
    assert parties(text) == [{"Senegal", "Gambia", "Guinea-Bissau"}]


def test_fellow_with_no_state_after_it_adds_no_party():
    text = "Chile signed a trade pact with Peru on Wednesday, joined by fellow negotiators."
    assert parties(text) == [{"Chile", "Peru"}]


# ------------------------------------------------ an earlier agreement as a yardstick

def test_an_agreement_named_after_than_is_no_fact():
    text = ("Diplomats said the new deal went further than the 2015 accord between Armenia and "
            "Azerbaijan on prisoner exchanges.")
    assert facts(text, "Treaty") == []


def test_an_agreement_it_was_compared_with_is_no_fact():
    text = ("Analysts compared the plan with the 2002 agreement between India and Pakistan, "
            "which collapsed within a year.")
    assert facts(text, "Treaty") == []


def test_a_background_treaty_told_plainly_is_still_a_fact():
    text = "Officials invoked the 2001 water treaty between Peru and Ecuador."
    assert parties(text) == [{"Peru", "Ecuador"}]


# ------------------------------------------------ "Minister A and [Nationality] Minister B"

def test_the_first_minister_is_not_of_the_second_ones_state():
    text = ("NAIROBI — Kenya hosted talks on the Sudan war on Monday. Foreign Minister Musalia "
            "Mudavadi and Ethiopian Foreign Minister Gedion Timothewos urged a truce, while "
            "Egypt sent an envoy.")
    got = holders(text)
    assert got.get("Gedion Timothewos") == "Ethiopia"
    assert got.get("Musalia Mudavadi") == "Kenya"


def test_the_article_state_serves_when_the_dateline_is_the_other_side():
    text = ("DOHA — Somalia's government sent its top diplomat to Qatar. Foreign Minister Ahmed "
            "Moallim Fiqi met Qatari Foreign Minister Mohammed Al Khulaifi to discuss "
            "aid for Somalia, and Somali officials welcomed the Somali pledge.")
    got = holders(text)
    assert got.get("Ahmed Moallim Fiqi") == "Somalia"


def test_two_titled_ministers_keep_their_own_states():
    text = "Polish Defence Minister Jan Nowak and Czech Defence Minister Petr Dvorak met on Monday."
    assert holders(text) == {"Jan Nowak": "Poland", "Petr Dvorak": "Czech Republic"}


# ------------------------------------------------ a monarch whose name holds the title

def test_a_gazetteer_king_with_regnal_number_is_a_role():
    text = "King Charles III hosted the president of Ghana at Buckingham Palace on Tuesday."
    assert holders(text).get("Charles III") == "United Kingdom"


def test_an_unknown_king_with_regnal_number_is_a_role():
    assert holders("King Letsie III of Lesotho opened parliament on Friday.") == {
        "Letsie III": "Lesotho"}


# ------------------------------------------------ "led by General X"

def test_a_junta_that_is_led_by_a_colonel():
    text = "Guinea, whose junta is led by Colonel Mamadi Doumbouya, held a referendum."
    assert holders(text) == {"Mamadi Doumbouya": "Guinea"}


def test_a_sovereignty_council_led_by_a_general():
    text = "Sudan's Sovereignty Council, led by General Abdel Fattah al-Burhan, met in Port Sudan."
    assert holders(text) == {"Abdel Fattah al-Burhan": "Sudan"}


def test_a_paramilitary_force_led_by_a_general_gives_no_role():
    text = ("The paramilitary Rapid Support Forces, led by General Mohamed Hamdan Dagalo, "
            "shelled El Fasher on Tuesday.")
    assert facts(text, "LeaderRole") == []


def test_a_separatist_council_gives_no_state_leader():
    text = "Yemen's Southern Transitional Council, led by Aidarous al-Zubaidi, took Aden."
    assert facts(text, "LeaderRole") == []


# ------------------------------------------------ a plural office told before the names

def test_the_plural_office_of_the_sentence_before_with_possessive_names():
    text = ("The two interior ministers held talks in Accra on Monday. Ghana's Kwame Mensah and "
            "Togo's Yao Agbeko agreed to share border patrols.")
    roles = {(f["person"], f["role"], f["country"]) for f in facts(text, "LeaderRole")}
    assert roles == {("Kwame Mensah", "interior minister", "Ghana"),
                     ("Yao Agbeko", "interior minister", "Togo")}


def test_a_plural_office_in_apposition_with_possessive_names():
    text = "The two defence ministers, Kenya's Soipan Tuya and Uganda's Jacob Oboth, met."
    assert holders(text) == {"Soipan Tuya": "Kenya", "Jacob Oboth": "Uganda"}


def test_possessive_names_without_an_office_give_no_role():
    text = "Nobody met on Monday. Ghana's Kwame Mensah and Togo's Yao Agbeko toured the port."
    assert facts(text, "LeaderRole") == []


# ------------------------------------------------ "A's X and B's Y signed"

def test_possessive_signers_give_both_parties_and_both_signers():
    f = one("Chad's Abderaman Koulamallah and Niger's Bakary Sangare then signed a security "
            "memorandum in N'Djamena.", "Treaty")
    assert set(f["parties"]) == {"Chad", "Niger"}
    assert f["signatories"] == ["Abderaman Koulamallah", "Bakary Sangare"]


def test_one_possessive_signer_is_no_list():
    assert facts("Chad's Abderaman Koulamallah then signed a decree on Monday.", "Treaty") == []


# ------------------------------------------------ signers of "the treaty" in the next sentence

def test_the_treaty_signed_next_sentence_by_two_of_three_is_the_same_treaty():
    text = ("Ghana signed a maritime security pact on Monday with fellow coastal states Togo and "
            "Benin. Togo's Robert Dussey and Benin's Olushegun Bakari signed the pact in Accra.")
    fs = facts(text, "Treaty")
    assert [set(f["parties"]) for f in fs] == [{"Ghana", "Togo", "Benin"}]
    assert set(fs[0]["signatories"]) == {"Robert Dussey", "Olushegun Bakari"}


def test_a_new_pact_of_two_of_the_three_is_its_own_treaty():
    text = ("Ghana signed a maritime security pact on Monday with fellow coastal states Togo and "
            "Benin. Togo's Robert Dussey and Benin's Olushegun Bakari also signed a separate "
            "fisheries accord.")
    assert sorted(len(f["parties"]) for f in facts(text, "Treaty")) == [2, 3]


# ------------------------------------------------ an onlooker is no signer

def test_a_president_who_looked_on_is_no_signer():
    text = ("Ghana and Togo signed a border pact in Lome on Monday. President John Mahama "
            "looked on as the two interior ministers signed the pact.")
    assert all("John Mahama" not in (f["signatories"] or []) for f in facts(text, "Treaty"))


def test_a_president_who_signed_is_a_signer():
    f = one("Ghana's President John Mahama signed a border pact with Togo on Monday.", "Treaty")
    assert f["signatories"] == ["John Mahama"]
