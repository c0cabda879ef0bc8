"""Round 54, from `blind62`'s abstract categories. Strikes: "the strike was carried out by
[the hit state's army]" in the next sentence (a civil war; kg.extract.discourse); "a second bomb
exploded hours later outside ..." and devices that "detonated"; "killed when a militant opened
fire at an army camp in X" (one unnamed attacker, a place the tables lack); "N missiles were
fired at targets across [state]" after the attacker's sentence; "the strike followed a
Saturday attack on another vessel that killed two" (kg.extract.strikes). Transfers: a
headline's "A and B seal deal for N tanks" against the body's direction (kg.extract
.reversed_pairs); aircraft sent to evacuate the wounded; "his administration cleared the
transfer of" after a leader's sentence (kg.extract.administration_subject); "has given much of
its equipment to R over two years, including N W"; "accused S of arming R. ... S has also
supplied W" (kg.extract.transfers); "supplied the army with W" after a sentence naming a group
(kg.extract.records). Treaties: "A and B have signed a pact" dated only by the dateline is the
pact "signed on Wednesday" a later sentence tells (kg.extract.treaties). Roles: "[state]'s
General X" after "the military rulers of A, B and C" (kg.extract.ranked_rulers). Sentences are
our own; each rule has a case it must not read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["date"]) for f in facts(text, "Strike")}


def test_a_strike_carried_out_by_the_hit_states_own_army():
    text = wire("Fourteen civilians were killed in an air strike on a market in Nyala on Sunday. "
                "The strike was carried out by Sudanese army warplanes, witnesses said.",
                "KHARTOUM")
    assert {(a, p) for a, p, _ in _strikes(text)} == {("Sudan", "Nyala")}


def test_a_by_agent_of_another_attack_is_not_the_attacker_of_its_own_territory():
    text = wire("Shells fired by the Pakistani army hit the Indian town of Poonch on Wednesday. "
                "Officials in Islamabad said five people were killed in shelling near "
                "Muzaffarabad the same day.", "SRINAGAR")
    assert ("Pakistan", "Muzaffarabad") not in {(a, p) for a, p, _ in _strikes(text)}


def test_a_second_bomb_hours_later_and_a_blame_for_both():
    text = wire("Two bombs exploded near a bus station in Tripoli on Monday, killing four "
                "people. A second bomb exploded hours later outside a police post in Sidon, "
                "injuring two officers. The interior minister blamed Hezbollah for both "
                "attacks.", "BEIRUT")
    assert {(a, p) for a, p, _ in _strikes(text)} == {("Hezbollah", "Tripoli"),
                                                      ("Hezbollah", "Sidon")}


def test_a_device_that_detonated_outside_a_post_is_a_blast():
    text = wire("A device detonated outside a police post in Sidon on Monday, injuring two "
                "officers. The army blamed Hezbollah for the attack.", "BEIRUT")
    assert {(a, p) for a, p, _ in _strikes(text)} == {("Hezbollah", "Sidon")}


def test_a_gas_cylinder_that_exploded_hours_later_is_no_attack():
    text = wire("A gas cylinder exploded hours later outside a bakery in Sidon, injuring two "
                "people.", "BEIRUT")
    assert not _strikes(text)


def test_killed_when_a_militant_opened_fire_at_an_army_camp():
    text = wire("Six soldiers were killed on Sunday when a militant opened fire at a military "
                "base in Kati. JNIM later claimed the attack.", "BAMAKO")
    assert _strikes(text) == {("Jama'at Nusrat al-Islam wal-Muslimin", "Kati", "2026-11-22")}


def test_a_gunman_at_an_army_camp_in_a_place_the_tables_lack():
    text = wire("Five soldiers died on Sunday when a gunman opened fire at an army camp in "
                "Dioulasso-Ba. JNIM claimed the shooting on Monday.", "BAMAKO")
    assert {(a, p) for a, p, _ in _strikes(text)} == {
        ("Jama'at Nusrat al-Islam wal-Muslimin", "Dioulasso-Ba")}


def test_a_neighbour_who_opened_fire_is_no_attack():
    text = wire("Two men were killed on Sunday when a neighbour opened fire at a wedding in "
                "Kati.", "BAMAKO")
    assert not _strikes(text)


def test_missiles_fired_at_targets_across_a_state_after_the_attackers_sentence():
    text = wire("Russia launched a massive air attack overnight. More than 40 missiles were "
                "fired at targets across Ukraine, the air force said.", "KYIV")
    assert {a for a, _, _ in _strikes(text)} == {"Russia"}


def test_missiles_fired_across_a_state_with_no_attacker_told_are_no_strike():
    text = wire("More than 40 missiles were fired at targets across Ukraine last winter, a "
                "report found.", "KYIV")
    assert not _strikes(text)


def test_an_earlier_attack_on_another_vessel_is_a_strike_of_its_own():
    text = wire("The Houthis struck a cargo ship in the Red Sea on Monday. The strike followed "
                "a Saturday attack on another vessel that killed two sailors.", "ADEN")
    assert {(a, d) for a, _, d in _strikes(text)} == {("Houthis", "2026-11-23"),
                                                      ("Houthis", "2026-11-21")}


def test_an_undated_attack_on_another_vessel_is_only_background():
    text = wire("The Houthis struck a cargo ship in the Red Sea on Monday. The strike followed "
                "an attack on another vessel.", "ADEN")
    assert {(a, d) for a, _, d in _strikes(text)} == {("Houthis", "2026-11-23")}


def test_a_headlines_deal_for_tanks_does_not_reverse_the_bodys_purchase():
    text = wire("Poland signed a deal on Friday to buy 180 K2 tanks from South Korea.",
                "WARSAW", headline="Poland and South Korea seal deal for 180 tanks")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("South Korea", "Poland")}


def test_aircraft_sent_to_evacuate_the_wounded_are_no_transfer():
    text = wire("Italy sent two military aircraft to Egypt on Monday to evacuate wounded "
                "children from Gaza.", "ROME")
    assert not _transfers(text)


def test_aircraft_sent_to_a_state_with_no_mission_are_a_transfer():
    text = wire("Italy sent two military aircraft to Egypt on Monday.", "ROME")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Italy", "Egypt")}


def test_his_administration_after_a_leaders_sentence_supplies():
    text = wire("Turkish President Recep Tayyip Erdogan met Somalia's leader on Friday. His "
                "administration approved the delivery of two T129 helicopters to Somalia.",
                "ANKARA")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Turkey", "Somalia")}


def test_his_administration_with_no_leader_before_supplies_nothing():
    text = wire("Talks resumed in Ankara on Friday. His administration approved the delivery of "
                "two T129 helicopters to Somalia.", "ANKARA")
    assert not _transfers(text)


def test_much_of_its_old_equipment_including_listed_items():
    text = wire("Germany has given much of its Soviet-era equipment to Ukraine over two years, "
                "including more than 50 BMP-1 infantry fighting vehicles.", "BERLIN")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Germany", "Ukraine")}


def test_most_of_its_arms_from_a_state_is_no_context_for_the_next_list():
    text = wire("Germany has sold most of its old arms to Ukraine. The package includes 50 "
                "Marder infantry fighting vehicles for Jordan.", "BERLIN")
    assert ("Germany", "Ukraine") not in {(s, r) for s, r, _ in _transfers(text)}


def test_accused_of_arming_names_the_recipient_of_the_next_supply():
    text = wire("Ukraine has accused Iran of arming Russia. Kyiv says Tehran has also supplied "
                "ballistic missiles.", "KYIV")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Iran", "Russia")}


def test_it_after_a_state_arming_another_is_the_supplier():
    text = wire("Iran has been arming Russia for two years. It has also supplied ballistic "
                "missiles, officials say.", "KYIV")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Iran", "Russia")}


def _dated(body: str) -> str:
    """An article whose dateline gives the day the report was filed."""
    return f"Head\n{PUB}\nRIYADH, Nov 24 (Staff) - {body}"


def test_a_pact_dated_only_by_the_dateline_is_the_one_signed_on_a_day_told_later():
    text = _dated("Saudi Arabia and Pakistan have signed a mutual defence agreement, officials "
                  "said. Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif "
                  "signed the pact in Riyadh on Monday.")
    got = [(set(f["parties"]), f["date"]) for f in facts(text, "Treaty")]
    assert got == [({"Saudi Arabia", "Pakistan"}, "2026-11-23")]


def test_a_pact_under_the_dateline_and_one_signed_years_before_are_two():
    text = _dated("Saudi Arabia and Pakistan have signed a mutual defence agreement, officials "
                  "said. The two countries signed a first security accord in 2019.")
    assert len(facts(text, "Treaty")) == 2


def test_supplied_the_army_after_a_sentence_naming_a_group_goes_to_the_state():
    text = wire("The RSF has been fighting the army since April 2023. Egypt has supplied the "
                "army with drones, diplomats say.", "KHARTOUM")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("Egypt", "Sudan")}


def test_ranked_rulers_after_the_military_rulers_of_a_list_of_states():
    text = wire("The military rulers of Mali, Burkina Faso and Niger met in Niamey on Saturday. "
                "Mali's General Assimi Goita said the bloc would form a joint force. Burkina "
                "Faso's Captain Ibrahim Traore called for unity.", "NIAMEY")
    got = {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}
    assert {("Assimi Goita", "Mali"), ("Ibrahim Traore", "Burkina Faso")} <= got


def test_a_rank_alone_is_an_officer_not_a_ruler():
    text = wire("Israel's General Herzi Halevi said the army would widen the operation.",
                "JERUSALEM")
    assert not facts(text, "LeaderRole")
