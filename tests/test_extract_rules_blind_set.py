"""Failure causes seen on a blind set, each with new sentences written for it (not taken from
any article): the rules must handle the construction, not the text."""

from __future__ import annotations

from extract_helpers import make_helpers  # noqa: E402

from kg.extract.records import extract_text, record_to_gold_facts  # noqa: E402

PUB = "2024-05-17"  # a Friday
facts, one = make_helpers(PUB)


def triples(text: str) -> set[tuple]:
    return {(f["supplier"], f["recipient"], f["weapon"]) for f in facts(text, "ArmsTransfer")}


# ----------------------------------------------------------------------------- transfers

def test_transfer_future_double_object():
    f = one("Spain said on Tuesday it would send Ukraine a further Patriot battery.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"]) == ("Spain", "Ukraine") and "Patriot" in f["weapon"]


def test_transfer_progressive_double_object():
    f = one("Italy said it was sending Ukraine the SAMP/T air defence system.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"]) == ("Italy", "Ukraine")


def test_transfer_handed_with_hedged_quantity():
    f = one("The Czech Republic handed Ukraine more than 90 T-72 tanks last year.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Czech Republic", "Ukraine", 90)


def test_transfer_progressive_with_object_group_reference():
    text = ("Hezbollah has fought Israel along the border since October. Iran has been arming "
            "the group with drones and anti-tank missiles for years.")
    got = {(s, r) for s, r, _ in triples(text)}
    assert got == {("Iran", "Hezbollah")}


def test_transfer_recipient_from_article_context():
    text = ("Britain sent Ukraine Storm Shadow cruise missiles last May. France has since "
            "supplied its own version of the weapon, known as SCALP.")
    got = triples(text)
    assert ("France", "Ukraine") in {(s, r) for s, r, _ in got}
    assert len(got) == 2


def test_transfer_from_arms_maker():
    f = one("Malaysia signed a contract to buy 18 FA-50 light combat jets from Korea Aerospace "
            "Industries.", "ArmsTransfer")
    assert f["recipient"] == "Malaysia" and f["quantity"] == 18
    assert f["supplier"] in ("Korea Aerospace Industries", "South Korea")


def test_transfer_passive_contract_supplier_from_context():
    text = ("Romania has agreed to buy rocket launchers from South Korea. In March, contracts were "
            "signed for 54 K239 rocket launchers and 30 K9 howitzers.")
    got = {(s, r) for s, r, _ in triples(text)}
    assert got == {("South Korea", "Romania")}
    assert len(triples(text)) == 2


def test_transfer_came_from_two_suppliers():
    text = ("Norway delivered the first F-16 jets to Ukraine last summer. The rest of the planes "
            "came from Denmark and Belgium.")
    got = {(s, r) for s, r, _ in triples(text)}
    assert got == {("Norway", "Ukraine"), ("Denmark", "Ukraine"), ("Belgium", "Ukraine")}


def test_transfer_received_does_not_make_recipient_a_supplier():
    text = ("Russia said it had shot down one of the Western-supplied warplanes that Ukraine "
            "received this year, a claim Kyiv rejected.")
    for f in facts(text, "ArmsTransfer"):
        assert f["supplier"] != "Ukraine"


# ----------------------------------------------------------------------------- treaties

def test_treaty_party_named_through_its_leader_and_put_name_to():
    f = one("Zelenskyy also put his name to a second pact, with Japanese Prime Minister Fumio "
            "Kishida, on Thursday.", "Treaty", published="2024-06-14")
    assert set(f["parties"]) == {"Ukraine", "Japan"}


def test_treaty_leader_without_title_stands_for_state():
    f = one("Volodymyr Zelenskyy and Fumio Kishida signed a ten-year security accord in Italy.",
            "Treaty", published="2024-06-14")
    assert set(f["parties"]) == {"Ukraine", "Japan"}


def test_treaty_elliptical_same_counterpart():
    text = ("Ukraine and Canada signed a ten-year security agreement on Saturday. Denmark signed "
            "the first such deal in January, and Italy and Spain followed in February.")
    got = {frozenset(f["parties"]) for f in facts(text, "Treaty")}
    assert got == {frozenset({"Ukraine", "Canada"}), frozenset({"Ukraine", "Denmark"}),
                   frozenset({"Ukraine", "Italy"}), frozenset({"Ukraine", "Spain"})}


# ----------------------------------------------------------------------------- roles

def test_role_in_relative_clause_after_the_name():
    fs = facts("The talks were hosted by Crown Prince Mohammed bin Salman, who is also Saudi "
               "Arabia's prime minister.", "LeaderRole")
    assert ("Mohammed bin Salman", "Saudi Arabia") in {(f["person"], f["country"]) for f in fs}


