"""Arms transfers of issue 11's twentieth round (helper D), from a fresh set's abstract error
categories (never its texts). Sentences are our own: a "[nationality]-supplied" adjective on
arms another state's crews fly, carriers that land with arms in a capital, instructors who
arrive bringing arms, contracts "for X from A and for Y from B", "the administration" of a
media report (the dateline's state), "one of its own", and the false alarms of one system told
twice (variants, "systems of the X type"), weapons faced ("against Russian missiles") and a show
of force ("sent warships around ..."), with the near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_transfer_tuples

PUB = "2026-12-04"


facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


# ------------------------------------------------------------ carried_supply

def test_supplied_adjective_on_arms_a_crew_flies():
    text = "Moroccan crews now fly Israeli-supplied Hermes 900 drones over the desert."
    assert ("Israel", "Morocco") in pairs(text)


def test_supplied_adjective_without_a_crew_reads_no_recipient_from_it():
    text = "The Israeli-supplied Hermes 900 drones flew over the desert on Monday."
    assert ("Israel", "Morocco") not in pairs(text)


def test_planes_carrying_arms_landed_in_a_capital():
    text = "Three Egyptian military planes carrying Fahd armoured vehicles landed in Khartoum on Sunday."
    assert ("Egypt", "Sudan") in pairs(text)


def test_planes_carrying_aid_give_no_transfer():
    text = "Three Egyptian military planes carrying food and medicine landed in Khartoum on Sunday."
    assert transfers(text) == set()


def test_instructors_arrived_bringing_arms():
    text = ("A team of Chinese military instructors arrived in Harare on Tuesday, bringing four "
            "K-8 trainer jets, the army said.")
    assert ("China", "Zimbabwe") in pairs(text)


def test_instructors_arriving_without_arms_give_nothing():
    text = "A team of Chinese military instructors arrived in Harare on Tuesday, the army said."
    assert transfers(text) == set()


def test_contracts_for_two_items_from_two_suppliers():
    text = ("Vietnam has signed contracts for 20 Su-30 fighter jets from Russia and for four "
            "Barak 8 missile batteries from Israel, the ministry said.")
    got = pairs(text)
    assert ("Russia", "Vietnam") in got and ("Israel", "Vietnam") in got


def test_contract_frame_needs_the_buyer_to_sign():
    from kg.extract.carried_supply import _BUYER_VERB
    assert _BUYER_VERB.fullmatch(" has signed ") and _BUYER_VERB.fullmatch(" placed new ")
    assert not _BUYER_VERB.fullmatch(" has won ")


# ------------------------------------------------------------ administration_supply

def test_the_administration_of_a_media_report_is_the_dateline_state():
    text = ("WASHINGTON, Dec 4 (Staff) - The Pentagon said on Friday it was ready.\n\n"
            "The Wall Street Journal reported that the administration had approved the sale of "
            "40 Harpoon missiles to Vietnam, citing two officials.")
    assert ("United States", "Vietnam") in pairs(text)


def test_the_administration_without_a_media_report_reads_nothing():
    text = ("WASHINGTON, Dec 4 (Staff) - The Pentagon said on Friday it was ready.\n\n"
            "Critics said the administration had lost its way on trade with Vietnam.")
    assert transfers(text) == set()


def test_send_recipient_a_description_named_in_apposition():
    text = ("WASHINGTON, Dec 4 (Staff) - The Pentagon said on Friday it was ready.\n\n"
            "Reuters reported that the administration planned to send Warsaw three batteries of "
            "advanced air defence systems, NASAMS, which the army wants before summer.")
    got = transfers(text)
    assert any(s == "United States" and r == "Poland" and "NASAMS" in w for s, r, w, _ in got)


def test_two_variants_of_one_missile_are_one_transfer():
    text = "Norway sold 30 PAC-3 MSE and 20 PAC-2 GEM-T missiles to Finland."
    assert len(transfers(text)) == 1


def test_two_different_systems_stay_two():
    text = "Germany sold 30 Leopard 2 tanks and 20 Marder vehicles to Chile."
    assert len(transfers(text)) == 2


def test_systems_of_the_named_type_are_one_system():
    text = "Italy has delivered four air defence systems of the SAMP/T type to Slovakia."
    got = transfers(text)
    assert len(got) <= 1


# ------------------------------------------------------------ faced_weapons

def test_weapons_used_against_a_demonym_are_not_supplied():
    text = "Ukraine has used the jets against Russian cruise missiles since 2022."
    assert ("Russia", "Ukraine") not in pairs(text)


def test_sent_around_a_place_is_no_transfer():
    text = "Beijing has sent warships and aircraft around Taiwan almost daily this year."
    assert transfers(text) == set()


def test_sent_to_a_state_near_the_end_of_the_year_stays():
    text = "China sent two frigates to Pakistan near the end of the year."
    assert ("China", "Pakistan") in pairs(text)


# ------------------------------------------------------------ own_one

def test_one_of_its_own_repeats_the_weapon_for_a_second_supplier():
    text = ("Spain delivered a Patriot battery to Ukraine in May, and the Netherlands will hand "
            "over one of its own next year.")
    assert ("Netherlands", "Ukraine") in pairs(text)


def test_building_one_of_its_own_is_no_transfer():
    text = ("Spain delivered a Patriot battery to Ukraine in May, and Poland is building one of "
            "its own.")
    assert ("Poland", "Ukraine") not in pairs(text)
