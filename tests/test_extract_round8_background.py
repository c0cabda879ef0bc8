"""Strikes, eighth round (issue 11): an earlier attack retold in the background ("In May, a US
strike on a market in X killed ...") is its own fact, also when its place is a village no
gazetteer knows, and "Hours later it carried out a drone strike" is another attack than the one
just told. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-11-20"  # a Thursday
facts, one = make_helpers(PUB)


def test_a_name_after_an_article_modifies_the_noun():
    got = one("In April, a US strike on a fuel depot in Sanaa killed nine people, the group "
              "said.", "Strike")
    assert (got["attacker"], got["target_place"], got["killed"], got["date"]) == (
        "United States", "Sanaa", 9, "2025-04")


def test_unknown_village_as_the_object_of_the_noun():
    got = one("In August, an army drone strike on a funeral in Tamkalt killed seven mourners, "
              "residents said.", "Strike")
    assert got["target_place"] == "Tamkalt" and got["killed"] == 7


def test_hours_later_a_new_strike_on_another_town_is_kept_apart():
    text = ("Israeli jets struck the town of Marjayoun on Monday, killing two people. "
            "Hours later it carried out a drone strike on a motorbike near Khiam, killing one "
            "man. In June, an Israeli strike on a house near Khiam killed four people.")
    got = {(f["target_place"], f["killed"]) for f in facts(text, "Strike")}
    assert {("Marjayoun", 2), ("Khiam", 1), ("Khiam", 4)} <= got


def test_a_states_own_forces_told_before_strike_again_in_their_country():
    text = ("Burkina Faso's army drones struck the town of Djibo on Monday, killing 11 people. "
            "Officials said the operation targeted fighters. Residents fled south. "
            "On Wednesday, drones hit a truck near Aribinda, killing four people, witnesses "
            "said.")
    got = {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}
    assert ("Burkina Faso", "Aribinda") in got


def test_other_targets_of_the_raid_are_strikes_of_their_own():
    text = ("US jets struck the port of Hodeidah late on Monday. Among the other targets were "
            "army barracks in Zabid, residents said.")
    got = {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}
    assert {("United States", "Zabid"), ("United States", "Hodeidah")} <= got


def test_the_attack_named_with_its_attacker_and_characterised_is_no_new_strike():
    # a definite "the Houthi attack" refers back; the place in the quotation is a word of the
    # characterisation, not a place that was hit
    assert facts('The government in Aden called the Houthi attack "an act of piracy on behalf '
                 'of Tehran".', "Strike") == []
