"""Strikes, tenth round (issue 11): the toll of an attack told again in a later sentence or
paragraph ("The strike killed ...", "Officials later put the toll at ...", "the ministry revised
the toll to ..."), the victims located between the count and the verb ("two people in the car
were killed"), one victim named by a role ("a passer-by was hurt"). Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-13"  # a Friday
facts, one = make_helpers(PUB)


def test_toll_in_a_later_paragraph_told_with_the_strike():
    f = one("Russian missiles hit a shopping centre in Dnipro on Tuesday, officials said.\n\n"
            "The strike killed seven people, the regional governor said on Wednesday.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Russia", "Dnipro", 7)


def test_toll_put_at_in_a_later_paragraph():
    f = one("Israeli aircraft bombed a school in Jabalia on Monday, medics said.\n\n"
            "Hospital officials later put the toll at 14 dead and 40 wounded.", "Strike")
    assert (f["target_place"], f["killed"], f["injured"]) == ("Jabalia", 14, 40)


def test_revised_toll_raises_the_first_count():
    f = one("A drone struck a bus station in Sumy on Sunday. Local officials said three people "
            "were killed. The health ministry later revised the toll to five dead and 12 "
            "injured.", "Strike")
    assert (f["target_place"], f["killed"], f["injured"]) == ("Sumy", 5, 12)


def test_victims_located_between_count_and_verb():
    f = one("An Israeli drone hit a motorcycle near Tyre on Thursday. Both men on the "
            "motorcycle were killed, and three people inside a nearby shop were wounded.",
            "Strike")
    assert (f["target_place"], f["injured"]) == ("Tyre", 3)


def test_one_victim_named_by_a_role():
    f = one("A Russian glide bomb struck a street in Kostiantynivka on Monday, and a bystander "
            "was hurt, local officials said.", "Strike")
    assert (f["target_place"], f["injured"]) == ("Kostiantynivka", 1)


def test_a_toll_of_another_kind_of_event_is_not_taken():
    f = one("Russian drones hit an energy site in Odesa on Friday, injuring two workers.\n\n"
            "Separately, the toll from last month's floods in the region was revised to 19.",
            "Strike")
    assert (f["target_place"], f["killed"], f["injured"]) == ("Odesa", None, 2)
