"""Round 51, from `blind58`'s abstract categories: "cleared the sale of N X, N Y and N Z to R"
(every item, the list past 60 characters; kg.extract.transfers); a deal called off ("cancelled a
contract to buy N W") supplies nothing, and the next clause's seller is not its party; a barrage
on "cities across [state]" is not placed at the dateline's city; "After that attack, [state]
suspended ..." tells no new attack; "[missiles] sank a ship" is an attack; "[group] said it had
destroyed another vessel, killing N" is the group's attack at sea (kg.extract.strikes).
Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def test_every_item_of_a_long_list_after_the_sale_of():
    text = wire("The State Department cleared the sale of 18 HIMARS launchers, 400 Harpoon "
                "missiles and 100 Stinger missiles to Taiwan.", "WASHINGTON")
    assert {w for _, _, w in _transfers(text)} == {
        "HIMARS launchers", "Harpoon missiles", "Stinger missiles"}


def test_a_weapon_after_the_recipient_of_the_sale_of_is_no_item():
    text = wire("The State Department cleared the sale of 18 HIMARS launchers to Taiwan, which "
                "already flies F-16 jets bought in the 1990s.", "WASHINGTON")
    assert {w for _, _, w in _transfers(text)} == {"HIMARS launchers"}


def test_a_cancelled_contract_supplies_nothing():
    text = wire("Switzerland cancelled a contract to buy 40 Israeli Hermes drones, the ministry "
                "said.", "BERN")
    assert not _transfers(text)


def test_a_purchase_after_a_cancelled_one_still_counts():
    text = wire("Switzerland scrapped its order for 40 Israeli Hermes drones and bought 12 "
                "Bayraktar drones from Turkey.", "BERN")
    assert {(s, r, w) for s, r, w in _transfers(text)} == {
        ("Turkey", "Switzerland", "Bayraktar drones")}


def test_a_barrage_on_cities_across_a_state_is_not_at_the_dateline():
    got = _strikes(wire("Russia launched a barrage of drones and missiles at cities across "
                        "Ukraine overnight, killing five people.", "KYIV"))
    assert ("Russia", "Kyiv") not in got
    assert {a for a, _ in got} == {"Russia"}


def test_an_attack_with_a_toll_and_no_place_keeps_the_dateline():
    got = _strikes(wire("Gunmen opened fire at a crowded bar late on Sunday, killing 12 people.",
                        "MAZATLAN"))
    assert {p for _, p in got} == {"Mazatlan"}


def test_after_that_attack_a_state_suspending_a_treaty_is_no_strike():
    text = ("Head\n2026-11-24\nMOSCOW — Ukrainian drones hit an oil refinery in Ryazan on "
            "Sunday.\n\nAfter that attack, Moscow suspended its participation in the New START "
            "treaty, which it signed in 2010.")
    got = facts(text, "Strike")
    assert len(got) == 1 and got[0]["target_place"] != "Moscow"


def test_a_new_attack_after_that_attack_is_still_read():
    text = ("Head\n2026-11-24\nKYIV — Russian drones hit Kharkiv on Sunday, killing four.\n\n"
            "After that attack, Russian missiles hit Odesa on Monday, killing two.")
    assert {("Russia", "Kharkiv"), ("Russia", "Odesa")} <= _strikes(text)


def test_missiles_that_sank_a_ship_are_an_attack():
    got = _strikes(wire("Houthi missiles sank a Greek-owned bulk carrier in the Red Sea on "
                        "Monday.", "ADEN"))
    assert got == {("Houthis", "Red Sea")}


def test_a_ship_that_sank_on_its_own_is_no_attack():
    assert not _strikes(wire("The old ferry sank in the Red Sea on Monday after its engine "
                             "failed.", "ADEN"))


def test_a_group_saying_it_destroyed_another_vessel_is_its_attack():
    text = wire("Houthi missiles sank a Greek-owned bulk carrier in the Red Sea on Monday. The "
                "group said on Tuesday it had destroyed another vessel, killing two crew "
                "members.", "ADEN")
    got = facts(text, "Strike")
    assert len(got) == 2
    assert {f["attacker"] for f in got} == {"Houthis"}
    assert 2 in {f["killed"] for f in got}
