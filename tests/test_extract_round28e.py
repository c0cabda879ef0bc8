"""Round 28 (helper e): treaties and leader roles. A head of state's nationality adjective
covers a minister listed after them (kg.extract.shared_adjective); "Presidents A and B of X and
Y" reads the states after the names (kg.extract.plural_of_states); a truce "approved by A's
cabinet and accepted by B's government" is a treaty of A and B (kg.extract.approved_truces);
"the 2021 agreement between the three countries" takes the three states listed just before
(kg.extract.counted_parties); "A and B each signed a deal with C" is one treaty per signer
(kg.extract.each_signed); a guessed holder of the lead's "with" partner serves the lead's signer
(kg.extract.signer_subjects). From the abstract error categories of a fresh set
(never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, party_sets, role_pairs

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _leaders(text: str) -> set[tuple]:
    return role_pairs(facts, text)


def _parties(text: str) -> list[set]:
    return party_sets(facts, text)


# --- shared_adjective: "Estonian President A and Foreign Minister B"

def test_minister_after_head_of_state_shares_the_adjective():
    # (before round 28 the minister took the dateline's state: Latvia)
    text = ("RIGA, Dec 4 (Staff) - Latvia hosted the talks. Estonian President Lauri Tamm and "
            "Foreign Minister Kadri Saar met Latvian officials on Thursday.")
    got = _leaders(text)
    assert ("Kadri Saar", "Estonia") in got and ("Kadri Saar", "Latvia") not in got


def test_head_then_minister_only_for_a_cabinet_minister():
    from kg.extract.shared_adjective import head_then_minister
    assert head_then_minister("president", "foreign minister")
    assert head_then_minister("prime minister", "defence minister")
    # near-miss: two heads ("Ukrainian President A and Prime Minister B") are left alone
    assert not head_then_minister("president", "prime minister")
    assert not head_then_minister("mayor", "foreign minister")


# --- plural_of_states: "Prime Ministers A and B of X and Y"

def test_plural_title_takes_the_states_after_the_names_in_order():
    text = ("OSLO, Dec 4 (Staff) - Norway and Sweden opened a new rail bridge on Thursday. "
            "Prime Ministers Anna Berg and Jonas Lind of Sweden and Norway cut the ribbon.")
    got = _leaders(text)
    assert ("Anna Berg", "Sweden") in got and ("Jonas Lind", "Norway") in got
    assert ("Anna Berg", "Norway") not in got


def test_states_after_names_needs_as_many_states():
    from kg.extract.plural_of_states import _OF
    assert _OF.match(" of the Philippines", 0)
    # near-miss: "of the two countries" names no state; the older rules decide
    text = ("OSLO, Dec 4 (Staff) - Norway and Sweden opened a new rail bridge on Thursday. "
            "Prime Ministers Anna Berg and Jonas Lind of the two countries cut the ribbon.")
    assert len(_leaders(text)) == 2


# --- approved_truces: "approved by A's cabinet and accepted by B's government"

def test_truce_approved_by_two_governments_is_a_treaty():
    text = ("NAIROBI, Dec 4 (Staff) - Shelling on the frontier stopped after the ceasefire was "
            "endorsed by Ethiopia's government on Tuesday and approved by Eritrea's cabinet a "
            "day later.")
    fs = facts(text, "Treaty")
    assert [set(f["parties"]) for f in fs] == [{"Ethiopia", "Eritrea"}]
    assert fs[0]["date"] == "2026-12-01"


def test_truce_rejected_is_no_treaty():
    # near-miss: a proposal turned down by both
    text = ("NAIROBI, Dec 4 (Staff) - A truce proposal was rejected by Ethiopia's government "
            "on Tuesday and by Eritrea's cabinet a day later.")
    assert not _parties(text)


def test_truce_approved_by_one_state_is_no_treaty():
    text = ("NAIROBI, Dec 4 (Staff) - The truce was approved by Ethiopia's cabinet on Tuesday, "
            "officials said.")
    assert not _parties(text)


# --- counted_parties: "the 2021 agreement between the three countries"

def test_year_pact_between_the_three_countries():
    text = ("VALLETTA, Dec 4 (Staff) - Coastguard ships from Italy, Malta and Tunisia began "
            "joint patrols on Thursday. The patrols are run under the 2021 agreement between the "
            "three countries, officials said.")
    fs = facts(text, "Treaty")
    assert [set(f["parties"]) for f in fs] == [{"Italy", "Malta", "Tunisia"}]
    assert fs[0]["date"] == "2021"


def test_year_pact_needs_a_list_of_that_many_states():
    # near-miss: two states listed, three counted
    text = ("VALLETTA, Dec 4 (Staff) - Coastguard ships from Italy and Malta began joint "
            "patrols on Thursday. The patrols are run under the 2021 agreement between the "
            "three countries, officials said.")
    assert not _parties(text)


def test_year_pact_between_two_is_left_to_the_pair_rules():
    from kg.extract.counted_parties import _YEAR_BETWEEN
    assert _YEAR_BETWEEN.search("under the 2021 agreement between the three countries")
    assert not _YEAR_BETWEEN.search("under the 2021 agreement between the two countries")


def test_truce_approved_by_the_governments_of_a_and_b():
    text = ("YEREVAN, Dec 4 (Staff) - The truce was accepted by the governments of Armenia and "
            "Azerbaijan on Tuesday.")
    assert _parties(text) == [{"Armenia", "Azerbaijan"}]


def test_truce_approved_by_two_demonym_governments():
    text = ("BANGKOK, Dec 4 (Staff) - The ceasefire was approved by the Thai and Cambodian "
            "governments on Tuesday.")
    assert _parties(text) == [{"Thailand", "Cambodia"}]


def test_truce_approved_actively_and_in_an_apposition():
    text = ("BEIRUT, Dec 4 (Staff) - The ceasefire, approved by Israel's security cabinet on "
            "Tuesday, was accepted by Lebanon's government on Wednesday.")
    assert _parties(text) == [{"Israel", "Lebanon"}]
    text = ("BANGKOK, Dec 4 (Staff) - Thailand's cabinet approved the truce on Tuesday and "
            "Cambodia's government accepted it hours later.")
    assert _parties(text) == [{"Thailand", "Cambodia"}]


def test_truce_not_yet_accepted_is_no_treaty():
    # near-miss: a hedge ("has not accepted") anywhere in the sentence
    text = ("BANGKOK, Dec 4 (Staff) - Thailand's cabinet approved the truce on Tuesday, but "
            "Cambodia's government has not accepted it.")
    assert not _parties(text)


_MALTA = ("VALLETTA, Dec 4 (Staff) - Coastguard ships from Italy, Malta and Tunisia began joint "
          "patrols on Thursday. ")


def test_counted_pact_by_possessive_and_bare_relative():
    for second in ("The patrols are run under the three countries' 2021 pact on migration.",
                   "The patrols follow the pact the three countries signed in 2021."):
        fs = facts(_MALTA + second, "Treaty")
        assert [(set(f["parties"]), f["date"]) for f in fs] == [
            ({"Italy", "Malta", "Tunisia"}, "2021")], second


def test_year_pact_without_a_count_is_not_read():
    # near-miss: "the 2021 pact" alone names no parties
    assert not _parties(_MALTA + "The drills are held under the 2021 pact.")


# --- each_signed: "A and B each signed a deal with C": one treaty per signer

def test_each_signed_a_deal_is_one_treaty_per_signer():
    text = ("NAIROBI, Dec 4 (Staff) - Kenya and Uganda each signed a rail deal with China on "
            "Thursday.")
    got = _parties(text)
    assert {"Kenya", "China"} in got and {"Uganda", "China"} in got and len(got) == 2


def test_two_signers_with_a_third_stay_one_treaty():
    # near-miss: no "each": one accord of three
    text = ("CAIRO, Dec 4 (Staff) - Egypt and Jordan signed a gas pipeline accord with Iraq in "
            "Baghdad on Thursday.")
    assert _parties(text) == [{"Egypt", "Jordan", "Iraq"}]


# --- signer_subjects: a guessed holder serves the lead's signer, not its "with" partner

def _article_leaders(article: str) -> set[tuple]:
    from kg.extract.records import extract_text, record_to_gold_facts
    out = record_to_gold_facts(extract_text(article, published=PUB))["facts"]
    return {(f["person"], f["country"]) for f in out if f["type"] == "LeaderRole"}


def test_guessed_minister_serves_the_lead_signer():
    # (before round 28 the partner's adjectives made Togo the article's state)
    article = ("Ghana and Togo agree power deal\n2026-12-04\nGhana signed a power agreement with "
               "Togo on Thursday.\n\nEnergy Minister Kojo Mensah said Togolese households would "
               "get cheaper electricity and Togolese officials had asked for more.")
    got = _article_leaders(article)
    assert ("Kojo Mensah", "Ghana") in got and ("Kojo Mensah", "Togo") not in got


def test_partner_dateline_keeps_the_partner():
    # near-miss: under the partner's dateline the rule does not read
    article = ("Ghana and Togo agree power deal\n2026-12-04\nLOME — Ghana signed a power "
               "agreement with Togo on Thursday.\n\nEnergy Minister Kojo Mensah said Togolese "
               "households would get cheaper electricity.")
    assert ("Kojo Mensah", "Ghana") not in _article_leaders(article)


def test_known_minister_of_another_state_keeps_their_state():
    # near-miss: the gazetteer knows Wang Yi as China's; "of China" after the name says so too
    for text in ("MOSCOW, Dec 4 (Staff) - Russian President Vladimir Putin and Foreign Minister "
                 "Wang Yi met on Thursday.",
                 "MOSCOW, Dec 4 (Staff) - Russian President Vladimir Putin and Foreign Minister "
                 "Ali Demir of Turkey met on Thursday."):
        got = _leaders(text)
        assert ("Wang Yi", "Russia") not in got and ("Ali Demir", "Russia") not in got, text


def test_plural_title_states_after_a_comma():
    text = ("OSLO, Dec 4 (Staff) - Norway and Sweden opened a new rail bridge on Thursday. "
            "Prime Ministers Anna Berg and Jonas Lind, of Sweden and Norway, cut the ribbon.")
    got = _leaders(text)
    assert ("Anna Berg", "Sweden") in got and ("Jonas Lind", "Norway") in got


def test_venue_dateline_keeps_the_signer_by_the_older_rules():
    article = ("Kenya signs deal with Ethiopia\n2026-12-04\nGENEVA — Kenya signed a power deal "
               "with Ethiopia on Thursday.\n\nEnergy Minister Samuel Otieno said Ethiopian "
               "electricity would be cheaper than diesel.")
    got = _article_leaders(article)
    assert ("Samuel Otieno", "Ethiopia") not in got
