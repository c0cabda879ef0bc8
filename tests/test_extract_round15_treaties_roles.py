"""Treaties and leader roles of issue 11's fifteenth round, from a fresh set's abstract error
categories (never its texts): the deal behind an arms purchase ("X will buy W from Y in a deal
signed on Tuesday"), a bare title near another state's capital under a dateline, and "Prime
Ministers A and B" with no state told. Sentences are our own, different from the dev15d set's."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-05-15"  # a Friday
facts, one = make_helpers(PUB)


def treaties(text: str) -> list[tuple[frozenset, str | None]]:
    return [(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")]


def holders(text: str) -> dict[str, str]:
    return {f["person"]: f["country"] for f in facts(text, "LeaderRole")}


# ------------------------------------------------ the deal behind an arms purchase

def test_a_purchase_in_a_deal_signed_on_a_day_is_a_treaty_of_buyer_and_seller():
    text = ("Romania will buy 54 Abrams tanks from the United States in a deal signed in "
            "Bucharest on Wednesday, the government said.")
    assert treaties(text) == [(frozenset({"Romania", "United States"}), "2026-05-13")]


def test_weapons_bought_under_a_contract_signed_in_a_month():
    text = ("Senegal has received four patrol boats bought from France under a contract signed "
            "in March, the navy said.")
    assert treaties(text) == [(frozenset({"Senegal", "France"}), "2026-03")]


def test_a_buyer_that_signed_a_deal_with_its_capital_named_seller():
    text = ("Vietnam is buying 12 Su-30 fighter jets from Russia after it signed a deal with "
            "Moscow on Monday.")
    assert [p for p, _ in treaties(text)] == [frozenset({"Vietnam", "Russia"})]


def test_a_deal_not_yet_signed_is_no_treaty():
    text = ("Romania hopes to buy 54 Abrams tanks from the United States, but a deal has yet to "
            "be signed.")
    assert treaties(text) == []


def test_a_purchase_with_no_deal_is_no_treaty():
    assert treaties("Ghana bought six Super Tucano aircraft from Brazil last year.") == []


def test_two_buyers_leave_the_deal_unassigned():
    text = ("Kenya and Uganda will buy Bayraktar drones from Turkey and Chinese howitzers from "
            "China in deals signed on Tuesday.")
    assert all(len(p) >= 2 for p, _ in treaties(text))
    assert frozenset({"Kenya", "Turkey"}) not in [p for p, _ in treaties(text)]


# ------------------------------------------------ a bare title near another state's capital

def test_a_bare_title_under_a_dateline_is_not_the_most_named_foreign_state():
    text = ("AMMAN — Jordan has ordered Korean howitzers. South Korea will deliver them from "
            "Seoul, and South Korean crews will train the gunners. Foreign Minister Ayman Safadi, "
            "back from talks in Damascus, said the guns were defensive.")
    assert holders(text).get("Ayman Safadi") == "Jordan"


# ------------------------------------------------ "Prime Ministers A and B", no state told

def test_plural_title_over_a_known_and_an_unknown_name_uses_the_dateline():
    text = ("DHAKA — Floods have cut roads across northern Bangladesh. "
            "Prime Ministers Tarek Rahmanov and Narendra Modi will meet in June to discuss "
            "river levels.")
    got = holders(text)
    assert got.get("Narendra Modi") == "India"
    assert got.get("Tarek Rahmanov") == "Bangladesh"


def test_plural_title_over_two_unknown_names_guesses_nothing():
    text = ("DHAKA — Floods have cut roads across northern Bangladesh. "
            "Prime Ministers Tarek Rahmanov and Anil Mehrotra will meet in June.")
    got = holders(text)
    assert "Anil Mehrotra" not in got
    assert got.get("Tarek Rahmanov") in (None, "Bangladesh")


# ------------------------------------------------ "signed it with his counterpart, B"

def test_an_unnamed_counterpart_serves_the_other_party():
    text = ("LILONGWE — Malawi and Zambia signed a river transport pact on Monday. Transport "
            "Minister Grace Chirwa signed it with her counterpart, Daniel Mwale.")
    got = holders(text)
    assert got.get("Grace Chirwa") == "Malawi"
    assert got.get("Daniel Mwale") == "Zambia"
    assert one(text, "Treaty")["signatories"] == ["Grace Chirwa", "Daniel Mwale"]


def test_a_counterpart_among_three_states_gets_no_guess():
    text = ("LILONGWE — Malawi, Zambia and Mozambique signed a river transport pact. Transport "
            "Minister Grace Chirwa signed it with her counterpart, Daniel Mwale.")
    assert holders(text).get("Daniel Mwale") is None