def test_role_honorific_and_unknown_long_arab_name():
    f = one("Kuwait's foreign minister, Sheikh Salem Abdullah Al-Jaber Al-Sabah, arrived in "
            "Doha.", "LeaderRole")
    assert f["country"] == "Kuwait" and f["person"].endswith("Al-Sabah")
    assert "Sheikh" not in f["person"]


# ----------------------------------------------------------------------------- strikes

def strikes(text: str, published: str = PUB) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike", published)}


def test_strike_background_sent_missiles_at_a_state():
    fs = facts("Israel is still weighing its reply. Iran sent about 200 ballistic missiles at "
               "Israel on 13 April.", "Strike")
    assert [(f["attacker"], f["target_country"]) for f in fs] == [("Iran", "Israel")]
    assert fs[0]["date"] == "2024-04-13"


def test_strike_noun_subject_destroyed_facility():
    f = one("Russian strikes destroyed the Zmiiv thermal power plant on 22 March.", "Strike")
    assert (f["attacker"], f["target_place"], f["date"]) == ("Russia", "Zmiiv", "2024-03-22")


def test_strike_group_reference_fires_rockets():
    text = ("Hezbollah says it acts in support of Hamas. On Tuesday the group fired dozens of "
            "rockets at Kiryat Shmona.")
    assert strikes(text) == {("Hezbollah", "Kiryat Shmona")}


def test_strike_targets_inside_a_state():
    fs = facts("Pakistan said India struck nine sites inside Pakistan and Pakistani-administered "
               "Kashmir on Wednesday.", "Strike")
    assert [f["attacker"] for f in fs] == ["India"]


def test_strike_facility_inside_city_gives_the_city():
    f = one("Ukrainian missiles hit the Zaliv shipyard in Kerch on Saturday.", "Strike")
    assert (f["attacker"], f["target_place"]) == ("Ukraine", "Kerch")


def test_strike_district_of_city_already_struck_is_the_same_strike():
    text = ("Israeli jets struck Beirut on Friday, killing six people. The strikes hit several "
            "buildings in Dahieh, the city's southern suburbs.")
    assert strikes(text) == {("Israel", "Beirut")}


def test_strike_headline_place_yields_to_body_place():
    rec = extract_text("Ukraine hits Russian warship in Crimea\n\nUkrainian sea drones struck a "
                       "Russian landing ship near Sevastopol overnight, the navy said.",
                       published=PUB)
    got = {(f["attacker"], f["target_place"]) for f in record_to_gold_facts(rec)["facts"]
           if f["type"] == "Strike"}
    assert got == {("Ukraine", "Sevastopol")}


def test_no_strike_from_generic_capability_sentence():
    assert facts("Kyiv wants more launchers for systems that help bring down drones fired at "
                 "towns and cities.", "Strike") == []


def test_second_clause_strike_has_its_own_attacker_and_weapon():
    fs = facts("Hezbollah fired rockets at Metula on Sunday, and Israel struck the Bekaa Valley "
               "hours later.", "Strike")
    got = {(f["attacker"], f["target_place"]): f["weapon"] for f in fs}
    assert set(got) == {("Hezbollah", "Metula"), ("Israel", "Bekaa Valley")}
    assert got[("Israel", "Bekaa Valley")] is None


def test_transfer_came_from_with_recipient_and_quantities_in_other_sentences():
    text = ("Moldova has taken delivery of its first Piranha armoured vehicles. The vehicles came "
            "from Germany and Austria. Berlin has supplied 12 of them and the Austrian "
            "government 8.")
    got = {(f["supplier"], f["recipient"], f["quantity"]) for f in facts(text, "ArmsTransfer")}
    assert got == {("Germany", "Moldova", 12), ("Austria", "Moldova", 8)}


# ----------------------------------------------------------------------------- found on probes

def test_transfer_plural_designation_and_condition_in_another_clause():
    f = one("Officials said Oslo would send Kyiv six F-16s this year, with more to come once "
            "pilots are trained.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["weapon"], f["quantity"]) == (
        "Norway", "Ukraine", "F-16s", 6)


def test_transfer_organisation_modifying_a_noun_is_not_the_supplier():
    fs = facts("Estonia was the first EU member to pledge the howitzers.", "ArmsTransfer")
    assert all(f["supplier"] != "European Union" for f in fs)


def test_strike_place_after_saying_is_not_hit():
    assert strikes("The militia began attacking ships in the Gulf of Aden in March, saying it "
                   "acts for the people of Gaza.") == set()


def test_strike_coordinated_subject_and_attacker_for_a_later_place():
    text = ("France and Britain struck Islamic State targets in Syria on Sunday. Jets and drones "
            "hit depots near Raqqa, officials said.")
    assert strikes(text) == {("France", "Raqqa")}


