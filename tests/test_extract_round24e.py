"""Leader roles of issue 11's twenty-fourth round (offices told elsewhere, bare titles), from a
fresh set's abstract error categories (never its texts). Sentences are our own: "[State]'s X"
a sentence or more after "The [title]s of A and B signed ...", not opening a coordinated pair;
a bare title under the dateline of a state the lead never names; "Surname, who heads the ruling
... council" after the full name; a bare title whose sentence names another state only by the
adjective of an object; with the near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2025-06-10"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
states, _ = make_role_views(facts)


# ------------------------------------------------ a collective office, then "[State]'s X"

COLLECTIVE = ("Uruguay and Paraguay sign river accord\n\nMONTEVIDEO — The foreign ministers of "
              "Uruguay and Paraguay signed a river navigation accord in Montevideo on Monday.\n\n"
              "The signing followed a day of talks. Speaking afterwards, Uruguay's Mariela "
              "Ferreyra said the accord would open the river to barges, while Paraguay's "
              "Rodrigo Benitez Aquino called it overdue.")


def test_possessive_names_after_collective_office_hold_it():
    got = states(COLLECTIVE)
    assert got.get("Mariela Ferreyra") == "Uruguay"
    assert got.get("Rodrigo Benitez Aquino") == "Paraguay"


def test_possessive_names_after_collective_office_get_its_title():
    roles = {f["person"]: f["role"] for f in facts(COLLECTIVE, "LeaderRole")}
    assert roles.get("Mariela Ferreyra") == "foreign minister"


def test_possessive_names_after_collective_signing_are_signers():
    t = one(COLLECTIVE, "Treaty")
    assert set(t["signatories"] or []) == {"Mariela Ferreyra", "Rodrigo Benitez Aquino"}


def test_names_in_separate_sentences_after_collective_office():
    text = ("Border patrols agreed\n\nThe defence ministers of Kyrgyzstan and Tajikistan signed "
            "a patrol agreement on Wednesday. On his first visit, Tajikistan's Davlat Saidzoda "
            "promised calm. Kyrgyzstan's Nurlan Toktomushev said patrols start in May.")
    got = states(text)
    assert got.get("Davlat Saidzoda") == "Tajikistan"
    assert got.get("Nurlan Toktomushev") == "Kyrgyzstan"


def test_third_states_described_person_is_no_minister():
    text = COLLECTIVE + (" Brazil's Helena Prado, an opposition senator, criticised the deal.")
    assert "Helena Prado" not in states(text)


def test_described_member_state_person_is_no_minister():
    text = ("River accord\n\nThe foreign ministers of Uruguay and Paraguay signed a river accord "
            "on Monday. Uruguay's Lucia Morales, an opposition senator, criticised it.")
    assert "Lucia Morales" not in states(text)


def test_possessive_name_far_after_collective_office_is_left_alone():
    text = ("River accord\n\nThe foreign ministers of Uruguay and Paraguay signed a river accord "
            "on Monday. Barges will use it. Trade will grow. Ports will expand. Fees will fall. "
            "Uruguay's Lucia Morales welcomed it.")
    assert "Lucia Morales" not in states(text)


# ------------------------------------------------ a dateline the lead never names

def test_bare_title_under_unnamed_dateline_serves_articles_subject():
    text = ("Moldova to buy radars from France\n\nBRUSSELS — Moldova will buy two radars from "
            "France, the government in Chisinau said on Monday.\n\nPrime Minister Ion Vartic has "
            "asked parliament to approve the purchase.")
    assert states(text).get("Ion Vartic") == "Moldova"


def test_bare_title_under_dateline_named_in_lead_keeps_the_guess():
    text = ("Moldova to buy radars from Belgium\n\nBRUSSELS — Moldova will buy two radars from "
            "Belgium, the government in Chisinau said on Monday.\n\nPrime Minister Ion Vartic has "
            "asked parliament to approve the purchase.")
    assert states(text).get("Ion Vartic") != "Moldova"


def test_bare_title_when_headline_opens_with_another_state():
    text = ("France to sell radars to Moldova\n\nBRUSSELS — Moldova will buy two radars from "
            "France, the government in Chisinau said on Monday.\n\nPrime Minister Ion Vartic has "
            "asked parliament to approve the purchase.")
    assert states(text).get("Ion Vartic") != "Moldova"


# ------------------------------------------------ "Surname, who heads the ruling council"

def test_surname_heading_ruling_council_is_the_full_names_leader():
    text = ("Niger orders drones\n\nNIAMEY — Niger has ordered drones from Turkey, the government "
            "said. General Amadou Kountche received a Turkish delegation in Niamey last month.\n\n"
            "Kountche, who heads the ruling National Council for the Safeguard of the Homeland, "
            "said the drones would arrive soon.")
    assert states(text).get("Amadou Kountche") == "Niger"


def test_surname_heading_army_staff_is_no_leader():
    text = ("Niger orders drones\n\nNIAMEY — Niger has ordered drones from Turkey, the government "
            "said. General Amadou Kountche received a Turkish delegation in Niamey last month.\n\n"
            "Kountche, who heads the army general staff, said the drones would arrive soon.")
    assert "Amadou Kountche" not in states(text)


def test_surname_with_no_full_name_before_is_left_alone():
    text = ("Niger orders drones\n\nNIAMEY — Niger has ordered drones from Turkey, the government "
            "said.\n\nKountche, who heads the ruling military council, said the drones would "
            "arrive soon.")
    assert not any("Kountche" in p for p in states(text))


# ------------------------------------------------ an adjective of an object is not the state

def test_title_with_adjective_before_the_name_keeps_it():
    text = ("Border clash\n\nPakistan says it downed Indian jets\n\nIndian Defence Minister Arun "
            "Verma said five jets had returned safely.")
    assert states(text).get("Arun Verma") == "India"


# ------------------------------------------------ an enemy's weapons brought down

def test_adjectives_drones_brought_down_are_no_transfer():
    text = ("Border clash\n\nPHNOM PENH — Cambodia said its troops repelled an attack.\n\n"
            "Defence Minister Tea Seiha claimed that three Thai drones had been brought down near "
            "the temple.")
    assert facts(text, "ArmsTransfer") == []


def test_adjectives_rockets_landed_near_town_are_no_transfer():
    text = ("Border clash\n\nBANGKOK — A Thai army spokesman said its units had returned fire "
            "after Cambodian rockets landed near the border town of Surin.")
    assert facts(text, "ArmsTransfer") == []


def test_delivered_drones_that_landed_stay_a_transfer():
    text = ("Drones arrive\n\nNIAMEY — Three Turkish drones landed near Niamey on Monday, the "
            "first of six that Niger bought from Turkey.")
    assert ("Turkey", "Niger") in {(f["supplier"], f["recipient"])
                                   for f in facts(text, "ArmsTransfer")}


def test_plural_states_possessive_after_collective_office():
    text = ("Pact\n\nThe defence ministers of Japan and the Philippines signed a logistics pact in "
            "Manila on Monday.\n\nIn a joint statement, Japan's Kenta Moriyama said the pact would "
            "speed drills. The Philippines' Ramon Villareal said it was overdue.")
    got = states(text)
    assert got.get("Kenta Moriyama") == "Japan"
    assert got.get("Ramon Villareal") == "Philippines"
