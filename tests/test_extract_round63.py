"""Round 63, from `blind73`'s abstract categories. Transfers: "Vietnam, turning away from its
traditional supplier Russia, has bought radars from Israel" (the role's name after a preposition
is no subject); "a new aid package worth 500 million euros, including 20 Marder vehicles" (the
package's items without "that includes"). Roles: "Defence Minister X met his Indonesian
counterpart Y" when X's own state is not told (Y still holds the title). Strikes: "US and British
warplanes struck" (a state's name opening a pair of sides gives the first). Sentences are our
own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_side_view, make_transfer_views, role_pairs,
                                   wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


def test_a_former_supplier_named_after_a_preposition_is_not_the_buyer():
    text = wire("Vietnam, turning away from its traditional supplier Russia, has bought radars "
                "from Israel and ordered patrol boats from India.", "HANOI")
    assert _pairs(text) == {("Israel", "Vietnam"), ("India", "Vietnam")}


def test_a_supplier_named_after_its_role_as_subject_still_supplies():
    text = wire("Vietnam's traditional supplier Russia has delivered two frigates to Hanoi.",
                "HANOI")
    assert _pairs(text) == {("Russia", "Vietnam")}


def test_a_packages_items_after_including():
    text = wire("Ukraine needs more armour. Berlin announced a new aid package worth 500 million "
                "euros, including 20 Marder vehicles and two IRIS-T systems.", "KYIV")
    assert _pairs(text) == {("Germany", "Ukraine")}
    assert {f["quantity"] for f in facts(text, "ArmsTransfer")} == {20, 2}


def test_a_package_only_considered_names_no_items():
    text = wire("Ukraine needs more armour. Berlin is considering a new aid package, including "
                "Taurus missiles.", "KYIV")
    assert _pairs(text) == set()


def test_a_counterpart_holds_the_title_of_a_holder_whose_state_is_untold():
    text = wire("Defence Minister Richard Marles met his Indonesian counterpart Sjafrie "
                "Sjamsoeddin on Monday.", "JAKARTA")
    # (round 81: the offices table now knows Richard Marles, Australia's defence minister)
    assert role_pairs(facts, text) == {("Sjafrie Sjamsoeddin", "Indonesia"),
                                       ("Richard Marles", "Australia")}


def test_a_state_opening_a_pair_of_sides_is_the_attacker():
    text = wire("US and British warplanes struck Houthi targets near Sanaa on Monday, killing "
                "four people.", "SANAA")
    assert _sides(text) == {("United States", "Sanaa")}


def test_a_state_hit_before_another_sides_weapons_is_not_their_attacker():
    text = wire("Russian missiles hit Ukraine and Iranian drones struck Odesa on Monday, killing "
                "four people.", "KYIV")
    assert ("Ukraine", "Odesa") not in _sides(text)
