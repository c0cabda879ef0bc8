"""Round 30 (helper d): leader roles given the wrong state, and a treaty told as a model.
A bare title whose sentence names a state only as spoken of ("warned X", "said of X", "the
Russian jets", "[capital] accuses") or whose state fell back to the dateline's serves the
government that opens the lead (kg.extract.spoken_of_states); "a rebel group ... Its leader, X"
holds no office (kg.extract.group_leaders); "X, who heads the ruling junta" with the full name in
the next sentence (kg.extract.council_surnames); "a similar pact that A struck with B" is a
treaty of A and B (kg.extract.similar_struck_pacts). From the abstract error categories of a fresh set
(never its texts); sentences and names are our own, with the near-misses around each rule."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, party_sets, role_pairs

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)


def _leaders(text: str) -> set[tuple]:
    return role_pairs(facts, text)


def _people(text: str) -> set[str]:
    return {f["person"] for f in facts(text, "LeaderRole")}


def _parties(text: str) -> list[set]:
    return party_sets(facts, text)


# --- spoken_of_states: the lead's government, not the state spoken of or the dateline's

_LEAD_TZ = ("DAR ES SALAAM — Malawi's government protested on Thursday against new fishing "
            "rules on the lake shared with its neighbours.\n\n")


def test_warned_state_is_not_the_title_state():
    text = _LEAD_TZ + "Foreign Minister Chikondi Banda warned Mozambique that the rules broke a treaty."
    assert ("Chikondi Banda", "Malawi") in _leaders(text)
    assert ("Chikondi Banda", "Mozambique") not in _leaders(text)


def test_said_of_state_is_not_the_title_state_nor_the_dateline():
    text = _LEAD_TZ + "Prime Minister Chikondi Banda said of Mozambique on Wednesday that it was a friend."
    assert ("Chikondi Banda", "Malawi") in _leaders(text)
    assert ("Chikondi Banda", "Tanzania") not in _leaders(text)


def test_demonym_thing_is_not_the_title_state():
    text = _LEAD_TZ + "Defence Minister Chikondi Banda said the Mozambican boats had crossed the line."
    assert ("Chikondi Banda", "Malawi") in _leaders(text)


def test_state_named_as_speaker_keeps_the_dateline_holder():
    # near-miss: "said Tanzania would": the dateline's state is named as an actor
    text = _LEAD_TZ + "President Juma Mrisho said Tanzania would host new talks in January."
    assert ("Juma Mrisho", "Malawi") not in _leaders(text)


def test_lead_without_a_government_changes_nothing():
    # near-miss: the lead opens with a state but not its government: no strong cue, the
    # dateline's guess stays (the rule reads only "X's government")
    text = ("DAR ES SALAAM — Malawi protested on Thursday against new fishing rules.\n\n"
            "Foreign Minister Chikondi Banda warned Mozambique that the rules broke a treaty.")
    assert _leaders(text) == {("Chikondi Banda", "Tanzania")}


def test_government_of_the_dateline_itself_is_no_cue():
    # near-miss: the lead's government is the dateline's own: nothing to correct
    text = ("DAR ES SALAAM — Tanzania's government protested on Thursday against new fishing "
            "rules.\n\nPresident Juma Mrisho warned Mozambique that the rules broke a treaty.")
    assert _leaders(text) == {("Juma Mrisho", "Tanzania")}


def test_warning_the_lead_state_itself_keeps_the_dateline_holder():
    # near-miss: one does not warn one's own government
    text = _LEAD_TZ + "President Juma Mrisho warned Malawi and Mozambique that the lake was shared."
    assert ("Juma Mrisho", "Malawi") not in _leaders(text)


# --- group_leaders: a rebel group's "Its leader, X"

def test_rebel_group_its_leader_is_no_state_leader():
    text = ("BAMAKO — The Azawad Front, a rebel group active in the north, claimed the attack. "
            "Its leader, Alghabass Ag Intalla, said the fighting would go on.")
    assert "Alghabass Ag Intalla" not in _people(text)


def test_guerrilla_group_its_leader_is_no_state_leader():
    text = ("LIMA — The Red Path, a guerrilla group in the Andes, denied any role. Its leader, "
            "Rosa Quispe, called the charge a lie.")
    assert "Rosa Quispe" not in _people(text)


def test_a_ruling_group_keeps_its_leader():
    # near-miss: a group that governs keeps the role the rules gave its leader
    text = ("BAMAKO — The Azawad Front, an armed group that governs the north, held a rally. "
            "Its leader, Amadou Sangare, said elections would wait.")
    assert ("Amadou Sangare", "Mali") in _leaders(text)


def test_a_junta_its_leader_is_kept():
    # near-miss: "its leader" after a state's junta, no group
    text = ("BAMAKO — Mali's junta held a rally on Monday. Its leader, Amadou Sangare, said "
            "elections would wait.")
    assert ("Amadou Sangare", "Mali") in _leaders(text)


def test_a_state_its_leader_is_kept():
    # near-miss: "Its leader" after a state, no group
    text = ("Niger expelled the envoy on Monday. Its leader, General Moussa Kadri, said the "
            "decision was final.")
    assert ("Moussa Kadri", "Niger") in _leaders(text)


# --- council_surnames: the full name in the next sentence

def test_ruling_junta_head_named_in_the_next_sentence():
    text = ("NIAMEY — Niger closed its border with Benin on Monday.\n\nKadri, who heads the "
            "ruling junta, told a rally that the border would stay shut. General Moussa Kadri "
            "seized power in 2023.")
    assert ("Moussa Kadri", "Niger") in _leaders(text)


def test_army_staff_head_named_in_the_next_sentence_is_no_ruler():
    # near-miss: "heads the army general staff" rules nothing
    text = ("NIAMEY — Niger closed its border with Benin on Monday.\n\nKadri, who heads the "
            "army general staff, told a rally that the border would stay shut. General Moussa "
            "Kadri joined the army in 1990.")
    assert "Moussa Kadri" not in _people(text)


def test_full_name_two_sentences_on_is_not_read():
    # near-miss: only the sentence right after
    text = ("NIAMEY — Niger closed its border with Benin on Monday.\n\nKadri, who heads the "
            "ruling junta, told a rally that the border would stay shut. Trade fell by half. "
            "General Moussa Kadri seized power in 2023.")
    assert ("Moussa Kadri", "Niger") not in _leaders(text)


# --- similar_struck_pacts: "a similar pact that A struck with B"

def test_similar_pact_struck_with_a_capital_is_a_treaty():
    text = ("Chile signed a fisheries agreement with Argentina in March, a similar pact that "
            "Uruguay struck with Brasilia in 2023.")
    parties = _parties(text)
    assert {"Uruguay", "Brazil"} in parties
    assert {"Chile", "Argentina"} in parties
    dated = {f["date"] for f in facts(text, "Treaty") if set(f["parties"]) == {"Uruguay", "Brazil"}}
    assert dated == {"2023"}


def test_similar_pact_to_the_one_signed_with_is_a_treaty():
    text = ("Ghana signed a defence agreement with France on Monday, a similar pact to the one "
            "that Senegal signed with Paris last year.")
    assert {"Senegal", "France"} in _parties(text)


def test_similar_attack_struck_is_no_treaty():
    # near-miss: "a similar attack" is no pact
    text = ("Drones hit a depot in Kharkiv, a similar attack to the one that Russia struck "
            "with missiles in May.")
    assert not any("Russia" in p and len(p) == 2 and "Ukraine" not in p for p in _parties(text))


def test_a_treaty_told_once_is_not_doubled():
    text = ("Peru signed a border pact with Ecuador in May, a similar pact that Peru struck "
            "with Quito before.")
    assert _parties(text).count({"Peru", "Ecuador"}) == 1
