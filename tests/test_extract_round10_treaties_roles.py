"""Treaties and leader roles of issue 11's tenth round, from the last blind set's abstract error
categories (never its texts): signings told as background in relative and subordinate clauses,
"the two countries" resolved to the states the same sentence named, an agreement signed by
back-reference ("The accord was signed in ...", "A and B put their names to it"), and names
with particles. Sentences are our own, different from the dev10d set's."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-05-10"
facts, one = make_helpers(PUB)


def treaties(text: str) -> list[tuple[set, set, str | None]]:
    return [(set(f["parties"]), set(f["signatories"] or []), f["date"])
            for f in facts(text, "Treaty")]


def roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


# ---------------------------------------------------------------- relative-clause signings

def test_the_object_of_a_which_clause_with_a_long_titled_subject():
    assert treaties("The framework, which Prime Minister Narendra Modi and President Vladimir "
                    "Putin signed in Moscow in July 2024, covers energy.") == [
        ({"India", "Russia"}, {"Narendra Modi", "Vladimir Putin"}, "2024-07")]


def test_the_object_of_a_that_clause_with_states_as_subject():
    assert treaties("Officials praised the border protocol that Kenya and Tanzania had "
                    "formally signed in Arusha in March 2019.") == [
        ({"Kenya", "Tanzania"}, set(), "2019-03")]


def test_a_which_clause_verb_with_an_object_of_its_own_is_not_about_the_noun():
    # "signed a new border agreement": the relative clause has its own object; the treaty is
    # that one, not the lapsed accord it hangs on
    got = facts("The old accord, which lapsed after Chad and Sudan signed a new border "
                "agreement in 2021, is gone.", "Treaty")
    assert [(set(f["parties"]), f["kind"]) for f in got] == [
        ({"Chad", "Sudan"}, "new border agreement")]


def test_a_passive_which_clause_still_reads_as_before():
    assert treaties("The pact, which was signed by Egypt and Sudan in 1959, shares the Nile.") \
        == [({"Egypt", "Sudan"}, set(), "1959")]


def test_a_hedged_relative_clause_is_no_signing():
    assert treaties("The accord, which Serbia and Kosovo could sign next year, is stalled.") == []


# ------------------------------------------------- "the two countries" in the same sentence

def test_two_governments_are_the_states_named_before_in_the_sentence():
    assert treaties("Foreign ministers Ana Lopez of Chile and Mario Ruiz of Peru met in Lima on "
                    "Monday to review a pact that the two governments signed in June 2023.") == [
        ({"Chile", "Peru"}, set(), "2023-06")]


def test_the_two_neighbours_after_a_clause_naming_them():
    assert treaties("Kyrgyzstan and Tajikistan opened the border on Friday; the two neighbours "
                    "signed a border treaty in March.") == [
        ({"Kyrgyzstan", "Tajikistan"}, set(), "2025-03")]


def test_the_two_countries_with_a_partner_named_by_its_capital():
    assert treaties("Hanoi has a similar coast guard deal with Jakarta, under an accord the two "
                    "countries signed in 2021.") == [({"Vietnam", "Indonesia"}, set(), "2021")]


def test_the_three_states_need_three_named():
    assert treaties("Mali, Niger and Burkina Faso met in Bamako, where the three states signed a "
                    "defence charter in 2023.") == [
        ({"Mali", "Niger", "Burkina Faso"}, set(), "2023")]


def test_a_count_that_does_not_fit_falls_back_to_the_earlier_treaty():
    # three states before "the two countries": the reference is to the treaty told before
    got = treaties("Angola and Namibia signed a water treaty in 2010. On Monday Angola, Namibia "
                   "and Botswana met in Windhoek, where officials recalled that the two countries "
                   "signed the treaty in May 2010.")
    assert got == [({"Angola", "Namibia"}, set(), "2010-05")]


# ------------------------------------------------------------ signed by back-reference

def test_the_agreement_was_signed_takes_the_agreement_told_before():
    assert treaties("A defence cooperation agreement between Seoul and Canberra came into force "
                    "on Monday. The agreement was signed in Canberra in May 2024.") == [
        ({"South Korea", "Australia"}, set(), "2024-05")]


def test_put_their_names_to_it_gives_the_signers_of_the_agreement_told():
    got = treaties("A fisheries accord between Senegal and Mauritania took effect on Monday. "
                   "Senegalese Foreign Minister Yassine Fall and Mauritanian Foreign Minister "
                   "Mohamed Salem Ould Merzoug put their names to it in Dakar.")
    assert got == [({"Senegal", "Mauritania"}, {"Yassine Fall", "Mohamed Salem Ould Merzoug"},
                    None)]


def test_both_leaders_signed_it():
    got = treaties("A trade and security pact between Brazil and Argentina was unveiled in "
                   "Brasilia. President Luiz Inacio Lula da Silva and President Javier Milei signed "
                   "it on Friday.")
    assert got == [({"Brazil", "Argentina"}, {"Luiz Inacio Lula da Silva", "Javier Milei"},
                    "2025-05-09")]


def test_signed_it_into_law_is_no_treaty_of_its_own():
    got = treaties("Parliament passed the bill on Monday. President Yoon signed it into law.")
    assert got == []


# ------------------------------------------------ background signings around a main clause

def test_under_a_deal_signed_fronted_takes_the_main_clause_subject():
    assert treaties("Under a deal signed in Ankara in May 2022, Turkey and Sweden ended "
                    "their dispute.") == [({"Turkey", "Sweden"}, set(), "2022-05")]


def test_a_deal_signed_after_the_main_clause_takes_its_subject():
    assert treaties("Morocco and Spain reopened the border under an accord signed in Rabat in "
                    "April 2022.") == [({"Morocco", "Spain"}, set(), "2022-04")]


def test_since_the_dated_agreement_between_them_was_signed():
    assert treaties("Since the 2018 agreement between Eritrea and Ethiopia was signed, flights "
                    "have resumed.") == [({"Eritrea", "Ethiopia"}, set(), "2018")]


def test_a_background_deal_with_one_state_in_the_main_clause_is_no_treaty():
    assert treaties("Under a deal signed last year, Russia supplies gas to the region.") == []


def test_the_two_countries_and_a_third_all_are_parties():
    got = treaties("Uganda and Kenya still argue over the lake, despite a charter of "
                   "cooperation the two countries and Tanzania signed in Arusha in 2003.")
    assert got == [({"Uganda", "Kenya", "Tanzania"}, set(), "2003")]


def test_the_main_clause_date_is_not_the_date_of_an_earlier_signing():
    got = treaties("The presidents of Chad and Sudan met in N'Djamena on Sunday, a year after "
                   "the two countries signed a border treaty.")
    assert got == [({"Chad", "Sudan"}, set(), None)]


# -------------------------------------------------------------------- named signatories

def test_coordinated_names_that_signed_on_behalf_of_their_governments():
    got = treaties("Ghana and Togo signed a border memorandum in Lome. Foreign ministers "
                   "Samuel Ablakwa and Robert Dussey signed on behalf of their governments.")
    assert got == [({"Ghana", "Togo"}, {"Samuel Ablakwa", "Robert Dussey"}, None)]


def test_leaders_by_rank_who_signed_the_treaty_told_before():
    got = treaties("The leaders of Guinea, Mali and Niger met in Conakry and signed a defence "
                   "treaty. Colonel Mamadi Doumbouya, General Assimi Goita and General "
                   "Abdourahamane Tiani signed the treaty in the presidential palace.")
    assert len(got) == 1 and got[0][0] == {"Guinea", "Mali", "Niger"} and got[0][1] == {
        "Mamadi Doumbouya", "Assimi Goita", "Abdourahamane Tiani"}


def test_a_minister_and_his_counterpart_who_signed_the_document():
    got = treaties("Greece and Egypt signed a maritime agreement in Cairo on Thursday. Greek "
                   "Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry "
                   "signed the document.")
    assert got == [({"Greece", "Egypt"}, {"Nikos Dendias", "Sameh Shoukry"}, "2025-05-08")]


def test_a_leader_who_signed_a_decree_is_no_signatory_of_the_treaty_told_before():
    got = treaties("Iran and Belarus signed a trade pact on Monday. Masoud Pezeshkian signed "
                   "a decree on fuel prices later.")
    assert got == [({"Iran", "Belarus"}, set(), "2025-05-05")]


# ---------------------------------------------------------------------------- roles

def test_presidents_with_the_states_named_later_in_the_sentence():
    assert roles("Presidents Bola Tinubu and John Mahama met in Accra on Monday to discuss "
                 "trade between Nigeria and Ghana.") == {("Bola Tinubu", "Nigeria"),
                                                         ("John Mahama", "Ghana")}


def test_two_holders_of_one_office_named_together_serve_two_states():
    assert roles("Bolivia and Paraguay reopened the border. President Rodrigo Paz and "
                 "President Mario Benitez met at the crossing.") == {
        ("Rodrigo Paz", "Bolivia"), ("Mario Benitez", "Paraguay")}


def test_two_holders_of_one_office_without_two_states_keep_only_the_first():
    got = roles("LA PAZ — Bolivia hosted the summit. Foreign Minister Fernando Aramayo and "
                "Foreign Minister Ruben Ramirez spoke first.")
    assert ("Ruben Ramirez", "Bolivia") not in got


def test_a_president_and_a_prime_minister_of_one_state_keep_it():
    assert roles("KYIV — Ukraine marked the anniversary. President Volodymyr Zelenskyy and "
                 "Prime Minister Yulia Svyrydenko laid flowers.") == {
        ("Volodymyr Zelenskyy", "Ukraine"), ("Yulia Svyrydenko", "Ukraine")}


def test_a_bare_apostrophe_possessive_names_the_state():
    assert roles("Vietnam welcomed Laos' foreign minister Thongsavanh Phomvihane on "
                 "Sunday.") == {("Thongsavanh Phomvihane", "Laos")}


def test_a_name_with_particles_is_one_person():
    assert roles("The Dominican president, Luis Rodolfo Abinader Corona, met Brazil's "
                 "president Luiz Inacio Lula da Silva.") >= {
        ("Luiz Inacio Lula da Silva", "Brazil")}


def test_ranks_in_a_list_are_no_offices_and_the_office_is_kept():
    assert roles("KHARTOUM — Sudan closed the airport. General Yasir al-Atta, Lieutenant "
                 "General Ibrahim Jabir and Defence Minister Hassan Kabroun toured the "
                 "base.") == {("Hassan Kabroun", "Sudan")}


# ---------------------------------------------------------- no party from the main clause

def test_a_state_that_welcomed_a_relative_clause_accord_is_no_party():
    assert treaties("The accord, which Serbia and Kosovo signed in Brussels on Friday, was "
                    "welcomed by Albania.") == [({"Serbia", "Kosovo"}, set(), "2025-05-09")]


def test_the_brokers_of_a_that_clause_deal_are_no_parties():
    assert treaties("Qatar and Turkey brokered the deal that Afghanistan and Pakistan signed in "
                    "Doha on Sunday.") == [({"Afghanistan", "Pakistan"}, set(), "2025-05-04")]


def test_a_commenting_president_of_a_background_accord_is_no_party():
    assert treaties("Brazil's president, who attended the ceremony, said the accord Guyana and "
                    "Venezuela signed in December 2023 must be respected.") == [
        ({"Guyana", "Venezuela"}, set(), "2023-12")]


# ------------------------------------------------- context state, counterparts, visitors

def test_an_official_in_reported_speech_of_the_dateline_sentence_takes_the_dateline():
    assert roles("HANOI — Vietnam said on Monday that Foreign Minister Bui Thanh Son and his "
                 "Laotian counterpart, Thongsavanh Phomvihane, would meet.") == {
        ("Bui Thanh Son", "Vietnam"), ("Thongsavanh Phomvihane", "Laos")}


def test_a_counterpart_after_an_apposed_office():
    assert roles("Bui Thanh Son, Vietnam's foreign minister, and his Cambodian counterpart, "
                 "Prak Sokhonn, met in Hanoi.") == {("Bui Thanh Son", "Vietnam"),
                                                   ("Prak Sokhonn", "Cambodia")}


def test_a_counterpart_after_an_apposed_office_with_the_of_form():
    assert roles("Prak Sokhonn, the foreign minister of Cambodia, and his Thai counterpart, "
                 "Maris Sangiampongsa, spoke by phone.") == {
        ("Prak Sokhonn", "Cambodia"), ("Maris Sangiampongsa", "Thailand")}


def test_the_hosts_minister_after_a_visitors_minister_of_the_same_office():
    got = roles("LUANDA — Angola's president, Joao Lourenco, received Zambia's foreign minister, "
                "Mulambo Haimbe, and Foreign Minister Tete Antonio.")
    assert ("Mulambo Haimbe", "Zambia") in got and ("Tete Antonio", "Zambia") not in got


def test_one_adjective_for_two_different_offices_still_holds():
    assert roles("Lithuanian Foreign Minister Kestutis Budrys and Defence Minister Dovile "
                 "Sakaliene visited Kyiv.") == {("Kestutis Budrys", "Lithuania"),
                                                ("Dovile Sakaliene", "Lithuania")}


def test_the_antecedent_of_a_subject_relative_clause_signed():
    assert treaties("Djibouti and Eritrea, which signed a border accord in 2010, reopened "
                    "the crossing.") == [({"Djibouti", "Eritrea"}, set(), "2010")]


def test_the_antecedent_of_a_subject_relative_clause_formed_an_alliance():
    assert treaties("Chad, Niger and Mali, which later formed a defence alliance in 2024, "
                    "left the bloc.") == [({"Chad", "Niger", "Mali"}, set(), "2024")]


def test_a_subject_relative_clause_that_did_not_sign_is_no_treaty():
    assert treaties("Djibouti and Eritrea, which reopened the crossing, want a deal.") == []


def test_the_two_presidents_named_after_a_sentence_naming_their_states():
    assert roles("Benin and Niger reopened the border. The two presidents, Romuald Wadagni "
                 "and Ali Mahamane, met in Cotonou.") == {("Romuald Wadagni", "Benin"),
                                                        ("Ali Mahamane", "Niger")}


def test_their_foreign_ministers_named_after_a_sentence_naming_their_states():
    assert roles("Benin and Niger reopened the border on Monday. Their foreign ministers, "
                 "Olushegun Bakari and Bakary Sangare, met in Cotonou.") == {
        ("Olushegun Bakari", "Benin"), ("Bakary Sangare", "Niger")}


def test_a_plural_office_with_no_pair_before_gives_no_states():
    assert roles("Benin reopened the border. The two presidents, Romuald Wadagni and Ali "
                 "Mahamane, met in Cotonou.") == set()


# ------------------------------------------------------- signers told around the treaty

def test_signers_who_put_pen_to_paper_for_their_governments():
    got = treaties("Malawi and Zambia signed a rail memorandum in Lilongwe on Monday. Nancy "
                   "Tembo and Mulambo Haimbe put pen to paper for their governments.")
    assert got == [({"Malawi", "Zambia"}, {"Nancy Tembo", "Mulambo Haimbe"}, "2025-05-05")]


def test_a_gapped_second_signer_for_the_other_state():
    got = treaties("Malawi and Zambia signed a rail memorandum in Lilongwe on Monday. Foreign "
                   "Minister Nancy Tembo signed for Malawi and Mulambo Haimbe for Zambia.")
    assert got == [({"Malawi", "Zambia"}, {"Nancy Tembo", "Mulambo Haimbe"}, "2025-05-05")]


def test_signers_told_in_a_with_clause_signing_for_their_countries():
    got = treaties("Malawi and Zambia signed a rail memorandum on Monday, with Foreign "
                   "Ministers Nancy Tembo and Mulambo Haimbe signing for their countries.")
    assert got == [({"Malawi", "Zambia"}, {"Nancy Tembo", "Mulambo Haimbe"}, "2025-05-05")]


def test_a_signer_in_a_who_clause():
    got = treaties("Malawi and Zambia signed a rail memorandum on Monday. Malawian Foreign "
                   "Minister Nancy Tembo, who signed for Lilongwe, called it historic.")
    assert got == [({"Malawi", "Zambia"}, {"Nancy Tembo"}, "2025-05-05")]


def test_a_name_after_the_signer_that_did_not_sign_is_no_signatory():
    got = treaties("Malawi and Zambia signed a rail memorandum on Monday. Nancy Tembo signed "
                   "for Malawi and Hakainde Hichilema welcomed it.")
    assert got == [({"Malawi", "Zambia"}, {"Nancy Tembo"}, "2025-05-05")]
