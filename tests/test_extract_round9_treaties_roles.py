"""Treaties and leader roles of issue 11's ninth round, from the last blind set's abstract error
categories (never its texts): a signed joint declaration before a witness, signers coordinated
across their appositions, office-holders named in apposition as the subject, plural offices with
bracketed states or carried to the next sentence, a ruling council's chairman, a state inside a
"de facto" office, and names with letters Unicode does not decompose. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.link.folding import fold, slugify

PUB = "2025-05-10"
facts, one = make_helpers(PUB)


def treaties(text: str) -> list[tuple[set, set]]:
    return [(set(f["parties"]), set(f["signatories"] or [])) for f in facts(text, "Treaty")]


def roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


def test_a_signed_joint_declaration_is_a_treaty_and_the_witness_no_party():
    assert treaties("Kenya and Tanzania signed a joint declaration on border trade in Arusha on "
                    "Thursday, with Uganda's president looking on.") == [
        ({"Kenya", "Tanzania"}, set())]


def test_a_declaration_of_intent_without_signing_is_no_treaty():
    assert treaties("Kenya's president made a declaration on trade with Tanzania.") == []


def test_signers_coordinated_across_their_appositions():
    assert treaties("Keir Starmer, the British prime minister, and Emmanuel Macron, France's "
                    "president, signed a defence pact in London on Friday.") == [
        ({"United Kingdom", "France"}, {"Keir Starmer", "Emmanuel Macron"})]


def test_office_holders_in_apposition_are_the_subject():
    assert treaties("The foreign ministers, Marta Rojas of Chile and Diego Ferraro of Argentina, "
                    "on Monday signed a fisheries agreement.") == [
        ({"Chile", "Argentina"}, {"Marta Rojas", "Diego Ferraro"})]


def test_plural_office_with_bracketed_states():
    assert roles("Interior ministers Amadou Sow (Senegal) and Lamine Fofana (Guinea) met in "
                 "Dakar.") == {("Amadou Sow", "Senegal"), ("Lamine Fofana", "Guinea")}


def test_a_bracket_that_is_no_state_gives_no_role():
    assert roles("Foreign ministers Amadou Sow (right) and Lamine Fofana (left) met.") == set()


def test_a_plural_office_carries_to_the_names_of_the_next_sentence():
    text = ("The Ghanaian and Togolese defence ministers signed a protocol on Tuesday. Kofi "
            "Mensah signed for Ghana and Edem Kodjo for Togo.")
    assert roles(text) == {("Kofi Mensah", "Ghana"), ("Edem Kodjo", "Togo")}
    # names with states in a sentence after one with no plural office are no ministers
    assert roles("The talks ended on Tuesday. Kofi Mensah of Ghana and Edem Kodjo of Togo "
                 "left early.") == set()


def test_the_ruling_councils_chairman():
    assert roles("Guinea sent no delegation; the ruling council's chairman, Colonel Mamadou "
                 "Camara, stayed in Conakry.") == {("Mamadou Camara", "Guinea")}
    # no state in the sentence: no guess
    assert roles("The ruling council's chairman, Colonel Mamadou Camara, stayed home.") == set()


def test_a_de_facto_office_keeps_its_state():
    assert roles("Colonel Idriss Mahamat, Chad's de facto head of state, met the envoys.") == {
        ("Idriss Mahamat", "Chad")}


def test_letters_without_decomposition_fold_to_their_ascii_spelling():
    for a, b in (("Kılıçdaroğlu", "Kilicdaroglu"), ("Wałęsa", "Walesa"), ("Søren", "Soren"),
                 ("Đukić", "Dukic"), ("Straße", "Strasse")):
        assert slugify(a) == slugify(b) and fold(a) == fold(b)


def test_a_person_spelt_with_and_without_accents_is_one_role():
    text = ("Poland's deputy prime minister, Władysław Kowalczyk, said on Monday Poland would buy "
            "more drones. Wladyslaw Kowalczyk, the deputy prime minister, added that talks "
            "continue.")
    found = facts(text, "LeaderRole")
    assert len(found) == 1 and fold(found[0]["person"]) == "wladyslaw kowalczyk", found


def test_the_countrys_office_after_the_name():
    assert roles("KAMPALA — Uganda has bought new patrol boats. Jacob Oboth, the country's "
                 "defence minister, said they would guard the lake.") == {("Jacob Oboth", "Uganda")}
    # the states of what they said are not theirs: the dateline's state
    assert roles("LIMA — Gustavo Adrianzen, the nation's prime minister, said Chile and Bolivia "
                 "had been told.") == {("Gustavo Adrianzen", "Peru")}
    # no dateline, and the only states are in what was said: no guess
    assert roles("Gustavo Adrianzen, the country's prime minister, said Chile and Bolivia had "
                 "been told.") == set()


def test_two_parallel_documents_and_the_signers_of_the_one_named_by_its_state():
    found = {frozenset(f["parties"]): f for f in facts(
        "Kenya signed two port agreements on Monday, one with Djibouti and one with Tanzania. "
        "The Tanzanian agreement was signed by Transport Minister Halima Said and Kenya's "
        "transport minister, Davis Chirchir.", "Treaty")}
    assert set(found) == {frozenset({"Kenya", "Djibouti"}), frozenset({"Kenya", "Tanzania"})}
    assert not found[frozenset({"Kenya", "Djibouti"})]["signatories"]
    assert set(found[frozenset({"Kenya", "Tanzania"})]["signatories"]) == {
        "Halima Said", "Davis Chirchir"}
    assert {f["date"] for f in found.values()} == {"2025-05-05"}


def test_signers_of_an_agreement_named_by_a_state_no_treaty_has_are_not_given_to_another():
    found = facts("Kenya signed a port agreement with Djibouti on Monday. The Ethiopian "
                  "agreement was signed by Transport Minister Halima Said.", "Treaty")
    assert [set(f["parties"]) for f in found] == [{"Kenya", "Djibouti"}]
    assert not found[0]["signatories"]
