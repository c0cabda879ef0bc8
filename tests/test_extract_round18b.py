"""Strikes of issue 11's eighteenth round (helper B): what is an attack and what is not, from a
fresh set's abstract error categories (never its texts). Air-raid alerts and sirens are no
raid; a side that says it was not involved in an attack is not its attacker; weapons launched
toward a state are aimed at it; "artillery fire killed N" is an attack with no attacker named;
", hours after <another attack>" tells a second attack with its own place and toll; a ground
assault names its place right after the verb; a dateline's date is not the attack's. Sentences
are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.attack_cues import aimed_toward, alarm_only, disowns, sequence_clause

PUB = "2026-02-20"  # a Friday
facts, one = make_helpers(PUB)


def strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["killed"], f["injured"])
            for f in facts(text, "Strike")}


# ------------------------------------------------------------ alerts and sirens

def test_air_raid_alerts_are_no_strike():
    assert facts("Air-raid alerts were issued in the Kyiv region and in Chernihiv overnight.",
                 "Strike") == []


def test_air_raid_sirens_are_no_strike():
    assert facts("Air raid sirens sounded in Lviv and Lutsk for two hours on Thursday.",
                 "Strike") == []


def test_a_raid_is_still_a_strike():
    # (negative: an air raid that hit a place is an attack)
    f = one("A Russian air raid hit a school in Sumy on Thursday, killing two people.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Russia", "Sumy", 2)


def test_alarm_only_reads_the_words_after_raid():
    text = "Air-raid sirens sounded."
    at = text.index("raid")
    assert alarm_only(text, at, at + 4)
    text = "The air raid destroyed a depot."
    at = text.index("raid")
    assert not alarm_only(text, at, at + 4)


# ------------------------------------------------------------ denials

def test_a_side_not_involved_is_not_the_attacker():
    text = ("The government in Kabul said it was not involved in the attack on Bannu and "
            "accused Islamabad of violating Afghan airspace.")
    assert facts(text, "Strike") == []


def test_a_group_not_involved_in_the_strikes_tells_no_strike():
    assert facts("Hezbollah said on Saturday it was not involved in the strikes.", "Strike") == []


def test_a_disowned_attack_with_its_toll_stays_without_attacker():
    text = "Hamas said it had nothing to do with the attack on a bus in Jerusalem that killed three."
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == (None, "Jerusalem", 3)


def test_a_claim_is_still_the_attackers():
    # (negative: "said it was behind" claims the attack)
    f = one("Boko Haram said it was behind an attack on a military base in Gwoza.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Boko Haram", "Gwoza")


def test_disowns_reads_the_words_between_speaker_and_attack():
    assert disowns("X said it was not involved in the ", 1, 34)
    assert disowns("X said it had no role in the ", 1, 29)
    assert not disowns("X said it was behind the ", 1, 25)


# ------------------------------------------------------------ launched toward a state

def test_drones_launched_toward_a_state_are_a_strike_on_it():
    f = one("Ukraine launched 120 drones toward Russia overnight into Friday, Russia's defence "
            "ministry said.", "Strike")
    assert (f["attacker"], f["target_country"]) == ("Ukraine", "Russia")


def test_troops_moved_toward_a_state_are_no_strike():
    # (negative: no launch verb, no weapon)
    assert facts("Russian troops moved toward Ukraine's border on Friday.", "Strike") == []


def test_aimed_toward_needs_a_launch_verb():
    assert aimed_toward("launched", " 70 drones toward ")
    assert not aimed_toward("moved", " troops toward ")


def test_a_drone_swarm_sent_toward_a_state_is_no_transfer():
    text = "Iran sends drone swarm toward Israel as tensions rise"
    assert facts(text, "ArmsTransfer") == []


# ------------------------------------------------------------ the weapon as subject

def test_artillery_fire_killed_is_a_strike_without_attacker():
    f = one("Artillery fire killed nine people and wounded 31 in Omdurman on Monday, the health "
            "ministry said.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"], f["injured"]) == \
        (None, "Omdurman", 9, 31)


def test_artillery_fire_heard_is_no_strike():
    # (negative: fire heard, no toll, no target)
    assert facts("Artillery fire was heard in Bahri overnight.", "Strike") == []


# ------------------------------------------------------------ hours after another attack

def test_hours_after_clause_is_a_second_strike_with_its_own_toll():
    text = ("Russian missiles hit Dnipro on Monday, killing five, hours after drones struck a "
            "power plant in Kharkiv, injuring three.")
    assert strikes(text) == {("Russia", "Dnipro", 5, None), ("Russia", "Kharkiv", None, 3)}


def test_hours_before_clause_is_a_second_strike():
    text = ("A Russian missile struck Odesa on Thursday, killing four, hours before drones hit "
            "a port in Izmail, wounding two.")
    assert strikes(text) == {("Russia", "Odesa", 4, None), ("Russia", "Izmayil", None, 2)}


def test_a_second_strike_at_a_nested_place_is_not_merged():
    text = ("Russian drones hit the Kharkiv region on Thursday, killing two people, hours after "
            "a missile struck the city of Kharkiv, injuring five.")
    assert len(facts(text, "Strike")) == 2


def test_hours_after_a_visit_is_one_strike():
    # (negative: no attack after "hours after"; the toll after it is the strike's own)
    text = "Russian missiles hit Kyiv on Monday, hours after Zelenskyy returned, killing two people."
    assert strikes(text) == {("Russia", "Kyiv", 2, None)}


def test_a_day_after_the_strike_keeps_the_toll_with_the_main_attack():
    # (negative: "a day after the strike on Kyiv" tells an attack already told, not one
    # whose toll the participle after it gives)
    text = ("A missile slammed into a bus station in Sumy on Monday, a day after the strike on "
            "Kyiv, killing two.")
    by_place = {f["target_place"]: f["killed"] for f in facts(text, "Strike")}
    assert by_place["Sumy"] == 2


def test_sequence_clause_needs_hours_and_an_indefinite_attack():
    assert sequence_clause("X, hours after drones struck Y", 1) is not None
    assert sequence_clause("X, a day after the strike on Y", 1) is None


# ------------------------------------------------------------ ground assaults

def test_stormed_a_name_unknown_to_the_gazetteer():
    text = "KHARTOUM, Feb 20 (Staff) - RSF fighters stormed Um Sumeima on Monday, killing 12."
    f = one(text, "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == \
        ("Rapid Support Forces", "Um Sumeima", 12)


def test_police_storming_a_building_is_no_strike():
    # (negative: no armed group, no toll)
    assert facts("Police stormed Parliament on Monday.", "Strike") == []


# ------------------------------------------------------------ the dateline's date

def test_the_weekday_not_the_dateline_dates_the_attack():
    text = "PORT SUDAN, Feb 20 (Staff) - RSF fighters stormed the town of Bara on Monday, killing 20."
    assert one(text, "Strike")["date"] == "2026-02-16"


def test_the_dateline_dates_an_attack_told_with_no_day():
    text = "PORT SUDAN, Feb 20 (Staff) - RSF fighters stormed the town of Bara, killing 20."
    assert one(text, "Strike")["date"] == "2026-02-20"


# ------------------------------------------------------------ a statement's day

def test_the_day_of_a_statement_is_not_the_attacks():
    text = ("In a separate statement on Sunday, Boko Haram said it was behind an attack on a "
            "military base in Gwoza last week.")
    assert one(text, "Strike")["date"] is None


def test_a_day_told_of_the_attack_still_dates_it():
    # (negative: the attack's own day after a statement's)
    text = ("Boko Haram said in a statement on Sunday that its fighters attacked a military base "
            "in Gwoza on Wednesday.")
    assert one(text, "Strike")["date"] == "2026-02-18"


# ------------------------------------------------------------ an opening "Hours after ..."

def test_an_opening_hours_after_phrase_tells_a_second_strike():
    text = "Hours after the strike on Dnipro, drones hit a power plant in Kharkiv, injuring three."
    by_place = {f["target_place"]: f["injured"] for f in facts(text, "Strike")}
    assert by_place == {"Dnipro": None, "Kharkiv": 3}


def test_an_opening_phrase_keeps_its_own_toll():
    text = ("Hours after Russian missiles hit Dnipro, killing two, drones struck a power plant in "
            "Kharkiv, injuring three.")
    assert strikes(text) == {("Russia", "Dnipro", 2, None), ("Russia", "Kharkiv", None, 3)}


def test_an_opening_phrase_without_an_attack_is_no_strike():
    # (negative: a visit told by its time; the main clause is the one attack)
    text = "Hours after Zelenskyy left Kharkiv, Russian missiles hit the city, killing two."
    assert strikes(text) == {("Russia", "Kharkiv", 2, None)}


# ------------------------------------------------------------ a region in the text's spelling

def test_a_region_keeps_the_texts_spelling_of_a_geonames_variant():
    from kg.extract.place_spelling import text_spelling

    assert text_spelling("Sagain", "Sagaing region") == "Sagaing"
    assert text_spelling("Paktika", "Paktika province") is None  # (the same spelling)
    assert text_spelling("Al Hudaydah", "Hodeidah province") is None  # (another name)
    assert text_spelling("Sagain", "Sagaing") is None  # (no region word: not a region named)


def test_the_sagaing_region_is_named_as_the_text_spells_it():
    f = one("Myanmar's air force bombed a village in the Sagaing region on Sunday, killing 11 "
            "people, residents said.", "Strike")
    assert (f["attacker"], f["target_place"], f["killed"]) == ("Myanmar", "Sagaing", 11)
