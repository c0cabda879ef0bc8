"""Round 27 (helper b): an attack on a foreign base named only in the next sentence
(kg.extract.bases_named_next) and a headline's strike placed at "<Country>'s <Region> state"
when the body tells it at a town (kg.extract.headline_regions). From the abstract error
categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-03"  # a Thursday
facts, one = make_helpers(PUB)


def _places(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "", f["target_country"] or "")
                  for f in facts(text, "Strike"))


# a foreign base in a host country, named in the next sentence

def test_a_foreign_air_base_named_next_is_the_place_in_the_host_country():
    text = ("Drones hit base in Iraq\n2026-12-03\n\nBAGHDAD, Dec 3 (Staff) - Drones struck a "
            "Turkish military base in Iraq on Tuesday, officials said. The Zilkan base, north of "
            "Mosul, houses several hundred soldiers.")
    got = _places(text)
    assert [(p, c) for _, p, c in got] == [("Zilkan", "Iraq")]
    assert facts(text, "Strike")[0]["date"] == "2026-12-01"


def test_a_placeless_strike_in_the_host_country_gets_the_base_named_next():
    text = ("Drones hit base in Iraq\n2026-12-03\n\nBAGHDAD, Dec 3 (Staff) - Iranian drones "
            "attacked an American air base in Iraq on Tuesday, officials said. The Harir base, "
            "north of Erbil, houses several hundred soldiers.")
    assert _places(text) == [("Iran", "Harir", "Iraq")]


def test_a_base_name_of_several_words_is_read_whole():
    text = ("Drones hit base in Iraq\n2026-12-03\n\nBAGHDAD, Dec 3 (Staff) - Drones attacked an "
            "American air base in Iraq on Tuesday, officials said. The Ain al-Asad air base, in "
            "the desert, houses several hundred soldiers.")
    assert [p for _, p, _ in _places(text)] == ["Ain al-Asad air base"]  # round 80: kind kept


def test_a_base_not_named_next_adds_no_strike():
    text = ("Drones hit base in Iraq\n2026-12-03\n\nBAGHDAD, Dec 3 (Staff) - Drones struck a "
            "Turkish military base in Iraq on Tuesday, officials said. The soldiers there were "
            "unhurt.")
    assert all(p != "Zilkan" for _, p, _ in _places(text))


def test_a_visit_to_a_foreign_base_is_no_strike():
    text = ("Minister visits troops\n2026-12-03\n\nVILNIUS, Dec 3 (Staff) - The minister visited "
            "a German army base in Lithuania on Tuesday. The Rudninkai base will house a brigade.")
    assert facts(text, "Strike") == []


# the headline's region when the body tells the town

def test_the_headline_region_state_gives_no_second_strike():
    text = ("Drones hit depot in Sudan's Red Sea state\n2026-12-03\n\nKHARTOUM, Dec 3 (Staff) - "
            "Drones launched by the Rapid Support Forces struck a fuel depot in the port city of "
            "Port Sudan on Wednesday, killing three people, the government said.")
    got = _places(text)
    assert len(got) == 1 and got[0][1] == "Port Sudan"


def test_the_headline_region_alone_is_kept():
    text = ("Drones hit depot in Sudan's Red Sea state\n2026-12-03\n\nKHARTOUM, Dec 3 (Staff) - "
            "The government said on Wednesday it would rebuild the depot.")
    assert len(facts(text, "Strike")) <= 1
