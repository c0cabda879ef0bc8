"""Round 23 (helper a): who attacked. "a suicide bomber from [group] struck ..." is by the group
(kg.extract.member_agents); "The strike hit ..." right after a strike told with its side is that
strike, by that side (kg.extract.retold_strike). From the abstract error categories of a fresh
set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


def test_an_earlier_bombing_by_a_member_of_a_group_is_the_groups():
    text = ("MOGADISHU, Dec 4 (Staff) - American aircraft bombed a militant camp near Jilib on "
            "Wednesday, killing nine fighters, the US military said. The raid came two days "
            "after a suicide bomber from al-Shabaab struck an army base in Baidoa, killing 11 "
            "soldiers.")
    assert ("al-Shabaab", "Baidoa") in _sides(text)
    assert ("United States", "Baidoa") not in _sides(text)


def test_gunmen_from_a_group_attacking_are_the_groups():
    text = ("NIAMEY, Dec 4 (Staff) - Nigerien jets bombed fighters near Tillaberi on Thursday, "
            "killing 20, the army said. The raid followed an attack last week in which gunmen "
            "from Boko Haram stormed a market in Diffa, killing eight traders.")
    assert ("Boko Haram", "Diffa") in _sides(text)


def test_a_member_of_a_group_who_does_not_attack_gives_no_side():
    # near-miss: "fighters from al-Shabaab" who surrendered attack nothing; the strike keeps
    # the side the sentence gives
    text = ("MOGADISHU, Dec 4 (Staff) - American aircraft bombed a camp near Jilib on "
            "Wednesday, killing nine people, the US military said. Fighters from al-Shabaab "
            "surrendered to the army in Baidoa on Thursday.")
    assert ("al-Shabaab", "Baidoa") not in _sides(text)


def test_the_strike_retold_after_an_adjective_side_is_by_that_side():
    text = ("KABUL, Dec 4 (Staff) - Afghanistan's government on Thursday protested against a "
            "Pakistani drone strike in Khost province earlier this week, the foreign ministry "
            "said.\n\nThe strike hit a house in the Gurbuz district on Tuesday, killing six "
            "people, district officials said.")
    sides = _sides(text)
    assert ("Afghanistan", "Gurbuz") not in sides
    assert ("Pakistan", "Gurbuz") in sides or ("Pakistan", "Khost") in sides


def test_the_strike_naming_its_own_side_keeps_it():
    # near-miss: "The strike hit ..." that names a side of its own is not given the one before
    text = ("BEIRUT, Dec 4 (Staff) - Israeli jets bombed a house in Nabatieh on Wednesday, "
            "killing three people. The attack by Hezbollah hit an army post near Metula on "
            "Thursday, wounding two soldiers, the Israeli military said.")
    assert ("Israel", "Metula") not in _sides(text)


def test_a_bombing_claimed_in_a_statement_two_sentences_later_is_the_claimants():
    text = ("BAGHDAD, Dec 4 (Staff) - A car bomb exploded near a checkpoint in the Iraqi capital "
            "on Thursday, killing four soldiers. Police had arrested three suspects in Mosul last "
            "week. The Islamic State said in a statement that it carried out the attack.")
    assert _sides(text) == [("Islamic State", "Baghdad")]


def test_a_bombing_claimed_by_a_groups_affiliate_is_the_groups():
    text = ("KABUL, Dec 4 (Staff) - A car bomb struck a bus carrying ministry staff in the Afghan "
            "capital on Thursday, killing nine people. The Islamic State's regional affiliate "
            "said it carried out the bombing.")
    assert _sides(text) == [("Islamic State", "Kabul")]


def test_a_claim_after_another_attack_is_not_the_first_ones():
    # near-miss: the claim follows another attack told in between
    text = ("BAGHDAD, Dec 4 (Staff) - A car bomb exploded near a checkpoint in the Iraqi capital "
            "on Thursday, killing four soldiers. Separately, gunmen attacked a police post in "
            "Kirkuk, killing two officers. The Islamic State said in a statement that it carried "
            "out the attack.")
    assert ("Islamic State", "Baghdad") not in _sides(text)


def test_a_denial_is_no_claim():
    # near-miss: "said ... it had no part in the attack"
    text = ("BAGHDAD, Dec 4 (Staff) - A car bomb exploded near a checkpoint in the Iraqi capital "
            "on Thursday, killing four soldiers. The Islamic State said in a statement that it "
            "had no part in the attack.")
    assert _sides(text) == [("", "Baghdad")]


def test_an_air_force_strike_is_by_the_state_whose_military_the_article_names():
    text = ("BANGKOK, Dec 4 (Staff) - An air force strike on a school in the town of Kyaukme "
            "killed nine children on Wednesday, teachers said. The Myanmar military did not "
            "comment.")
    assert _sides(text) == [("Myanmar", "Kyaukme")]


def test_an_air_force_strike_with_another_states_military_named_keeps_no_side():
    # near-miss: the forces the article names are the dateline country's, not the state hit's
    text = ("BANGKOK, Dec 4 (Staff) - An air force strike on a school in the town of Kyaukme "
            "killed nine children on Wednesday, teachers said. The Thai military said it had "
            "tightened security along the border.")
    assert ("Myanmar", "Kyaukme") not in _sides(text)
