"""Round 29 (helper a): strikes whose attacker is read wrongly. "[A] and [B] drones struck" takes
A (kg.extract.paired_demonyms); the accuser before a participle trigger ("US accuses Iran over
missiles fired at tanker") is no attacker and no side is guessed (kg.extract.accuser_subjects);
"X said the attacks ... broke a ceasefire" judges an attack told before and tells no new one
(kg.extract.judged_attacks); the state whose base was hit ("the largest American military base")
is not the attacker guessed for it (kg.extract.base_users); "on the same morning" dates a strike by the one told before
(kg.extract.relative_dates). From the abstract error categories of a fresh set (never its
texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.accuser_subjects import accuser_before
from kg.extract.judged_attacks import judged_attack
from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)
article_facts, _ = make_helpers(PUB, headline=False)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


# two demonyms joined by "and": the first

def test_two_coordinated_demonyms_give_the_first_as_attacker():
    text = "Saudi and Emirati warplanes bombed a market in Saada on Tuesday, killing nine people."
    assert _sides(text) == [("Saudi Arabia", "Saada")]


def test_a_single_demonym_is_still_the_attacker():
    text = "Emirati warplanes bombed a market in Saada on Tuesday, killing nine people."
    assert _sides(text) == [("United Arab Emirates", "Saada")]


def test_a_demonym_after_a_non_demonym_and_is_kept():
    text = ("Residents of Saada and Emirati warplanes were seen overhead; Emirati warplanes "
            "bombed a market in Saada on Tuesday, killing nine people.")
    assert ("United Arab Emirates", "Saada") in _sides(text)


# the accuser is not the attacker

def test_the_accuser_before_a_participle_trigger_is_not_the_attacker():
    text = "The United States accuses Iran over missiles fired at a tanker in the Red Sea."
    assert all(s[0] != "United States" for s in _sides(text))


def test_an_accusing_headline_joins_the_bodys_attack():
    text = ("US accuses Iran over missiles fired at tanker in Red Sea\n2026-12-03\n\n"
            "ADEN, Dec 3 - The United States accused Iran on Thursday of supplying the missiles "
            "that the Houthis fired at a tanker in the Red Sea on Wednesday.")
    got = sorted((f["attacker"], f["target_place"]) for f in article_facts(text, "Strike"))
    assert got == [("Houthis", "Red Sea")]


def test_accuser_before_reads_only_the_accusers_own_verb():
    text = "Iran accused Israel of firing missiles at Isfahan."
    assert accuser_before(text, len("Iran"), text.index("firing"))
    assert not accuser_before(text, text.index(" of firing"), text.index("firing"))


def test_a_state_that_fired_is_still_the_attacker():
    text = "Iran fired missiles at a tanker in the Red Sea on Wednesday."
    assert _sides(text) == [("Iran", "Red Sea")]


# a judgement of an attack told before

def test_the_attacks_said_to_break_a_ceasefire_are_no_new_attack():
    text = ("Turkish drones struck positions near Kobani on Wednesday, killing six fighters. The "
            "SDF said the attacks near the town broke a ceasefire and called on the United States "
            "to restrain Ankara.")
    assert _sides(text) == [("Turkey", "Kobani")]


def test_judged_attack_needs_a_speaker_a_definite_noun_and_no_named_place():
    assert judged_attack("The army said the ", " violated the truce agreed in March.")
    assert not judged_attack("Hamas said the ", " on Rafah broke the ceasefire.")
    assert not judged_attack("An air ", " that broke the truce killed six.")
    assert not judged_attack("The army said the ", " near the dam killed six fighters.")


def test_an_attack_that_broke_a_truce_told_first_is_read():
    text = "An air strike that broke the truce killed six people in Gaza City on Wednesday."
    assert [f["target_place"] for f in facts(text, "Strike")] == ["Gaza City"]


# "the same morning"

def test_the_same_morning_dates_a_strike_by_the_one_told_before():
    text = ("PORT SUDAN, Dec 3 - The RSF launched drones at a fuel depot in Port Sudan on "
            "Tuesday, the army said. Missiles struck a power station in Kosti on the same "
            "morning, the energy ministry said.")
    dates = {f["target_place"]: f["date"] for f in facts(text, "Strike")}
    assert dates == {"Port Sudan": "2026-12-01", "Kosti": "2026-12-01"}


# the state whose base was hit is not the guessed attacker

def test_the_user_of_the_base_hit_is_not_the_guessed_attacker():
    text = ("BAGHDAD, Dec 3 - Rockets struck Ain al-Asad, the largest American military base in "
            "western Iraq, on Tuesday evening, wounding two contractors.\n\n"
            "American warplanes bombed a militia depot near al-Qaim on Wednesday.")
    got = {f["target_place"]: f["attacker"] for f in facts(text, "Strike")}
    assert got == {"Ain al-Asad": None, "Al Qa'im": "United States"}


def test_the_guess_stands_for_a_base_without_a_demonym():
    text = ("BAGHDAD, Dec 3 - Rockets struck Ain al-Asad, a base in western Iraq, on Tuesday "
            "evening, wounding two contractors.\n\n"
            "American warplanes bombed a militia depot near al-Qaim on Wednesday.")
    got = {f["target_place"]: f["attacker"] for f in facts(text, "Strike")}
    assert got["Ain al-Asad"] == "United States"  # the guess, as before
