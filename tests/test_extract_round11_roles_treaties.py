"""Treaties and leader roles of issue 11's eleventh round, from a fresh set's abstract error
categories (never its texts): a series of accords told without their common partner ("similar
accords have since been concluded with X and Y"), "it" as the party of a signing, two signings
in one sentence, offices given only by a relative clause, "his [office]" of a holder whose office
is told after, "his counterpart from X", two presidents in one sentence, and double titles (one
fact per person and state). Sentences are our own, different from the dev11d set's."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-05-10"
facts, one = make_helpers(PUB)


def treaties(text: str) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")}


def roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


# ----------------------------------------------------------------- a series of accords

def test_similar_accords_each_take_the_partner_of_the_accord_told_before():
    assert treaties("Georgia signed a border accord with Armenia on Monday. Comparable accords "
                    "have since been signed with Azerbaijan and Turkey, officials in Tbilisi "
                    "said.") == {
        (frozenset({"Georgia", "Armenia"}), "2025-05-05"),
        (frozenset({"Georgia", "Azerbaijan"}), None), (frozenset({"Georgia", "Turkey"}), None)}


def test_similar_deals_with_a_subject_state_are_that_states():
    assert treaties("Morocco has since signed similar fishing deals with Portugal and Spain.") \
        == {(frozenset({"Morocco", "Portugal"}), None), (frozenset({"Morocco", "Spain"}), None)}


def test_one_accord_with_two_partners_stays_one_treaty():
    # no "similar": one accord of three states
    assert treaties("Brazil signed a defence accord with Argentina and Uruguay on Friday.") == {
        (frozenset({"Brazil", "Argentina", "Uruguay"}), "2025-05-09")}


def test_a_hoped_for_similar_deal_is_no_treaty():
    assert treaties("Rwanda signed a security pact with Burundi on Monday. Officials said Kigali "
                    "hoped to sign a similar deal with Tanzania.") == {
        (frozenset({"Rwanda", "Burundi"}), "2025-05-05")}


# ------------------------------------------------------------ "it" and two signing clauses

def test_it_after_an_opening_adverbial_is_the_subject_carried_on():
    assert treaties("Senegal has courted new partners since 2022. In 2023 it signed a security "
                    "pact with Morocco.") == {(frozenset({"Senegal", "Morocco"}), "2023")}


def test_the_country_of_the_leader_told_before_carries_on_to_it():
    assert treaties("Colonel Assimi Goita, who seized power in Mali in 2021, opened the base. "
                    "The country has turned away from Paris. In 2023 it signed a defence pact "
                    "with Russia.") == {(frozenset({"Mali", "Russia"}), "2023")}


def test_it_after_a_sentence_about_a_leader_is_not_his_country():
    # ("It" with no "The country" between: no subject carried from the leader)
    assert treaties("Colonel Assimi Goita, who seized power in Mali in 2021, opened the base. "
                    "In 2023 it signed a defence pact with Russia.") == set()


def test_two_signing_clauses_give_two_treaties_with_their_own_dates():
    assert treaties("Ghana signed a maritime accord with Togo in 2020, and in 2022 it concluded "
                    "a defence pact with Benin.") == {
        (frozenset({"Ghana", "Togo"}), "2020"), (frozenset({"Ghana", "Benin"}), "2022")}


def test_a_second_clause_with_a_series_noun_keeps_the_first_treaty_apart():
    assert treaties("Jordan and Egypt signed a gas accord in May 2021, and Amman has since "
                    "concluded similar ones with Iraq and Syria.") == {
        (frozenset({"Jordan", "Egypt"}), "2021-05"), (frozenset({"Jordan", "Iraq"}), None),
        (frozenset({"Jordan", "Syria"}), None)}


def test_a_ratification_clause_is_no_second_treaty():
    assert treaties("Chile and Peru signed the border accord in March, and it was ratified by "
                    "both parliaments in April.") == {(frozenset({"Chile", "Peru"}), "2025-03")}


# ------------------------------------------------------ parties by the signers' titles

def test_two_demonyms_before_a_plural_office_are_the_parties():
    assert treaties("The Bulgarian and Romanian defence ministers signed a bilateral air-policing "
                    "accord on Monday.") == {(frozenset({"Bulgaria", "Romania"}), "2025-05-05")}


def test_a_minister_and_his_counterpart_are_the_parties():
    assert treaties("Egypt's foreign minister and his Greek counterpart signed a bilateral "
                    "maritime agreement on Tuesday.") == {
        (frozenset({"Egypt", "Greece"}), "2025-05-06")}


def test_ministers_from_two_states_sign_for_them():
    assert treaties("Interior ministers from Spain and Morocco signed a bilateral migration "
                    "accord in Rabat.") == {(frozenset({"Spain", "Morocco"}), None)}


def test_one_demonym_office_without_a_partner_is_no_treaty():
    assert treaties("The Bulgarian defence minister signed a bilateral accord on Monday.") == set()


def test_a_meeting_of_a_minister_and_his_counterpart_is_no_treaty():
    assert treaties("Egypt's foreign minister met his Greek counterpart on Tuesday.") == set()


# ------------------------------------------------------------- offices by relative clauses

def test_who_seized_power_in_a_state_is_its_leader():
    assert roles("Colonel Assimi Goita, who seized power in Mali in 2021, received the "
                 "delegation in the capital.") == {("Assimi Goita", "Mali")}


def test_who_has_ruled_a_state_is_its_leader():
    assert roles("Talks were chaired by Isaias Afwerki, who has ruled Eritrea since 1993, and "
                 "lasted two days.") == {("Isaias Afwerki", "Eritrea")}


def test_a_rule_that_ended_is_no_role():
    assert roles("Omar al-Bashir, who seized power in Sudan in 1989 and was ousted in 2019, "
                 "remains in custody.") == set()


def test_the_countrys_council_is_the_datelines_state_not_a_place_travelled_to():
    assert roles("KHARTOUM — General Osman Hamid, who chairs the country's ruling council, "
                 "flew to Riyadh on Sunday.") == {("Osman Hamid", "Sudan")}


def test_his_minister_serves_the_holder_whose_office_follows_in_a_clause():
    assert roles("General Mamadi Doumbouya, who heads Guinea's junta, sent his foreign "
                 "minister, Morissanda Kouyate, to Dakar.") == {
        ("Mamadi Doumbouya", "Guinea"), ("Morissanda Kouyate", "Guinea")}


# --------------------------------------------------------------------- counterparts, pairs

def test_a_counterpart_from_a_state():
    assert roles("Foreign Minister Mario Lubetkin of Uruguay welcomed his counterpart from "
                 "Paraguay, Ruben Ramirez, in Montevideo.") == {
        ("Mario Lubetkin", "Uruguay"), ("Ruben Ramirez", "Paraguay")}


def test_a_second_president_in_another_clause_serves_the_other_state_named():
    assert roles("LA PAZ — President Luis Arce said Peru was a close ally and invited President "
                 "Jose Jeri to the capital.") == {("Luis Arce", "Bolivia"), ("Jose Jeri", "Peru")}


# ------------------------------------------------------------------------- double titles

def test_a_double_title_is_one_role_fact():
    got = facts("In Dublin, Deputy Prime Minister and Foreign Minister Niamh Daly said the "
                "mission would go ahead.", "LeaderRole")
    assert [(f["person"], f["role"], f["country"]) for f in got] == [
        ("Niamh Daly", "deputy prime minister", "Ireland")]


def test_an_office_and_spokesman_title_before_the_name():
    assert roles("Mali's foreign minister and government spokesman, Abdoulaye Maiga, said "
                 "the talks had failed.") == {("Abdoulaye Maiga", "Mali")}


# ------------------------------------------------------------------ the meeting's place

def test_a_leader_heard_by_message_takes_no_state_from_the_dateline():
    assert roles("ACCRA — Defence ministers of the region met on Monday. President Paul Biya "
                 "said in a message read to the delegates that the plan was sound.") == set()


def test_a_leader_at_the_meeting_takes_the_datelines_state():
    assert roles("ACCRA — Defence ministers of the region met on Monday. President John Mahama "
                 "told the delegates that the plan was sound.") == {("John Mahama", "Ghana")}


def test_a_minister_who_arrived_in_a_capital_is_not_its_official():
    assert roles("Foreign Minister Ana Torres arrived in Jakarta on Thursday for two days of "
                 "talks.") == set()


def test_a_minister_arriving_under_a_dateline_is_a_visitor():
    assert roles("JAKARTA — Foreign Minister Ana Torres arrived on Thursday for two days of "
                 "talks.") == set()


def test_a_minister_speaking_under_a_dateline_is_the_datelines():
    assert roles("JAKARTA — Foreign Minister Ana Torres said on Thursday that talks would go "
                 "on.") == {("Ana Torres", "Indonesia")}
