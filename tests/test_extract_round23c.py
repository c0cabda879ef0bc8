"""Round 23 (helper c): arms transfers that were missed. Later items of a transfer's list ("as
well as W", "N A, which ..., and N B", "the sale of two other systems: A and B for R";
kg.extract.further_items); "up to N" as a count, not the recipient's "to" (kg.extract.transfers
A2); "It ordered W from S" (kg.extract.it_ordered); "told Congress it plans to sell W to R"
(kg.extract.notified_sales); "[origin]-designed W, several of which were donated by S"
(kg.extract.donated_by); "F-16 Block 70 jets" one weapon name (kg.extract.entities). From the
abstract error categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-01"
facts, one = make_helpers(PUB)


def _transfers(text: str) -> list[tuple]:
    return sorted((f["supplier"], f["recipient"] or "", f["weapon"])
                  for f in facts(text, "ArmsTransfer"))


def _pairs(text: str) -> list[tuple]:
    return sorted({(f["supplier"], f["recipient"] or "") for f in facts(text, "ArmsTransfer")})


def _weapons_of(text: str, supplier: str, recipient: str) -> list[str]:
    return sorted(f["weapon"] for f in facts(text, "ArmsTransfer")
                  if f["supplier"] == supplier and f["recipient"] == recipient)


# ------------------------------------------------------------- later items of a list

def test_as_well_as_after_the_recipient_is_the_same_transfer():
    text = ("France has delivered 12 Caesar howitzers to Armenia, as well as Mistral missiles "
            "that officials say have been tested near Yerevan.")
    assert len(_weapons_of(text, "France", "Armenia")) == 2


def test_together_with_further_without_a_comma():
    text = ("Norway will deliver 4 NASAMS launchers to Ukraine together with further AMRAAM "
            "missiles, the ministry said.")
    assert len(_weapons_of(text, "Norway", "Ukraine")) == 2


def test_as_well_as_with_another_state_between_is_not_joined():
    text = ("France has delivered 12 Caesar howitzers to Armenia and Greece, as well as Mistral "
            "missiles, officials said.")
    assert all(w != "Mistral missiles" or (s, r) != ("France", "Armenia")
               for s, r, w in [(f["supplier"], f["recipient"], f["weapon"])
                               for f in facts(text, "ArmsTransfer")])


def test_as_well_as_another_states_weapons_is_not_joined():
    text = ("France has delivered 12 Caesar howitzers to Armenia, as well as Russian missiles "
            "that officials say were captured.")
    assert ("France", "Armenia", "Russian missiles") not in _transfers(text)


def test_a_counted_item_after_a_relative_clause():
    text = ("Germany shipped 20 Marder vehicles, which carry six soldiers each, and 4 PzH 2000 "
            "howitzers to Ukraine last year, the ministry said.")
    assert len(_weapons_of(text, "Germany", "Ukraine")) == 2


def test_the_count_before_a_compound_is_the_items_quantity():
    text = ("Canada sold the country 8 Bell helicopters, which carry rockets, and 300 "
            "laser-guided rockets for them, after Kenya signed the deal.")
    assert any(f["quantity"] == 300 for f in facts(text, "ArmsTransfer")
               if f["weapon"] and "rockets" in f["weapon"])


def test_an_item_with_a_source_of_its_own_is_not_joined():
    text = ("Peru bought 10 Beechcraft trainers from the United States, which fly from Lima, "
            "and 6 Ka-226 helicopters from Russia, the ministry said.")
    assert ("United States", "Peru", "Ka-226 helicopters") not in _transfers(text)


def test_a_colon_list_has_its_own_recipient():
    text = ("The State Department approved a sale of 8 Patriot launchers to Poland and cleared "
            "the sale of two other systems: 30 Hellfire missiles and 10 Stinger launchers for "
            "Romania, officials said.")
    assert _pairs(text) == [("United States", "Poland"), ("United States", "Romania")]
    assert len(_weapons_of(text, "United States", "Romania")) == 2


def test_a_colon_list_of_other_systems_without_a_recipient_goes_to_the_same_buyer():
    text = ("The State Department approved a sale of 8 Patriot launchers to Poland and cleared "
            "the sale of three other systems: 30 Hellfire missiles and 10 Stinger launchers, "
            "officials said.")
    assert _pairs(text) == [("United States", "Poland")]
    assert len(_weapons_of(text, "United States", "Poland")) == 3


def test_a_colon_list_without_a_told_sale_is_not_read():
    text = ("Officials discussed the sale of two other systems: 30 Hellfire missiles and 10 "
            "Stinger launchers for Romania.")
    assert _transfers(text) == []


# ------------------------------------------------------------- "up to N" and "Block 70"

def test_up_to_is_a_count_not_the_recipient():
    f = one("Washington has approved the sale of up to 16 F-16 Block 72 jets to Bulgaria.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("United States", "Bulgaria", 16)


# ------------------------------------------------------------- "It ordered W from S"

def test_it_ordered_is_the_state_opening_the_sentence_before():
    text = ("The Indonesian navy operates a small fleet of submarines. It ordered 2 Scorpene "
            "submarines from France in 2024, officials said.")
    assert _pairs(text) == [("France", "Indonesia")]


def test_it_ordered_after_a_dateline_lead():
    text = ("CAIRO, Dec 1 (Staff) - Egypt is expanding its navy. It ordered 4 MEKO frigates "
            "from Germany in 2018, officials said.")
    assert _pairs(text) == [("Germany", "Egypt")]


def test_it_ordered_an_inquiry_is_no_transfer():
    text = ("Indonesia has bought radars before. It ordered an inquiry from France in 2024, "
            "officials said.")
    assert _transfers(text) == []


# ------------------------------------------------------------- a sale notified to the legislature

def test_a_sale_notified_to_congress_with_its_along_with_item():
    text = ("The State Department told Congress on Monday it plans to sell 12 F-15 fighter jets "
            "to Qatar, along with up to 40 AIM-120 missiles, in a $3 billion package.")
    assert _pairs(text) == [("United States", "Qatar")]
    assert len(_weapons_of(text, "United States", "Qatar")) == 2


def test_a_plan_without_a_notice_stays_a_plan():
    text = "The United States plans to sell 12 F-15 fighter jets to Qatar, officials said."
    assert _transfers(text) == []


# ------------------------------------------------------------- the donor, not the designer

def test_the_donor_supplies_a_designed_weapon():
    text = ("Kenya's army uses Chinese-designed armoured vehicles, some of which were donated "
            "by Pakistan.")
    assert _pairs(text) == [("Pakistan", "Kenya")]


def test_without_a_donor_the_clause_changes_nothing():
    text = ("Ukraine's air force flies American-designed F-16 jets, several of which were "
            "damaged by Russian missiles.")
    assert ("Denmark", "Ukraine") not in _pairs(text)
