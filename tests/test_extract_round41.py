"""Round 41, from `blind45`'s abstract categories: weapons a sentence says were sent to a state
are that state's when they are fired (kg.extract.supplied_weapon_users), the attackers' own dead
are no toll (kg.extract.strikes.casualties), devices that blew up with a toll are an attack a
later blame attributes, and "The [demonym] army" opening a sentence is what "It" of the next one
refers back to (kg.extract.clauses). Sentences are our own; each rule has a case it must not
read."""

from __future__ import annotations

from functools import partial

from kg.extract.strikes import casualties
from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


_article = wire


def _strikes(body: str, dateline: str = "KYIV") -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["killed"])
            for f in facts(_article(body, dateline), "Strike")}


def test_weapons_sent_to_a_state_and_fired_are_that_states_attack():
    got = _strikes("North Korean missiles sent to Russia have been fired at Kharkiv, officials "
                   "said.")
    assert got == {("Russia", "Kharkiv", None)}
    assert _transfers(_article("North Korean missiles sent to Russia have been fired at Kharkiv, "
                               "officials said.")) == {("North Korea", "Russia", "missiles")}


def test_a_supplier_that_fires_weapons_of_its_own_stays_the_attacker():
    # the supplier is the subject here, and no weapon noun stands before "supplies"
    got = _strikes("Iran, which supplies the Houthis with drones, fired missiles at Haifa on "
                   "Monday.", dateline="TEHRAN")
    assert {a for a, _, _ in got} == {"Iran"}


def test_the_attackers_own_dead_are_no_toll():
    assert casualties("Security forces killed four of the attackers, the police said.") == \
        (None, None)
    assert casualties("Police said all three gunmen were killed after they had killed 12 "
                      "people.") == (12, None)
    got = _strikes("Al Shabaab fighters stormed a hotel in Mogadishu on Monday. Security forces "
                   "killed four of the attackers.", dateline="MOGADISHU")
    assert got == {("al-Shabaab", "Mogadishu", None)}


def test_militants_killed_by_a_strike_stay_its_toll():
    assert casualties("A US airstrike killed 12 militants near Jilib.") == (12, None)


def test_devices_that_blew_up_with_a_toll_are_the_attack_a_blame_names():
    got = _strikes("Hundreds of pagers exploded across Lebanon on Monday, killing 12 people and "
                   "wounding nearly 3,000. Hezbollah blamed Israel for the blasts.",
                   dateline="BEIRUT")
    assert got == {("Israel", "Lebanon", 12)}


def test_devices_without_a_toll_are_no_attack():
    assert _strikes("Several old radios exploded in a warehouse fire in Sidon on Monday.",
                    dateline="BEIRUT") == set()


def test_it_after_the_demonym_army_is_that_state():
    got = _transfers(_article("The Ukrainian army is short of shells. It received 40 Leopard "
                              "tanks from Germany last year."))
    assert got == {("Germany", "Ukraine", "Leopard tanks")}


def test_it_after_a_demonym_that_is_no_service_is_not_that_state():
    got = _transfers(_article("The Ukrainian harvest was poor. It received 40 Leopard tanks from "
                              "Germany last year."))
    assert not any(r == "Ukraine" for _, r, _ in got)
