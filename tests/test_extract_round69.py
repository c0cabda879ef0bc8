"""Round 69, from `blind87`'s and `blind88`'s abstract categories. Transfers: the later items after
the recipient joined by "along with a", "alongside further" or "as well as larger" are the same
supply; "Athens completed the acquisition of W from S" (the subject buys). Places: a province the
text names in another romanisation than GeoNames' ("Kunar province", GeoNames' "Konar") is that
province, in a state the story names, spelt as the text spells it. Strikes: "Tehran's nuclear
programme sites" names whose the sites are, not a place hit. Roles: "the foreign ministers of the
three countries, A, B and C" take the list of the same sentence. Sentences are our own; each rule
has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, make_side_view, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def test_items_after_the_recipient_joined_by_along_with_a_or_as_well_as_larger():
    text = wire("Germany delivered two IRIS-T systems and 20 Marder vehicles to Ukraine on "
                "Monday, along with a Patriot battery.", "BERLIN")
    assert ("Germany", "Ukraine", "Patriot") in _transfers(text)
    text = wire("The Netherlands will send 24 F-16 jets to Ukraine, as well as larger Patriot "
                "launchers.", "THE HAGUE")
    assert ("Netherlands", "Ukraine", "Patriot launchers") in _transfers(text)


def test_alongside_further_items_are_the_same_supply():
    text = wire("Denmark sent 19 F-16 jets to Ukraine, alongside further Caesar howitzers.",
                "COPENHAGEN")
    assert _transfers(text) == {("Denmark", "Ukraine", "F-16 jets"),
                                ("Denmark", "Ukraine", "Caesar howitzers")}


def test_an_item_alongside_with_its_own_seller_keeps_it():
    text = wire("Denmark sent 19 F-16 jets to Ukraine, alongside Caesar howitzers from France.",
                "COPENHAGEN")
    assert ("Denmark", "Ukraine", "Caesar howitzers") not in _transfers(text)


_sides = make_side_view(facts)


def test_a_province_in_another_romanisation_is_that_province():
    text = wire("A drone strike on a Taliban stronghold in Kunar province killed six people on "
                "Monday, local officials said.", "KABUL")
    assert {p for _, p in _sides(text)} == {"Kunar"}


def test_another_romanisation_is_read_only_for_a_named_province_of_the_story():
    from kg.extract.records import get_extractor
    places = get_extractor().places
    assert places.admin_unit("Kunar", {"state/afghanistan"}).state == "state/afghanistan"
    assert places.admin_unit("Kunar", {"state/ukraine"}) is None


def test_a_capitals_programme_is_its_states_not_a_place_hit():
    text = wire("Israeli jets struck targets in Iran overnight. The strikes hit Tehran's nuclear "
                "programme sites at Natanz, officials said.", "JERUSALEM")
    assert "Tehran" not in {p for _, p in _sides(text)}


def test_a_capitals_own_district_is_still_a_place_hit():
    text = wire("Israeli jets struck Beirut's southern suburbs on Monday, killing four people.",
                "BEIRUT")
    assert {p for _, p in _sides(text)} == {"Beirut"}


def test_ministers_of_the_three_countries_listed_earlier_in_the_same_sentence():
    text = wire("Egypt, Jordan and Qatar sent envoys to Riyadh on Monday, where the foreign "
                "ministers of the three countries, Badr Abdelatty, Ayman Safadi and Mohammed bin "
                "Abdulrahman Al Thani, called for a ceasefire.", "RIYADH")
    got = {(p, c) for p, _, c in _roles(text)}
    assert {("Badr Abdelatty", "Egypt"), ("Ayman Safadi", "Jordan"),
            ("Mohammed bin Abdulrahman Al Thani", "Qatar")} <= got


def test_the_subject_that_completed_a_purchase_bought():
    text = wire("Athens completed the acquisition of 24 Rafale jets from France on Monday.",
                "ATHENS")
    assert _transfers(text) == {("France", "Greece", "Rafale jets")}


def test_a_funder_of_a_purchase_is_no_buyer():
    text = wire("Qatar funded the purchase of 24 Rafale jets from France.", "DOHA")
    assert ("France", "Qatar", "Rafale jets") not in _transfers(text)
