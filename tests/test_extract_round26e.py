"""Leader roles and background treaties of issue 11's twenty-sixth round, from a fresh set's
abstract error categories (never its texts). Sentences are our own: a militia, rebel, breakaway
or party leader (no state office); a sentence-opening bare title whose state the sentence before
opens with (named again, or "his country"); "the three countries signed" after the lead state and
two states listed "too"; "builds on a YEAR pact with X, which Y's predecessor, Z, signed"; with the
near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2026-04-15"  # a Wednesday
facts, one = make_helpers(PUB, headline=False)
states, parties = make_role_views(facts)


# ------------------------------------------------ non-state leaders

def test_militia_leader_holds_no_office():
    text = ("Talks in Amman\n\nAMMAN — Syrian militia leader Fadi Haddour said on Tuesday that "
            "his men would stay in the south.")
    assert "Fadi Haddour" not in states(text)


def test_rebel_and_party_leaders_hold_no_office():
    text = ("Vote called\n\nDAKAR — Casamance rebel leader Ousmane Diatta rejected the offer. "
            "Opposition party leader Awa Ndour asked for a vote in parliament.")
    got = states(text)
    assert "Ousmane Diatta" not in got and "Awa Ndour" not in got


def test_plain_leader_keeps_the_office():
    text = ("Junta chief visits\n\nNIAMEY — Niger's leader, General Moussa Kandi, met the "
            "envoy on Tuesday.")
    assert states(text).get("Moussa Kandi") == "Niger"


# ------------------------------------------------ the state the sentence before opens with

BORDER = ("Kenya and Tanzania open border post\n\nNAIROBI — Kenya and Tanzania opened a new "
          "border post on Tuesday. Tanzania has long asked for a faster crossing at Namanga. "
          "Foreign Minister Rehema Mwakyusa said Tanzanian traders would save two days a trip.")


def test_bare_title_takes_the_previous_subject_named_again():
    assert states(BORDER).get("Rehema Mwakyusa") == "Tanzania"


def test_bare_title_without_second_naming_keeps_its_guess():
    text = BORDER.replace("Tanzanian traders", "traders")
    assert states(text).get("Rehema Mwakyusa") != "Tanzania"


def test_his_country_takes_the_subject_within_three_sentences():
    text = ("Kenya and Tanzania open border post\n\nNAIROBI — Kenya and Tanzania opened a new "
            "border post on Tuesday. Tanzania has long asked for a faster crossing at Namanga. "
            "The talks also covered security. Defence Minister Juma Kassim said his country had "
            "received six patrol boats from Turkey.")
    assert states(text).get("Juma Kassim") == "Tanzania"


def test_previous_supplier_subject_is_not_taken():
    text = ("Manila buys radars\n\nMANILA — Japan will give the Philippines four radars. "
            "Defence Secretary Rolando Tan said the radars would watch the coast.")
    assert states(text).get("Rolando Tan") != "Japan"


# ------------------------------------------------ "the three countries" after "too"

SAHEL = ("Chad receives Chinese armoured cars\n\nN'DJAMENA — Chad's army took delivery of 20 "
         "armoured cars from China on Monday. Sudan and Libya have bought Chinese vehicles too. "
         "The three countries signed a border security pact in May 2024.")


def test_three_countries_are_the_lead_state_and_the_two_listed_too():
    assert frozenset({"Chad", "Sudan", "Libya"}) in parties(SAHEL)


def test_three_countries_without_too_find_no_third_party():
    text = SAHEL.replace(" too.", ".")
    assert frozenset({"Chad", "Sudan", "Libya"}) not in parties(text)


# ------------------------------------------------ "builds on ... [leader]'s predecessor"

PORTUGAL = ("Spain and Portugal sign coast guard treaty\n\nMADRID — Portuguese Prime Minister "
            "Rui Tavares and Spanish Prime Minister Pedro Sanchez signed a coast guard treaty on "
            "Tuesday. The treaty builds on a 2017 fisheries agreement with Morocco, which "
            "Tavares's predecessor, Antonio Costa, signed in Rabat.")


def test_predecessor_pact_joins_the_leaders_state_and_the_partner():
    found = [f for f in facts(PORTUGAL, "Treaty")
             if set(f["parties"]) == {"Portugal", "Morocco"}]
    assert found and found[0]["date"] == "2017"
    assert found[0]["signatories"] == ["Antonio Costa"]


def test_predecessor_of_an_unknown_leader_gives_no_pact():
    text = PORTUGAL.replace("Tavares's predecessor", "Silva's predecessor")
    assert frozenset({"Portugal", "Morocco"}) not in parties(text)


