"""Leader roles and treaties, seventh round (issue 11): an official's state from the city a
sentence opens with, leaders in relative clauses, dash appositions and juntas, secretaries who
are civil servants, charters signed by "they", breakaway entities as parties, signers told
apart from the agreement. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-04-16"  # a Wednesday
facts, one = make_helpers(PUB)
_, roles = make_keys(facts)


def countries(text: str) -> dict[str, str]:
    return {f["person"]: f["country"] for f in facts(text, "LeaderRole")}


def treaties(text: str) -> list[tuple[set, set]]:
    return [(set(f["parties"]), set(f["signatories"] or [])) for f in facts(text, "Treaty")]


# ------------------------------------------------------------------ the state of an official

def test_an_opening_city_gives_the_state_of_an_official_named_without_one():
    assert countries("In Dodoma, Foreign Minister Juma Mwinyi said talks with Kenya and "
                     "Uganda would resume in May.") == {"Juma Mwinyi": "Tanzania"}
    # a city the gazetteer knows only as a place gives its state too
    assert countries("In Mombasa, Interior Minister Otieno Kamau warned that Somalia must "
                     "secure the border.") == {"Otieno Kamau": "Kenya"}


def test_an_opening_city_does_not_override_a_state_the_title_gives():
    assert countries("In Dodoma, Kenyan Foreign Minister Otieno Kamau met officials from "
                     "Uganda.") == {"Otieno Kamau": "Kenya"}


def test_a_visitor_in_the_opening_city_is_not_its_official():
    assert countries("In Dodoma, the visiting Foreign Minister Otieno Kamau said Kenya "
                     "would help.") == {}


def test_an_official_without_a_state_serves_the_state_the_paragraph_is_about():
    text = ("The Philippines and Australia signed a defence pact on Monday. The Philippines "
            "wants more patrols.\n\nAustralia has been expanding its navy. Defence Minister "
            "Mark Dalton said the pact would deepen trust.")
    assert countries(text) == {"Mark Dalton": "Australia"}
    # a state only in the object of the sentence before is not what it is about
    text = ("The Philippines and Australia signed a defence pact on Monday. The Philippines "
            "wants more patrols.\n\nOfficials accused Australia of delay. Defence Minister "
            "Ramon Cruz said talks would go on.")
    assert countries(text) == {"Ramon Cruz": "Philippines"}


def test_relative_clause_gives_the_office_and_its_state():
    assert roles("Lina Haddad, who has been foreign minister of Jordan since 2023, met "
                 "envoys from Syria.") == {("Lina Haddad", "foreign minister", "Jordan")}
    assert roles("Oumar Diallo, who is president of Guinea's transition, flew to "
                 "Dakar.") == {("Oumar Diallo", "president", "Guinea")}


def test_a_junta_led_by_a_ranked_officer_is_led_by_him():
    assert roles("Chad, ruled by the junta led by General Idriss Mahamat since 2021, "
                 "expelled the envoy.") == {("Idriss Mahamat", "leader", "Chad")}
    assert roles("Guinea's junta, headed by Colonel Sekou Camara, met the delegation.") == {
        ("Sekou Camara", "leader", "Guinea")}
    assert roles("The talks were hosted by the military government of General Ali Bah in "
                 "Niger.") == set()  # the state is told after, not before: no guess


def test_leaders_in_a_dash_apposition_each_get_their_state():
    got = roles("Luis Arce, Gabriel Boric and Carlos Mendez - the presidents of Bolivia, "
                "Chile and Paraguay - opened the summit on Monday.")
    assert got == {("Luis Arce", "president", "Bolivia"), ("Gabriel Boric", "president", "Chile"),
                   ("Carlos Mendez", "president", "Paraguay")}


def test_a_three_state_list_after_a_comma_apposition():
    got = roles("Luis Arce, Gabriel Boric and Carlos Mendez, the presidents of Bolivia, "
                "Chile and Paraguay, opened the summit on Monday.")
    assert {(p, c) for p, _, c in got} == {("Luis Arce", "Bolivia"), ("Gabriel Boric", "Chile"),
                                           ("Carlos Mendez", "Paraguay")}


def test_a_ministry_secretary_in_south_asia_is_a_civil_servant_elsewhere_a_minister():
    assert roles("Amna Baloch, Pakistan's foreign secretary, briefed the envoys.") == set()
    assert roles("Indian Defence Secretary Rajesh Kumar met the delegation.") == set()
    assert roles("British Foreign Secretary Anna Webb met the delegation.") == {
        ("Anna Webb", "foreign secretary", "United Kingdom")}
    assert roles("Philippine Defence Secretary Ramon Cruz met the delegation.") == {
        ("Ramon Cruz", "defence secretary", "Philippines")}
    # the Philippines' foreign secretary heads its foreign ministry (a cabinet office)
    assert roles("Philippine Foreign Secretary Ramon Cruz met the delegation.") == {
        ("Ramon Cruz", "foreign secretary", "Philippines")}


# ------------------------------------------------------------------------------ treaties

def test_they_signed_takes_every_state_of_the_list_before():
    text = ("Leaders of Ghana, Togo and Benin met in Lomé on Monday to discuss border raids. "
            "Later that day they signed a charter on joint patrols.")
    assert [p for p, _ in treaties(text)] == [{"Ghana", "Togo", "Benin"}]
    text = ("Heads of state of Chad, Niger and Mali met in Niamey on Monday. The three leaders "
            "then put their signatures to a security charter.")
    assert [p for p, _ in treaties(text)] == [{"Chad", "Niger", "Mali"}]


def test_their_ministers_signed_takes_the_pair_told_before():
    text = ("The presidents of Kenya and Ethiopia met in Nairobi on Monday. Their foreign "
            "ministers put their signatures to a trade accord on Tuesday.")
    assert [p for p, _ in treaties(text)] == [{"Kenya", "Ethiopia"}]


def test_signers_in_a_dash_apposition_are_the_subject():
    text = ("Luis Arce, Gabriel Boric and Carlos Mendez - the presidents of Bolivia, Chile and "
            "Paraguay - inked a lithium accord in La Paz on Friday.")
    assert treaties(text) == [({"Bolivia", "Chile", "Paraguay"},
                               {"Luis Arce", "Gabriel Boric", "Carlos Mendez"})]


def test_a_breakaway_entity_is_the_party_the_text_names():
    text = "Russia and South Ossetia signed a customs agreement on Monday; Georgia protested."
    assert [p for p, _ in treaties(text)] == [{"Russia", "South Ossetia"}]
    text = "Ethiopia sealed a port deal with Somaliland on Tuesday, angering Somalia."
    assert [p for p, _ in treaties(text)] == [{"Ethiopia", "Somaliland"}]


def test_civil_servants_who_signed_are_signatories_without_a_role():
    text = ("Kenya and Tanzania signed a border agreement on Monday. The accord was signed for "
            "Kenya by Peter Njoroge, the permanent secretary, and for Tanzania by Amina Salum, "
            "its ambassador in Nairobi.")
    assert treaties(text) == [({"Kenya", "Tanzania"}, {"Peter Njoroge", "Amina Salum"})]
    assert facts(text, "LeaderRole") == []


def test_signers_told_alone_make_no_treaty():
    assert facts("Peter Njoroge signed for Kenya, officials said on Monday.", "Treaty") == []
    assert facts("Kenya and Tanzania held talks on Monday. Peter Njoroge signed for Kenya.",
                 "Treaty") == []
