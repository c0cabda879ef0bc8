"""Round 27 (helper e): leader roles told around the name. "The head of the ruling sovereignty
council, army chief X" (a second, military title between the office and the name) is the
council's head, the state from the context (kg.extract.described_offices, R27e); the army title
alone, or a council that is not "ruling", makes no leader. From the abstract error categories of
a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, role_pairs

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _leaders(text: str) -> set[tuple]:
    return role_pairs(facts, text)


def test_head_of_ruling_council_with_army_title_between():
    text = ("PORT SUDAN, Dec 4 (Staff) - The head of the ruling sovereignty council, army chief "
            "Abdel Fattah al-Burhan, visited troops on Thursday.")
    assert ("Abdel Fattah al-Burhan", "Sudan") in _leaders(text)


def test_head_of_ruling_military_council_with_rank():
    text = ("NIAMEY, Dec 4 (Staff) - The leader of the ruling military council, army chief "
            "General Abdourahamane Tiani, met envoys from Mali on Thursday.")
    assert ("Abdourahamane Tiani", "Niger") in _leaders(text)


def test_army_chief_alone_is_no_leader():
    # near-miss: a commander is not a national office-holder
    text = ("PORT SUDAN, Dec 4 (Staff) - The army's deputy commander, army chief of staff "
            "Yasser al-Atta, visited troops on Thursday.")
    assert not _leaders(text)


def test_council_not_ruling_is_not_read():
    # near-miss: an advisory council's head who is also a commander is no head of state
    from kg.extract.described_offices import _RULING_COUNCIL_ARMY_CHIEF
    assert _RULING_COUNCIL_ARMY_CHIEF.search(
        "The head of the ruling sovereignty council, army chief Abdel Fattah al-Burhan, spoke.")
    assert not _RULING_COUNCIL_ARMY_CHIEF.search(
        "The head of the security council, army chief Yasser al-Atta, spoke.")


def _article_leaders(article: str) -> set[tuple]:
    from kg.extract.records import extract_text, record_to_gold_facts
    out = record_to_gold_facts(extract_text(article, published=PUB))["facts"]
    return {(f["person"], f["country"]) for f in out if f["type"] == "LeaderRole"}


def test_bare_title_signed_with_partner_serves_the_headline_pairs_other_state():
    # no dateline, no other leader: "signed ... with Japan" under "Kenya signs ... with Japan"
    article = ("Kenya signs loan deal with Japan\n2026-12-04\nFinance Minister John Mbadi "
               "signed the loan agreement with Japan on Thursday in Nairobi, the ministry said.")
    assert ("John Mbadi", "Kenya") in _article_leaders(article)


def test_signed_with_partner_needs_a_headline_pair():
    # near-miss: a headline of one state gives no pair to take the other state from
    article = ("Loan deal signed with Japan\n2026-12-04\nFinance Minister John Mbadi "
               "signed the loan agreement with Japan on Thursday, the ministry said.")
    assert ("John Mbadi", "Kenya") not in _article_leaders(article)


def test_signed_with_partner_not_read_when_a_third_state_is_named():
    from kg.extract.bare_title_states import _SIGNED_WITH
    assert _SIGNED_WITH.match(" signed the loan agreement with Japan on Thursday", 0)
    assert not _SIGNED_WITH.match(" said Kenya would sign with Japan", 0)


def test_bare_title_signed_contract_from_seller_serves_the_buyer():
    # "from Turkey" names the seller: the signer serves the headline's other state
    article = ("Ghana buys patrol boats from Turkey\n2026-12-04\nKUMASI — Defence Minister "
               "Omane Boamah signed a contract on Thursday for four patrol boats from Turkey, "
               "the ministry said.")
    assert _article_leaders(article) == {("Omane Boamah", "Ghana")}


def test_head_of_ruling_junta_with_army_title_between():
    article = ("Chad talks\n2026-12-04\nN'DJAMENA — The head of the ruling junta, army chief "
               "General Mahamat Idriss Deby, met envoys on Thursday.")
    assert ("Mahamat Idriss Deby", "Chad") in _article_leaders(article)


def test_counterpart_of_an_unnamed_title_holder_takes_that_office():
    text = ("LIMA, Dec 4 (Staff) - The Peruvian foreign minister hosted his Chilean "
            "counterpart, Alberto Moreno, on Thursday.")
    f = one(text, "LeaderRole")
    assert (f["person"], f["role"], f["country"]) == ("Alberto Moreno", "foreign minister",
                                                      "Chile")


def test_unnamed_title_office_needs_his_right_after_the_clause():
    # near-miss: a title told in another clause, a name between, gives no office
    from kg.extract.roles import TITLE_RE
    from kg.extract.unnamed_counterparts import unnamed_title_office
    good = "The Peruvian foreign minister hosted his Chilean counterpart"
    assert unnamed_title_office(good, good.index("Chilean"), TITLE_RE) == "foreign minister"
    bad = "The foreign minister left, and Ana Diaz met her Chilean counterpart"
    assert unnamed_title_office(bad, bad.index("Chilean"), TITLE_RE) is None


def test_head_of_ruling_council_and_army_chief_comma_name():
    text = ("PORT SUDAN, Dec 4 (Staff) - The head of the ruling sovereignty council and army "
            "chief, Abdel Fattah al-Burhan, met envoys on Thursday.")
    assert ("Abdel Fattah al-Burhan", "Sudan") in _leaders(text)


def test_counterpart_of_a_states_unnamed_minister():
    text = ("NAIROBI, Dec 4 (Staff) - Kenya's foreign minister met his Ethiopian counterpart, "
            "Gedion Timothewos, on Thursday.")
    f = one(text, "LeaderRole")
    assert (f["person"], f["role"], f["country"]) == ("Gedion Timothewos", "foreign minister",
                                                      "Ethiopia")


def test_bare_president_after_another_states_president_serves_the_other_state():
    # no dateline; France named most, but France's president is Macron
    article = ("France closes bases\n2026-12-04\nFrench President Emmanuel Macron arrived in "
               "Dakar on Thursday for talks.\n\nPresident Amadou Sall said the bases would "
               "close by July.")
    assert ("Amadou Sall", "Senegal") in _article_leaders(article)


def test_other_holder_state_needs_the_office_held_and_one_other_state():
    from kg.extract.bare_title_states import other_holder_state
    held = {("state/france", "president"): "person/emmanuel-macron"}
    recent = ["state/france", "state/senegal"]
    assert other_holder_state(held, "state/france", "president", "person/x",
                              recent) == "state/senegal"
    # near-misses: another office is free; two other states leave it open
    assert other_holder_state(held, "state/france", "foreign minister", "person/x",
                              recent) is None
    assert other_holder_state(held, "state/france", "president", "person/x",
                              recent + ["state/mali"]) is None
