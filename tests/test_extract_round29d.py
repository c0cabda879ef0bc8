"""Arms transfers missed, issue 11's twenty-ninth round (helper D), from a fresh set's abstract
error categories (never its texts). Sentences are our own: a second item with its
own seller ("W1 bought from A and W2 from B"); a ship's general cargo named after ", including";
"the tanks would be followed by W" after a told delivery; each with the near-miss that must not
fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-11-20"

facts, _one = make_helpers(PUB, headline=False)

transfers, pairs = make_transfer_tuples(facts)


def _got(text: str) -> set[tuple]:
    return {(s, r, w) for s, r, w, _ in transfers(text)}


# ------------------------------------------------------------ paired_sources

def test_second_item_takes_its_own_seller_and_the_first_buyer():
    text = dated("BUCHAREST", "Romania bought Piranha armoured vehicles from Switzerland and "
                 "Patriot missiles from the United States, the ministry said.")
    got = _got(text)
    assert ("Switzerland", "Romania", "Piranha armoured vehicles") in got
    assert ("United States", "Romania", "Patriot missiles") in got


def test_second_item_without_its_own_from_gets_no_seller():
    text = dated("BUCHAREST", "Romania bought Piranha armoured vehicles from Switzerland and "
                 "Patriot missiles for its air force, the ministry said.")
    assert ("Switzerland", "Romania", "Piranha armoured vehicles") in _got(text)
    assert not any(w == "Patriot missiles" and s not in (None, "Switzerland")
                   for s, _, w in _got(text))


# ------------------------------------------------------------ unloaded_ships: ", including"

def test_ship_general_cargo_named_after_including():
    text = dated("MOGADISHU", "An Egyptian warship unloaded weapons at the port of Mogadishu "
                 "on Sunday, including Fahd armoured vehicles and artillery pieces, officials said.")
    got = _got(text)
    assert ("Egypt", "Somalia", "Fahd armoured vehicles") in got
    assert ("Egypt", "Somalia", "artillery pieces") in got


def test_ship_general_cargo_without_names_gives_nothing():
    text = dated("MOGADISHU", "An Egyptian warship unloaded weapons at the port of Mogadishu "
                 "on Sunday, including supplies for the army, officials said.")
    assert ("Egypt", "Somalia") not in pairs(text)


# ------------------------------------------------------------ followed_items

def test_followed_by_takes_the_parties_of_the_sentence_before():
    text = dated("BRATISLAVA", "Slovakia received its first CV90 infantry fighting vehicles "
                 "from Sweden on Monday. Prime Minister Ulf Kristersson's office said the "
                 "vehicles would be followed by Archer howitzers next year.")
    assert ("Sweden", "Slovakia", "Archer howitzers") in _got(text)


def test_followed_by_with_another_head_noun_is_not_read():
    text = dated("BRATISLAVA", "Slovakia received its first CV90 infantry fighting vehicles "
                 "from Sweden on Monday. Officials said the talks would be followed by "
                 "Archer howitzers next year.")
    assert ("Sweden", "Slovakia", "Archer howitzers") not in _got(text)


def test_followed_by_naming_a_third_state_is_not_read():
    text = dated("BRATISLAVA", "Slovakia received its first CV90 infantry fighting vehicles "
                 "from Sweden on Monday. Finland said the vehicles would be followed by "
                 "Archer howitzers next year.")
    assert ("Sweden", "Slovakia", "Archer howitzers") not in _got(text)


# ------------------------------------------------------------ army_received: a delivery to come

def test_air_force_will_receive_goes_to_the_dateline_state():
    text = dated("DHAKA", "The air force will receive 16 J-10C fighter jets from Beijing next "
                 "year, officials said.")
    assert ("China", "Bangladesh", "J-10C fighter jets") in _got(text)


def test_army_will_receive_with_a_third_state_is_not_read():
    text = dated("DHAKA", "The air force will receive 16 J-10C fighter jets from Beijing, but "
                 "Myanmar's army will receive none.")
    assert ("China", "Bangladesh") not in pairs(text)


def test_army_will_receive_training_is_no_transfer():
    text = dated("DHAKA", "The army will receive training from China next year, officials said.")
    assert pairs(text) == set()


# ------------------------------------------------------------ each_send: the indirect object

def test_each_send_recipient_as_indirect_object():
    text = dated("BRUSSELS", "Berlin and Paris would each send Kyiv two Caesar howitzers, "
                 "officials said.")
    got = _got(text)
    assert ("Germany", "Ukraine", "Caesar howitzers") in got
    assert ("France", "Ukraine", "Caesar howitzers") in got


def test_each_send_a_demonym_object_is_no_recipient():
    text = dated("HANOI", "Vietnam and Malaysia would each send Indonesian officials to the "
                 "talks on Friday.")
    assert pairs(text) == set()
