"""Round 72. Roles: "X met his counterpart Y", X named by surname after his office was told in
an earlier sentence: Y serves the other side, never X's state (the holder's "his" had lent Y
X's state). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _people(text: str) -> set[tuple]:
    return {(p, c) for p, _, c in _roles(text)}


def test_a_counterpart_met_by_a_holder_told_before_serves_the_other_state():
    text = wire("Defence Minister Boris Pistorius said Berlin would deliver two Patriot "
                "batteries. Pistorius met his counterpart Jan Kowalczyk.", "WARSAW")
    people = _people(text)
    assert ("Boris Pistorius", "Germany") in people
    assert ("Jan Kowalczyk", "Poland") in people
    assert ("Jan Kowalczyk", "Germany") not in people


def test_a_counterpart_with_no_other_state_in_sight_is_not_guessed():
    text = wire("Defence Minister Boris Pistorius said Berlin would deliver two Patriot "
                "batteries. Pistorius met his counterpart Jan Kowalczyk.", "BERLIN")
    assert not {p for p in _people(text) if p[0] == "Jan Kowalczyk"}



def test_a_portfolio_the_titles_do_not_list_keeps_the_state_before_it():
    text = wire("Italy's Enterprise Minister Paolo Verdi said the deal would go ahead. "
                "Poland's Digital Affairs Minister Jan Nowak agreed.", "BRUSSELS")
    people = _people(text)
    assert ("Paolo Verdi", "Italy") in people
    assert ("Jan Nowak", "Poland") in people
    assert ("Jan Nowak", "Italy") not in people


def test_a_two_word_portfolio_after_a_possessive_state():
    text = wire("Japan's Economic Security Minister Taro Sato spoke on Tuesday.", "SEOUL")
    assert ("Taro Sato", "Japan") in _people(text)


def test_a_place_of_two_words_before_a_title_is_no_portfolio():
    # a territory the states table lacks: no guess of the dateline's state
    text = wire("Cook Islands Prime Minister Mark Tane said the deal would go ahead.",
                "CANBERRA")
    assert not {p for p in _people(text) if p[0] == "Mark Tane"}


def test_a_scale_after_hundreds_in_words_multiplies_them():
    text = wire("Germany has delivered two hundred and forty thousand artillery shells to "
                "Ukraine.", "BERLIN")
    (fact,) = [f for f in facts(text) if f["type"] == "ArmsTransfer"]
    assert fact["quantity"] == 240000
    text = wire("Germany has delivered three hundred thousand artillery shells to Ukraine.",
                "BERLIN")
    (fact,) = [f for f in facts(text) if f["type"] == "ArmsTransfer"]
    assert fact["quantity"] == 300000


def test_hundreds_after_a_thousand_still_add_up():
    text = wire("Germany has delivered one thousand four hundred and twenty artillery shells to "
                "Ukraine.", "BERLIN")
    (fact,) = [f for f in facts(text) if f["type"] == "ArmsTransfer"]
    assert fact["quantity"] == 1420


def test_a_buyer_relying_on_a_seller_for_weapons_is_supplied_by_it():
    text = wire("Russia is relying on North Korea for artillery shells, officials said.", "KYIV")
    assert _transfers(text) == {("North Korea", "Russia", "artillery shells")}


def test_relying_on_a_seller_for_what_is_no_weapon_gives_nothing():
    text = wire("Russia is relying on North Korea for labourers, officials said.", "KYIV")
    assert _transfers(text) == set()


def _strikes(text: str) -> set[tuple]:
    return {(f.get("attacker"), f.get("target_place")) for f in facts(text)
            if f["type"] == "Strike"}


def test_a_bare_claim_of_responsibility_names_the_suicide_bomber_side():
    text = wire("A suicide bomber blew himself up in Jalalabad on Thursday, killing 17 people. "
                "The Pakistani Taliban claimed responsibility.", "KABUL")
    assert _strikes(text) == {("Tehrik-i-Taliban Pakistan", "Jalalabad")}


def test_a_claim_of_responsibility_for_something_else_names_no_one():
    text = wire("A suicide bomber blew himself up in Jalalabad on Thursday, killing 17 people. "
                "The Pakistani Taliban claimed responsibility for an ambush in Bannu last week.",
                "KABUL")
    assert ("Tehrik-i-Taliban Pakistan", "Jalalabad") not in _strikes(text)


def test_a_suicide_bomber_is_no_aircraft():
    from kg.extract.entities import weapon_category
    assert weapon_category("a suicide bomber") != "aircraft"
    assert weapon_category("strategic bombers") == "aircraft"


def test_a_suicide_bomber_from_a_group_is_that_groups_attack():
    text = wire("A suicide bomber from Islamic State blew himself up in Jalalabad on Thursday, "
                "killing 17 people.", "KABUL")
    assert _strikes(text) == {("Islamic State", "Jalalabad")}
    text = wire("An Islamic State suicide bomber blew himself up in Jalalabad on Thursday, "
                "killing 17 people.", "KABUL")
    assert _strikes(text) == {("Islamic State", "Jalalabad")}


def test_an_unnamed_suicide_bomber_stays_unattributed():
    text = wire("A suicide bomber blew himself up in Jalalabad on Thursday, killing 17 people.",
                "KABUL")
    assert _strikes(text) == {(None, "Jalalabad")}


def test_a_province_whose_name_joins_two_names_is_one_unit():
    for name in ("Sistan and Baluchestan", "Sistan-Baluchestan"):
        text = wire(f"Pakistan carried out air strikes on militant hideouts in {name} province "
                    "on Thursday, killing nine people.", "ISLAMABAD")
        (s,) = [f for f in facts(text) if f["type"] == "Strike"]
        assert s["target_country"] == "Iran", name


def test_a_qualified_region_after_a_possessive_state_is_named_without_it():
    text = wire("Turkish jets struck PKK targets in northern Iraq's Qandil region on Tuesday.",
                "ANKARA")
    assert _strikes(text) == {("Turkey", "Qandil")}


def test_a_plural_title_of_the_n_states_before_a_list_of_names_of_states():
    for lead in ("The foreign ministers of the three states,",
                 "The meeting brought together the three countries' foreign ministers:"):
        text = wire(f"{lead} Abdoulaye Kante of Mali, Bakary Sangare of Niger and Karamoko "
                    "Traore of Burkina Faso.", "NIAMEY")
        assert {("Abdoulaye Kante", "Mali"), ("Bakary Sangare", "Niger"),
                ("Karamoko Traore", "Burkina Faso")} <= _people(text), lead


def test_names_of_states_after_no_plural_title_give_no_roles():
    text = wire("The talks brought together Abdoulaye Kante of Mali and Bakary Sangare of "
                "Niger.", "NIAMEY")
    assert _people(text) == set()


def test_a_blast_that_killed_people_at_a_known_place_is_an_attack():
    text = wire("A blast killed three people in Beirut on Tuesday.", "BEIRUT")
    assert _strikes(text) == {(None, "Beirut")}


def test_a_gas_blast_that_killed_people_is_no_attack():
    text = wire("A gas blast killed three people in Beirut on Tuesday.", "BEIRUT")
    assert _strikes(text) == set()


def test_an_area_struck_by_the_datelines_own_state_is_not_in_its_capital():
    text = wire("Turkish forces carried out air strikes on PKK militants in the mountainous "
                "Qandil area on Tuesday, killing 12.", "ANKARA")
    assert ("Turkey", "Ankara") not in _strikes(text)


def test_an_area_struck_by_another_state_is_still_the_datelines_city():
    text = wire("Russian drones hit the Saltivka area on Tuesday, killing two people.", "KHARKIV")
    assert _strikes(text) == {("Russia", "Kharkiv")}


def test_a_named_us_administration_is_the_united_states_for_every_rule():
    text = wire("The Biden administration announced a $2 billion aid package for Ukraine on "
                "Tuesday. It includes 20 Bradley fighting vehicles.", "KYIV")
    assert _transfers(text) == {("United States", "Ukraine", "Bradley fighting vehicles")}


def _treaties(text: str) -> set[tuple]:
    return {tuple(f["parties"]) for f in facts(text) if f["type"] == "Treaty"}


def test_a_leader_who_left_without_signing_signed_no_treaty():
    text = wire("An earlier version was due to be signed when President Volodymyr Zelenskyy "
                "visited Washington in February, but Zelenskyy left without signing it.", "KYIV")
    assert _treaties(text) == set()


def test_a_text_signed_after_a_planned_signing_is_still_a_treaty():
    text = wire("The deal was due to be signed in February and Ukraine and the United States "
                "signed it on Wednesday.", "KYIV")
    assert _treaties(text)
