"""Round 31 (helper a): arms transfers missed. "equipment that S had supplied to R, including W"
and "one of several W supplied by S to R" (kg.extract.supplied_to_clauses); "would keep sending"
is a stated plan, not a hedge (kg.extract.transfers._FUTURE); a third state's weapon after a
bare "as" is no item of the supply before it (kg.extract.as_clause_weapons); "paused a shipment
of W and W2 to R" (kg.extract.paused_shipments). From the abstract error categories of a fresh
set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _w in transfers(text)}


def _weapons(text: str) -> list[str]:
    return sorted(f["weapon"] for f in facts(text, "ArmsTransfer"))


# a relative clause naming both parties, the items after "including"

def test_equipment_that_a_state_had_supplied_to_an_army_including():
    text = ("Insurgents overran a garrison near Gao and seized equipment that France had supplied "
            "to the Malian army, including three Bastion armoured vehicles.")
    f = one(text, "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("France", "Mali", 3)


def test_seized_rifles_with_no_supplier_are_no_transfer():
    text = "Insurgents overran a garrison near Gao and seized rifles, mortars and two pickup trucks."
    assert facts(text, "ArmsTransfer") == []


# a participle after "one of several"

def test_one_of_several_boats_supplied_by_a_state_to_another():
    text = ("The vessel hit on Sunday was one of several patrol boats supplied by South Korea to "
            "Peru's navy.")
    assert _pairs(text) == {("South Korea", "Peru")}


def test_one_of_several_boats_with_no_supplier_is_no_transfer():
    text = "The vessel hit on Sunday was one of several patrol boats of Peru's navy."
    assert facts(text, "ArmsTransfer") == []


# "would keep sending": a stated plan

def test_would_keep_sending_arms_including_missiles():
    text = ("Paris would keep sending arms, including shells for Ukraine's Caesar howitzers, the "
            "defence minister said.")
    assert ("France", "Ukraine") in _pairs(text)


def test_would_send_if_stays_hedged():
    text = "Paris would keep sending Caesar howitzers to Ukraine if parliament approved the funds."
    assert facts(text, "ArmsTransfer") == []


# a third state's weapon after "as"

def test_arming_a_state_as_another_states_drones_pour_in_is_no_transfer():
    text = "Paris vows to keep arming Kyiv as Iranian drones pour into Russia."
    assert facts(text, "ArmsTransfer") == []


def test_weapons_such_as_a_named_make_are_still_read():
    text = "Spain sent Ukraine weapons such as German howitzers last year."
    assert ("Spain", "Ukraine") in _pairs(text)


# a paused shipment

def test_a_paused_shipment_gives_each_item():
    text = "Britain paused a shipment of 200 Brimstone missiles and 40 Starstreak launchers to Qatar."
    assert _pairs(text) == {("United Kingdom", "Qatar")}
    assert len(facts(text, "ArmsTransfer")) == 2


def test_paused_talks_are_no_transfer():
    text = "Britain and Qatar paused talks on a missile deal last month."
    assert facts(text, "ArmsTransfer") == []


# "R has acquired the same model": the system and supplier of the sentence before

def test_the_same_model_takes_the_system_and_supplier_told_just_before():
    text = ("South Korea sold 48 FA-50 light combat jets to Poland in 2022. Malaysia has ordered "
            "the same model, its air force said.")
    assert _pairs(text) == {("South Korea", "Poland"), ("South Korea", "Malaysia")}


def test_the_same_model_after_no_transfer_is_no_transfer():
    text = ("Poland's air force flew FA-50 light combat jets over Warsaw on Monday. Malaysia has "
            "ordered the same model, its air force said.")
    assert ("South Korea", "Malaysia") not in _pairs(text)
    assert all(r != "Malaysia" for _s, r in _pairs(text))


# "notified Congress of a proposed sale of W to R" (kg.extract.notified_sales)

def test_notified_congress_of_a_proposed_sale():
    text = ("The State Department notified Congress on Monday of a proposed sale of up to 20 "
            "F-16 fighter jets to Vietnam.")
    f = one(text, "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("United States", "Vietnam", 20)


def test_notified_congress_of_a_proposed_trade_pact_is_no_transfer():
    text = "The State Department notified Congress on Monday of a proposed trade pact with Vietnam."
    assert facts(text, "ArmsTransfer") == []
