"""Round 47, from `blind53`'s abstract categories: "The package would also include W" is the
package's stated content, not a hedge (kg.extract.transfers._listed); "to A and to B" gives
both recipients (kg.extract.clauses); "[system] and related radars", "[system] launchers and
missiles" are the named system's own parts (kg.extract.transfers.weapons_in); an unknown name
after "near" is where a verb's attack fell (kg.extract.strikes). Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _strikes(body: str, dateline: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(wire(body, dateline), "Strike")}


def test_the_package_would_also_include_gives_the_items():
    text = wire("The United States announced a new aid package for Ukraine on Friday. Officials "
                "said the package would also include Stinger missiles and Javelin anti-tank "
                "weapons.", "WASHINGTON")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("United States", "Ukraine")}
    assert len(_transfers(text)) == 2


def test_a_package_that_would_include_items_on_a_condition_gives_none():
    text = wire("The United States announced a new aid package for Ukraine on Friday. The package "
                "would include Stinger missiles if Congress approves the funds.", "WASHINGTON")
    assert not _transfers(text)


def test_to_a_and_to_b_gives_both_recipients():
    text = wire("Germany will send IRIS-T air defence systems to Ukraine and to Moldova, officials "
                "said.", "BERLIN")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Germany", "Ukraine"),
                                                        ("Germany", "Moldova")}


def test_to_a_and_a_verb_after_gives_one_recipient():
    text = wire("Germany will send IRIS-T air defence systems to Ukraine and talk to Moldova "
                "next week, officials said.", "BERLIN")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Germany", "Ukraine")}


def test_related_radars_are_part_of_the_named_system():
    text = wire("The United States will send NASAMS and related radars to Ukraine.", "WASHINGTON")
    assert len(_transfers(text)) == 1


def test_a_launchers_missiles_are_its_rounds():
    text = wire("The United States will send HIMARS launchers and missiles to Ukraine.",
                "WASHINGTON")
    assert len(_transfers(text)) == 1


def test_a_second_system_after_a_named_one_stays():
    text = wire("France has supplied Armenia with Caesar howitzers and radars since 2024.",
                "PARIS")
    assert len(_transfers(text)) == 2


def test_an_unknown_name_after_near_is_where_an_ambush_fell():
    got = _strikes("Soldiers were ambushed by JNIM militants near Boulkessi, leaving twelve dead.",
                   "BAMAKO")
    assert {p for _, p in got} == {"Boulkessi"}


def test_a_ship_near_a_shoal_is_no_place_hit_by_near():
    got = _strikes("Chinese coast guard vessels rammed a Philippine supply ship near Sabina Shoal "
                   "a week ago.", "MANILA")
    assert all(p != "Sabina Shoal" for _, p in got)
