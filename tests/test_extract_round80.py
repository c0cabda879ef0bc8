"""Round 80, from strike errors counted over the older sets (a site named with its kind, "the
X air base", placed at the bare name) and the falls that curing them showed. Sentences are our
own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, wire

PUB = "2024-06-12"
facts, one = make_helpers(PUB, headline=False)
_places = make_side_view(facts)  # {(attacker, target_place)}


def test_an_air_base_named_with_its_kind_is_the_place_hit():
    text = wire("Iranian missiles struck the Shayrat air base in central Syria on Monday, the "
                "Pentagon said.", "WASHINGTON", published=PUB)
    assert _places(text) == {("Iran", "Shayrat air base")}


def test_the_base_told_again_without_its_kind_is_the_same_strike():
    text = wire("Iranian missiles struck the Shayrat Air Base in central Syria on Monday. No one "
                "was hurt at Shayrat, officials said, after the missiles struck Shayrat overnight.",
                "WASHINGTON", published=PUB)
    assert _places(text) == {("Iran", "Shayrat Air Base")}


def test_a_refugee_camp_named_with_its_kind_is_the_place_hit():
    text = wire("An Israeli air strike hit the Maghazi refugee camp in central Gaza on "
                "Sunday, killing nine people, medics said.", "GAZA", published=PUB)
    assert ("Israel", "Maghazi refugee camp") in _places(text)


def test_a_base_named_after_a_known_town_stays_the_town():
    text = wire("Drones struck the Kati military base outside Bamako on Friday, the army "
                "said, blaming JNIM.", "BAMAKO", published=PUB)
    assert {p for _, p in _places(text)} == {"Kati"}


def test_a_displacement_camp_keeps_its_name_alone():
    text = wire("The Rapid Support Forces shelled the Abu Shouk displacement camp near El "
                "Fasher on Tuesday, killing six people.", "PORT SUDAN", published=PUB)
    assert {p for _, p in _places(text)} == {"Abu Shouk"}


def test_artillery_fire_by_a_named_force_is_its_attack():
    text = wire("Artillery fire by Russian troops killed four people in Kupiansk on Sunday, the "
                "regional governor said.", "KYIV", published=PUB)
    assert _places(text) == {("Russia", "Kupiansk")}


def test_artillery_fire_by_itself_is_no_attack_without_a_toll():
    text = wire("Artillery fire by both sides was heard near Kupiansk on Sunday, residents "
                "said.", "KYIV", published=PUB)
    assert _places(text) == set()


def test_a_states_capital_by_its_name_is_the_capital():
    text = wire("Two car bombs exploded at a busy junction in Somalia's capital on Saturday, "
                "killing ten people, police said.", "NAIROBI", published=PUB)
    assert {p for _, p in _places(text)} == {"Mogadishu"}


def test_the_capital_of_a_named_state_is_not_the_datelines_city():
    text = wire("Drones struck the capital of Sudan on Saturday, killing ten people, the "
                "health ministry said.", "CAIRO", published=PUB)
    assert {p for _, p in _places(text)} == {"Khartoum"}


def test_a_capital_region_is_no_capital():
    text = wire("Drones struck Russia's capital region overnight, the governor said.", "KYIV",
                published=PUB)
    assert "Moscow" not in {p for _, p in _places(text)}


def test_the_side_of_an_attack_told_on_reaches_its_lead():
    text = wire("At least thirty people were killed when gunmen attacked a crowded beachfront in "
                "Mogadishu on Friday evening, police said.\n\nGunmen then stormed the area and "
                "opened fire on people who were eating.\n\nAl Shabaab claimed responsibility "
                "for the assault.", "MOGADISHU", published=PUB)
    assert _places(text) == {("al-Shabaab", "Mogadishu")}
