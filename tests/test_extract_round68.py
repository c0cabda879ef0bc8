"""Round 68, from `blind85`'s and `blind86`'s abstract categories. Transfers: a craft "brought down
by" a drone was not brought to anyone; the platform after "for its navy's" stays with its owner;
a number word opening the sentence after a dateline is not part of a weapon's name; "After
sending W to R, S ..." gives S as the supplier; "ASC 890 surveillance aircraft" is one system's
name; "W was one of dozens supplied to R by S"; "R turned to S for W"; "notified Congress of a
proposed $3 billion sale of W to R". Strikes: "killed in a drone attack on a base in [state]" is
an attack placed by its state, as "a drone struck a base in [state]" was; "retaliated with
artillery fire, killing three" is an attack. Treaties: a kind starts at its own determiner ("The
Philippines signed a defence agreement": "defence agreement"). Roles: "X, who has been acting
foreign minister since October" holds the office; "the three juntas, led by General X in Mali,
Captain Y in Burkina Faso and General Z in Niger, signed a pact": three rulers, one treaty of the
three states. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_keys, make_side_view, make_transfer_views,
                                   wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)
_pairs, _ = make_transfer_views(facts)
_sides = make_side_view(facts)


def test_a_jet_brought_down_by_a_drone_is_no_delivery():
    text = wire("A Ukrainian Su-25 attack jet was brought down by a Russian drone over the "
                "Donetsk region on Monday, the air force said.", "KYIV")
    assert _transfers(text) == set()


def test_weapons_brought_to_a_port_are_still_a_delivery():
    text = wire("Twelve Caesar howitzers ordered from France were brought to the port of "
                "Odesa on Monday.", "KYIV")
    assert {w for _, _, w in _transfers(text)} == {"Caesar howitzers"}


def test_the_platform_after_for_its_navys_is_not_bought():
    text = wire("Australia will buy Tomahawk missiles from the United States for its navy's "
                "Hobart-class destroyers.", "CANBERRA")
    assert _transfers(text) == {("United States", "Australia", "Tomahawk missiles")}


def test_a_navy_that_buys_ships_for_itself_keeps_them():
    text = wire("Australia's navy will buy three Virginia-class submarines from the United "
                "States, officials said.", "CANBERRA")
    assert ("United States", "Australia", "Virginia-class submarines") in _transfers(text)


def test_a_number_word_after_the_dateline_is_not_part_of_the_weapons_name():
    text = wire("Twelve Caesar howitzers ordered from France arrived in Ukraine on Monday.",
                "KYIV")
    assert _transfers(text) == {("France", "Ukraine", "Caesar howitzers")}


def test_an_opening_after_sending_clause_shares_the_main_clauses_supplier():
    text = wire("After sending Leopard tanks to Ukraine last year, Germany is now sending IRIS-T "
                "air defence systems.", "BERLIN")
    assert ("Germany", "Ukraine", "Leopard tanks") in _transfers(text)
    text = wire("Having supplied 18 Leopard tanks to Ukraine, Germany pledged more on Monday.",
                "BERLIN")
    assert _transfers(text) == {("Germany", "Ukraine", "Leopard tanks")}


def test_an_opening_after_clause_before_a_person_names_no_supplier():
    text = wire("After sending Leopard tanks to Ukraine last year, Chancellor Olaf Scholz said "
                "Berlin would do more.", "BERLIN")
    assert _transfers(text) == set()


def test_an_attack_noun_on_a_base_in_a_state_is_placed_by_the_state():
    text = wire("Three US soldiers were killed in a drone attack on a base in Jordan on Sunday. "
                "The Pentagon blamed Kataib Hezbollah.", "WASHINGTON")
    assert _sides(text) == {("Kata'ib Hezbollah", "Jordan")}


def test_an_attack_noun_on_a_base_with_no_toll_waits_for_its_place():
    text = wire("The militia has claimed drone attacks on bases in Syria since October.",
                "WASHINGTON")
    assert _sides(text) == set()


def test_a_makers_letters_and_model_number_name_the_system():
    text = wire("Sweden will supply Ukraine with two ASC 890 surveillance aircraft, officials "
                "said on Monday.", "STOCKHOLM")
    assert _transfers(text) == {("Sweden", "Ukraine", "ASC 890 surveillance aircraft")}


def test_a_year_before_a_weapon_is_not_its_name():
    text = wire("In March 2023 Poland sent 14 Leopard tanks to Ukraine.", "WARSAW")
    assert _transfers(text) == {("Poland", "Ukraine", "Leopard tanks")}


def test_one_of_dozens_supplied_to_r_by_s():
    text = wire("The Leopard tank was one of dozens supplied to Ukraine by Poland, officials "
                "said.", "KYIV")
    assert _transfers(text) == {("Poland", "Ukraine", "Leopard tank")}


def test_one_of_dozens_destroyed_is_no_supply():
    text = wire("The Leopard tank was one of dozens destroyed near Robotyne, officials said.",
                "KYIV")
    assert _transfers(text) == set()


def test_a_buyer_that_turned_to_a_seller_for_weapons():
    text = wire("Mali turned instead to Russia for attack helicopters and drones, officials said.",
                "BAMAKO")
    assert _transfers(text) == {("Russia", "Mali", "attack helicopters"),
                                ("Russia", "Mali", "drones")}


def test_turning_to_a_state_for_help_or_maybe_for_jets_is_no_transfer():
    assert _transfers(wire("Mali turned to Russia for help after the French left.",
                           "BAMAKO")) == set()
    assert _transfers(wire("Egypt may turn to China for J-10C fighter jets.", "CAIRO")) == set()


def test_a_treatys_kind_starts_at_its_own_determiner():
    got = facts(wire("The Philippines signed a defence agreement with Japan on Monday.",
                     "MANILA"), "Treaty")
    assert [f["kind"] for f in got] == ["defence agreement"]


def test_who_has_been_acting_minister_holds_the_office_now():
    text = wire("Musalia Mudavadi, who has been acting foreign minister since October, met his "
                "Somali counterpart on Monday.", "NAIROBI")
    assert ("Musalia Mudavadi", "foreign minister", "Kenya") in _roles(text)


def test_who_was_minister_held_it_before():
    text = wire("Raila Odinga, who was prime minister until 2013, met the president on Monday.",
                "NAIROBI")
    assert all(p != "Raila Odinga" for p, _, _ in _roles(text))


_JUNTAS = ("Mali, Burkina Faso and Niger have drifted away from the West. In July, the three "
           "juntas, led by General Assimi Goita in Mali, Captain Ibrahim Traore in Burkina Faso "
           "and General Abdourahamane Tiani in Niger, signed a confederation treaty in Niamey.")


def test_juntas_led_by_rulers_in_states_give_each_ruler_and_one_treaty():
    text = wire(_JUNTAS, "BAMAKO")
    assert {(p, c) for p, _, c in _roles(text)} == {
        ("Assimi Goita", "Mali"), ("Ibrahim Traore", "Burkina Faso"),
        ("Abdourahamane Tiani", "Niger")}
    assert [sorted(f["parties"]) for f in facts(text, "Treaty")] == [
        ["Burkina Faso", "Mali", "Niger"]]


def test_a_general_led_by_in_a_state_is_no_ruler_without_the_juntas():
    text = wire("The offensive, led by General Oleksandr Syrskyi in Ukraine, stalled.", "KYIV")
    assert _roles(text) == set()


def test_a_notified_sale_told_with_its_value():
    text = wire("The administration notified Congress on Monday of a proposed $3 billion sale "
                "of Apache helicopters to Poland.", "WASHINGTON")
    assert _transfers(text) == {("United States", "Poland", "Apache helicopters")}


def test_artillery_fire_told_with_its_toll_after_it_is_an_attack():
    text = wire("Indian troops retaliated with artillery fire, killing three Pakistani soldiers, "
                "officials in Islamabad said.", "SRINAGAR")
    assert {a for a, _ in _sides(text)} == {"India"}


def test_artillery_fire_as_a_sound_is_no_attack():
    text = wire("Residents said they heard artillery fire through the night.", "SRINAGAR")
    assert _sides(text) == set()
