"""Arms transfers of issue 11's nineteenth round (helper D), from a fresh set's abstract error
categories (never its texts). Sentences are our own: a back reference "one of dozens supplied to
R by S" whose weapon is in the sentence before, "About two dozen W bought from S" whose recipient
owns the air force of the sentence before, "N of the systems" opening its own paragraph; and the
false alarms of a deployment to a sea and a summit's host read as supplier, with the near-misses
that are transfers (ships sent to a navy, an alliance that delivers as a body)."""

from __future__ import annotations

from extract_helpers import make_helpers, make_transfer_tuples
from kg.extract.records import get_extractor
from kg.extract.sentence_before_supply import _force_owner
from kg.extract.sentences import split_sentences

PUB = "2026-11-18"


facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


# ------------------------------------------------------------ back references

def test_one_of_dozens_takes_the_weapon_of_the_sentence_before():
    text = ("Peru's air force flew MiG-29SMP jets over Lima on Monday.\n\n"
            "The single-seat jet is one of dozens supplied to Peru by Russia since 1996.")
    assert ("Russia", "Peru", "MiG-29SMP jets", None) in transfers(text)


def test_one_of_dozens_without_a_named_weapon_before_reads_nothing():
    text = ("Peru's air force held a parade in Lima on Monday.\n\n"
            "The jet is one of dozens supplied to Peru by Russia since 1996.")
    assert transfers(text) == set()


def test_bought_from_takes_the_owner_of_the_force_before():
    text = ("The Royal Thai Air Force staged drills near the coast on Tuesday.\n\n"
            "About two dozen Gripen fighters bought from Sweden took part.")
    assert ("Sweden", "Thailand", "Gripen", 24) in {
        (s, r, w.split()[0], q) for s, r, w, q in transfers(text)}


def test_bought_from_without_a_force_before_takes_no_recipient_from_it():
    text = ("Officials of Thailand met in Bangkok on Tuesday to discuss the budget.\n\n"
            "About two dozen Gripen fighters bought from Sweden took part in a parade.")
    view = get_extractor().finder.analyse(0, split_sentences(text)[0], None)
    assert _force_owner(view) is None


def test_count_of_the_systems_opening_a_paragraph_takes_the_system_before():
    text = ("Donors promised Kyiv four more IRIS-T systems on Tuesday.\n\n"
            "Norway will provide two of the systems, its defence minister said.")
    assert ("Norway", "Ukraine") in pairs(text)


# ------------------------------------------------------------ false alarms

def test_warships_sent_to_a_sea_are_no_transfer():
    text = ("The port of Aden was quiet on Tuesday.\n\n"
            "Italy has sent two frigates to the Red Sea to guard tankers from drone attacks.")
    assert not any(s == "Italy" for s, _ in pairs(text))


def test_frigates_sent_to_a_navy_are_a_transfer():
    text = "Japan sent two Abukuma-class destroyers to the Philippine navy last year."
    assert ("Japan", "Philippines") in pairs(text)


def test_summit_host_is_no_supplier_of_the_allies_pledge():
    text = "Allies gathering for a NATO summit in Vilnius promised Kyiv three more NASAMS systems."
    assert not any(s == "NATO" for s, _ in pairs(text))


def test_alliance_delivering_as_a_body_is_a_supplier():
    text = "NATO has delivered Patriot systems to Ukraine through its support agency."
    assert ("NATO", "Ukraine") in pairs(text)


# ------------------------------------------------------------ a state building for another

def test_state_building_warships_for_another_supplies_them():
    text = "Spain delivered two patrol boats, and South Korea is building three corvettes for Peru."
    assert ("South Korea", "Peru") in pairs(text)


def test_building_for_the_country_names_no_recipient():
    text = "South Korea is building three corvettes for the country, officials said."
    assert not any(s == "South Korea" for s, _ in pairs(text))


def test_building_for_the_country_takes_the_recipient_told_before():
    text = ("France handed two Gowind corvettes to the Malaysian navy, and South Korea has "
            "built three frigates for the country.")
    assert ("South Korea", "Malaysia") in pairs(text)


def test_using_supplied_jets_to_fire_munitions_is_one_transfer():
    text = "Kyiv has used the French-supplied Mirage 2000 jets to fire Storm Shadow missiles."
    assert pairs(text) == {("France", "Ukraine")}


def test_anti_drone_guns_are_a_weapon_the_alliance_delivers():
    text = "NATO itself has delivered anti-drone jamming guns to Ukraine this year."
    assert ("NATO", "Ukraine", "anti-drone jamming guns", None) in transfers(text)
