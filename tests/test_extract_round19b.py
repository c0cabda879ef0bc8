"""Strikes of issue 11's nineteenth round (helper B): who struck when the sentence names the side
only indirectly, from a fresh set's abstract error categories (never its texts). "An army drone
strike" in an article datelined in that country is the state's own; a state that speaks of an
attack on "its embassy" is the victim, and the state blamed next is the attacker; "A and B have
responded with air strikes on <group> positions in <place>" is the capitals' attack; an earlier
attack at sea told with its toll is an attack; "in <site>, west of <town>" is the site. Sentences
are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.attack_cues import sea_attack_with_toll

PUB = "2026-05-08"  # a Friday
facts, one = make_helpers(PUB)


def strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["killed"], f["injured"])
            for f in facts(text, "Strike")}


# ------------------------------------------------------------ the state's own forces

SOMALI = ("Two attacks in Somalia\n2026-05-08\n\n{city}, May 8 (Staff) - A military air strike "
          "hit a camp in Jilib on Thursday, killing six fighters, officials said.\n\n"
          "Separately, an army base was hit by mortar fire in Baidoa on Wednesday night, "
          "wounding four soldiers.")


def test_army_strike_at_home_is_the_state():
    got = strikes(SOMALI.format(city="MOGADISHU"))
    assert ("Somalia", "Jilib", 6, None) in got


def test_army_base_hit_is_the_victim():
    # (negative: the army is what was hit, not who struck)
    got = strikes(SOMALI.format(city="MOGADISHU"))
    assert (None, "Baidoa", None, 4) in got


def test_army_strike_abroad_keeps_no_attacker():
    # (negative: datelined elsewhere, "military" does not say whose)
    got = strikes(SOMALI.format(city="NAIROBI"))
    assert (None, "Jilib", 6, None) in got


def test_government_air_strike_at_home_is_the_state():
    got = strikes("Strike on Sudan market\n2026-05-08\n\nPORT SUDAN, May 8 (Staff) - A government "
                  "air strike hit a market in Nyala on Thursday, killing nine people, medics said.")
    assert ("Sudan", "Nyala", 9, None) in got


# ------------------------------------------------------------ the victim that speaks

def test_speaking_victim_gives_way_to_the_state_blamed():
    got = strikes("DOHA, May 8 (Staff) - Doha said on Thursday that a drone strike on its "
                  "embassy in Tripoli had wounded two guards. Tunisia and Algeria blamed Egypt "
                  "for the attack.")
    assert ("Egypt", "Tripoli", None, 2) in got
    assert not any(a == "Qatar" for a, *_ in got)


def test_speaking_victim_with_nobody_blamed_has_no_attacker():
    got = strikes("DOHA, May 8 (Staff) - Doha said on Thursday that a drone strike on its "
                  "embassy in Tripoli had wounded two guards.")
    assert not any(a == "Qatar" for a, *_ in got)


def test_speaker_that_claims_keeps_its_attack():
    # (negative: no "its embassy"; a state that says it struck is the attacker)
    f = one("Ankara said on Thursday that its drones had struck PKK positions in Sinjar, "
            "killing five fighters.", "Strike")
    assert f["attacker"] == "Turkey"


# ------------------------------------------------------------ retaliation by capitals

def test_capitals_responded_with_strikes():
    f = one("Paris and Bamako have responded with air strikes on militant positions in Menaka, "
            "the two governments said.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("France", "Menaka")


def test_in_response_to_with_no_new_strike():
    # (negative: a measure in answer, no attack)
    assert facts("Senegal said it would close two border crossings in response to the raid.",
                 "Strike") == []


# ------------------------------------------------------------ an earlier attack at sea

def test_sea_attack_with_toll_cue():
    text = "It comes after an attack on 3 March in the Arabian Sea in which two crew were killed."
    at = text.index("attack") + len("attack")
    assert sea_attack_with_toll(text, at)
    assert not sea_attack_with_toll("an attack in the Arabian Sea last year", len("an attack"))


def test_background_attack_at_sea_is_a_strike():
    f = one("It comes after an attack on 3 March in the Arabian Sea in which two crew were "
            "killed.", "Strike")
    assert (f["target_place"], f["killed"], f["date"]) == ("Arabian Sea", 2, "2026-03-03")


def test_sea_named_without_toll_is_no_strike():
    # (negative: the sea is where ships sail, no attack with its toll)
    assert facts("Attacks in the Arabian Sea have pushed up insurance costs.", "Strike") == []


# ------------------------------------------------------------ the site before a locator

def test_site_west_of_town():
    f = one("Government jets bombed a school in Kafr Ruma, west of Maarat al-Numan, on "
            "Thursday, killing seven people, rescuers said.", "Strike")
    assert f["target_place"] == "Kafr Ruma"


def test_town_alone_stays():
    # (negative: no locator, the town is the place)
    f = one("Government jets bombed a school in Maarat al-Numan on Thursday, killing seven "
            "people, rescuers said.", "Strike")
    assert f["target_place"] == "Maarat al-Numan"


def test_speaking_victim_of_its_troops():
    got = strikes("Ankara said an air strike on its troops in Idlib killed 33 soldiers. Britain "
                  "and France blamed Syria.")
    assert ("Syria", "Idlib", 33, None) in got


def test_its_positions_in_another_clause_keep_the_speakers_attack():
    # (negative: "its positions" were hit in another attack; the jets' strike is the speaker's)
    got = strikes("Israel said its jets struck Tyre on Monday after Hezbollah rockets hit its "
                  "positions in the Galilee.")
    assert ("Israel", "Tyre", None, None) in got


# ------------------------------------------------------------ a May dateline is no hedge

def test_may_dateline_is_no_hedge():
    got = strikes("MOGADISHU, May 8 (Staff) - A military air strike killed six fighters in Jilib "
                  "on Thursday, Somali officials said.")
    assert ("Somalia", "Jilib", 6, None) in got


def test_lower_case_may_still_hedges():
    # (negative: a possible strike is no strike)
    assert facts("Officials said Israel may strike oil sites in Kharg within days.",
                 "Strike") == []
