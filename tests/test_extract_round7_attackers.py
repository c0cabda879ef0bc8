"""Strikes, seventh round (issue 11): attackers given by the state leading a coalition, and
forces that "fired on" a target. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-09-17"  # a Wednesday
facts, one = make_helpers(PUB)


def pairs(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def test_coalition_led_by_a_state_is_that_states_attack():
    assert pairs("Jets of the Saudi-led coalition bombed a fuel depot in the port of Hodeidah "
                 "on Sunday, killing six workers.") == {("Saudi Arabia", "Hodeidah")}
    assert pairs("A US-led coalition air strike hit a bridge in Raqqa on Tuesday, killing "
                 "three people.") == {("United States", "Raqqa")}


def test_backed_is_still_no_attacker():
    got = one("Iranian-backed militias attacked the town of Tanf on Monday, wounding two "
              "soldiers, officials said.", "Strike")
    assert got["attacker"] != "Iran"


def test_forces_firing_on_positions_strike_them():
    assert pairs("Indian troops fired on Pakistani posts near the town of Kotli on Monday, "
                 "killing two soldiers.") == {("India", "Kotli")}


def test_fired_on_a_day_or_on_protesters_is_no_strike_by_itself():
    assert facts("Police fired on protesters in Nairobi on Monday, killing two.", "Strike") == []
    assert facts("The ceremony started when a salute was fired on Monday in Kyiv.",
                 "Strike") == []
