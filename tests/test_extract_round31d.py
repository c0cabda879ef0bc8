"""Round 31 (helper d): strikes placed or attributed wrong. A sentence opening "In <city>," gives
the city of the district it hits, not the dateline's, and a region told before the district keeps
it from the dateline's city (kg.extract.enclosing); "a group calling itself X" introduces an armed
group the gazetteer lacks, which a later claim makes the attacker (kg.extract.self_named,
kg.extract.later_claims). From the abstract error categories of a fresh set (never its texts).
Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _sides(text: str) -> list[tuple]:
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in facts(text, "Strike"))


# the city a sentence opens on

def test_the_city_the_sentence_opens_on_not_the_dateline():
    text = ("Shelling in Ukraine\n2026-11-24\nLVIV — In Kharkiv, debris from a Russian drone hit a "
            "building in the Nemyshlianskyi district early on Monday, killing two people.")
    assert _sides(text) == [("Russia", "Kharkiv")]


def test_without_the_opening_city_the_dateline_still_encloses_the_district():
    text = ("Shelling in Ukraine\n2026-11-24\nKHARKIV — Debris from a Russian drone hit a "
            "building in the Nemyshlianskyi district early on Monday, killing two people.")
    assert _sides(text) == [("Russia", "Kharkiv")]


def test_a_region_told_before_the_district_keeps_it_from_the_capital():
    text = ("Strikes on Ukraine\n2026-11-24\nKYIV — Officials in the Odesa region said Russian "
            "missiles damaged a grain depot in the Bolhradskyi district on Monday, killing one.")
    assert ("Russia", "Kyiv") not in _sides(text)


# a group calling itself X

def test_a_group_calling_itself_x_claims_the_bombing():
    text = ("Bombing in Pakistan\n2026-11-24\nQUETTA — Three policemen were killed on Sunday when "
            "a car bomb exploded near a checkpoint in Quetta, officials said. The road was closed "
            "for hours. A little-known group calling itself Tehreek-e-Lashkar claimed "
            "responsibility for the attack on Monday.")
    assert _sides(text) == [("Tehreek-e-Lashkar", "Quetta")]


def test_a_group_calling_itself_x_is_no_claim_without_the_attack_named_back():
    text = ("Bombing in Pakistan\n2026-11-24\nQUETTA — Three policemen were killed on Sunday when "
            "a car bomb exploded near a checkpoint in Quetta, officials said. The road was closed "
            "for hours. A group calling itself Tehreek-e-Lashkar has issued threats before.")
    assert _sides(text) == [("", "Quetta")]



# the side whose embassy was hit

def test_the_retaliating_side_is_no_attacker_of_the_strike_on_its_embassy():
    text = ("Missiles fired\n2026-11-24\nTEHRAN — Iran launched missiles and drones at Israel on "
            "Saturday in retaliation for a strike on its embassy in Damascus.")
    sides = _sides(text)
    assert ("Iran", "Damascus") not in sides
    assert ("Iran", "Israel") in sides


class _View:
    def __init__(self, text: str) -> None:
        self.text = text


def _pair(text: str) -> list[dict]:
    from kg.extract.embassy_victims import embassy_victims
    strikes = [{"type": "Strike", "attacker": "state/iran", "_sent": 0, "_place_text": None},
               {"type": "Strike", "attacker": "state/iran", "_sent": 0,
                "_place_text": "Damascus"}]
    embassy_victims(strikes, [_View(text)])
    return strikes


def test_the_embassy_rule_empties_only_the_strike_on_its_own_embassy():
    out = _pair("Iran fired missiles at Israel in retaliation for a strike on its embassy in "
                "Damascus.")
    assert [s["attacker"] for s in out] == ["state/iran", None]


def test_another_states_embassy_is_left_alone():
    out = _pair("Iran fired missiles at Israel in retaliation for a strike on the Syrian embassy "
                "in Damascus.")
    assert [s["attacker"] for s in out] == ["state/iran", "state/iran"]
