"""Round 60, from `blind68`'s abstract categories and shapes of wire copy of our own.
Transfers: "Egypt has supplied the army with drones and Turkey has sent it TB2s" ("it" is the
army, not the rebel group named before); "Japan had offered Manila its destroyers" (an earlier
offer, no transfer); "its own version, known as SCALP". Strikes: "Jihadists killed 20 villagers
in Mopti" (a bare group as the subject of the toll); "Government warplanes bombed", "Government
troops shelled" (the dateline's state); "killed by Israeli fire", "Russian fire killed" (a
side's fire told with its toll); armed groups named by their own names or acronyms ("EMC
dissidents"). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, make_transfer_views, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


# ------------------------------------------------------------ transfers

def test_it_after_the_army_supplied_is_the_army_not_the_group_told_before():
    text = wire("The RSF seized the town of Wad Madani last month. Egypt has supplied the army "
                "with drones and Turkey has sent it Bayraktar TB2 drones, diplomats say.",
                "KHARTOUM")
    assert _pairs(text) == {("Egypt", "Sudan"), ("Turkey", "Sudan")}


def test_it_for_the_group_told_in_the_same_sentence_stays_the_group():
    text = wire("Iran backs the Houthis and has sent them drones, officials say.", "ADEN")
    assert ("Iran", "Houthis") in _pairs(text)


def test_an_earlier_offer_is_no_transfer():
    text = wire("Japan had offered Manila its used Abukuma-class destroyers.", "MANILA")
    assert _pairs(text) == set()
    offer = wire("Japan offered Manila six Abukuma-class destroyers on Monday.", "MANILA")
    assert _pairs(offer) == {("Japan", "Philippines")}


def test_its_own_version_known_by_a_name_is_that_suppliers():
    text = wire("Britain sent Storm Shadow missiles to Ukraine last year. France has supplied "
                "its own version, known as SCALP.")
    assert ("France", "Ukraine") in _pairs(text)


# ------------------------------------------------------------ strikes

def test_jihadists_who_killed_villagers_in_a_town_attacked_it():
    text = wire("Jihadists killed 20 villagers in Mopti on Sunday, officials said.", "BAMAKO")
    assert {p for _, p in _sides(text)} == {"Mopti"}


def test_soldiers_who_killed_jihadists_are_no_jihadist_attack():
    text = wire("Soldiers killed 20 jihadists in Mopti on Sunday, officials said.", "BAMAKO")
    assert all(a is None or a == "Mali" for a, _ in _sides(text))


def test_government_warplanes_and_troops_are_the_dateline_states():
    planes = wire("Government warplanes bombed the town of Nasir in Upper Nile state on Monday, "
                  "killing six people, residents said.", "JUBA")
    troops = wire("Government troops shelled El Fasher on Monday, killing six people.",
                  "KHARTOUM")
    assert _sides(planes) == {("South Sudan", "Nasir")}
    assert _sides(troops) == {("Sudan", "El Fasher")}


def test_a_sides_fire_told_with_its_toll_is_an_attack():
    by = wire("At least 30 Palestinians were killed by Israeli fire in Rafah on Sunday, medics "
              "said.", "GAZA")
    subject = wire("Israeli fire killed at least 30 Palestinians in Rafah on Sunday, medics "
                   "said.", "GAZA")
    assert _sides(by) == {("Israel", "Rafah")}
    assert _sides(subject) == {("Israel", "Rafah")}


def test_a_fire_that_broke_out_is_no_attack():
    text = wire("A fire broke out at a market in Rafah on Sunday, killing three people, the "
                "civil defence said.", "GAZA")
    assert _sides(text) == set()


def test_a_colombian_dissident_group_by_its_acronym():
    text = wire("EMC dissidents attacked a police station in Jamundi on Sunday, killing two "
                "officers.", "BOGOTA")
    assert _sides(text) == {("Central General Staff", "Jamundi")}


def test_a_state_that_said_it_would_speed_up_a_delivery_supplies():
    text = wire("Germany said it would speed up the delivery of 18 Leopard 2 tanks to Ukraine.",
                "BERLIN")
    assert _pairs(text) == {("Germany", "Ukraine")}
    maybe = wire("Germany said it might speed up the delivery of 18 Leopard 2 tanks to Ukraine.",
                 "BERLIN")
    assert _pairs(maybe) == set()
