"""Strikes and roles, seventh round (issue 11): long state names without their article and an
adjective two states share resolve to the right state. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-09-17"  # a Wednesday
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)


def test_long_form_without_its_article_is_the_state():
    got = one("M23 rebels shelled the town of Sake in eastern Democratic Republic of Congo on "
              "Monday, killing seven people.", "Strike")
    assert got["target_country"] == "Democratic Republic of the Congo"
    got = roles("Republic of Congo President Denis Sassou Nguesso met the envoys on Monday.")
    assert {c for _, _, c in got} == {"Republic of the Congo"}


def test_shared_adjective_reads_as_the_state_the_article_names():
    text = ("The Republic of the Congo hosted talks in Brazzaville on Monday. Congolese "
            "President Denis Sassou Nguesso opened them.")
    assert {c for _, _, c in roles(text)} == {"Republic of the Congo"}
    text = ("Fighting went on in the Democratic Republic of the Congo on Monday. Congolese "
            "President Felix Tshisekedi asked for help.")
    assert {c for _, _, c in roles(text)} == {"Democratic Republic of the Congo"}


def test_adjective_of_a_long_named_state_is_that_state():
    got = one("Central African troops attacked the village of Ndah on Monday, killing four "
              "people, a local official said.", "Strike")
    assert got["attacker"] == "Central African Republic"
