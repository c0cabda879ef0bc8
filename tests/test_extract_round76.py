"""Round 76, from the categories of `blind109` and `blind110`. Sentences are our own; each rule
has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _strikes(text: str) -> list[dict]:
    return [f for f in facts(text) if f["type"] == "Strike"]


def _treaties(text: str) -> list[dict]:
    return [f for f in facts(text) if f["type"] == "Treaty"]


def test_a_degree_adverb_between_supplied_and_by():
    text = wire("The Sudanese army has relied on Mohajer drones supplied largely by Iran, "
                "diplomats said.", "KHARTOUM")
    assert ("Iran", "Sudan") in {(s, r) for s, r, _ in _transfers(text)}


def test_a_kind_promised_to_a_state_by_another():
    text = wire("Forty Leopard tanks have been promised to Ukraine by Germany, officials said.",
                "KYIV")
    assert [(s, r) for s, r, _ in _transfers(text)] == [("Germany", "Ukraine")]


def test_a_kind_given_by_one_state_and_unnamed_allies_is_not_that_states_alone():
    # "and four allies": the count belongs to all of them, not to the one state named
    text = wire("Norway sent Ukraine NASAMS launchers last year. Five more air defence systems "
                "will be sent to Ukraine by Norway and four allies, the leaders said.", "OSLO")
    assert all(f.get("quantity") != 5 for f in facts(text) if f["type"] == "ArmsTransfer")


def test_a_pledge_by_a_state_to_provide_weapons():
    text = wire("The summit ended with a pledge by Norway to provide six NASAMS launchers to "
                "Ukraine.", "KYIV")
    got = [f for f in facts(text) if f["type"] == "ArmsTransfer"]
    assert [(f["supplier"], f["recipient"], f.get("quantity")) for f in got] == [
        ("Norway", "Ukraine", 6)]


def test_a_pledge_by_a_state_to_provide_no_weapon_gives_nothing():
    text = wire("The summit ended with a pledge by Norway to provide more money to Ukraine.",
                "KYIV")
    assert _transfers(text) == set()


def test_weapons_inducted_from_a_state():
    text = wire("India inducted its first Rafale jets from France on Monday.", "NEW DELHI")
    assert [(s, r) for s, r, _ in _transfers(text)] == [("France", "India")]


def test_weapons_inducted_with_no_source_are_no_transfer():
    text = wire("India inducted its first home-built Tejas jets on Monday.", "NEW DELHI")
    assert _transfers(text) == set()


def test_deliveries_to_a_state_that_have_begun_told_by_the_suppliers_officials():
    text = wire("Deliveries of BrahMos missiles to the Philippines have begun, Indian officials "
                "said on Monday.", "MANILA")
    assert [(s, r) for s, r, _ in _transfers(text)] == [("India", "Philippines")]


def test_deliveries_that_have_begun_with_two_other_states_name_no_supplier():
    text = wire("Deliveries of BrahMos missiles to the Philippines have begun, Indian and "
                "Russian officials said on Monday.", "MANILA")
    assert _transfers(text) == set()


def test_missiles_fired_at_a_states_forces_in_another_state_hit_the_other():
    text = wire("Iran fired missiles at US forces in Iraq on Monday, wounding eleven soldiers.",
                "DUBAI")
    assert [(f["attacker"], f["target_country"]) for f in _strikes(text)] == [("Iran", "Iraq")]


def test_a_barrage_at_a_whole_state_is_not_the_datelines_city():
    text = wire("Russia launched 120 drones and 40 missiles at Ukraine overnight, killing at least "
                "nine people, the air force said.", "KYIV")
    assert [(f["attacker"], f["target_place"]) for f in _strikes(text)] == [("Russia", "Ukraine")]


def test_a_strike_at_a_town_keeps_the_town():
    text = wire("Russia launched drones at Odesa overnight, killing nine people.", "KYIV")
    assert [f["target_place"] for f in _strikes(text)] == ["Odesa"]


def test_a_groups_killings_in_a_named_village_reported_by_experts():
    text = wire("UN experts said M23 fighters had killed 40 civilians in the village of Kishishe.",
                "GOMA")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in _strikes(text)] == [
        ("M23", "Kishishe", 40)]


def test_a_groups_killings_in_a_village_over_the_years_are_no_raid():
    text = wire("UN experts said M23 fighters had killed 300 civilians in the village of Kishishe "
                "over the years.", "GOMA")
    assert _strikes(text) == []


def test_a_second_agreement_the_pair_also_signed_has_its_term_and_the_day():
    text = wire("Japan and the Philippines signed a defence pact on Monday. They also signed a "
                "ten-year agreement on coastal radar.", "TOKYO")
    got = sorted((f["kind"], f["date"], f["duration_years"]) for f in _treaties(text))
    assert got == [("defence pact", "2026-11-23", None),
                   ("ten-year agreement", "2026-11-23", 10)]


def test_a_second_agreement_dated_in_its_own_sentence_keeps_its_date():
    text = wire("Japan and the Philippines signed a defence pact on Monday. They also signed a "
                "ten-year agreement on coastal radar in 2019.", "TOKYO")
    assert ("ten-year agreement", "2019") in {(f["kind"], f["date"]) for f in _treaties(text)}


def test_a_sides_weapon_as_subject_after_a_dateline():
    text = wire("Russian drones killed seven people in Dnipro on Monday.", "KYIV")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in _strikes(text)] == [
        ("Russia", "Dnipro", 7)]


def test_a_datelines_own_plural_noun_is_no_weapon_subject():
    text = wire("Russian officials killed time in Dnipro on Monday.", "KYIV")
    assert _strikes(text) == []


def test_a_lead_placed_by_the_dateline_takes_the_port_the_next_sentence_names():
    text = wire("US warplanes carried out strikes in Yemen on Monday, killing six people. The "
                "strikes targeted the port of Ras Isa.", "SANAA")
    assert [(f["attacker"], f["target_place"]) for f in _strikes(text)] == [
        ("United States", "Ras Isa")]


def _kyiv_then(last: str) -> str:
    return (f"Russian missiles hit Kyiv\n{PUB}\nKYIV — Russian missiles struck Kyiv on Monday, "
            "killing 20 people, officials said.\n\nMoscow denied hitting civilians and blamed "
            f"the damage on a falling Ukrainian interceptor.\n\n{last}")


def test_a_toll_in_the_same_wave_later_in_the_article_takes_the_leads_side():
    text = _kyiv_then("In the city of Kryvyi Rih, ten people were killed in the same wave of "
                      "attacks, the governor said.")
    got = [(f["attacker"], f["date"]) for f in _strikes(text) if f["target_place"] == "Kryvyi Rih"]
    assert got == [("Russia", "2026-11-23")]


def test_a_strike_told_with_no_side_is_not_the_victims_own():
    text = _kyiv_then("Further south, ten people died when a missile slammed into an industrial "
                      "district of Kryvyi Rih, the regional governor said.")
    got = [f["attacker"] for f in _strikes(text) if f["target_place"] == "Kryvyi Rih"]
    assert got == ["Russia"]


def test_a_strike_on_another_day_keeps_its_side():
    text = _kyiv_then("Three days earlier, on Friday, a factory in Kryvyi Rih was shelled, the "
                      "regional governor said.")
    assert all(f["attacker"] != "Russia" for f in _strikes(text)
               if f["target_place"] == "Kryvyi Rih")


def test_a_state_bombing_its_own_territory_keeps_its_side():
    text = wire("Sudan's army warplanes bombed a market in Nyala on Monday, killing 20 people.",
                "PORT SUDAN")
    assert [f["attacker"] for f in _strikes(text)] == ["Sudan"]


def test_a_maker_of_the_drones_is_not_the_side_that_fired_them():
    text = (f"Kyiv urges break with Iran after drones kill four\n{PUB}\nKYIV — Ukraine asked its "
            "allies on Tuesday to sanction Iran, a day after waves of Iranian-made drones dived "
            "into the capital.\n\nFour people were killed when one of the drones hit a "
            "residential building in central Kyiv on Monday, city officials said.")
    assert all(f["attacker"] != "Iran" for f in _strikes(text))


def test_a_maker_blamed_for_the_attack_keeps_the_blame():
    text = (f"Kyiv blames Iran after drones kill four\n{PUB}\nKYIV — Ukraine blamed Iran for "
            "the attack on Tuesday, a day after waves of Iranian-made drones dived into the "
            "capital.\n\nFour people were killed when one of the drones hit a residential "
            "building in central Kyiv on Monday, city officials said.")
    assert "Iran" in {f["attacker"] for f in _strikes(text)}


def test_bombs_that_hit_a_building_there_hit_the_town_just_named_not_the_dateline():
    text = (f"Head\n{PUB}\nBRUSSELS — Belgium will send Ukraine 30 F-16 jets, its prime minister "
            "said on Tuesday.\n\nThe pledge came as Kharkiv buried the victims of a deadly raid. "
            "Two guided bombs hit a crowded hypermarket there on Saturday, killing 18 people.\n\n"
            "On Thursday, a Russian missile strike on a printing house in the city had killed "
            "seven workers.")
    assert {f["target_place"] for f in _strikes(text)} == {"Kharkiv"}


def test_a_capital_held_accountable_is_no_place_hit():
    text = wire("Israeli jets struck the consulate on Monday. The foreign minister said the strike "
                "violated international law and that Washington must be held accountable.",
                "TEHRAN")
    assert "Washington, D.C." not in {f["target_place"] for f in _strikes(text)}


def test_a_capital_that_held_drills_sending_warplanes_is_no_place_hit():
    text = wire("Beijing held large-scale military exercises around the island earlier this "
                "month, sending dozens of warplanes and navy ships into the area.", "TAIPEI")
    assert _strikes(text) == []


def test_warplanes_that_struck_a_capital_still_hit_it():
    text = wire("Israeli warplanes struck Damascus on Monday, killing three people.", "BEIRUT")
    assert [f["target_place"] for f in _strikes(text)] == ["Damascus"]
