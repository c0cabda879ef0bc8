"""Arms transfers missed or given the wrong recipient, issue 11's twenty-sixth round (helper D),
from a fresh set's abstract error categories (never its texts). Sentences are our own: a fleet
listed item by item with "supplied by", the air force speaking; weapons "among them" of downed
aircraft; the approver of a re-export; "supplied by its ally"; "his pilots ... using W supplied
by S"; the weapons "used in the campaign"; each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)

transfers, pairs = make_transfer_tuples(facts)


# ------------------------------------------------------------ air_force_lists

def test_listed_fleet_goes_to_the_air_force_of_the_dateline_state():
    text = dated("HANOI", "Vietnam showed its aircraft on Sunday. On display were Su-30 jets "
                  "supplied by Russia and Mi-17 helicopters sold by Kazakhstan, the air force "
                  "said.")
    assert ("Russia", "Vietnam") in pairs(text)


def test_one_supplied_item_without_a_list_is_not_given_to_the_dateline_state():
    text = dated("HANOI", "Vietnam showed its aircraft on Sunday. On display were Su-30 jets "
                  "supplied by Russia, the air force said.")
    assert ("Russia", "Vietnam") not in pairs(text)


# ------------------------------------------------------------ downed_owners

def test_weapons_among_downed_aircraft_belong_to_the_adjectives_state():
    text = dated("YEREVAN", "Armenian soldiers said they shot down Azerbaijani aircraft on "
                  "Friday, among them Bayraktar drones bought from Turkey.")
    assert ("Turkey", "Azerbaijan") in pairs(text)
    assert ("Turkey", "Armenia") not in pairs(text)


def test_without_among_them_the_owner_is_not_changed():
    text = dated("YEREVAN", "Armenia bought Bayraktar drones from Turkey, officials said, after "
                  "its soldiers shot down Azerbaijani aircraft on Friday.")
    assert ("Turkey", "Azerbaijan") not in pairs(text)


# ------------------------------------------------------------ approved_builders

def test_approver_of_a_re_export_supplies_nothing():
    text = dated("KYIV", "Denmark's government said Washington must approve the transfer of "
                  "the US-built aircraft before it could send eight more F-16 jets to Ukraine.")
    got = pairs(text)
    assert ("United States", "Ukraine") not in got
    assert ("Denmark", "Ukraine") in got


def test_a_plain_us_sale_is_kept():
    text = dated("KYIV", "Washington approved the sale of eight F-16 jets to Ukraine on Friday.")
    assert ("United States", "Ukraine") in pairs(text)


# ------------------------------------------------------------ ally_suppliers

def test_item_supplied_by_its_ally_joins_the_list():
    text = dated("MANILA", "The Philippines showed its new equipment, including BrahMos "
                  "missiles bought from India and HIMARS launchers supplied by its ally the "
                  "United States.")
    assert ("United States", "Philippines") in pairs(text)


def test_ally_without_a_listed_neighbour_is_not_read():
    text = dated("MANILA", "The Philippines praised its ally the United States on Friday.")
    assert ("United States", "Philippines") not in pairs(text)


# ------------------------------------------------------------ pilots_using

def test_pilots_using_supplied_weapons_belong_to_the_speakers_state():
    text = dated("WARSAW", "In neighbouring Ukraine, the air force commander said his pilots "
                  "were hitting bridges using Storm Shadow missiles supplied by the United "
                  "Kingdom.")
    assert ("United Kingdom", "Ukraine") in pairs(text)


def test_pilots_using_without_a_supplier_give_nothing():
    text = dated("WARSAW", "In neighbouring Ukraine, the air force commander said his pilots "
                  "were hitting bridges using Storm Shadow missiles.")
    assert not [p for p in pairs(text) if p[1] == "Ukraine"]


# ------------------------------------------------------------ campaign_supplied

def test_campaign_weapons_go_to_the_side_running_it():
    text = dated("ADEN", "The Houthis have stepped up their campaign against tankers, and the "
                  "drones used in the campaign are supplied by Iran, the envoy said.")
    assert ("Iran", "Houthis") in pairs(text)


def test_campaign_without_a_named_runner_gives_no_recipient():
    text = dated("ADEN", "The drones used in the campaign are supplied by Iran, the envoy said.")
    assert ("Iran", "Houthis") not in pairs(text)
