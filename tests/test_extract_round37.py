"""Round 37, from `blind40`'s abstract categories: more supply in the passive and in participles
(kg.extract.passive_supply), a receiver after a relative clause (kg.extract.relative_before_to),
a transfer told as a first (kg.extract.first_to_send) and an approval by "it"
(kg.extract.approved_exports). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _transfers(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"], f["weapon"]) for f in facts(text, "ArmsTransfer")}


# "R has been promised W by A, ..., and by B"

def test_receiver_promised_weapons_by_two_suppliers():
    text = ("Stingers\n2026-11-24\nCHISINAU — Moldova has been promised Stinger missiles by "
            "Lithuania, which has committed two hundred launchers, and by Latvia.")
    got = _transfers(text)
    assert ("Lithuania", "Moldova", "Stinger missiles") in got
    assert ("Latvia", "Moldova", "Stinger missiles") in got
    assert ("Lithuania", "Moldova", "launchers") in got  # the relative clause's, to the receiver


# a list of weapons before one participle

def test_every_weapon_of_a_list_before_the_participle_has_its_supplier():
    text = ("Tanks\n2026-11-24\nKYIV — Officials spoke on Monday.\n\nUkraine fields Leopard "
            "tanks and Marder vehicles delivered by Germany.")
    got = _transfers(text)
    assert ("Germany", "Ukraine", "Leopard tanks") in got
    # ("Marder vehicles" since round 70 names the phrase with its noun, as "Leopard tanks")
    assert ("Germany", "Ukraine", "Marder vehicles") in got


def test_participle_with_no_owner_takes_the_one_state_of_the_sentence_before():
    text = ("Jets\n2026-11-24\nBUCHAREST — Romania's air defence improved sharply last year. "
            "The gains were made possible by Gripen jets and Patriot batteries supplied by "
            "Sweden.")
    got = _transfers(text)
    assert ("Sweden", "Romania", "Gripen jets") in got
    assert ("Sweden", "Romania", "Patriot") in got


def test_a_demonym_before_the_weapons_is_not_their_owner():
    # "Russian jets" names their maker as often as their owner: no receiver from it
    text = ("Jets\n2026-11-24\nNAIROBI — Talks went on.\n\nThe display featured Russian "
            "Yak-130 jets and FTC-2000G aircraft supplied by China, officials said.")
    assert not any(r == "Russia" for _, r, _ in _transfers(text))


# the receiver after a relative clause on the weapons

def test_receiver_after_a_relative_clause():
    text = ("Missiles\n2026-11-24\nMADRID — Spain has handed over its entire stock of Aspide "
            "missiles, which it had ordered from Italy, to Kyiv.")
    got = _transfers(text)
    assert ("Spain", "Ukraine", "Aspide missiles") in got
    assert ("Italy", "Spain", "Aspide missiles") in got


# a transfer told as a first

def test_it_became_the_first_country_to_send():
    text = ("Jets\n2026-11-24\nCOPENHAGEN — Denmark has long backed Kyiv. In 2023 it became "
            "the first country to send F-16 jets to Ukraine.")
    assert ("Denmark", "Ukraine", "F-16 jets") in _transfers(text)


def test_first_to_send_with_it_in_a_new_paragraph_is_not_guessed():
    text = ("Jets\n2026-11-24\nCOPENHAGEN — Denmark has long backed Kyiv.\n\nIn 2023 it became "
            "the first country to send F-16 jets to Ukraine.")
    assert ("Denmark", "Ukraine", "F-16 jets") not in _transfers(text)


# an approval by "it"

def test_it_cleared_the_sale_is_the_state_of_the_sentence_before():
    text = ("Harpoons\n2026-11-24\nWASHINGTON — The US State Department reviewed the request. "
            "At the same time it cleared the sale of up to 40 Harpoon missiles to Taiwan.")
    assert ("United States", "Taiwan", "Harpoon missiles") in _transfers(text)
