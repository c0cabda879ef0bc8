"""Arms transfers, leader roles and treaties of issue 11's fifth round, from blind7's abstract
error categories (never its texts): recipients told as "the armed forces", pairwise
coordination ("respectively", "A sent X and B sent Y"), ... Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-02-20"
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)



def test_the_armed_forces_as_subject_of_a_receipt_are_the_articles_state():
    got = transfers("Chad has fought rebels in the north since spring. Chad's borders are "
                    "porous. The armed forces received eight Hurkus trainer jets from Turkey "
                    "in June.")
    assert {(s, r) for s, r, _ in got} == {("Turkey", "Chad")}


def test_respectively_pairs_each_supplier_with_its_item():
    got = transfers("Spain and Italy supplied Aspide missiles and Leopard tanks "
                    "respectively to Ukraine.")
    assert {(s, r) for s, r, _ in got} == {("Spain", "Ukraine"), ("Italy", "Ukraine")}
    assert len(got) == 2
    assert not any(s == "Spain" and "Leopard" in w for s, _, w in got)


def test_respectively_with_the_recipient_first():
    got = transfers("Canada and Norway provided Ukraine with NASAMS and Leopard tanks, "
                    "respectively.")
    assert ("Norway", "Ukraine", "Leopard tanks") in got
    assert not any(s == "Canada" and w == "Leopard tanks" for s, _, w in got)


def test_a_second_supplier_after_and_starts_its_own_clause():
    got = transfers("Denmark delivered 14 Leopard tanks to Ukraine and Sweden sent 10 "
                    "Leopard tanks to Ukraine.")
    assert {(s, r) for s, r, _ in got} == {("Denmark", "Ukraine"), ("Sweden", "Ukraine")}



def test_states_in_what_a_bare_titled_speaker_said_are_not_the_offices():
    got = roles("Finland's border is long. Finland has doubled its reserve. Defence Minister "
                "Kalle Rebane told lawmakers on Tuesday that Russia and Belarus could attack "
                "within five years.")
    assert got == {("Kalle Rebane", "defence minister", "Finland")}


def test_the_dateline_state_beats_the_article_topic_named_in_the_reported_clause():
    got = roles("LONDON — Ukraine will get more shells. Ukraine has asked for air defence, "
                "and Ukraine's allies are meeting. Defence Secretary Tom Ashby told "
                "lawmakers that Ukraine would get 200 more missiles this year.")
    assert ("Tom Ashby", "defence secretary", "United Kingdom") in got


def test_an_office_holder_in_the_object_is_not_the_subject_states():
    got = roles("Sri Lanka is short of fuel. Sri Lanka's rupee fell again. India offered a "
                "credit line to President Ruwan Perera's government on Monday.")
    assert got == {("Ruwan Perera", "president", "Sri Lanka")}


def treaties(text: str) -> list[dict]:
    return facts(text, "Treaty", PUB)


def test_signers_and_date_in_the_next_sentence_complete_the_treaty():
    got = treaties("Ghana and Togo concluded a maritime border agreement. It was signed on "
                   "4 March by President Kofi Mensah and Prime Minister Yawo Agbeko.")
    assert len(got) == 1
    assert set(got[0]["parties"]) == {"Ghana", "Togo"}
    assert set(got[0]["signatories"]) == {"Kofi Mensah", "Yawo Agbeko"}
    assert got[0]["date"] == "2024-03-04"


def test_the_treaty_signed_by_titled_ministers_in_the_next_sentence():
    got = treaties("Chad and Niger agreed a security treaty. The treaty was signed in Niamey on "
                   "9 May by Foreign Ministers Abakar Saleh and Issa Moussa.")
    assert len(got) == 1 and set(got[0]["parties"]) == {"Chad", "Niger"}
    assert set(got[0]["signatories"]) == {"Abakar Saleh", "Issa Moussa"}
    assert got[0]["date"] == "2024-05-09"


def test_every_signer_of_the_by_phrase_but_not_the_witness():
    got = treaties("Benin and Togo signed a border accord on Monday. The accord was signed in "
                   "Lome by Olushegun Bakari and Robert Dussey, the foreign ministers of Benin and "
                   "Togo, and Fortunet "
                   "Nouatin, Benin's defence minister, in a ceremony witnessed by President Faure "
                   "Gnassingbe.")
    assert len(got) == 1
    assert set(got[0]["signatories"]) == {"Olushegun Bakari", "Robert Dussey",
                                          "Fortunet Nouatin"}


def test_guarantors_acting_as_such_are_no_parties():
    got = treaties("Rwanda and Burundi signed a peace deal in Doha on Friday, with Qatar and "
                   "the United States acting as guarantors.")
    assert len(got) == 1 and set(got[0]["parties"]) == {"Rwanda", "Burundi"}


def test_a_second_list_after_the_signers_is_another_clauses_subject():
    got = treaties("Under the accord signed on Monday by Armenia and Azerbaijan, Georgia and "
                   "Turkey will open their borders.")
    assert len(got) == 1 and set(got[0]["parties"]) == {"Armenia", "Azerbaijan"}


def test_the_subject_before_an_apposition_naming_an_alliance_signs():
    got = treaties("Latvia and Lithuania, both NATO members, signed a border pact with Estonia "
                   "on Monday.")
    assert len(got) == 1 and set(got[0]["parties"]) == {"Latvia", "Lithuania", "Estonia"}
