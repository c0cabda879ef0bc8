"""Round 64, from `blind74`'s abstract categories. Transfers: "Patriot systems supplied to
Ukraine by Germany shot down ..." (a participle with its receiver after "to" and its supplier
after "by", inside a sentence about something else; named systems only, a kind is read by the rules
that read kinds); "bought BrahMos
missiles from India, which ..., as well as FA-50 jets from South Korea" (a later item of a
purchase with its own seller). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_transfer_views, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_pairs, _ = make_transfer_views(facts)


def test_a_named_system_supplied_to_a_receiver_by_a_supplier():
    text = wire("Russia fired missiles at Kyiv overnight. Officials said Patriot systems supplied "
                "to Ukraine by Germany shot down most of them.", "KYIV")
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_a_later_item_of_a_purchase_from_another_seller():
    plain = wire("The Philippines has bought BrahMos missiles from India, as well as FA-50 jets "
                 "from South Korea.", "MANILA")
    relative = wire("The Philippines has bought BrahMos missiles from India, which delivered the "
                    "first battery in April, as well as FA-50 jets from South Korea.", "MANILA")
    both = {("India", "Philippines"), ("South Korea", "Philippines")}
    assert _pairs(plain) == both
    assert _pairs(relative) == both


def test_a_later_item_from_a_place_is_not_bought_from_a_state():
    text = wire("The Philippines has bought BrahMos missiles from India, as well as FA-50 jets "
                "from a factory in Sacheon.", "MANILA")
    assert _pairs(text) == {("India", "Philippines")}
