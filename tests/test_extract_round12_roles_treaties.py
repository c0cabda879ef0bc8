"""Leader roles and treaties of issue 11's twelfth round, from a fresh set's abstract error
categories (never its texts): an office told in a "who took over as" clause after the name, a
pair's office and states told in the sentence before their names, an office told as "who runs
the military government", renamed or unusual titles, "Its president" opening a sentence, an
agreement of one state with an organisation or armed group (no treaty, no counterpart from the
article), a participle signing date ("The accord, signed on Monday, ..."), and signatories told
by "put their names to" or "the signatures of". Sentences are our own, different from the dev12d
set's."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-03-14"  # a Friday
facts, one = make_helpers(PUB)


def roles(text: str) -> set[tuple]:
    return {(f["person"], f["role"], f["country"]) for f in facts(text, "LeaderRole")}


def treaties(text: str) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")}


def signers(text: str) -> list[list[str] | None]:
    return [f["signatories"] for f in facts(text, "Treaty")]


# ------------------------------------------------------- "said X, who took over as [office]"

def test_took_over_as_gives_the_office_and_the_state_in_the_clause():
    assert roles("The border will stay closed, said Anita Berzina, who took over as Latvia's "
                 "interior minister in January.") == {
        ("Anita Berzina", "interior minister", "Latvia")}


def test_was_appointed_gives_the_office_of_the_datelined_state():
    assert roles("ACCRA — The deal is fair, said Kwame Mensah Boateng, who was appointed "
                 "finance minister last year.") == {
        ("Kwame Mensah Boateng", "finance minister", "Ghana")}


def test_took_over_as_mayor_is_no_national_office():
    assert roles("ACCRA — The roads will be repaired, said Kwame Mensah Boateng, who took over "
                 "as mayor of Kumasi last year.") == set()


# ------------------------------------------- a pair's office told in the sentence before

def test_names_opening_the_sentence_take_the_plural_office_told_before():
    assert roles("The foreign ministers of Chile and Argentina met in Santiago on Monday. "
                 "Lucia Herrera Soto and Martin Alvarez Pena agreed to reopen two border "
                 "crossings.") == {
        ("Lucia Herrera Soto", "foreign minister", "Chile"),
        ("Martin Alvarez Pena", "foreign minister", "Argentina")}


def test_the_plural_office_before_names_refers_to_the_two_states_told_before():
    assert roles("Estonia has signed a defence pact with Finland. The defence ministers, "
                 "Kadri Tamm and Juha Virtanen, signed it in Tallinn.") == {
        ("Kadri Tamm", "defence minister", "Estonia"),
        ("Juha Virtanen", "defence minister", "Finland")}


def test_names_not_opening_the_sentence_do_not_take_the_plural_office():
    # the two names are what the ministers were told about, not the ministers
    assert roles("The foreign ministers of Chile and Argentina met in Santiago on Monday. "
                 "They discussed the cases of Lucia Herrera Soto and Martin Alvarez Pena, two "
                 "jailed reporters.") == set()


# ---------------------------------------------------------- offices told as descriptions

def test_who_runs_the_military_government_is_the_states_leader():
    assert roles("Colonel Mamadi Doumbouya, who runs Guinea's military government, flew to "
                 "Bamako.") == {("Mamadi Doumbouya", "leader", "Guinea")}


def test_renamed_and_unusual_titles():
    assert roles("Secretary of War Pete Hegseth met Japanese officials.") == {
        ("Pete Hegseth", "secretary of war", "United States")}
    assert roles("Bangladesh's home adviser, Rahim Uddin Khan, said the border was calm.") == {
        ("Rahim Uddin Khan", "home adviser", "Bangladesh")}
    assert roles("Nepal's water minister, Pradeep Kumar Yadav, opened the dam.") == {
        ("Pradeep Kumar Yadav", "water minister", "Nepal")}


def test_a_national_security_adviser_is_no_minister():
    assert roles("Bangladesh's national security adviser, Rahim Uddin Khan, flew to Delhi.") \
        == set()


# ------------------------------------------------------------------ "Its president, X"

def test_its_opening_a_sentence_is_the_state_the_sentence_before_is_about():
    assert roles("NAIROBI — Kenya hosted the talks. Uganda rejects the charges. Its president, "
                 "Yoweri Museveni, said so in Kampala.") == {
        ("Yoweri Museveni", "president", "Uganda")}


# ----------------------------------------------- agreements with a non-state party

ONE_TREATY = "Chile and Peru signed a fishing accord on Monday. "


def test_a_state_and_an_organisation_signing_is_no_treaty_and_takes_no_counterpart():
    assert treaties(ONE_TREATY + "Moldova and the European Union signed a loan deal in "
                    "Brussels on Tuesday.") == {(frozenset({"Chile", "Peru"}), "2025-03-10")}


def test_a_government_and_a_rebel_group_signing_is_no_treaty():
    assert treaties(ONE_TREATY + "In Havana, Colombia's government and the Segunda Marquetalia "
                    "signed a ceasefire on Wednesday.") == {
        (frozenset({"Chile", "Peru"}), "2025-03-10")}


def test_a_state_signing_alone_still_takes_the_counterpart():
    # the round-6 reading: "Denmark signed the first such deal" is with the article's partner
    assert treaties("Ukraine signed a security accord with Norway on Monday. Denmark signed a "
                    "similar accord in January.") == {
        (frozenset({"Ukraine", "Norway"}), "2025-03-10"),
        (frozenset({"Ukraine", "Denmark"}), "2025-01")}


# ------------------------------------------------------------------- signing dates

def test_a_participle_signing_date_dates_the_agreement_told_before():
    assert treaties("Chile and Peru deepened their ties with a new fishing accord. The accord, "
                    "signed on Wednesday in Lima, sets catch limits.") == {
        (frozenset({"Chile", "Peru"}), "2025-03-12")}


def test_between_before_a_relative_signing_gives_the_parties():
    assert treaties("The plan rests on a border agreement between Chile and Peru that was "
                    "signed in Santiago in May 2024.") == {
        (frozenset({"Chile", "Peru"}), "2024-05")}


# ------------------------------------------------- signatories told in another sentence

def test_put_their_names_to_the_text_names_the_signatories():
    assert signers("Chile and Peru signed a fishing accord on Monday. Chile's foreign minister, "
                   "Lucia Herrera Soto, and Martin Alvarez Pena, Peru's fisheries minister, put "
                   "their names to the text.") == [["Lucia Herrera Soto", "Martin Alvarez Pena"]]


def test_the_signatures_of_names_the_signatories():
    assert signers("Chile and Peru signed a fishing accord on Monday. The document carries the "
                   "signatures of Foreign Minister Lucia Herrera Soto and her Peruvian "
                   "counterpart, Martin Alvarez Pena.") == [
        ["Lucia Herrera Soto", "Martin Alvarez Pena"]]


def test_a_witness_and_an_announcer_are_no_signatories():
    assert signers("Chile and Peru signed a fishing accord on Monday, President Gabriel Boric "
                   "announced. Lucia Herrera Soto and Martin Alvarez Pena put their names to it "
                   "in the presence of President Dina Boluarte.") == [
        ["Lucia Herrera Soto", "Martin Alvarez Pena"]]


def test_names_after_a_plural_office_that_signed_are_the_signatories():
    assert signers("Chile and Peru signed a fishing accord on Monday. The fisheries ministers of "
                   "Chile and Peru put their names to the text. Lucia Herrera Soto and Martin "
                   "Alvarez Pena then toured the port.") == [
        ["Lucia Herrera Soto", "Martin Alvarez Pena"]]


def test_names_after_a_plural_office_that_only_met_are_no_signatories():
    assert signers("Chile and Peru signed a fishing accord on Monday. The foreign ministers of "
                   "Chile and Peru met in Lima. Lucia Herrera Soto and Martin Alvarez Pena then "
                   "toured the port.") == [None]


# ------------------------------------------------------------- ousted heads of state

def test_an_ousted_president_is_no_role_of_the_state_he_lives_in():
    assert roles("Deposed President Rafael Quiroga Lema, now living in Spain, criticised the "
                 "vote.") == set()


def test_a_witness_by_phrase_after_the_signing_is_no_signatory():
    assert signers("Chile's foreign minister Lucia Herrera Soto and Peru's Martin Alvarez Pena "
                   "signed the accord, witnessed by President Gabriel Boric.") == [
        ["Lucia Herrera Soto", "Martin Alvarez Pena"]]


# ------------------------------------------------------ the day it was told, not signed

def test_the_day_of_a_trailing_attribution_is_not_the_signing_date():
    # ("said on Friday" is the publication day: when it was told)
    assert treaties("Chile and Peru have signed a fishing accord, Chile's foreign ministry said "
                    "on Friday.") == {(frozenset({"Chile", "Peru"}), None)}


def test_the_signing_day_told_after_an_attribution_dates_the_one_treaty():
    assert treaties("Chile and Peru have signed a fishing accord, Chile's foreign ministry said "
                    "on Friday. The accord was signed on Wednesday in Lima.") == {
        (frozenset({"Chile", "Peru"}), "2025-03-12")}


def test_a_signing_day_before_the_attribution_still_dates_it():
    assert treaties("Chile and Peru signed a fishing accord on Wednesday, officials said on "
                    "Friday.") == {(frozenset({"Chile", "Peru"}), "2025-03-12")}


def test_a_counterpart_the_signer_signed_with_signed_too():
    assert signers("Chile and Peru agreed on fishing quotas. Lucia Herrera Soto, Chile's foreign "
                   "minister, signed the accord with her Peruvian counterpart Martin Alvarez Pena "
                   "in Lima.") == [["Lucia Herrera Soto", "Martin Alvarez Pena"]]


def test_a_possessive_title_between_two_signers_keeps_both():
    assert signers("Chile and Peru signed a fishing accord on Monday. President Gabriel Boric "
                   "and Peru's leader, Martin Alvarez Pena, put their signatures to the "
                   "document.") == [["Gabriel Boric", "Martin Alvarez Pena"]]


# ------------------------------------------- a context guess that is the counterpart's state

def test_the_opening_city_is_not_the_state_of_a_minister_meeting_its_counterpart():
    assert roles("LIMA — Peru protested. In Santiago, Foreign Minister Lucia Herrera Soto met "
                 "her Chilean counterpart.") == {
        ("Lucia Herrera Soto", "foreign minister", "Peru")}


def test_the_opening_city_still_places_a_minister_meeting_another_states_counterpart():
    assert roles("In Santiago, Foreign Minister Lucia Herrera Soto met her Peruvian "
                 "counterpart.") == {("Lucia Herrera Soto", "foreign minister", "Chile")}


def test_the_counterparts_named_after_the_phrase_hold_its_state():
    # the guard is for names before "their [state] counterparts", not the counterparts themselves
    assert roles("In Manila, Aiko Tanaka and Kenji Mori, Japan's foreign and defence ministers, "
                 "signed the accord alongside their Philippine counterparts, Foreign Secretary Jose Reyes "
                 "and Defence Secretary Maria Cruz.") >= {
        ("Jose Reyes", "foreign secretary", "Philippines"),
        ("Maria Cruz", "defence secretary", "Philippines")}
