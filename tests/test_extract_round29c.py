"""Round 29 (helper c): one attack told over "the A region and the B region"
(kg.extract.raid_places) and "On the same morning" dated by the attack told just before
(kg.extract.same_time). From the abstract error categories of a fresh set (never its texts).
Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB, headline=False)


def _places(text: str) -> list[str]:
    return sorted(f["target_place"] or "" for f in facts(text, "Strike"))


# two regions told together as one attack

def test_two_regions_each_named_are_one_attack_at_the_first():
    text = ("Drones hit Ukraine's south\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Russian drones "
            "struck power lines in the Kherson region and the Mykolaiv region overnight into "
            "Wednesday, cutting electricity to thousands of homes, officials said.")
    got = facts(text, "Strike")
    assert len(got) == 1
    assert "Kherson" in got[0]["target_place"]


def test_two_towns_told_together_stay_two_attacks():
    text = ("Drones hit Ukraine's south\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Russian drones "
            "struck a power station in Kherson and a depot in Mykolaiv on Wednesday, "
            "officials said.")
    assert len(facts(text, "Strike")) == 2


# "On the same morning": the day of the attack told before

def test_on_the_same_morning_takes_the_day_of_the_attack_told_before():
    text = ("Missile hits Israel\n2026-12-03\n\nJERUSALEM, Dec 3 (Staff) - A missile fired by the "
            "Houthis hit a warehouse in Eilat early on Tuesday, wounding three people, the "
            "emergency service said. The group claimed the attack. On the same morning, Israeli "
            "jets struck fuel tanks at the port of Hodeidah, killing two workers.")
    got = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert got.get("Hodeidah") == "2026-12-01"
    assert got.get("Eilat") == "2026-12-01"


def test_a_day_of_its_own_is_kept():
    text = ("Missile hits Israel\n2026-12-03\n\nJERUSALEM, Dec 3 (Staff) - A missile fired by the "
            "Houthis hit a warehouse in Eilat early on Tuesday, wounding three people. On the "
            "same day last week, Israeli jets struck fuel tanks at the port of Hodeidah on "
            "Wednesday, killing two workers.")
    got = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert got.get("Hodeidah") == "2026-12-02"


def _strike(sent: int, date: str | None) -> dict:
    return {"type": "Strike", "_sent": sent, "date": date}


def test_same_time_takes_only_the_day_of_the_strike_told_last():
    from kg.extract.same_time import same_time_day
    texts = ["A missile hit Eilat on Tuesday.", "Jets struck Sanaa.",
             "On the same morning, jets struck Hodeidah."]
    undated_last = [_strike(0, "2026-12-01"), _strike(1, None), _strike(2, None)]
    same_time_day(undated_last, texts, " ".join(texts))
    assert undated_last[2]["date"] is None  # the attack told last has no day: nothing guessed
    dated_last = [_strike(0, None), _strike(1, "2026-12-01"), _strike(2, None)]
    same_time_day(dated_last, texts, " ".join(texts))
    assert dated_last[2]["date"] == "2026-12-01"


def test_two_regions_each_named_read_as_one_list():
    from kg.extract.raid_places import _regions_each_named
    assert _regions_each_named("struck sites in the Chernihiv region and the Sumy region",
                               ["Chernihiv region", "Sumy region"])
    assert not _regions_each_named("struck the town of Izium and the city of Kupiansk",
                                   ["Izium", "Kupiansk"])
    assert not _regions_each_named("struck the Chernihiv region and, on Friday, the Sumy region",
                                   ["Chernihiv region", "Sumy region"])


# a motive's people "in" a place

def test_support_of_the_people_in_a_place_is_no_target():
    text = ("Houthis hit ship\n2026-12-03\n\nSANAA, Dec 3 (Staff) - A Houthi drone struck a cargo "
            "ship in the Red Sea on Tuesday, the group said. The Houthis said the attack was in "
            "support of the Palestinians in Gaza.")
    assert _places(text) == ["Red Sea"]


def test_an_attack_with_a_motive_keeps_its_own_target():
    text = ("Houthis fire at Israel\n2026-12-03\n\nSANAA, Dec 3 (Staff) - The Houthis fired a "
            "missile at Tel Aviv on Tuesday in support of Palestinians in Gaza, the group said.")
    assert _places(text) == ["Tel Aviv"]


# a lead at a wide area, its village in the next sentence

def test_a_dateline_lead_takes_the_village_of_the_next_sentence_and_its_day():
    text = ("Strike in Lebanon\n2026-12-03\n\nBEIRUT, Dec 3 (Staff) - An Israeli strike in southern "
            "Lebanon killed four people, the health ministry said on Wednesday.\n\nThe strike "
            "hit a house in the village of Aitaroun late on Tuesday, the ministry said.")
    got = facts(text, "Strike")
    assert [(f["target_place"], f["killed"], f["date"]) for f in got] == [
        ("Aitaroun", 4, "2026-12-01")]


def test_a_lead_in_the_dateline_city_keeps_it():
    text = ("Strike in Lebanon\n2026-12-03\n\nBEIRUT, Dec 3 (Staff) - An Israeli strike on Beirut's "
            "southern suburbs killed four people on Tuesday, the health ministry said.\n\nOn "
            "Wednesday, a drone hit a car in the village of Aitaroun, killing one man.")
    assert "Beirut" in _places(text)


def test_dateline_lead_rule_needs_the_village_named_as_one():
    from kg.extract.dateline_leads import dated_by_report_only, _named_as_settlement
    assert _named_as_settlement("The drones struck a camp near the town of Tawila", "Tawila")
    assert not _named_as_settlement("The drones struck a camp near Tawila", "Tawila")
    assert dated_by_report_only("A strike killed ten, the army said on Wednesday.")
    assert not dated_by_report_only("A strike on Monday killed ten, the army said on Wednesday.")


# a region lead that names no side, the side's village in the next sentence

def test_a_sideless_region_lead_joins_the_village_of_the_next_sentence():
    text = ("Drone attack in Kordofan\n2026-12-03\n\nPORT SUDAN, Dec 3 (Staff) - A drone attack in "
            "North Kordofan killed 12 people, local activists said on Wednesday. Drones of the "
            "Rapid Support Forces hit a market in the village of Al-Mazroub on Tuesday, the "
            "activists said.")
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"], f["date"]) for f in got] == [
        ("Rapid Support Forces", "Al-Mazroub", 12, "2026-12-01")]


def test_a_region_lead_by_one_side_keeps_apart_from_the_other_sides_village():
    text = ("Fighting in Kordofan\n2026-12-03\n\nPORT SUDAN, Dec 3 (Staff) - Army drones struck "
            "North Kordofan on Tuesday, killing 12 fighters, the army said. Drones of the Rapid "
            "Support Forces hit a market in the village of Al-Mazroub on Tuesday, activists said.")
    assert len(facts(text, "Strike")) == 2


def test_a_sideless_region_lead_joins_the_next_sentence_that_names_its_target_again():
    text = ("Air strike hits monastery\n2026-12-03\n\nYANGON, Dec 3 (Staff) - An air strike on a "
            "monastery in the Magway region killed 14 people early on Tuesday, residents said. "
            "A jet of the Myanmar military dropped two bombs on the monastery in the village of "
            "Kyauk Kan, a witness said.")
    got = facts(text, "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in got] == [
        ("Myanmar", "Kyauk Kan", 14)]


def test_on_the_same_morning_inside_the_sentence_takes_the_day_before():
    text = ("Drones hit Odesa\n2026-12-03\n\nKYIV, Dec 3 (Staff) - Russian drones hit Odesa on "
            "Tuesday, wounding two people. Russian missiles struck the port of Izmail on the same "
            "morning, killing nine, officials said.")
    got = sorted(f["date"] for f in facts(text, "Strike"))
    assert got == ["2026-12-01", "2026-12-01"]


def test_the_same_day_as_another_event_is_not_read():
    from kg.extract.same_time import _told_at_the_same_time
    assert _told_at_the_same_time("Missiles struck Izmail on the same morning, killing nine.")
    assert not _told_at_the_same_time("Missiles struck Izmail on the same day as the talks.")
    assert not _told_at_the_same_time("It was the same day.")


def test_a_region_lead_joins_the_village_the_next_sentence_tells_of_its_attack():
    text = ("Strike in Sumy\n2026-12-03\n\nKYIV, Dec 3 (Staff) - A Russian drone attack in the Sumy "
            "region killed two people, the governor said on Wednesday. The drone hit a car near "
            "the village of Khotin on Tuesday evening, he said.")
    got = facts(text, "Strike")
    assert [(f["killed"], f["date"]) for f in got] == [(2, "2026-12-01")]


# a lead dated only by its report, its day in the next sentence

def test_a_report_dated_lead_takes_the_day_of_the_next_sentence():
    text = ("Strike in Kharkiv\n2026-12-03\n\nKYIV, Dec 3 (Staff) - A Russian glide bomb attack on "
            "Kharkiv killed two people, the mayor said on Wednesday. The bomb struck a petrol "
            "station on Tuesday evening, he said.")
    got = facts(text, "Strike")
    assert [(f["target_place"], f["date"]) for f in got] == [("Kharkiv", "2026-12-01")]


def test_a_lead_with_its_own_day_keeps_it():
    text = ("Strike in Kharkiv\n2026-12-03\n\nKYIV, Dec 3 (Staff) - A Russian glide bomb attack on "
            "Kharkiv killed two people on Wednesday, the mayor said. The bomb struck a petrol "
            "station, he said, and a second one fell on a park on Tuesday.")
    got = facts(text, "Strike")
    assert "2026-12-02" in [f["date"] for f in got]
