"""Treaties and leader roles of issue 11's twentieth round, from a fresh set's abstract error
categories (never its texts). Sentences are our own: a pact "that the three governments signed",
"[capital] has also turned to [state], signing ...", "X and his [nationality] counterpart, Y"
under a dateline (with a capital's name as X's given name), "were in [capital] for talks with
their [nationality] counterparts", a ceremony's host, a ruler "who also chairs the ruling
council" speaking from a city, "Relations between A and B collapsed when A signed ... with C",
a retold signing dated by "who took office in ..." and "signed during a visit by X"; with the
near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_role_views

PUB = "2025-03-12"  # a Wednesday
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)


states, parties = make_role_views(facts)


# ------------------------------------------------------------ a pact the N governments signed

def test_pact_that_the_three_governments_signed_takes_the_listed_states():
    text = ("DAKAR — Senegal, Gambia and Guinea-Bissau opened a joint river authority on Monday. "
            "The authority grew out of a pact that the three governments signed in May 2023.")
    found = facts(text, "Treaty")
    assert {frozenset(f["parties"]) for f in found} == {
        frozenset({"Senegal", "Gambia", "Guinea-Bissau"})}
    assert found[0]["date"] == "2023-05"


def test_pact_that_the_governments_discussed_is_no_treaty():
    text = ("DAKAR — Senegal, Gambia and Guinea-Bissau opened a joint river authority on Monday. "
            "The authority grew out of a pact that the three governments discussed in May 2023.")
    assert parties(text) == set()


# ------------------------------------------------------------ "has turned to X, signing"

def test_capital_turned_to_a_state_signing_an_agreement():
    text = ("ACCRA — Ghana has struggled to pay for power. Abuja has also turned to China, "
            "signing a ten-year agreement on a new hydroelectric dam.")
    found = facts(text, "Treaty")
    assert {frozenset(f["parties"]) for f in found} == {frozenset({"Nigeria", "China"})}
    assert found[0]["duration_years"] == 10


def test_turned_to_without_a_signing_is_no_treaty():
    text = "ACCRA — Abuja has also turned to China, seeking loans for a new hydroelectric dam."
    assert parties(text) == set()


# ------------------------------------------------------------ "X and his Y counterpart"

def test_capital_given_name_before_and_his_counterpart_is_the_datelines_holder():
    text = ("BUENOS AIRES — Foreign Minister Santiago Cafiero and his Chilean counterpart, "
            "Antonia Urrejola, signed a border agreement on Monday.")
    found = states(text)
    assert found.get("Santiago Cafiero") == "Argentina"
    assert found.get("Antonia Urrejola") == "Chile"
    assert parties(text) == {frozenset({"Argentina", "Chile"})}


def test_ministers_in_a_capital_for_talks_with_their_counterparts_are_the_articles_state():
    # (the article's main state is the Philippines: the ministers' state when the dateline's
    # is their counterparts')
    text = ("HANOI — The Philippines and Vietnam signed a coast guard memorandum on Friday. "
            "Defence Secretary Gilberto Teodoro and Foreign Secretary Enrique Manalo were in "
            "Hanoi for talks with their Vietnamese counterparts. The Philippines wants more "
            "partners, Manila has asked Japan for ships, and the Philippine navy will buy "
            "Japanese radars. Philippine officials said Manila would also talk to Australia.")
    found = states(text)
    assert found.get("Gilberto Teodoro") == "Philippines"
    assert found.get("Enrique Manalo") == "Philippines"


def test_in_a_capital_without_counterparts_takes_not_the_articles_state():
    # no counterparts: this rule does not fire (the older dateline guess stands)
    text = ("HANOI — Defence Secretary Gilberto Teodoro and Foreign Secretary Enrique Manalo "
            "were in Hanoi for a conference on Friday. The Philippines wants more partners, "
            "Manila has asked Japan for ships, and the Philippine navy will buy Japanese radars.")
    assert states(text).get("Gilberto Teodoro") != "Philippines"


def test_ceremony_host_is_of_the_datelines_state():
    text = ("BUENOS AIRES — Argentina and Chile signed a border agreement in a ceremony hosted "
            "by President Alberto Fernandez, and Chilean officials praised it.")
    assert states(text).get("Alberto Fernandez") == "Argentina"
    assert parties(text) == {frozenset({"Argentina", "Chile"})}


# ------------------------------------------------------------ a council's chair

def test_council_chair_speaking_from_a_city_is_of_that_citys_state():
    text = ("CAIRO — Egypt and Sudan signed a trade protocol on Sunday. General Abdel Fattah "
            "al-Burhan, who also chairs the ruling Sovereignty Council, welcomed the deal in a "
            "statement from Port Sudan.")
    assert states(text).get("Abdel Fattah al-Burhan") == "Sudan"


# ------------------------------------------------------------ relations that changed

def test_relations_between_capitals_when_a_state_signed_keeps_the_clauses_parties():
    text = ("Relations between Vilnius and Minsk collapsed when Lithuania signed a memorandum "
            "with Poland on border guards in March, officials said.")
    assert parties(text) == {frozenset({"Lithuania", "Poland"})}


# ------------------------------------------------------------ a retold signing

def test_took_office_month_does_not_date_the_retold_treaty():
    text = ("BUENOS AIRES — Argentina and Chile signed an agreement on Monday to open new "
            "crossings. The accord was signed during a visit by Chilean President Gabriel Boric, "
            "who took office in March.")
    found = facts(text, "Treaty")
    assert len(found) == 1
    assert found[0]["date"] == "2025-03-10"
    assert "Gabriel Boric" not in (found[0]["signatories"] or [])


# ------------------------------------------------------------ a joint purchase

def test_joint_purchase_of_a_three_state_pact_takes_no_treaty_partner_as_seller():
    text = ("RIGA — Estonia, Latvia and Lithuania signed an agreement on Friday to buy artillery "
            "ammunition together. Latvia signed a memorandum with Ukraine on drone production "
            "in January.")
    assert not any(f["supplier"] == "Ukraine" for f in facts(text, "ArmsTransfer"))


# ------------------------------------------------------------ a third signer by surname

def test_surname_signed_it_for_a_state_is_a_signer_told_before():
    text = ("RIGA — Estonian Defence Minister Hanno Pevkur flew to Riga on Thursday.\n\n"
            "Latvian Defence Minister Andris Spruds and his Lithuanian counterpart, Laurynas "
            "Kasciunas, signed the ammunition agreement on Friday, and Pevkur signed it for "
            "Estonia.")
    found = facts(text, "Treaty")
    assert any("Hanno Pevkur" in (f["signatories"] or []) for f in found)


def test_surname_signed_a_decree_elsewhere_is_no_signer():
    text = ("RIGA — Estonian Defence Minister Hanno Pevkur flew to Riga on Thursday.\n\n"
            "Latvia and Lithuania signed an ammunition agreement on Friday. Pevkur said he "
            "would sign a similar deal soon.")
    assert not any("Hanno Pevkur" in (f["signatories"] or []) for f in facts(text, "Treaty"))


# ------------------------------------------------------------ a region's holdings

def test_memorandum_with_a_regions_fleets_is_no_treaty():
    text = ("MANILA — The Philippines protested again on Monday. Beijing signed a fisheries "
            "memorandum with the Guangxi region's fishing fleets last month.")
    assert parties(text) == set()


def test_memorandum_with_a_state_beside_a_region_is_kept():
    text = ("Beijing signed a fisheries memorandum with Vietnam on Monday, covering the "
            "Guangxi region's fishing fleets.")
    assert parties(text) == {frozenset({"China", "Vietnam"})}
