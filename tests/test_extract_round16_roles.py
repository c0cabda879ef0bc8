"""Leader roles of issue 11's sixteenth round, from a fresh set's abstract error categories
(never its texts): a title after "the country's", a descriptive title ("top diplomat", "the
head of X's military government") and a gazetteer office-holder after a bare possessive
("Germany's Boris Pistorius"). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2025-08-15"  # a Friday
facts, one = make_helpers(PUB)


states, _ = make_role_views(facts)


# ------------------------------------------------------------ "the country's" + a title

def test_the_countrys_title_after_an_opening_state_is_that_states():
    text = ("In neighbouring Chad, the country's military ruler, General Mahamat Deby Itno, "
            "received envoys on Monday.")
    assert states(text).get("Mahamat Deby Itno") == "Chad"


def test_the_countrys_title_takes_the_state_the_sentence_before_is_about():
    text = ("Guinea has closed its border with Sierra Leone. The country's junta chief, "
            "Colonel Mamadi Keita Doumbia, said the move was temporary.")
    assert states(text).get("Mamadi Keita Doumbia") == "Guinea"


def test_the_countrys_title_prefers_its_own_sentences_state_to_the_last_ones():
    text = ("Somalia lodged a protest on Monday. In Kenya, the country's interior minister, "
            "Wanjiru Otieno Kamau, said the border would stay open.")
    assert states(text).get("Wanjiru Otieno Kamau") == "Kenya"


# ------------------------------------------------------------ descriptive titles

def test_a_top_diplomat_is_the_foreign_minister():
    f = one("Peru's top diplomat, Elmer Schialer, met Chilean officials in Lima on Tuesday.",
            "LeaderRole")
    assert (f["person"], f["role"], f["country"]) == ("Elmer Schialer", "foreign minister", "Peru")


def test_the_head_of_a_states_military_government_is_its_leader():
    text = ("The head of Guinea's military government, General Mamadi Doumbouya, flew to "
            "Dakar for talks on Wednesday.")
    assert states(text).get("Mamadi Doumbouya") == "Guinea"


def test_the_head_of_the_military_government_in_a_state_is_its_leader():
    text = ("The head of the transitional government in Mali, Colonel Assimi Goita, opened "
            "a new airport terminal on Thursday.")
    assert states(text).get("Assimi Goita") == "Mali"


def test_the_head_of_a_military_council_of_an_armed_group_is_no_state_leader():
    text = ("The head of Wagner's military government, Ivan Petrovich Sokolov, spoke on "
            "Thursday.")
    assert facts(text, "LeaderRole") == []


# ------------------------------------------------------------ a bare possessive

def test_a_known_office_holder_after_a_possessive_holds_that_office():
    f = one("Germany's Boris Pistorius arrived in Vilnius on Monday to inspect the brigade.",
            "LeaderRole")
    assert (f["person"], f["country"]) == ("Boris Pistorius", "Germany")
    assert f["role"] == "defence minister"


def test_a_possessive_of_another_state_gives_no_office():
    assert facts("Lithuania's Boris Pistorius exhibition opened on Monday.", "LeaderRole") == []


def test_an_unknown_name_after_a_possessive_gets_no_office():
    assert facts("Brazil's Joaquim Ferreira Lopes spoke to reporters on Monday.",
                 "LeaderRole") == []


def test_a_top_diplomat_sent_somewhere_is_no_office_for_a_later_name():
    text = ("Chile sent its top diplomat to Lima on Monday. Chile's Tomas Herrera Soto and "
            "Peru's Elmer Schialer signed a fisheries memorandum.")
    assert all(f["role"] != "top diplomat" for f in facts(text, "LeaderRole"))


def test_a_pair_of_possessive_names_is_left_to_the_office_told_before():
    text = ("Germany's Boris Pistorius and Lithuania's Dovile Sakaliene signed a basing "
            "agreement in Vilnius on Monday.")
    assert ("Boris Pistorius", "Lithuania") not in {(f["person"], f["country"])
                                                    for f in facts(text, "LeaderRole")}
