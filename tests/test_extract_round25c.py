"""Round 25 (helper c): arms transfers told through the supplier that were missed. "S has become
an important supplier to R, sending W" (kg.extract.supplier_to); "His armed forces rely on W
supplied by [capital]" (kg.extract.relied_supplied); "accuse the North of supplying R with W"
(kg.extract.clauses, "the North" before "of supplying"); "[demonym] pilots flying [adj]-made W
supplied by [capital]" (kg.extract.flown_supplied). From the abstract error categories of a
fresh set (never its texts); "S said it had completed the handover of W to R"
(kg.extract.completed_deliveries) and "guided-missile frigates" as one weapon
(kg.extract.entities), from this round's own set. Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_open_transfer_keys

PUB = "2026-11-20"
facts, one = make_helpers(PUB)


_transfers, _pairs = make_open_transfer_keys(facts)


# ------------------------------------------------------------- "a supplier to R, sending W"

def test_supplier_to_names_the_recipient_over_the_main_deal():
    text = ("ANKARA - Egypt signed a contract on Monday to buy 24 KAAN fighter jets from Turkey, "
            "officials said. Turkey has also become an important supplier to Bangladesh, sending "
            "Otokar Cobra armoured vehicles and TB2 drones over the past five years.")
    got = _transfers(text)
    assert ("Turkey", "Bangladesh", "TB2 drones") in got
    assert not any(r == "Egypt" and "TB2" in w for _, r, w in got)


def test_supplier_to_as_well_selling():
    text = ("Brazil signed a deal for 36 Gripen jets from Sweden. Sweden has become a key "
            "supplier to Thailand as well, selling Saab 340 radar planes and RBS 70 missiles "
            "to Bangkok.")
    got = _transfers(text)
    assert ("Sweden", "Thailand") in {(s, r) for s, r, _ in got}
    assert not any(r == "Brazil" and "RBS" in w for _, r, w in got)


def test_is_now_a_supplier_to():
    text = ("Germany signed a deal to sell 20 Eurofighter jets to Turkey. China is now a major "
            "supplier to Pakistan, sending J-10C jets and Type 054 frigates.")
    got = _pairs(text)
    assert ("China", "Pakistan") in got and ("China", "Turkey") not in got


def test_supplier_of_grain_to_is_no_transfer():
    text = "Russia has become a major supplier of wheat and fuel to Egypt, officials said."
    assert _pairs(text) == set()


def test_supplier_to_without_a_participle_gives_nothing_new():
    text = "France has become a major supplier to India, officials said."
    assert _pairs(text) == set()


# ------------------------------------------------------------- "His armed forces rely on W supplied by S"

def test_his_armed_forces_rely_on_items_supplied_by_capital():
    text = ("CARACAS - Venezuela's President Nicolas Maduro vowed on Thursday to defend the coast. "
            "His armed forces rely heavily on Su-30 fighters and Mi-17 helicopters supplied by "
            "Moscow, officials said.")
    got = _transfers(text)
    assert any((s, r) == ("Russia", "Venezuela") and w.startswith("Su-30") for s, r, w in got)
    assert ("Russia", "Venezuela", "Mi-17 helicopters") in got


def test_rely_on_a_comma_list_supplied_by():
    text = ("CARACAS - Venezuela's President Nicolas Maduro spoke on Thursday. His armed forces "
            "rely on Su-30 fighters, T-72 tanks and Mi-17 helicopters supplied by Moscow.")
    assert ("Russia", "Venezuela", "T-72 tanks") in _transfers(text)


def test_rely_on_stops_at_another_clause():
    text = ("CARACAS - Venezuela's President Nicolas Maduro spoke on Thursday. His army relies "
            "on T-72 tanks, and his navy uses patrol boats supplied by Iran.")
    assert not any(w == "T-72 tanks" and s == "Iran" for s, _, w in _transfers(text))


def test_his_army_in_the_leaders_own_sentence():
    text = ("Venezuela's President Nicolas Maduro vowed on Thursday to defend the coast, and his "
            "armed forces rely on Su-30 fighters supplied by Moscow.")
    assert ("Russia", "Venezuela") in _pairs(text)


def test_states_army_relies_on_supplied_by():
    text = "Serbia's army relies on MiG-29 jets supplied by Belarus, a defence analyst said."
    assert ("Belarus", "Serbia") in _pairs(text)


def test_rely_on_electricity_supplied_by_is_no_transfer():
    text = ("Nepal's Prime Minister K P Sharma Oli spoke on Monday. His government relies on "
            "electricity supplied by India, and many towns rely on fuel supplied by China.")
    assert _pairs(text) == set()


def test_rely_on_domestic_arms_is_no_transfer():
    text = ("Myanmar's military leader, Min Aung Hlaing, spoke on Thursday. His army also relies "
            "on rifles and mortar shells produced in its own factories.")
    assert _pairs(text) == set()


# ------------------------------------------------------------- "accuse the North of supplying R with W"

def test_accuse_the_north_of_supplying():
    text = ("SEOUL - North Korea tested a new rocket on Monday. Officials in Seoul and Kyiv accuse "
            "the North of supplying Russia with artillery shells and KN-23 missiles.")
    got = _transfers(text)
    assert ("North Korea", "Russia", "artillery shells") in got
    assert ("North Korea", "Russia", "KN-23 missiles") in got


def test_the_north_of_the_country_is_no_state():
    text = ("SEOUL - North Korea tested a new rocket on Monday. Rebels in the North of the "
            "country received rifles from abroad.")
    assert not any(s == "North Korea" for s, _ in _pairs(text))


# ------------------------------------------------------------- "pilots flying W supplied by S"

def test_pilots_flying_made_jets_supplied_by_capital():
    text = ("Ukrainian pilots flying American-made F-16 fighters supplied by Oslo have flown "
            "hundreds of sorties, the air force said.")
    assert _pairs(text) == {("Norway", "Ukraine")}


def test_crews_operating_howitzers_supplied_by_capital():
    text = ("Estonian crews operating Korean-made K9 howitzers supplied by Seoul took part in "
            "the exercise.")
    assert _pairs(text) == {("South Korea", "Estonia")}


def test_pilots_flying_made_jets_without_supplier_give_no_supplier_swap():
    text = "Ukrainian pilots flying American-made F-16 fighters have flown hundreds of sorties."
    assert ("Ukraine", "United States") not in _pairs(text)


def test_generators_supplied_by_is_no_transfer():
    text = "Hospitals near the front run on diesel generators supplied by Germany, officials said."
    assert _pairs(text) == set()


# ------------------------------------------------------------- "S said it had completed the handover of W to R"

def test_said_it_had_completed_the_handover():
    text = ("Norway said on Tuesday that it had completed the handover of its last F-16s to "
            "Ukraine, officials said.")
    assert _pairs(text) == {("Norway", "Ukraine")}


def test_has_completed_the_delivery():
    text = "The Netherlands has completed the delivery of 24 F-16 jets to Ukraine."
    assert _pairs(text) == {("Netherlands", "Ukraine")}


def test_will_complete_the_handover_is_not_read():
    text = "Norway will complete the handover of six F-16 jets to Ukraine next year."
    assert ("Norway", "Ukraine") not in _pairs(text)


def test_handover_of_a_base_is_no_transfer():
    text = "Britain has completed the handover of the air base to Cyprus."
    assert _pairs(text) == set()


# ------------------------------------------------------------- "guided-missile frigates"

def test_guided_missile_frigates_are_one_weapon():
    text = "South Korea sold two guided-missile frigates to the Philippines."
    assert _transfers(text) == {("South Korea", "Philippines", "guided-missile frigates")}


def test_guided_missiles_alone_stay_missiles():
    text = "Italy sold guided missiles to Qatar."
    assert _transfers(text) == {("Italy", "Qatar", "guided missiles")}


def test_pilots_flying_jets_supplied_by_listed_states():
    text = ("Ukrainian pilots flying American-made F-16 fighters supplied by Denmark, the "
            "Netherlands and Norway have flown hundreds of sorties.")
    assert _pairs(text) == {("Denmark", "Ukraine"), ("Netherlands", "Ukraine"),
                            ("Norway", "Ukraine")}
