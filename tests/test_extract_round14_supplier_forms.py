"""Arms transfers of issue 11's fourteenth round, supplier side, from a fresh set's abstract
error categories (never its texts): a supplier given only as an adjective on a weapon a force
holds ("paraded Turkish-built drones"), passive or indirect wording with a vague recipient
("the group's rockets are supplied by Iran", "an arsenal of W provided by X, which the rebels
fire", "X has provided its fighters with W", "supplies the government's forces with W"), a
capital's "own contribution of N W", and a second weapon added with "along with". Sentences are
our own, different from the dev14a set's."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2026-03-18"  # a Wednesday
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)


def quantities(text: str) -> dict[str, int | None]:
    return {f["weapon"]: f["quantity"] for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------------------- "sent N A along with M B"

def test_a_second_weapon_along_with_a_number_word_is_its_own_transfer():
    text = "Spain sent six Leopard tanks along with five Hawk missile launchers to Ukraine."
    assert {(f["supplier"], f["recipient"], f["quantity"]) for f in facts(text, "ArmsTransfer")} \
        == {("Spain", "Ukraine", 6), ("Spain", "Ukraine", 5)}


def test_several_dozen_along_with_is_a_second_item():
    assert ("Italy", "Egypt", "Aster missiles") in transfers(
        "Italy delivered two FREMM frigates along with several dozen Aster missiles to Egypt.")


def test_parts_of_one_system_with_are_not_a_second_transfer():
    assert transfers("Germany shipped one IRIS-T battery with its radar to Ukraine.") \
        == {("Germany", "Ukraine", "IRIS-T")}


# ------------------------------------------------------------- "X-built W" held by a force

def test_a_force_parading_a_foreign_built_weapon_received_it_from_that_state():
    assert transfers("Niger's army paraded four Turkish-built Bayraktar TB2 drones in Niamey "
                     "on Monday.") == {("Turkey", "Niger", "Bayraktar TB2 drones")}


def test_a_possessive_force_operating_a_foreign_built_weapon():
    assert transfers("Romania's armoured battalions now operate American-built Abrams tanks.") \
        == {("United States", "Romania", "Abrams tanks")}


def test_the_home_air_force_flying_a_foreign_built_jet_takes_the_dateline_state():
    text = ("DHAKA — Bangladesh is modernising its fleet. The air force also flies Chinese-built "
            "K-8 trainer jets.")
    assert ("China", "Bangladesh", "K-8 trainer jets") in transfers(text)


def test_soviet_era_and_locally_made_weapons_are_no_transfer():
    assert transfers("Ethiopia's army still operates Soviet-era T-62 tanks and locally made "
                     "rocket launchers.") == set()


def test_a_force_parading_its_own_states_weapons_is_no_transfer():
    assert transfers("China's army paraded Chinese-built DF-41 missiles in Beijing.") == set()


# ------------------------------------------------------------- vague recipients

def test_the_groups_weapons_supplied_by_a_state_in_the_present_passive():
    text = ("Al-Shabaab fighters ambushed a convoy near Baidoa on Sunday. Most of the group's "
            "rockets are supplied by Eritrea, a UN panel says.")
    assert transfers(text) == {("Eritrea", "al-Shabaab", "rockets")}


def test_its_weapons_supplied_by_a_state_are_the_groups_told_before():
    text = ("Hezbollah fired rockets at Kiryat Shmona on Tuesday. Its drones are supplied by "
            "Iran, Israeli officials say.")
    assert ("Iran", "Hezbollah", "drones") in transfers(text)


def test_a_states_weapons_in_the_present_passive_are_a_general_statement_not_a_transfer():
    # (read for every owner at first, it gave false alarms on held-out sets: only an armed
    # group's weapons "are supplied by" a state in our reading)
    assert transfers("Poland's army trained near Rzeszow this week. Most of Poland's tanks are "
                     "supplied by South Korea these days, officials say.") == set()


def test_weapons_made_locally_give_no_transfer():
    assert transfers("Hamas fighters attacked a post on Monday. Their rockets are made "
                     "locally.") == set()


def test_a_possessed_group_arsenal_supplied_by_a_state():
    assert transfers("Hezbollah's arsenal of Burkan rockets supplied by Iran has grown.") \
        == {("Iran", "Hezbollah", "Burkan rockets")}


def test_an_arsenal_provided_by_a_state_held_by_the_group_that_fires_it():
    text = ("Houthi forces attacked a tanker on Friday. Investigators traced a stock of Toufan "
            "missiles provided by Tehran, which the rebels have launched at ships.")
    assert ("Iran", "Houthis", "Toufan missiles") in transfers(text)


def test_weapons_supplied_by_a_state_with_no_holder_named_give_no_transfer():
    assert transfers("Inspectors examined a batch of drones sent by Iran, which the panel "
                     "photographed.") == set()


def test_a_state_providing_the_named_groups_fighters():
    text = ("Kenya accused Eritrea of backing al-Shabaab, saying Asmara has provided its "
            "fighters with mortars.")
    assert ("Eritrea", "al-Shabaab", "mortars") in transfers(text)


def test_a_group_equipping_its_own_fighters_is_no_transfer():
    assert transfers("Hezbollah has provided its fighters with new drones.") == set()


def test_supplying_the_governments_forces_takes_the_paragraphs_state():
    text = ("NIAMEY — Niger's junta has turned to new partners. Officials say Moscow supplies "
            "the government's forces with Mi-24 helicopters.")
    assert ("Russia", "Niger", "Mi-24 helicopters") in transfers(text)


def test_the_navy_provided_with_weapons_takes_the_paragraphs_state():
    text = ("COLOMBO — Sri Lanka is rebuilding its fleet. Japan has provided the navy with "
            "patrol boats.")
    assert ("Japan", "Sri Lanka", "patrol boats") in transfers(text)


# ------------------------------------------------------------- "[capital]'s own contribution"

def test_a_capitals_own_contribution_with_its_recipient_named():
    text = "Warsaw's own contribution of 14 Krab howitzers to Ukraine was praised by allies."
    assert transfers(text) == {("Poland", "Ukraine", "Krab howitzers")}
    assert quantities(text) == {"Krab howitzers": 14}


def test_a_contribution_arriving_in_a_capital_goes_to_its_state():
    text = ("The Baltic states are arming fast. Oslo's own contribution of six NASAMS launchers "
            "is expected to arrive in Vilnius in May.")
    assert ("Norway", "Lithuania", "NASAMS launchers") in transfers(text)


def test_a_contribution_of_troops_is_no_transfer():
    assert transfers("France's contribution of 300 troops to the mission in Estonia was "
                     "welcomed.") == set()



def test_the_home_air_force_flying_a_foreign_built_drone_into_an_attack_is_no_transfer():
    text = ("KHARTOUM — Sudan's war has spread west. The air force flew Turkish-built drones "
            "into rebel-held villages on Monday.")
    assert not any(f["supplier"] == "Turkey" for f in facts(text, "ArmsTransfer"))


def test_an_attack_told_in_a_relative_clause_does_not_undo_the_holding():
    text = ("HANOI — Vietnam is rearming. The air force also flies Russian-built Su-30 jets, "
            "which it has used against smugglers.")
    assert ("Russia", "Vietnam", "Su-30 jets") in transfers(text)
