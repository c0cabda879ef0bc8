"""Leader roles of issue 11's twenty-third round (the state of a bare title, apposition forms),
from a fresh set's abstract error categories (never its texts). Sentences are our own: "X said
his country ..." in a new paragraph under another state's dateline, "X signed ... with his
[nationality] counterpart, Y" under a headline pair, the second of "President A and President
B" after a sentence naming a third state, a president after "Neighbouring [state] ..." when the
dateline state's president is told, "[State], led by Captain X", "head of the ruling council,
General X", "expected to travel to [capital]", and a middle name dropped; with the near-misses
that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2025-06-10"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
states, _ = make_role_views(facts)


# ------------------------------------------------ "his country" in a new paragraph

def test_his_country_in_new_paragraph_is_the_articles_subject():
    text = ("Drones for Mozambique\n\nDAR ES SALAAM, Tanzania — Mozambique will receive four "
            "drones from Rwanda, officials said on Monday.\n\nDefence Minister Cristovao Chume "
            "said his country needed them in the north.")
    assert states(text).get("Cristovao Chume") == "Mozambique"


def test_no_his_country_gives_no_supplier_state():
    text = ("Drones for Mozambique\n\nDAR ES SALAAM, Tanzania — Mozambique will receive four "
            "drones from Rwanda, officials said on Monday.\n\nDefence Minister Cristovao Chume "
            "said the drones would be based in the north.")
    assert states(text).get("Cristovao Chume") != "Rwanda"


# ------------------------------------------------ "with his [nationality] counterpart"

def test_signed_with_counterpart_serves_headline_pairs_other_state():
    text = ("Canada and Poland sign ammunition pact\n\nWARSAW — Defence Minister David McGuinty "
            "signed an ammunition agreement in Warsaw on Monday with his Polish counterpart, "
            "Wladyslaw Kosiniak-Kamysz.")
    got = states(text)
    assert got.get("David McGuinty") == "Canada"
    assert got.get("Władysław Kosiniak-Kamysz") == "Poland"  # (the gazetteer's label)


def test_counterpart_without_headline_pair_guesses_nothing():
    text = ("Ammunition pact signed\n\nWARSAW — Defence Minister David McGuinty signed an "
            "ammunition agreement in Warsaw on Monday with his Polish counterpart.")
    assert states(text).get("David McGuinty") != "Poland"


# ------------------------------------------------ "President A and President B"

def test_two_presidents_take_the_pair_joined_before():
    text = ("Pact signed\n\nLUANDA — Angola and Zambia signed a rail agreement on Monday, "
            "promising a line to the ports of Namibia.\n\nPresident Joao Lourenco and President "
            "Hakainde Hichilema signed it at the palace.")
    got = states(text)
    assert got.get("Joao Lourenco") == "Angola"
    assert got.get("Hakainde Hichilema") == "Zambia"


# ------------------------------------------------ the dateline's office already held

def test_president_after_neighbouring_state_when_dateline_president_told():
    text = ("Transports ordered\n\nBISHKEK — Kyrgyzstan will buy two transport aircraft. "
            "President Sadyr Japarov announced the order on Monday.\n\nNeighbouring Tajikistan "
            "is weighing a similar purchase. President Emomali Rahmonzoda told officials the "
            "air force needed them.")
    got = states(text)
    assert got.get("Sadyr Japarov") == "Kyrgyzstan"
    assert got.get("Emomali Rahmonzoda") == "Tajikistan"


def test_second_president_of_the_dateline_state_stays_without_a_holder_told():
    text = ("Transports ordered\n\nBISHKEK — Kyrgyzstan will buy two transport aircraft.\n\n"
            "Neighbouring Tajikistan is weighing a similar purchase. President Sadyr Japarov "
            "said the order was signed.")
    assert states(text).get("Sadyr Japarov") != "Tajikistan"


# ------------------------------------------------ junta leaders

def test_state_led_by_captain_opening_sentence():
    text = ("Guns delivered\n\nBAMAKO — Burkina Faso, led by Captain Ibrahim Traore, received "
            "howitzers from Russia this month.")
    assert states(text).get("Ibrahim Traore") == "Burkina Faso"


def test_troops_led_by_colonel_are_no_state_leader():
    text = ("Troops sent\n\nBAMAKO — Troops from Chad, led by Colonel Idriss Mahamat, reached "
            "the border on Monday.")
    assert "Idriss Mahamat" not in states(text)


def test_head_of_ruling_council_takes_the_sentences_one_state():
    text = ("Meeting held\n\nBAMAKO — The Sahel alliance met on Monday. The army chief and head "
            "of the ruling council, General Abdourahamane Tiani, said Niger would share its "
            "artillery.")
    assert states(text).get("Abdourahamane Tiani") == "Niger"


def test_head_of_ruling_council_with_two_states_guesses_nothing():
    # (a general the offices table does not hold: round 83 gives a known ruler his table office)
    text = ("Meeting held\n\nBAMAKO — The Sahel alliance met on Monday. The head of the ruling "
            "council, General Mahamadou Soumaila Garba, said Niger and Chad would share artillery.")
    assert "Mahamadou Soumaila Garba" not in states(text)


# ------------------------------------------------ a destination is not the traveller's state

def test_expected_to_travel_to_capital_is_not_his_state():
    text = ("Drones for Somalia\n\nNAIROBI — Somalia will receive six drones from Turkey, "
            "officials said on Monday.\n\nDefence Minister Abdulkadir Nur is expected to travel "
            "to Ankara next week to sign the deal.")
    assert states(text).get("Abdulkadir Nur") != "Turkey"


# ------------------------------------------------ a middle name dropped

def test_middle_name_dropped_is_the_same_person():
    text = ("Talks\n\nACCRA — Ghanaian President John Dramani Mahama opened the talks on "
            "Monday. President John Mahama said Accra would buy patrol boats.")
    got = [f["person"] for f in facts(text, "LeaderRole")]
    assert got == ["John Dramani Mahama"]


def test_different_first_name_is_another_person():
    text = ("Talks\n\nACCRA — Ghanaian President John Dramani Mahama opened the talks on "
            "Monday. Foreign Minister Samuel Mahama said Accra would buy patrol boats.")
    got = {f["person"] for f in facts(text, "LeaderRole")}
    assert "Samuel Mahama" in got


# ------------------------------------------------ a weapon name

def test_unmanned_surface_vessels_are_a_weapon():
    text = ("Boats given\n\nMANILA — Canberra gave the Philippine navy four unmanned surface "
            "vessels last year.")
    got = one(text, "ArmsTransfer")
    assert (got["supplier"], got["recipient"], got["quantity"]) == ("Australia", "Philippines", 4)


def test_surface_vessels_alone_are_no_weapon():
    text = ("Ships seen\n\nMANILA — Chinese surface vessels were seen near the shoal on Monday.")
    assert facts(text, "ArmsTransfer") == []


def test_boats_sent_to_the_joint_force_are_a_deployment():
    text = ("Patrols\n\nABUJA — Ghana would send two patrol boats to the joint force within a "
            "month.")
    assert facts(text, "ArmsTransfer") == []


def test_boats_sent_to_a_state_for_the_joint_force_stay_a_transfer():
    text = ("Patrols\n\nABUJA — Ghana would send two patrol boats to Nigeria for the joint "
            "force.")
    got = one(text, "ArmsTransfer")
    assert (got["supplier"], got["recipient"]) == ("Ghana", "Nigeria")


def test_met_his_counterpart_serves_headline_pairs_other_state():
    text = ("Canada and Poland deepen ties\n\nWARSAW — Defence Minister David McGuinty met his "
            "Polish counterpart, Wladyslaw Kosiniak-Kamysz, on Monday.")
    assert states(text).get("David McGuinty") == "Canada"


def test_counterpart_of_a_third_state_keeps_the_older_rules():
    text = ("Canada and Poland deepen ties\n\nWARSAW — Defence Minister David McGuinty met his "
            "Czech counterpart, Jana Cernochova, on Monday.")
    assert states(text).get("David McGuinty") != "Czech Republic"


def test_head_of_the_junta_without_modifier():
    text = ("Vote\n\nLIBREVILLE — Leaders met on Monday. The military ruler and head of the junta, "
            "General Brice Oligui Nguema, said Gabon would hold elections.")
    assert states(text).get("Brice Oligui Nguema") == "Gabon"


def test_head_of_a_bare_council_is_no_leader():
    text = ("Vote\n\nLIBREVILLE — Leaders met on Monday. The head of the council, Mr Paul Ndong, "
            "said Gabon would hold elections.")
    assert "Paul Ndong" not in states(text)


def test_first_name_dropped_is_the_same_person_of_the_same_state():
    text = ("Drones\n\nNAIROBI — Somali Defence Minister Abdulkadir Mohamed Nur met officers on "
            "Monday.\n\nDefence Minister Mohamed Nur said the drones would arrive soon.")
    got = {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}
    assert got == {("Abdulkadir Mohamed Nur", "Somalia")}


def test_a_name_of_two_states_is_not_folded():
    text = ("Talks\n\nNAIROBI — Somali Defence Minister Ahmed Ali Hassan met Kenyan Defence "
            "Minister Omar Ali Hassan on Monday.")
    got = {f["person"] for f in facts(text, "LeaderRole")}
    assert got == {"Ahmed Ali Hassan", "Omar Ali Hassan"}


# ------------------------------------------------ "who signed for [state]"

def test_who_signed_for_capital_gives_the_state():
    text = ("Pact\n\nANKARA — Somalia signed a defence pact with Turkey on Monday. Defence "
            "Minister Abdulkadir Nur, who signed the pact for Mogadishu, praised the deal.")
    assert states(text).get("Abdulkadir Nur") == "Somalia"



def test_who_signed_with_a_state_is_not_signing_for_it():
    text = ("Pact\n\nANKARA — Turkey signed a defence pact on Monday. Defence Minister Yasar "
            "Guler, who signed the pact with Somalia, praised the deal.")
    assert states(text).get("Yasar Guler") != "Somalia"
