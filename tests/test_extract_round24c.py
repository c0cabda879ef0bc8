"""Round 24 (helper c): arms transfers that were missed. "R's air force flies W supplied by S,
armed with [D] W2" (kg.extract.flown_supplied); "the transfer of W from A and B to R"
(kg.extract.listed_from); "S, which is also donating W to R," (kg.extract.donating_which);
"..., and S has agreed to supply W" (kg.extract.clause_subject_supplier); "accusing the Gulf
state of supplying G with W" (kg.extract.epithet_supplier); "S is building N W for the
[demonym] navy" (kg.extract.state_builds). From the abstract error categories of a fresh set
(never its texts); "S has lifted a hold on the delivery of W to R" (kg.extract.lifted_holds).
"the army, which ..., has received W from S" (kg.extract.army_received); "shipped W to R in ...
under ..., along with W2" (kg.extract.further_items); "accused S of supplying Russian forces with
W" (kg.extract.armed_forces_of). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_open_transfer_keys

PUB = "2026-12-01"
facts, one = make_helpers(PUB)


_transfers, _pairs = make_open_transfer_keys(facts)


# ------------------------------------------------------------- a fleet and its source

def test_air_force_flies_jets_supplied_by_and_armed_with():
    text = ("Nigeria's air force flies JF-17 jets supplied by Pakistan, armed with Chinese "
            "missiles, officials said.")
    assert _pairs(text) == {("Pakistan", "Nigeria"), ("China", "Nigeria")}


def test_demonym_operator_with_supplied_by():
    text = "The Algerian air force operates Su-30 fighters supplied by Russia."
    assert _pairs(text) == {("Russia", "Algeria")}


def test_armed_with_is_not_read_backwards():
    text = ("Mali's air force flies L-39 trainers supplied by Russia, armed with Chinese "
            "rockets, and showed them over the capital.")
    assert ("Mali", "Russia") not in _pairs(text)
    assert ("China", "Mali") in _pairs(text)


def test_supplied_by_takes_only_the_item_right_before():
    text = ("Qatar's navy now operates four Italian-built corvettes and two Hisar frigates "
            "supplied by Turkey, officials said.")
    assert ("Turkey", "Qatar") in _pairs(text)
    assert all(not (s == "Turkey" and "corvette" in w.lower())
               for s, _, w in _transfers(text))


def test_built_in_is_no_supply():
    assert _pairs("Mali's air force flies light aircraft built in Brazil.") == set()


# ------------------------------------------------------------- listed suppliers

def test_transfer_from_two_states_gives_both():
    text = ("Germany on Sunday approved the transfer of Leopard 1 tanks from Denmark and the "
            "Netherlands to Ukraine, clearing the last hurdle.")
    assert _pairs(text) == {("Denmark", "Ukraine"), ("Netherlands", "Ukraine")}


def test_transfer_from_three_states():
    text = ("The council cleared the delivery of howitzers from Spain, Italy and Greece to "
            "Ukraine.")
    assert {s for s, r in _pairs(text) if r == "Ukraine"} >= {"Spain", "Italy", "Greece"}


def test_one_state_after_from_is_left_alone():
    text = "Germany approved the transfer of Leopard 1 tanks from Denmark to Ukraine."
    assert _pairs(text) == {("Denmark", "Ukraine")}


# ------------------------------------------------------------- relative clause on the supplier

def test_which_is_also_donating_to():
    text = ("Denmark, which is also donating some of its F-16 fighter jets to Ukraine, is "
            "paying for the repairs.")
    assert _pairs(text) == {("Denmark", "Ukraine")}


def test_which_is_also_hosting_is_no_transfer():
    text = ("Norway, which is also hosting Ukrainian pilots for training, said it would help "
            "with the repairs.")
    assert _pairs(text) == set()


# ------------------------------------------------------------- the second clause's subject

def test_and_state_has_agreed_to_supply():
    text = ("Italy handed two frigates to Indonesia, and Turkey has agreed to supply 48 KAAN "
            "fighter jets.")
    assert _pairs(text) == {("Italy", "Indonesia"), ("Turkey", "Indonesia")}


# ------------------------------------------------------------- building for a navy

def test_building_for_the_demonym_navy():
    text = ("JAKARTA, Dec 1 (Staff) - France is building two Scorpene submarines for the "
            "Indonesian navy under a deal signed in 2024.")
    assert ("France", "Indonesia") in _pairs(text)


def test_is_also_building_for_the_demonym_navy():
    text = "Italy is also building two offshore patrol vessels for the Indonesian navy."
    assert _pairs(text) == {("Italy", "Indonesia")}


def test_building_for_its_own_navy_is_no_transfer():
    assert _pairs("A local shipyard is building new landing ships for its own navy.") == set()


# ------------------------------------------------------------- an epithet for the supplier

def test_gulf_state_is_the_supplier_told_before():
    text = ("Sudan accused the United Arab Emirates of arming the Rapid Support Forces with "
            "drones. Officials repeated the claim, accusing the Gulf state of supplying the RSF "
            "with anti-aircraft guns.")
    assert {w for s, r, w in _transfers(text)
            if s == "United Arab Emirates" and r == "Rapid Support Forces"} >= {
        "drones", "anti-aircraft guns"} or len(
        [1 for s, r, w in _transfers(text) if s == "United Arab Emirates"]) == 2


def test_epithet_with_two_earlier_suppliers_gives_nothing_new():
    text = ("Sudan accused the United Arab Emirates and Iran of arming the Rapid Support Forces "
            "with drones. Officials repeated the claim, accusing the Gulf state of supplying the "
            "RSF with anti-aircraft guns.")
    assert all("gun" not in w.lower() for _, _, w in _transfers(text))


# ------------------------------------------------------------- a lifted hold

def test_lifted_a_hold_on_the_delivery():
    text = "Washington has lifted a hold on the delivery of F-16 jets to Turkey, officials said."
    assert _pairs(text) == {("United States", "Turkey")}


def test_lifted_its_freeze_with_a_clause_between():
    text = ("Germany has lifted a freeze it imposed last year on the delivery of Eurofighter jets "
            "to Saudi Arabia.")
    assert _pairs(text) == {("Germany", "Saudi Arabia")}


def test_a_hold_that_remains_is_no_transfer():
    text = "A separate hold on the delivery of drones to Taiwan remains in place, officials said."
    assert _pairs(text) == set()


# ------------------------------------------------------------- "the army" with a relative clause

def test_the_army_which_has_fought_has_received_from():
    text = ("KHARTOUM, Dec 1 (Staff) - Sudan is rearming. The army, which has fought the RSF for "
            "three years, has received 12 Mi-35 helicopters from Russia, officials said.")
    assert _pairs(text) == {("Russia", "Sudan")}


def test_the_army_which_named_another_state_is_left_alone():
    text = ("KHARTOUM, Dec 1 (Staff) - Sudan is rearming. The army, which has trained with "
            "Egypt for years, has received 12 Mi-35 helicopters from Russia, officials said.")
    assert ("Russia", "Sudan") not in _pairs(text)


# ------------------------------------------------------------- "along with" after a longer span

def test_along_with_after_a_long_recipient_span():
    text = ("Russia shipped S-400 systems to India in 2021 under a deal signed in 2018, along "
            "with 200 missiles.")
    assert len([1 for s, r, _ in _transfers(text) if (s, r) == ("Russia", "India")]) == 2


def test_along_with_another_states_weapons_is_not_joined():
    text = ("Russia shipped S-400 systems to India in 2021 under a deal signed in 2018, along "
            "with Israeli missiles.")
    assert len([1 for s, r, _ in _transfers(text) if (s, r) == ("Russia", "India")]) == 1


# ------------------------------------------------------------- "[demonym] forces" as recipient

def test_accused_of_supplying_russian_forces_with():
    text = "Kyiv accused Minsk of supplying Russian forces with artillery shells and fuel."
    assert _pairs(text) == {("Belarus", "Russia")}


def test_officials_of_supplying_forces_is_no_state_supply():
    text = "Kyiv accused Russian officials of supplying Russian troops with stolen grain."
    assert _pairs(text) == set()
