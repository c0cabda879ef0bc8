"""Leader roles and treaties of issue 11's eighteenth round, from a fresh set's abstract error
categories (never its texts). Sentences are our own: an outgoing office-holder, "de la" in a
name, an army chief "who also heads" the ruling council, rulers listed as "[state]'s [rank] X"
under a collective phrase, a title after "visit by", a title in a "where" clause or after "a
delegation led by"; treaties split by "respectively", an earlier pact
"replacing one that ... signed in YEAR", a state being broken with, signers hoped for, a
place after the signers and a signer told by surname."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-03-12"  # a Wednesday
facts, one = make_helpers(PUB)


states, _ = make_role_views(facts)


def article(text: str, kind: str) -> list[dict]:
    out = record_to_gold_facts(extract_text(text, published=PUB))["facts"]
    return [f for f in out if f["type"] == kind]


def treaties(text: str) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")}


# ------------------------------------------------------------ roles

def test_outgoing_prime_minister_mid_sentence_holds_the_office():
    text = "The talks in Canberra were joined by outgoing Dutch prime minister Mark Rutte."
    assert states(text).get("Mark Rutte") == "Netherlands"


def test_former_prime_minister_still_holds_no_office():
    text = "The talks in Canberra were joined by former Dutch prime minister Mark Rutte."
    assert "Mark Rutte" not in states(text)


def test_de_la_keeps_the_whole_surname():
    text = "Peruvian Foreign Minister Elmer Schialer de la Torre met the delegation on Monday."
    assert states(text).get("Elmer Schialer de la Torre") == "Peru"


def test_la_alone_is_no_particle():
    text = "The minister said the La Paz talks would resume, Bolivian President Luis Arce said."
    assert states(text).get("Luis Arce") == "Bolivia"


def test_army_chief_who_also_heads_the_ruling_council():
    text = ("Chad's army chief, General Idriss Mahamat Abakar, who also heads the ruling "
            "military council, received the envoy.")
    assert states(text).get("Idriss Mahamat Abakar") == "Chad"


def test_rulers_listed_under_a_collective_phrase():
    text = ("The three military rulers — Mali's General Assimi Goita, Burkina Faso's Captain "
            "Ibrahim Traore and Niger's General Abdourahamane Tiani — met in Bamako on Monday.")
    got = states(text)
    assert got.get("Assimi Goita") == "Mali"
    assert got.get("Ibrahim Traore") == "Burkina Faso"
    assert got.get("Abdourahamane Tiani") == "Niger"


def test_ranked_names_without_a_collective_phrase_are_no_rulers():
    text = ("Officers from three armies — Mali's General Oumar Diarra, Burkina Faso's Captain "
            "Paul Sawadogo and Niger's General Moussa Barmou — met in Bamako on Monday.")
    assert not facts(text, "LeaderRole")


def test_listed_rulers_sign_for_their_states():
    text = ("The heads of the two military governments — Mali's General Assimi Goita and "
            "Niger's General Abdourahamane Tiani — signed a defence charter on Monday.")
    t = one(text, "Treaty")
    assert set(t["parties"]) == {"Mali", "Niger"}
    assert set(t["signatories"]) == {"Assimi Goita", "Abdourahamane Tiani"}


def test_title_after_visit_by_is_the_guests_state():
    text = ("HANOI — Vietnam and Laos signed a rail agreement on Tuesday during an official "
            "visit by Prime Minister Sonexay Siphandone.")
    got = article("Rail pact\n2025-03-12\n\n" + text, "LeaderRole")
    assert {(f["person"], f["country"]) for f in got} == {("Sonexay Siphandone", "Laos")}


def test_visit_by_with_two_other_states_guesses_nothing_new():
    text = ("HANOI — Vietnam, Laos and Cambodia signed a rail agreement on Tuesday during an "
            "official visit by Prime Minister Sonexay Siphandone.")
    got = article("Rail pact\n2025-03-12\n\n" + text, "LeaderRole")
    assert ("Sonexay Siphandone", "Laos") not in {(f["person"], f["country"]) for f in got}


def test_title_in_a_where_clause_is_that_states():
    text = ("NIAMEY — The raiders fled towards Burkina Faso, where the security minister, "
            "Mahamadou Sana, ordered roadblocks, Nigerien officials said.")
    got = article("Raid\n2025-03-12\n\n" + text, "LeaderRole")
    assert {(f["person"], f["country"]) for f in got} == {("Mahamadou Sana", "Burkina Faso")}


# ------------------------------------------------------------ treaties

def test_respectively_splits_one_state_and_two_partners():
    text = ("Uzbekistan already has transit agreements with Turkey and Azerbaijan, signed in "
            "2021 and 2023 respectively.")
    assert treaties(text) == {(frozenset({"Uzbekistan", "Turkey"}), "2021"),
                              (frozenset({"Uzbekistan", "Azerbaijan"}), "2023")}


def test_respectively_splits_the_pair_told_before():
    text = ("Chile and Peru signed a fisheries accord on Monday. Both countries already have "
            "trade agreements with China, signed in 2006 and 2009 respectively.")
    got = treaties(text)
    assert (frozenset({"Chile", "China"}), "2006") in got
    assert (frozenset({"Peru", "China"}), "2009") in got


def test_replacing_one_that_adds_the_earlier_pact():
    text = ("Ghana and Nigeria signed a new security pact on Tuesday, replacing one that "
            "Accra and Abuja signed in 2015.")
    assert treaties(text) == {(frozenset({"Ghana", "Nigeria"}), "2025-03-11"),
                              (frozenset({"Ghana", "Nigeria"}), "2015")}


def test_replacing_one_that_the_two_countries_signed_keeps_two_facts():
    text = ("Senegal and Gambia signed a fisheries accord, replacing one that the two "
            "countries signed in 2009.")
    assert treaties(text) == {(frozenset({"Senegal", "Gambia"}), None),
                              (frozenset({"Senegal", "Gambia"}), "2009")}


def test_a_pact_being_left_gives_no_party():
    text = ("Ghana and Togo signed a maritime security pact on Monday, a year after Togo "
            "withdrew from its defence agreement with France.")
    assert set(one(text, "Treaty")["parties"]) == {"Ghana", "Togo"}


def test_with_after_the_signed_pact_is_still_a_party():
    text = "Togo signed a defence agreement with France on Monday."
    assert set(one(text, "Treaty")["parties"]) == {"Togo", "France"}


def test_signers_hoped_for_are_no_signatories():
    text = ("Chile and Argentina signed a border accord on Monday. A gas accord is expected "
            "to be signed by President Gabriel Boric and President Javier Milei in May.")
    got = facts(text, "Treaty")
    assert all(not (f["signatories"] or []) for f in got)


def test_signed_by_names_the_signers():
    text = ("The border accord between Chile and Argentina was signed by President Gabriel "
            "Boric and President Javier Milei on Monday.")
    assert set(one(text, "Treaty")["signatories"]) == {"Gabriel Boric", "Javier Milei"}


def test_the_place_after_the_signers_is_no_signer():
    text = ("Oman and Jordan signed a water agreement on Monday. It was signed by Foreign "
            "Minister Badr Albusaidi and Ayman Safadi, at the Al Alam Palace.")
    t = one(text, "Treaty")
    assert "Al Alam Palace" not in (t["signatories"] or [])



def test_a_surname_after_signed_by_is_the_earlier_office_holder():
    text = ("AMMAN — Oman and Jordan signed a water agreement on Monday. Foreign Minister Ayman "
            "Safadi held the talks with his Omani counterpart Saif Rashid Albusaidi. The "
            "agreement was signed for Jordan by Omar Nabil Zaid, the water secretary, and for "
            "Oman by Albusaidi.")
    t = one(text, "Treaty")
    assert set(t["signatories"]) == {"Omar Nabil Zaid", "Saif Rashid Albusaidi"}


def test_a_surname_of_no_earlier_holder_names_no_one():
    text = ("AMMAN — Oman and Jordan signed a water agreement on Monday. The agreement was "
            "signed for Jordan by Omar Nabil Zaid, the water secretary, and for Oman by "
            "Albusaidi.")
    t = one(text, "Treaty")
    assert set(t["signatories"]) == {"Omar Nabil Zaid"}


def test_respectively_splits_two_subject_states():
    text = "Peru and Chile signed port agreements with China in 2019 and 2021, respectively."
    assert treaties(text) == {(frozenset({"Peru", "China"}), "2019"),
                              (frozenset({"Chile", "China"}), "2021")}


def test_a_list_between_hyphens_signs_too():
    text = ("BAMAKO - The three juntas' leaders - Mali's Colonel Assimi Goita, Burkina Faso's "
            "Captain Ibrahim Traore and Niger's General Abdourahamane Tiani - signed a "
            "confederation treaty on Saturday.")
    t = one(text, "Treaty")
    assert set(t["parties"]) == {"Mali", "Burkina Faso", "Niger"}
    assert len(t["signatories"]) == 3


def test_outgoing_opening_the_sentence_is_no_part_of_the_name():
    text = "Outgoing Prime Minister Rui Tavares Costa of Portugal said he would stay on."
    assert states(text).get("Rui Tavares Costa") == "Portugal"


def test_signers_hoped_for_in_a_relative_clause_are_no_signatories():
    text = ("Kenya and Uganda signed a rail accord on Monday, which is expected to be signed by "
            "Presidents Samuel Kariuki Njoroge and Moses Okello Obote later.")
    assert not one(text, "Treaty")["signatories"]


def test_two_signers_under_a_plural_title_putting_their_names_to_it():
    text = ("Ecuador and Colombia signed a fisheries pact on Monday, with Foreign Ministers Ana "
            "Maria Ruiz and Pedro Luis Gomez putting their names to it in Quito.")
    assert set(one(text, "Treaty")["signatories"]) == {"Ana Maria Ruiz", "Pedro Luis Gomez"}


def test_an_onlooker_of_a_signing_signs_nothing():
    text = ("Ecuador and Colombia signed a fisheries pact on Monday, with Foreign Minister Ana "
            "Maria Ruiz watching President Pedro Luis Gomez signing the text.")
    assert "Ana Maria Ruiz" not in (one(text, "Treaty")["signatories"] or [])


def test_the_army_chief_who_also_heads_the_ruling_council():
    text = ("General Idriss Mahamat Abakar, the army chief who also heads the ruling military "
            "council, received the envoy in N'Djamena, Chad.")
    assert states(text).get("Idriss Mahamat Abakar") == "Chad"


def test_who_is_also_head_of_the_ruling_council():
    text = ("Chad's army chief, General Idriss Mahamat Abakar, who is also head of the ruling "
            "military council, received the envoy.")
    assert states(text).get("Idriss Mahamat Abakar") == "Chad"


def test_an_army_chief_heading_a_council_of_the_army_holds_no_office():
    text = ("Guinea's army chief, General Sadiba Koulibaly, who also heads the army's training "
            "council, met the envoy.")
    assert "Sadiba Koulibaly" not in states(text)


def test_the_pact_torn_up_gives_way_to_the_next_with():
    text = ("Niger tore up its military agreements with France and signed a new one with Russia "
            "on Monday.")
    assert set(one(text, "Treaty")["parties"]) == {"Niger", "Russia"}


def test_the_year_of_a_relative_clause_before_the_verb_is_not_the_signing():
    text = ("Niger, which pulled out of its defence pact with France in 2023, signed a security "
            "accord with Russia on Monday.")
    t = one(text, "Treaty")
    assert set(t["parties"]) == {"Niger", "Russia"} and t["date"] == "2025-03-10"


def test_the_year_of_the_signing_relative_clause_stays():
    text = "Sudan and South Sudan, which signed a peace deal in 2018, reopened the border."
    assert one(text, "Treaty")["date"] == "2018"


def test_the_term_told_in_the_next_sentence():
    text = ("Kenya and Uganda signed a border security agreement on Wednesday. It runs for five "
            "years.")
    assert one(text, "Treaty")["duration_years"] == 5


def test_a_war_that_has_run_for_years_is_no_term():
    text = ("Kenya and Uganda signed a border security agreement on Wednesday. The war has run "
            "for five years.")
    assert one(text, "Treaty")["duration_years"] is None


def _article_roles(body: str) -> set[tuple]:
    text = "Talks\n2025-03-12\n\nBAGHDAD — Iraq and Iran signed a water accord on Monday. " + body
    return {(f["person"], f["country"]) for f in article(text, "LeaderRole")}


def test_speaking_in_a_capital_gives_its_state():
    got = _article_roles("Speaking in Tehran, the foreign minister, Abbas Reza Nouri, said "
                         "the deal was fair.")
    assert got == {("Abbas Reza Nouri", "Iran")}


def test_a_delegation_led_by_a_title_is_of_the_delegations_state():
    got = _article_roles("Iran's delegation was led by the foreign minister, Abbas Reza Nouri.")
    assert got == {("Abbas Reza Nouri", "Iran")}


def test_talks_led_by_a_title_keep_the_dateline_state():
    got = _article_roles("The talks were led by the foreign minister, Fuad Hassan Salih, and "
                         "attended by Iran's envoy.")
    assert got == {("Fuad Hassan Salih", "Iraq")}