def test_strike_weapon_subject_damaged_facility_in_city():
    f = one("Russian missiles damaged a grain terminal in Izmail on Wednesday.", "Strike")
    # the GeoNames name of the town (the article's spelling is kept as an alias)
    assert (f["attacker"], f["target_place"]) == ("Russia", "Izmayil")


def test_no_strike_from_damage_without_weapon():
    assert facts("Heavy rain damaged a bridge in Izmail on Wednesday.", "Strike") == []


def test_transfer_recipient_of_the_same_system_among_several():
    text = ("Britain sent Storm Shadow missiles to Ukraine in May. Russia has received drones from "
            "Iran. France has since supplied its own version of the missile, known as SCALP.")
    assert ("France", "Ukraine") in {(s, r) for s, r, _ in triples(text)}
    assert ("France", "Russia") not in {(s, r) for s, r, _ in triples(text)}


def test_transfer_committed_to():
    f = one("Norway has committed six F-16 jets to Ukraine.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Norway", "Ukraine", 6)


def test_transfer_contract_prefers_the_state_over_its_arms_maker():
    text = ("Warsaw agreed to buy 48 FA-50 jets from Korea Aerospace Industries. It also bought "
            "tanks from South Korea. In August, contracts were signed for 180 K2 tanks.")
    got = {(s, r) for s, r, w in triples(text) if "K2" in (w or "")}
    assert got == {("South Korea", "Poland")}


def test_treaty_elliptical_without_agreement_noun():
    text = ("Ukraine and Sweden signed a security agreement on Thursday. Finland signed the first "
            "in April, and Norway followed in May.")
    got = {frozenset(f["parties"]): f["date"] for f in facts(text, "Treaty", "2024-06-01")}
    assert got[frozenset({"Ukraine", "Finland"})] == "2024-04"
    assert got[frozenset({"Ukraine", "Norway"})] == "2024-05"
    assert len(got) == 3


def test_strike_second_clause_with_demonym_attacker_gets_its_own_place():
    text = ("Hezbollah has attacked Israel since October. On Monday the group fired 50 rockets at "
            "northern Israel, and Israeli jets struck the Bekaa Valley.")
    got = {(f["attacker"], f["target_place"]): f["weapon"] for f in facts(text, "Strike")}
    assert ("Israel", "Bekaa Valley") in got and got[("Israel", "Bekaa Valley")] != "rockets"
    assert ("Hezbollah", "Bekaa Valley") not in got


def test_transfer_progressive_inside_a_rejected_report_is_no_transfer():
    assert facts("Minsk dismissed reports that Belarus was sending Russia artillery shells.",
                 "ArmsTransfer") == []


def test_strike_headline_region_yields_to_unknown_body_place():
    rec = extract_text("Russia strikes Odesa region port\n\nRussian drones hit the port of "
                       "Pivdennyi on Monday, killing two people.", published=PUB)
    got = {(f["attacker"], f["target_place"]) for f in record_to_gold_facts(rec)["facts"]
           if f["type"] == "Strike"}
    assert got == {("Russia", "Pivdennyi")}


def test_transfer_would_receive_from_is_a_stated_plan():
    f = one("Ukraine would receive 12 F-16 jets from Denmark, Copenhagen said.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Denmark", "Ukraine", 12)
    assert facts("Ukraine would receive more F-16 jets from Denmark if the war continued.",
                 "ArmsTransfer") == []


def test_transfer_contract_with_seller_then_for_weapons():
    f = one("Norway signed a contract worth $1.2bn with German firms on Monday for 54 more "
            "Leopard 2 tanks.", "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Germany", "Norway", 54)


def test_strike_place_is_not_a_word_of_a_named_line():
    f = one("Shelling along the Line of Control killed four people in the town of Uri, Indian "
            "officials said.", "Strike")
    assert f["target_place"] == "Uri"


def test_no_strike_from_a_campaign_summary():
    assert facts("Moscow has fired hundreds of missiles at Ukrainian towns over the past two "
                 "years.", "Strike") == []


def test_strike_the_attack_answered_is_its_own_strike():
    text = ("Israeli jets struck military sites in Iran on Saturday in retaliation for an Iranian "
            "missile attack on Israel earlier this month.")
    fs = facts(text, "Strike", "2024-10-26")
    got = sorted((f["attacker"], f["target_country"], f["date"]) for f in fs)
    assert got == [("Iran", "Israel", None), ("Israel", "Iran", "2024-10-26")]


def test_strikes_of_one_attacker_in_different_months_stay_apart():
    text = ("Iran fired ballistic missiles at Israel on 1 October. Iran had already sent drones "
            "and missiles at Israel in April.")
    fs = facts(text, "Strike", "2024-10-26")
    assert sorted(f["date"] for f in fs) == ["2024-04", "2024-10-01"]


