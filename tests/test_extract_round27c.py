"""Round 27 (helper c): missed arms transfers. Every state of "A, B and C would each send W to
R" supplies (kg.extract.each_send); "R is still waiting for N W that it ordered from S"
(kg.extract.waiting_ordered); "The army has fielded W1 and W2, also supplied by S" gives the
dateline's state (kg.extract.also_supplied_by); "buying N W from A and N from B" gives B the
elided weapon (kg.extract.elided_items). From the abstract error categories of a fresh set
(never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys

PUB = "2026-12-04"
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _w in transfers(text)}


def test_each_send_gives_every_listed_state():
    text = ("Poland, Sweden and Finland said on Monday they would each send a Patriot battery "
            "to Lithuania next year.")
    assert {("Poland", "Lithuania"), ("Sweden", "Lithuania"),
            ("Finland", "Lithuania")} <= _pairs(text)


def test_each_send_needs_a_list_of_suppliers():
    # near-miss: one state, the recipients each get something: not a list of suppliers
    from kg.extract.each_send import _EACH
    assert _EACH.search("would each send a radar")
    assert not _EACH.search("each of the radars was sent")


def test_waiting_for_what_it_ordered_from():
    text = "Serbia is still waiting for 12 Rafale jets that it ordered from France in 2024."
    f = one(text, "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("France", "Serbia", 12)


def test_waiting_for_without_an_order_is_not_read():
    # near-miss: waiting for a decision names no seller
    text = "Serbia is still waiting for a decision from France on the jets."
    assert transfers(text) == set()


def test_also_supplied_by_after_the_home_army():
    text = ("YEREVAN, Dec 4 (Staff) - The army has fielded Pinaka rocket launchers, also "
            "supplied by India, the minister said.")
    assert ("India", "Armenia") in _pairs(text)


def test_also_supplied_by_needs_the_home_forces_opening():
    from kg.extract.also_supplied_by import _HOME_FORCES
    assert _HOME_FORCES.match("The army has fielded Pinaka rocket launchers")
    assert not _HOME_FORCES.match("Azerbaijan's army has fielded drones")


def test_elided_second_item_gets_the_weapon_and_its_number():
    text = "Egypt bought 24 Rafale jets from France and 12 from Italy in 2021."
    got = {(f["supplier"], f["recipient"], f["quantity"]) for f in facts(text, "ArmsTransfer")}
    assert {("France", "Egypt", 24), ("Italy", "Egypt", 12)} <= got


def test_second_item_with_its_own_weapon_is_not_elided():
    # near-miss: "12 Typhoons from Italy" names its own weapon; the elided rule stays out
    from kg.extract.elided_items import _ELIDED
    assert _ELIDED.search("24 Rafale jets from France and 12 from Italy")
    assert not _ELIDED.search("24 Rafale jets from France and 12 Typhoons from Italy")


def test_speaker_state_supplies_continued_deliveries():
    text = ("KYIV, Dec 4 (Staff) - Ukraine's air force shot down 40 drones overnight, officials "
            "said. In Berlin, Defence Minister Boris Pistorius said deliveries of IRIS-T missiles "
            "would continue through the winter.")
    assert ("Germany", "Ukraine") in _pairs(text)


def test_continued_deliveries_need_the_speaker_state_alone():
    # near-miss: two states before "said": which one speaks is not told
    from kg.extract.continued_deliveries import _CONTINUE
    assert _CONTINUE.search("said deliveries of IRIS-T missiles would continue")
    assert not _CONTINUE.search("said the talks on deliveries would continue")


def test_each_send_a_system_is_one_from_each():
    text = ("Poland, Sweden and Finland said on Monday they would each send a Patriot battery "
            "to Lithuania next year.")
    assert {f["quantity"] for f in facts(text, "ArmsTransfer")
            if f["recipient"] == "Lithuania"} == {1}


def test_each_agreed_to_send_and_each_sent():
    text = ("Norway and Denmark have each agreed to send two CV90 infantry fighting vehicles "
            "to Latvia.")
    assert {("Norway", "Latvia"), ("Denmark", "Latvia")} <= _pairs(text)
    text = "Spain and Italy each sent a NASAMS battery to Slovakia last year."
    assert {("Spain", "Slovakia"), ("Italy", "Slovakia")} <= _pairs(text)
