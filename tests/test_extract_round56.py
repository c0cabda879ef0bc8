"""Round 56, from `blind64`'s abstract categories. Strikes: "Rockets fired from an area north of
[city] struck a market in [town]" (where they were launched is no target); "..., and Kigali
arms the M23" (a capital that arms or backs a side is no place hit; kg.extract.strikes).
Roles: a bare title whose own state is named after "said"/"pledged (that)": "Prime Minister X
said Norway's troops would stay", "Defence Minister X pledged that Norway would train pilots"
(the speaker's state, not the dateline's; kg.extract.own_country). Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _places(text: str) -> set[str]:
    return {f["target_place"] for f in facts(text, "Strike")}


def _countries(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


def test_rockets_fired_from_an_area_north_of_a_city_hit_the_town_named_next():
    text = wire("Rockets fired from an area north of Donetsk struck a market in Kostiantynivka, "
                "killing six.", "KYIV")
    assert _places(text) == {"Kostiantynivka"}


def test_an_area_north_of_a_city_that_was_struck_is_still_the_target():
    text = wire("Russian drones struck an area north of Kharkiv, killing two.", "KYIV")
    assert _places(text) == {"Kharkiv"}


def test_a_capital_that_arms_a_group_is_no_place_hit():
    text = wire("Rwandan forces have shelled Congolese positions, and Kigali arms the M23, UN "
                "experts say.", "GOMA")
    assert "Kigali" not in _places(text)


def test_a_capital_hit_by_shelling_is_still_a_place_hit():
    text = wire("Rwandan forces shelled Kinshasa on Monday, killing four.", "GOMA")
    assert _places(text) == {"Kinshasa"}


def test_a_title_who_says_his_states_troops_would_stay_is_that_states():
    text = wire("Prime Minister Tomas Halvorsen said Norway's troops would stay in Latvia.",
                "KYIV")
    assert _countries(text) == {("Tomas Halvorsen", "Norway")}


def test_a_title_who_pledged_that_a_state_would_act_is_that_states():
    text = wire("Defence Minister Tomas Halvorsen pledged that Norway would train Ukrainian "
                "pilots.", "KYIV")
    assert _countries(text) == {("Tomas Halvorsen", "Norway")}


def test_a_title_who_says_another_states_troops_would_fail_is_not_that_states():
    text = wire("Defence Minister Tomas Halvorsen said Russia's troops would fail to take the "
                "city.", "KYIV")
    assert ("Tomas Halvorsen", "Russia") not in _countries(text)
