"""Arms transfers of issue 11's third round, from the blind sets' error categories (never their
texts): the recipient as "it" or as a descriptive noun ("the island", "the West African
country"), package items after a colon or in the next sentence, "X's main supplier of W", a
maker building for a buyer; not a maker's adjective read as recipient, an accusation, a request
to allow use, a possessive that starts the next clause, or "other munitions" as a second system.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-02-20"
facts, one = make_helpers(PUB)
transfers, _ = make_keys(facts)



def test_recipient_it_is_the_state_told_before_not_the_makers_adjective():
    got = transfers("Morocco has rebuilt its army in a decade. France sold it Caesar "
                    "howitzers, Israel supplied American-made Patriot missiles and Turkey "
                    "provided Bayraktar drones.")
    assert got == {("France", "Morocco", "Caesar howitzers"),
                   ("Israel", "Morocco", "Patriot missiles"),
                   ("Turkey", "Morocco", "Bayraktar drones")}


def test_package_for_a_descriptive_recipient_with_items_after_a_colon():
    got = transfers("Taiwan's navy wants more missiles. Washington also cleared three other "
                    "packages for the island: 20 Harpoon missiles, 40 Stinger missiles and "
                    "six MQ-9B drones.")
    assert {(s, r) for s, r, _ in got} == {("United States", "Taiwan")} and len(got) == 3


def test_package_then_its_items_in_the_next_sentence():
    got = transfers("Canada announced a new package of weapons for Ukraine on Monday. It "
                    "covers 40 armoured vehicles, Javelin missiles and 200 drones.")
    assert {(s, r) for s, r, _ in got} == {("Canada", "Ukraine")} and len(got) == 3


def test_supplied_to_the_west_african_country():
    got = transfers("Advisers landed in Niger with an air defence system that Moscow has "
                    "supplied to the West African country. Mali got jets from Russia.")
    assert ("Russia", "Niger", "air defence system") in {
        (s, r, w.lower()) for s, r, w in got}


def test_main_supplier_of_a_weapon():
    assert transfers("Israel has long been Azerbaijan's main supplier of drones.") == {
        ("Israel", "Azerbaijan", "drones")}


def test_a_maker_building_for_a_buyer():
    got = transfers("Egypt's navy is growing. Four corvettes that Italy is building for the "
                    "navy are on schedule.")
    assert got == {("Italy", "Egypt", "corvettes")}


def test_claims_requests_and_next_clauses_are_no_transfers():
    # an accusation's transfer stands as alleged (round 13, as the gold keeps it): the accused
    # supplies, never the accuser
    assert transfers("Sudan accused the United Arab Emirates of supplying drones to the "
                     "Rapid Support Forces.") == {
        ("United Arab Emirates", "Rapid Support Forces", "drones")}
    assert transfers("Kyiv pressed its allies to allow Ukraine to use American ATACMS "
                     "missiles and British Storm Shadow missiles against Russia.") == set()
    assert transfers("Seoul says North Korea has shipped artillery shells to Russia, and "
                     "Seoul's spy agency said more would follow.") == {
        ("North Korea", "Russia", "artillery shells")}
    assert len(transfers("Poland has sent Ukraine artillery shells and other munitions.")) == 1


def test_the_user_of_a_weapon_supplied_by_another_state_received_it():
    assert transfers("Russia has fired at least 30 ballistic missiles supplied by North Korea "
                     "at Ukraine since January.") == {
        ("North Korea", "Russia", "ballistic missiles")}
