"""Strike places of issue 11's sixteenth round, from a fresh set's abstract error categories
(never its texts): a foreign base whose owner (a state) was taken as the place, an owner named
by a hyphenated modifier ("the US-run ... base"), and a report filed from a city in another
state than the one hit. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-06-12"  # a Friday
facts, one = make_helpers(PUB)


def places(text: str) -> list[tuple[str | None, str | None]]:
    return [(f["target_place"], f["target_country"]) for f in facts(text, "Strike")]


# ------------------------------------------------------------ foreign bases

def test_an_american_base_abroad_is_hit_in_the_host_state():
    f = one("Kataib Hezbollah fired drones at an American base in eastern Syria on Tuesday, "
            "wounding three soldiers.", "Strike")
    assert (f["target_place"], f["target_country"]) == ("Syria", "Syria")
    assert f["injured"] == 3


def test_positions_abroad_take_the_state_they_stand_in():
    assert places("Iranian missiles slammed into British positions inside Iraq on "
                  "Wednesday.") == [("Iraq", "Iraq")]


def test_an_owner_base_with_no_host_named_keeps_the_owner():
    # negative: "a Russian air base" with no other state named stands in Russia
    assert places("Ukrainian drones hit a Russian air base on Thursday, destroying two "
                  "bombers.") == [("Russia", "Russia")]


def test_a_base_in_a_named_town_is_unchanged():
    assert [p for p, _ in places("Houthi missiles struck a Saudi base near Jizan on "
                                  "Monday, killing two.")] == ["Jizan"]


# ------------------------------------------------------------ owners by a hyphenated modifier

def test_a_run_by_modifier_is_not_the_place_and_the_base_is_named():
    f = one("Iran launched missiles at the US-operated Al Udeid air base in Qatar on Monday.",
            "Strike")
    assert f["target_place"] == "Al Udeid air base"  # round 80: the site keeps its kind
    assert f["target_country"] == "Qatar"


def test_an_adjective_owner_does_not_hide_the_facility_name():
    f = one("Militia drones struck the American-run Ain al-Asad air base in western Iraq on "
            "Sunday.", "Strike")
    assert f["target_place"] == "Ain al-Asad air base"  # round 80: the site keeps its kind


def test_a_held_city_is_still_the_place():
    # negative: "Russian-held" names who holds the city; the city stays the place hit
    assert [p for p, _ in places("Ukrainian shells hit the Russian-held city of Donetsk on "
                                  "Thursday, killing two.")] == ["Donetsk"]


# ------------------------------------------------------------ dateline in another state

def test_a_dateline_in_another_state_is_not_the_place_of_a_foreign_base():
    text = ("Attack on base\n2026-06-12\nDOHA, June 12 — Iran fired ballistic missiles at an "
            "American air base in Kuwait on Thursday, the Kuwaiti army said.")
    f = one(text, "Strike")
    assert (f["target_place"], f["target_country"]) == ("Kuwait", "Kuwait")


# ------------------------------------------------------------ interceptions aimed at a city

def test_an_interception_is_an_attack_by_the_launcher_on_the_city_aimed_at():
    f = one("Israel said it had intercepted a volley of Houthi drones aimed at the port of "
            "Ashdod on Wednesday.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Houthis", "Ashdod")


def test_the_side_that_intercepts_is_not_the_attacker():
    f = one("Pakistani air defences shot down five Indian drones heading for Lahore on "
            "Thursday.", "Strike")
    assert f["attacker"] == "India"
    assert f["target_place"] == "Lahore"


def test_drones_downed_over_a_country_with_no_target_are_no_attack_on_it():
    # negative: no target told, so the launcher's side is not placed at the country
    assert places("Romanian jets shot down two Russian drones over eastern Romania on "
                  "Tuesday.") == []
