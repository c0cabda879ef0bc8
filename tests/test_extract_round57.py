"""Round 57, from `blind65`'s abstract categories. Strikes: an attack by unnamed assailants (or
a bomb) whose side a later sentence names by who the attackers were ("the minister said the
attackers belonged to the Islamic State"; kg.extract.claimed_leads). Transfers: "Egypt has
delivered drones to the army" after a sentence naming an armed group goes to the state, as
"supplied the army with" since round 54 (kg.extract.records). Sentences are our own; each rule
has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)


def test_assailants_said_later_to_belong_to_a_group_are_that_groups():
    text = wire("Two assailants opened fire at a church in Istanbul on Sunday, killing one "
                "person. Police detained 20 suspects on Monday. The interior minister said the "
                "attackers were members of the Islamic State.", "ISTANBUL")
    assert _sides(text) == {("Islamic State", "Istanbul")}


def test_bombers_said_to_belong_to_a_group_are_that_groups():
    text = wire("A bomb exploded outside a church in Istanbul on Sunday, killing one person. The "
                "interior minister later said the bombers belonged to the Islamic State.",
                "ISTANBUL")
    assert _sides(text) == {("Islamic State", "Istanbul")}


def test_victims_who_belonged_to_a_group_do_not_name_the_attacker():
    text = wire("Two assailants opened fire at a church in Istanbul on Sunday, killing one "
                "person. The victim belonged to the Islamic State, police said.", "ISTANBUL")
    assert ("Islamic State", "Istanbul") not in _sides(text)


def test_drones_delivered_to_the_army_after_a_sentence_naming_a_group_go_to_the_state():
    text = wire("The RSF has seized El Fasher. Egypt has delivered drones to the army, diplomats "
                "say.", "KHARTOUM")
    assert {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")} == {
        ("Egypt", "Sudan")}


def test_drones_delivered_to_the_group_named_before_are_no_state_guess():
    text = wire("The RSF has seized El Fasher. Chad has delivered drones to the fighters, "
                "diplomats say.", "KHARTOUM")
    assert ("Chad", "Sudan") not in {(f["supplier"], f["recipient"])
                                     for f in facts(text, "ArmsTransfer")}
