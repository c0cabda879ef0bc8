"""The lead's fixes while merging issue 11's tenth round (found as regressions of earlier,
no longer blind sets, fixed as categories): a state fighting in the article or hit by another
kind of weapon may still be armed; a dateline's city is not a sentence's subject; a compound
adjective ("Rosneft-owned") is no place. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_transfer_views

PUB = "2026-05-20"
facts, one = make_helpers(PUB)
_transfers, roles = make_keys(facts)
_pairs, _ = make_transfer_views(facts)


# ------------------------------------------- a combatant state may be armed

def test_a_state_shelled_by_insurgents_still_receives_other_weapons():
    text = ("Insurgents shelled a base near Baidoa, Somalia, on Friday, killing six soldiers. "
            "Ankara has sold the country Bayraktar TB2 drones, officials said.")
    assert ("Turkey", "Somalia") in _pairs(text)


def test_a_junta_that_bombs_its_own_villages_is_still_a_recipient():
    text = ("Myanmar's air force bombed a village in Sagaing on Monday, killing nine people. "
            "Myanmar has bought Yak-130 jets from Russia.")
    assert ("Russia", "Myanmar") in _pairs(text)


def test_the_same_kind_of_weapon_that_hit_a_state_is_still_not_its_import():
    text = ("A Chinese-made drone struck a market in Kassala, Sudan, on Sunday, killing five "
            "people. Beijing has sold such drones across the region.")
    assert not any(r == "Sudan" for _, r in _pairs(text))


# ------------------------------------------- the dateline's city is not the subject

def test_an_office_in_the_dateline_sentence_is_not_the_datelines_state():
    text = ("OSLO, May 3 — Peru has agreed to buy 12 used fighter jets from Norway, a sign of "
            "President Carlos Ruiz's plan to rebuild the air force.")
    assert not any(c == "Norway" for _, _, c in roles(text))


def test_the_datelines_state_still_places_an_office_told_with_no_state():
    text = ("VILNIUS — The country will double its air defence budget, Defence Minister Jonas "
            "Petraitis said on Monday.")
    assert ("Jonas Petraitis", "defence minister", "Lithuania") in roles(text)


def test_a_dateline_with_a_date_before_the_dash_is_read_as_a_dateline():
    from kg.extract.roles import _LEAD
    for text, rest in (("OSLO, May 3 — Peru has agreed", "Peru has agreed"),
                       ("IZMAIL, Ukraine, Aug. 20, 2024 - A wave", "A wave"),
                       ("KYIV — Ukraine said", "Ukraine said")):
        assert text[_LEAD.match(text).end():] == rest
    assert _LEAD.match("Peru-Norway talks").end() == 0


# ------------------------------------------- compound adjectives are no places

def test_an_owned_or_run_adjective_is_not_the_place_struck():
    for adj in ("Gazprom-owned", "Wagner-run", "Hamas-controlled"):
        text = (f"Ukrainian drones hit the {adj} depot, about 150 kilometres from the border, "
                "injuring two workers on Tuesday.")
        assert all(adj not in (f["target_place"] or "") for f in facts(text, "Strike"))


# ------------------------------------------- "the X river port of Y" is Y

def test_a_river_port_of_a_town_is_the_town():
    for text, town in (("Russian drones struck grain silos in the Danube river port of Reni "
                        "overnight, killing two people.", "Reni"),
                       ("Israeli jets struck the Litani river town of Qasmiyeh on Monday, "
                        "killing two people.", "Qasmiyeh")):
        assert [f["target_place"] for f in facts(text, "Strike")] == [town]
