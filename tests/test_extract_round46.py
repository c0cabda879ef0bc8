"""Round 46, from `blind52`'s abstract categories: a title only one state gives ("Secretary of
State") keeps that state after "[adjective] Minister A and" (kg.extract.roles); "the two
countries" after "between A and B", also after a time phrase (kg.extract.pair_before); "signed
by the three governments" (kg.extract.treaties); a state blamed "for an earlier raid" is not the
attacker of the attack told (kg.extract.discourse, kg.extract.strikes); an attack in a part of
the dateline's country ("eastern Afghanistan", "southern Lebanon") is not at the dateline's city
(kg.extract.discourse). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)


def _roles(body: str, dateline: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(wire(body, dateline), "LeaderRole")}


def _parties(text: str) -> list[set[str]]:
    return [set(f["parties"]) for f in facts(text, "Treaty")]


def _strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


# ---------------------------------------------------------------- titles of one state


def test_a_title_only_one_state_gives_is_not_the_adjectives():
    got = _roles("British Defence Minister Tom Hale and Secretary of State Anne Brooks met in "
                 "Washington on Friday.", "LONDON")
    assert got == {("Tom Hale", "United Kingdom"), ("Anne Brooks", "United States")}


def test_a_shared_adjective_still_covers_a_second_minister():
    got = _roles("Lithuanian Foreign Minister Rasa Juknevičienė and Defence Minister Tomas Vaitkus "
                 "met their Polish counterparts.", "VILNIUS")
    assert ("Tomas Vaitkus", "Lithuania") in got


# ---------------------------------------------------------------- treaty parties told back


def test_the_two_countries_after_between_a_and_b():
    text = wire("Ethiopia signed a memorandum with Somaliland in January, angering Mogadishu.\n\n"
                "Turkey has mediated between Ethiopia and Somalia since then. On Thursday the two "
                "countries signed a declaration in Ankara.", "ADDIS ABABA")
    assert {"Ethiopia", "Somalia"} in _parties(text)
    assert {"Ethiopia", "Somaliland"} in _parties(text)


def test_the_two_countries_without_a_new_pair_keep_the_treaty_told():
    text = wire("Ethiopia signed a memorandum with Somaliland in January. On Thursday the two "
                "countries signed a second memorandum in Addis Ababa.", "ADDIS ABABA")
    assert all(p == {"Ethiopia", "Somaliland"} for p in _parties(text))


def test_signed_by_the_three_governments():
    text = wire("Leaders of Mali, Burkina Faso and Niger met in Niamey on Saturday. A confederation "
                "treaty was signed by the three governments.", "NIAMEY")
    assert _parties(text) == [{"Mali", "Burkina Faso", "Niger"}]


# ---------------------------------------------------------------- blame for another attack


def test_a_state_blamed_for_an_earlier_raid_is_not_the_attacker():
    text = ("Missiles hit Kyiv as Moscow blames Kyiv for earlier raid\n2026-11-24\n\n"
            "KYIV — Russian missiles struck Kyiv overnight, killing two people. Moscow said the "
            "strike was a response to a Ukrainian drone raid on Belgorod.")
    got = _strikes(text)
    assert ("Russia", "Kyiv") in got and ("Ukraine", "Kyiv") not in got


def test_a_state_blamed_for_the_attack_is_still_the_attacker():
    text = wire("A drone hit a tanker off Aden on Tuesday, injuring two sailors. The US blamed "
                "the Houthis for the attack.", "ADEN")
    assert _strikes(text) == {("Houthis", "Aden")}


# ---------------------------------------------------------------- a part of the country


def test_a_part_of_the_datelines_country_is_not_its_city():
    text = wire("Pakistani jets struck a border district of eastern Afghanistan overnight, killing "
                "10 people, Taliban officials said.", "KABUL")
    assert _strikes(text) == {("Pakistan", "Afghanistan")}


def test_southern_lebanon_under_a_beirut_dateline_is_not_beirut():
    text = wire("Israeli warplanes carried out strikes in southern Lebanon overnight, killing "
                "three people, the health ministry said.", "BEIRUT")
    assert _strikes(text) == {("Israel", "Lebanon")}


def test_an_attack_with_no_part_named_keeps_the_datelines_city():
    text = wire("Gunmen opened fire at a bar on Saturday, killing 12 people, police said.",
                "MAZATLAN, Mexico")
    assert _strikes(text) == {(None, "Mazatlan")}