def test_transfer_received_in_relative_clause_with_named_system_in_apposition():
    text = ("Moscow claimed to have downed three Su-25s, the Soviet-designed jets that Ukraine "
            "received from North Macedonia.")
    got = {(f["supplier"], f["recipient"], f["weapon"], f["quantity"])
           for f in facts(text, "ArmsTransfer")}
    assert got == {("North Macedonia", "Ukraine", "Su-25s", None)}


def test_transfer_purpose_clause_weapons_are_not_received():
    text = "Ukraine used the jets it received from Norway to down Russian drones."
    got = {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer")}
    assert got == {("Norway", "Ukraine")}


def test_treaty_possessive_owner_of_a_passive_pact_is_a_party():
    f = one("Estonia's defence pact with Finland, signed in January, covers air policing.",
            "Treaty")
    assert set(f["parties"]) == {"Estonia", "Finland"}


def test_strike_in_an_air_strike_takes_the_clause_subject():
    f = one("Israel killed a senior Hamas commander in an air strike on Khan Younis on Monday.",
            "Strike")
    assert (f["attacker"], f["target_place"]) == ("Israel", "Khan Younis")


def test_strike_ship_name_is_not_the_place():
    f = one("The Houthis fired a missile at the Ocean Star tanker in the Gulf of Aden on Friday.",
            "Strike")
    assert (f["attacker"], f["target_place"]) == ("Houthis", "Gulf of Aden")


def test_transfer_arrived_with_supplier_by_phrase():
    f = one("The first of 20 Leopard 1 tanks promised by Denmark arrived in Ukraine last week.",
            "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("Denmark", "Ukraine", 20)


def test_transfer_quantity_n_of_its():
    f = one("Portugal is donating six of its Leopard 2 tanks to Ukraine.", "ArmsTransfer")
    assert f["quantity"] == 6


def test_transfer_plural_model_name_joins_the_generic_noun():
    f = one("Germany became the first country to send Western tanks to Ukraine when it pledged "
            "18 Leopard 2s.", "ArmsTransfer")
    assert (f["supplier"], f["quantity"]) == ("Germany", 18) and "Leopard 2" in f["weapon"]


def test_group_reference_falls_back_to_a_group_named_after_a_preposition():
    text = ("Israel has hit targets of Hezbollah for months. On Monday the group fired rockets at "
            "Metula.")
    assert strikes(text) == {("Hezbollah", "Metula")}


def test_strike_casualties_in_the_next_sentence():
    f = one("Russian missiles struck Zaporizhzhia on Friday. At least seven people were killed "
            "and 21 injured, the governor said.", "Strike")
    assert (f["target_place"], f["killed"], f["injured"]) == ("Zaporizhzhia", 7, 21)


def test_strike_place_named_as_port_of():
    f = one("Russian drones hit grain silos in the Danube port of Reni overnight.", "Strike")
    assert f["target_place"] == "Reni"


def test_strike_attacker_blamed_in_the_next_sentence():
    text = ("Drones hit a fuel depot in Omdurman on Sunday, the army said. The army blamed the "
            "paramilitary Rapid Support Forces.")
    assert strikes(text) == {("Rapid Support Forces", "Omdurman")}


def test_transfer_sale_of_to_including_list():
    text = ("The United States approved the sale of $8bn in arms to Taiwan, including F-16 "
            "fighter jets and Harpoon missiles, the State Department said.")
    got = {(s, r) for s, r, _ in triples(text)}
    assert got == {("United States", "Taiwan")} and len(triples(text)) == 2


def test_transfer_thousands_separator_and_pronoun_supplier():
    text = ("Washington is the biggest arms supplier of Israel and Israel relies on it. It has "
            "delivered more than 14,000 MK-84 bombs since October.")
    f = one(text, "ArmsTransfer")
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("United States", "Israel", 14000)


def test_anti_tank_and_tank_ammunition_are_not_tanks():
    fs = facts("Germany has approved exports of anti-tank weapons and tank ammunition to Israel.",
               "ArmsTransfer")
    assert all(f["weapon"] not in ("tank", "tanks") for f in fs)


def test_sent_drones_against_targets_is_no_transfer():
    text = ("Saudi Arabia said its oil sites were attacked. Saudi officials blamed Yemen. The "
            "Houthis said they had sent twelve drones against the Saudi facilities.")
    assert facts(text, "ArmsTransfer") == []


def test_transfer_came_from_names_the_system_of_the_sentence_before_and_its_recipient():
    text = ("Officials in Kyiv said the first Gripen-39s had landed. The jets came from Sweden, "
            "which has pledged more.")
    got = {(f["supplier"], f["recipient"], f["weapon"]) for f in facts(text, "ArmsTransfer")}
    assert got == {("Sweden", "Ukraine", "Gripen-39s")}


def test_air_defence_destroying_drones_is_no_strike():
    assert facts("Polish air defences destroyed 12 drones over Lviv overnight.", "Strike") == []
