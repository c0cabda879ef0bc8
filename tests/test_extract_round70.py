"""Round 70, from `blind91`'s and `blind92`'s abstract categories. Roles: a capital's name used as
a first name after a title ("President Santiago Pena", "Defence Minister Wellington Koo") is the
person's, not the state the capital stands for; a guessed US minister serves the other state told
(the United States has secretaries). Strikes: "a deal it struck in January with X" is a deal made;
"the first attack so close to Beirut" a comparison; "rockets fired from Lebanon hit Haifa" hit
Haifa, with the rockets; "the strike was ordered by Prime Minister X" (or "X ordered the strike")
gives X's state; "[side] said it had been targeting ..." claims the attack just told; "In a
separate raid ..." is by the side of the attack just told. Treaties: "Redfern and Ukrainian
President X signed a partnership treaty" (a surname told before and a titled full name). Transfers: the source after a comma
("received shipments, including W, from S"); "W pledged by S is expected in R"; "50 CV90 vehicles"
names a weapon. Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, make_side_view, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)
_sides = make_side_view(facts)


def _people(text: str) -> set[tuple]:
    return {(p, c) for p, _, c in _roles(text)}


def test_a_capitals_name_after_a_title_is_a_first_name():
    text = wire("President Santiago Pena said the deal was fair.", "ASUNCION")
    assert _people(text) == {("Santiago Pena", "Paraguay")}
    assert not facts(text, "Treaty")  # no state "Chile" to sign anything
    text = wire("Defence Minister Wellington Koo said the drills were a threat.", "TAIPEI")
    assert _people(text) == {("Wellington Koo", "Taiwan")}


def test_a_capital_after_a_title_with_no_name_after_it_is_still_its_state():
    text = wire("Envoys met in Santiago on Monday, and Chile's President Gabriel Boric hosted "
                "them.", "SANTIAGO")
    assert ("Gabriel Boric", "Chile") in _people(text)


def test_a_guessed_us_minister_serves_the_other_state_told():
    text = wire("The United States approved the sale of 400 Harpoon missiles to Taiwan on "
                "Tuesday. Defence Minister Lin Chen-wei said the missiles would arrive next year.",
                "WASHINGTON")
    assert ("Lin Chen-wei", "Taiwan") in _people(text)
    assert ("Lin Chen-wei", "United States") not in _people(text)


def test_a_us_secretary_is_still_american():
    text = wire("The United States approved the sale of 400 Harpoon missiles to Taiwan on "
                "Tuesday. Defense Secretary Mark Hollis said the sale was routine.", "WASHINGTON")
    assert ("Mark Hollis", "United States") in _people(text)


def test_a_deal_struck_in_a_month_with_a_region_is_no_attack():
    text = wire("Turkey has honoured a deal it struck in January with the Kurdistan region, "
                "officials said.", "ANKARA")
    assert not facts(text, "Strike")


def test_a_state_that_struck_a_town_in_a_month_is_still_an_attack():
    text = wire("Russia struck Kharkiv on Monday with missiles, killing four people.", "KYIV")
    assert {p for _, p in _sides(text)} == {"Kharkiv"}


def test_the_first_attack_so_close_to_a_city_is_no_attack_on_it():
    text = wire("Israel struck a building in Tyre on Monday, killing three people. It was the "
                "first attack so close to Beirut since the ceasefire, officials said.", "BEIRUT")
    assert {p for _, p in _sides(text)} == {"Tyre"}


def test_an_attack_close_to_a_city_is_still_placed():
    text = wire("Israeli jets struck a village close to Tyre on Monday, killing three people.",
                "BEIRUT")
    assert len(facts(text, "Strike")) == 1


def test_rockets_fired_from_a_state_hit_the_place_after_the_verb():
    text = wire("Rockets fired from Lebanon hit Haifa on Monday, killing two people.", "BEIRUT")
    strike = one(text, "Strike")
    assert (strike["target_place"], strike["weapon"]) == ("Haifa", "Rockets")


def test_a_place_fired_from_is_still_not_hit():
    text = wire("Hezbollah said it fired rockets from southern Lebanon at Haifa on Monday.",
                "BEIRUT")
    assert "Lebanon" not in {p for _, p in _sides(text)}


def test_the_source_after_a_comma_supplies_the_items_received():
    text = wire("Sudan's army has received shipments, including Kornet missiles, from Iran, a UN "
                "panel said.", "KHARTOUM")
    assert _transfers(text) == {("Iran", "Sudan", "Kornet missiles")}
    text = wire("Sudan's army has received Kornet missiles and Mohajer drones, from Iran, a UN "
                "panel said.", "KHARTOUM")
    assert _transfers(text) == {("Iran", "Sudan", "Kornet missiles"),
                                ("Iran", "Sudan", "Mohajer drones")}


def test_a_comma_before_from_and_a_place_names_no_supplier():
    text = wire("Sudan's army has received Kornet missiles, from the port, a UN panel said.",
                "KHARTOUM")
    assert {s for s, _, _ in _transfers(text)} <= {None}


def test_a_pledge_expected_in_the_recipient():
    text = wire("Two Patriot batteries pledged by Germany are expected in Ukraine next month.",
                "KYIV")
    assert _transfers(text) == {("Germany", "Ukraine", "Patriot")}


def test_weapons_expected_with_no_supplier_are_no_transfer():
    text = wire("Two Patriot batteries are expected in Ukraine next month.", "KYIV")
    assert not facts(text, "ArmsTransfer")


def test_a_leader_who_ordered_the_strike_gives_its_side():
    for told in ("The strike was ordered by Prime Minister Avi Dotan, officials said.",
                 "Prime Minister Avi Dotan ordered the strike, officials said."):
        text = wire("An air strike on a school in Khan Younis killed 15 people on Monday. "
                    "Israel's prime minister is Avi Dotan. " + told, "GAZA")
        assert one(text, "Strike")["attacker"] == "Israel"


def test_weapons_ordered_by_a_leader_give_no_side():
    text = wire("An air strike on a school in Khan Younis killed 15 people on Monday. Israel's "
                "prime minister, Avi Dotan, ordered new radars from France.", "GAZA")
    assert one(text, "Strike")["attacker"] is None


def test_a_side_that_says_it_had_been_targeting_claims_the_attack():
    text = wire("A port in Odesa was hit overnight, killing two people. Russia said it had been "
                "targeting military sites.", "KYIV")
    assert one(text, "Strike")["attacker"] == "Russia"


def test_a_side_that_says_it_had_been_talking_claims_nothing():
    text = wire("A port in Odesa was hit overnight, killing two people. Russia said it had been "
                "talking to Turkey about grain.", "KYIV")
    assert one(text, "Strike")["attacker"] is None


def test_a_separate_raid_is_by_the_side_of_the_attack_just_told():
    text = wire("US forces struck al-Shabaab fighters near Jilib on Monday. In a separate raid in "
                "Bay province, four militants were killed.", "MOGADISHU")
    assert {a for a, _ in _sides(text)} == {"United States"}


def test_a_designation_before_vehicles_names_a_weapon():
    text = wire("Sweden will send 50 CV90 vehicles to Ukraine, the government said.", "STOCKHOLM")
    assert _transfers(text) == {("Sweden", "Ukraine", "CV90 vehicles")}


def test_vehicles_with_no_designation_are_no_weapon():
    text = wire("Japan will send 100 tactical vehicles and 40 Toyota vehicles to Ukraine.",
                "TOKYO")
    assert not facts(text, "ArmsTransfer")


def test_a_surname_and_a_titled_full_name_sign_a_treaty_of_their_states():
    text = wire("Prime Minister Alan Redfern of Britain visited Kyiv on Monday. In January, "
                "Redfern and Ukrainian President Petro Danylenko signed a partnership treaty.",
                "LONDON")
    treaty = one(text, "Treaty")
    assert (set(treaty["parties"]), set(treaty["signatories"])) == (
        {"United Kingdom", "Ukraine"}, {"Alan Redfern", "Petro Danylenko"})


def test_a_surname_whose_office_was_only_guessed_signs_nothing_beside_a_full_name():
    text = wire("President Alan Redfern spoke in Washington on Monday. In January, Redfern and "
                "Ukrainian President Petro Danylenko signed a partnership treaty.", "WASHINGTON")
    assert ["United States"] not in [sorted(set(t["parties"]) - {"Ukraine"})
                                     for t in facts(text, "Treaty")]

