"""Round 26 (helper a): strikes that should not exist. One listed target of the lead's attack on
several sites, told "Among the targets was X" (and "A building in Y was also hit" right after),
is the lead's attack, not a new one (kg.extract.among_targets); "[Speaker] said the strikes hit
..." right after the lead, placed only at the dateline, is the lead told by the side hit, not the
speaker's attack on the dateline city (kg.extract.said_retold_targets). From the abstract error
categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


def test_among_the_targets_was_is_the_lead_attack():
    text = ("TYRE, Dec 4 (Staff) - Israeli jets struck several sites in southern Lebanon on "
            "Wednesday, killing three people, the health ministry said.\n\n"
            "Among the targets was a depot on the edge of Nabatieh, the army said.")
    assert len(facts(text, "Strike")) == 1


def test_among_the_targets_then_also_hit_is_still_one_attack():
    text = ("TYRE, Dec 4 (Staff) - Israeli jets struck several sites in southern Lebanon on "
            "Wednesday, killing three people, the health ministry said.\n\n"
            "Among the targets was a depot on the edge of Nabatieh, the army said. A house in "
            "the village of Kfar Kila was also hit.")
    s = one(text, "Strike")
    assert (s["attacker"], s["killed"]) == ("Israel", 3)


def test_among_the_targets_were_is_not_read():
    # near-miss: "were" may list a site in each of several towns, each town its own strike
    from kg.extract.among_targets import _AMONG
    assert _AMONG.match("Among the targets was a depot near Nabatieh.")
    assert not _AMONG.match("Among the targets were a fuel station in A and a market in B.")


def test_speaker_said_the_strikes_hit_is_no_attack_on_the_dateline_city():
    text = ("ISTANBUL, Dec 2 (Staff) - Turkish forces fired missiles at positions near Manbij "
            "in northern Syria on Tuesday, killing five fighters, a war monitor said.\n\n"
            "The Syrian Democratic Forces said the strikes hit a checkpoint and a grain silo "
            "on the edge of the town.")
    assert _sides(text) == [("Turkey", "Manbij")]


def test_a_speaker_telling_another_attack_is_not_folded():
    # near-miss: "also" tells another attack (the rule stays out)
    text = ("ISTANBUL, Dec 2 (Staff) - Turkish forces fired missiles at positions near Manbij "
            "in northern Syria on Tuesday, killing five fighters, a war monitor said.\n\n"
            "The Syrian Democratic Forces said the drones also hit a bakery in Kobani.")
    assert ("Turkey", "Manbij") in _sides(text)


def test_supplied_weapons_fired_at_a_city_are_no_attack():
    text = ("SEOUL, Dec 4 (Staff) - Washington accused Pyongyang of supplying Moscow with "
            "ballistic missiles fired at Kharkiv.")
    assert facts(text, "Strike") == []


def test_supplied_missiles_fired_in_an_attack_of_its_own_stay_a_strike():
    # near-miss: the attack is told by its own verb, the supplier only describes the missiles
    text = ("KYIV, Dec 4 (Staff) - Russia fired ballistic missiles supplied by North Korea at "
            "Kharkiv on Tuesday, killing two people, the governor said.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"]) == ("Russia", "Kharkiv")


def _article(body: str) -> str:
    return "Talks stall in the capital\n2026-12-04\n\nLONDON, Dec 4 (Staff) - " + body


def test_accused_of_striking_a_city_on_a_day_is_an_attack():
    text = _article("Ukraine accused Moscow of striking Kyiv with guided bombs on Tuesday, "
                    "killing four people.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        "Russia", "Kyiv", 4, "2026-12-01")


def test_accused_of_targeting_shipping_is_no_attack():
    # near-miss: an accusation of a campaign, no attack verb, place or day
    text = _article("Iranian officials accused Riyadh of targeting Iranian shipping in the Gulf.")
    assert facts(text, "Strike") == []


def test_accused_of_striking_without_a_day_is_not_added():
    # near-miss: "last year" is no dated attack of the sentence
    text = _article("Israel accused Hezbollah of striking towns in the Galilee last year.")
    assert facts(text, "Strike") == []


def test_the_accused_not_the_accuser_is_the_attacker():
    text = _article("Sudan's army accused the RSF of shelling El Fasher on Tuesday, killing "
                    "nine civilians.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == (
        "Rapid Support Forces", "El Fasher", 9)


def test_an_accuser_who_struck_keeps_its_attack():
    # near-miss: the accuser's own attack told before the accusation keeps its attacker
    text = _article("Russian missiles struck Kharkiv on Tuesday, killing two people. Kyiv "
                    "accused Moscow of war crimes.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"]) == ("Russia", "Kharkiv")


def test_accused_of_targeting_with_a_toll_is_an_attack():
    text = _article("Pakistan accused New Delhi of targeting mosques in Muzaffarabad on "
                    "Wednesday, killing 26 civilians.")
    s = one(text, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == ("India", "Muzaffarabad", 26)


def test_accused_of_targeting_on_a_day_without_a_toll_is_no_attack():
    # near-miss: "targeting" without a toll tells a campaign or an intent
    text = _article("Pakistan accused New Delhi of targeting its cities on Wednesday.")
    assert facts(text, "Strike") == []


def test_the_accused_backer_is_not_the_attacker():
    text = _article("India accused Islamabad of sheltering the militants behind the attack "
                    "in Pahalgam.")
    assert all(f["attacker"] != "Pakistan" for f in facts(text, "Strike"))
