"""Round 43, from `blind48`'s abstract categories: "Fighters of the [group] group attacked"
names the group (kg.extract.strikes); a state after "accused" or "blamed" is the accused, no
place hit; "their [nationality] counterparts, C and D" hold the offices of the two leaders told
before, in order (kg.extract.roles); "with X and with Y" supplies both (kg.extract.transfers);
"B's recent purchases include W from S and V from T" (kg.extract.its_purchase). Sentences are
our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


_article = wire


def _strikes(body: str, dateline: str = "KYIV") -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(_article(body, dateline), "Strike")}


def _roles(body: str, dateline: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(_article(body, dateline), "LeaderRole")}


def test_fighters_of_a_named_group_are_its_attack():
    got = _strikes("Fighters of the JNIM group attacked an army post near Boulkessi on Sunday, "
                   "killing twelve soldiers.", dateline="BAMAKO")
    assert {a for a, _ in got} == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_the_group_as_subject_is_its_attack():
    got = _strikes("The JNIM group attacked an army post near Boulkessi on Sunday, killing twelve "
                   "soldiers.", dateline="BAMAKO")
    assert {a for a, _ in got} == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_the_accused_capital_is_no_place_hit():
    got = _strikes("Pakistan accused Kabul of sheltering Taliban fighters who carry out attacks "
                   "on its soldiers.", dateline="ISLAMABAD")
    assert "Kabul" not in {p for _, p in got}


def test_an_accused_attacker_still_has_its_target():
    got = _strikes("Russia accused Kyiv of striking Belgorod with rockets on Saturday, killing "
                   "five people.", dateline="MOSCOW")
    assert got == {("Ukraine", "Belgorod")}


def test_plural_counterparts_hold_the_offices_told_before_in_order():
    text = _article("Secretary of State Antony Blinken and Defence Secretary Lloyd Austin met "
                    "their Japanese counterparts, Yoko Kamikawa and Minoru Kihara, on Friday.",
                    dateline="TOKYO")
    got = {(f["person"], f["country"], f["role"]) for f in facts(text, "LeaderRole")}
    assert ("Yoko Kamikawa", "Japan", "secretary of state") in got
    assert ("Minoru Kihara", "Japan", "defence secretary") in got


def test_plural_counterparts_without_as_many_offices_are_left():
    got = _roles("Defence Secretary Lloyd Austin met his Japanese counterparts, Yoko Kamikawa "
                 "and Minoru Kihara, on Friday.", dateline="TOKYO")
    assert not {p for p, _ in got} & {"Yoko Kamikawa", "Minoru Kihara"}


def test_with_x_and_with_y_supplies_both():
    text = _article("The army accused the UAE of supplying the RSF with drones and with "
                    "armoured vehicles.", dateline="KHARTOUM")
    assert {w for _, _, w in _transfers(text)} == {"drones", "armoured vehicles"}


def test_a_part_after_with_is_still_one_item():
    text = _article("Germany will send Ukraine one Patriot fire unit with launchers and radar.",
                    dateline="BERLIN")
    assert len(_transfers(text)) == 1


def test_listed_purchases_with_their_sellers():
    text = _article("Egypt's recent purchases include Rafale jets from France and submarines "
                    "from Germany.", dateline="CAIRO")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("France", "Egypt"), ("Germany", "Egypt")}


def test_the_buyer_is_the_possessor_of_the_purchases():
    text = _article("Officials in Egypt said Greece's recent purchases include Rafale jets from "
                    "France.", dateline="CAIRO")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("France", "Greece")}
