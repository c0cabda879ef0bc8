"""Leader roles of issue 11's twenty-second round (which state a bare title serves, offices told
by a group noun), from a fresh set's abstract error categories (never its texts). Sentences are
our own: "the three leaders, [A]'s General X, [B]'s Colonel Y and [C]'s Captain Z", a bare
title after "[State]'s defence minister" told with no name, a bare title who "told the
parliament in [city]", and "X said his country ..." after a sentence about one state; with the
near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2025-04-08"  # a Tuesday
facts, one = make_helpers(PUB)


states, _ = make_role_views(facts)


# ------------------------------------------------ a group noun, then "[A]'s [rank] [name]"

def test_three_leaders_each_with_state_and_rank():
    text = ("CONAKRY — The new rail line was opened in the Guinean capital by the three heads of "
            "state, Guinea's General Mamadi Doumbouya, Mali's Colonel Assimi Goita and Burkina "
            "Faso's Captain Ibrahim Traore.")
    got = states(text)
    assert got.get("Mamadi Doumbouya") == "Guinea"
    assert got.get("Assimi Goita") == "Mali"
    assert got.get("Ibrahim Traore") == "Burkina Faso"


def test_two_leaders_own_possessives_beat_the_state_in_the_phrase():
    text = ("NIAMEY — The talks in the Nigerien capital were chaired by the two leaders, Niger's "
            "General Abdourahamane Tiani and Mali's General Assimi Goita.")
    got = states(text)
    assert got.get("Abdourahamane Tiani") == "Niger"
    assert got.get("Assimi Goita") == "Mali"


def test_army_chiefs_with_ranks_are_no_leaders():
    text = ("The accord was signed by the three army chiefs, Mali's General Omar Diarra, Niger's "
            "General Moussa Barmou and Chad's General Abakar Abdelkerim Daoud.")
    assert states(text) == {}


# ----------------------------------- a bare title after the office told with a state, no name

def test_bare_title_takes_the_state_whose_office_was_told_before():
    text = ("BANGKOK — Cambodia's defence minister on Monday accused Thailand of moving troops to "
            "the border. Defence Minister Tea Seiha said the army would not back down and "
            "accused Bangkok of trying to seize land.")
    assert states(text).get("Tea Seiha") == "Cambodia"


def test_bare_title_of_another_office_is_not_taken():
    text = ("BANGKOK — Cambodia's defence minister on Monday accused Thailand of moving troops to "
            "the border. Foreign Minister Maris Sangiampongsa said the troops were on exercise.")
    assert states(text).get("Maris Sangiampongsa") != "Cambodia"


# ------------------------------------------------------ "told the parliament in [city]"

def test_bare_title_who_told_the_parliament_in_a_capital():
    text = ("BRUSSELS — Estonia has ordered six more rocket launchers, officials said at a NATO "
            "meeting in Brussels. Prime Minister Kristen Michal told the parliament in Tallinn "
            "that taxes would rise.")
    assert states(text).get("Kristen Michal") == "Estonia"


def test_told_reporters_in_a_city_is_no_parliament():
    text = ("BRUSSELS — NATO ministers met on Thursday. Prime Minister Kristen Michal told "
            "reporters in Tallinn that taxes would rise.")
    assert states(text).get("Kristen Michal") in (None, "Belgium", "Estonia")  # other rules
    from kg.extract.own_parliament import _TOLD_PARLIAMENT
    assert not _TOLD_PARLIAMENT.fullmatch(" told reporters in ")


# ----------------------------------------------------------------- "X said his country ..."

def test_his_country_takes_the_subject_of_the_sentence_before():
    text = ("KYIV — The Moldovan government protested on Monday against drones crossing its "
            "airspace. Foreign Minister Mihai Popsoi said his country would summon the Russian "
            "ambassador, and accused Moscow of recklessness.")
    assert states(text).get("Mihai Popsoi") == "Moldova"


def test_his_country_after_a_sentence_of_two_states_is_not_read():
    text = ("KYIV — Russia launched drones at Moldova on Monday. Foreign Minister Mihai Popsoi "
            "said his country would summon the Russian ambassador.")
    assert states(text).get("Mihai Popsoi") != "Russia"


# ------------------------------------------------------- never the state the holder accuses

def test_accused_state_of_the_sentence_before_gives_way_to_the_dateline():
    text = ("SEOUL — North Korea fired two missiles on Tuesday. Defence Minister Ahn Gyu-back "
            "accused Pyongyang of threatening the peninsula.")
    assert states(text).get("Ahn Gyu-back") == "South Korea"


def test_accused_dateline_state_gives_way_to_the_subject_before():
    text = ("NEW DELHI — Pakistan test-fired a missile on Monday. Defence Minister Khawaja Asif "
            "said the test was a routine one and accused New Delhi of spreading alarm.")
    assert states(text).get("Khawaja Asif") == "Pakistan"


def test_accused_state_with_no_other_guess_gives_no_role():
    text = ("Defence Minister Rolando Akira accused Beijing on Tuesday of harassing fishermen "
            "near the shoal.")
    assert "Rolando Akira" not in states(text)


def test_state_told_by_the_title_is_kept_whoever_is_accused():
    text = ("TOKYO — Chinese Defence Minister Dong Jun accused Tokyo on Friday of stirring up "
            "tension.")
    assert states(text).get("Dong Jun") == "China"


# ------------------------------------------------------ tanks sent to a border: no transfer

def test_tanks_sent_to_the_border_are_no_transfer():
    text = ("BANGKOK — Cambodia's defence minister accused Thailand on Monday of sending tanks to "
            "the border near the disputed temple.")
    assert facts(text, "ArmsTransfer") == []


def test_tanks_sent_to_a_state_stay_a_transfer():
    text = "WARSAW — Poland has sent 14 Leopard tanks to Ukraine, the defence ministry said."
    got = facts(text, "ArmsTransfer")
    assert [(f["supplier"], f["recipient"]) for f in got] == [("Poland", "Ukraine")]


# ------------------------------------------- "X said [capital] would ...": the speaker's side

def test_said_capital_would_gives_the_speakers_state_over_the_dateline():
    text = ("BEIJING — China and Vietnam agreed on Monday to open a new rail link. Deputy Prime "
            "Minister Tran Hong Ha said Hanoi would pay for its section.")
    assert states(text).get("Tran Hong Ha") == "Vietnam"


def test_said_capital_would_after_a_who_clause():
    text = ("ANKARA — Turkish and Iraqi officials met on Tuesday. Foreign Minister Fuad Hussein, "
            "who flew in on Monday, said Baghdad would not let armed groups use its soil.")
    assert states(text).get("Fuad Hussein") == "Iraq"


def test_said_the_other_side_would_fail_is_not_the_speakers():
    text = ("KYIV — Defence Minister Ivan Petrenko said Moscow would fail to break the front.")
    assert states(text).get("Ivan Petrenko") != "Russia"


# ------------------------------------------- ", though [buyer] has bought ...": a new clause

def test_concessive_clause_gets_its_own_supplier():
    text = ("Moscow has long supplied Armenia with arms, though Yerevan has lately bought Caesar "
            "howitzers from France instead.")
    got = {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}
    assert ("Russia", "Armenia") not in got or all(
        f["supplier"] != "Russia" or "Caesar" not in (f["weapon"] or "")
        for f in facts(text, "ArmsTransfer"))
    assert ("France", "Armenia") in got


# ---------------------------------------------------- "The Baltic state": the article's one

def test_the_baltic_state_is_the_articles_baltic_state():
    text = ("Estonia operates six rocket launchers. The Baltic state, which borders Russia, has "
            "also bought Chunmoo launchers from South Korea.")
    got = {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}
    assert got == {("South Korea", "Estonia")}


def test_the_baltic_states_plural_is_no_one_state():
    text = ("Estonia and Latvia met on Monday. The Baltic states have bought Chunmoo launchers "
            "from South Korea.")
    got = {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}
    assert ("South Korea", "Estonia") not in got or ("South Korea", "Latvia") in got


# ------------------------------------------------- "W to all three governments": the list

def test_to_all_three_governments_gives_each_listed_state():
    text = ("Mali, Niger and Burkina Faso signed a charter on Monday. The force will fight "
            "jihadists. Turkey has sold Bayraktar TB2 drones to all three governments.")
    got = {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}
    assert got == {("Turkey", "Mali"), ("Turkey", "Niger"), ("Turkey", "Burkina Faso")}


def test_count_without_a_list_of_that_length_splits_nothing():
    text = ("Mali and Niger signed a charter on Monday. Turkey has sold Bayraktar TB2 drones to "
            "all three governments.")
    got = {f["recipient"] for f in facts(text, "ArmsTransfer")}
    assert "Niger" not in got
