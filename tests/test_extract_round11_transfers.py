"""Arms transfers of issue 11's eleventh round, from that round's abstract error categories
(never a blind text): the supplier told by "it" or "the same government" after a possessive
recipient ("X's main backer"), a national arms maker named for its state, "the army itself has
received", a "[nationality]-made" weapon "supplied by [capital]" owned by a possessive or an
opening "In X,", the user of weapons "bought from" a state, and the time phrase "over the past
three years". Sentences are our own, different from the development set dev11a."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_transfer_views

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2026-03-11"
facts, one = make_helpers(PUB)
transfers, _roles = make_keys(facts)
_pairs, _qty = make_transfer_views(facts)


# ------------------------------------------- 1. "X's main backer. It has sent ..."

def test_it_after_a_possessive_backer_with_a_third_state_in_the_sentence():
    text = ("Turkey has become Somalia's main military backer. It has sent 20 armoured vehicles "
            "and four patrol boats, a diplomat in Nairobi said.")
    assert _pairs(text) == {("Turkey", "Somalia")}
    assert _qty(text) == {"armoured vehicles": 20, "patrol boats": 4}


def test_it_after_a_possessive_with_a_second_state_named_in_comparison():
    text = ("France is now Greece's largest arms supplier after the United States. It has "
            "delivered 24 Rafale jets since 2021.")
    assert _pairs(text) == {("France", "Greece")}


def test_a_plural_possessive_patron():
    text = ("Iran, the Houthis' chief patron, says it sends no weapons. But the same government "
            "has shipped Toufan missiles to the rebels, investigators say.")
    assert _pairs(text) == {("Iran", "Houthis")}


def test_the_same_government_needs_a_subject_before():
    assert _pairs("The same government has shipped 12 drones to Mali.") == set()


def test_main_supplier_of_drones_is_still_a_transfer():
    assert transfers("Turkey has long been Qatar's main supplier of drones.") == {
        ("Turkey", "Qatar", "drones")}


def test_over_the_past_years_is_a_time_not_an_attack():
    text = ("China is Cambodia's biggest backer. It has sent six helicopters over the past "
            "two years.")
    assert _pairs(text) == {("China", "Cambodia")}


def test_sent_drones_over_a_city_is_no_transfer():
    assert transfers("Russia is Belarus's main arms supplier. It sent drones over Kyiv.") == set()


# ------------------------------------------- 2. a national arms maker named for its state

def test_a_maker_named_with_its_states_adjective():
    assert _pairs("Turkish Aerospace will deliver 12 Hurjet trainer jets to Indonesia.") == {
        ("Turkey", "Indonesia")}


def test_a_maker_named_with_its_state():
    assert _pairs("Pakistan Ordnance Factories shipped 20,000 mortar rounds to Nigeria in "
                  "May.") == {("Pakistan", "Nigeria")}
    assert _qty("Pakistan Ordnance Factories shipped 20,000 mortar rounds to Nigeria in "
                "May.") == {"mortar rounds": 20000}


def test_a_russian_state_exporter():
    assert _pairs("Rosoboronexport delivered eight Mi-35 helicopters to Mali.") == {
        ("Russia", "Mali")}


def test_a_turkish_adjective_alone_is_no_supplier_of_a_strike():
    assert _pairs("Turkish drones struck a convoy near Kidal on Monday.") == set()


# ------------------------------------------- 3. "the army itself has received"

def test_the_army_itself_is_the_state_of_the_sentence_before():
    text = ("Chad is rearming too. The army itself has received ten armoured vehicles from the "
            "United Arab Emirates.")
    assert _pairs(text) == {("United Arab Emirates", "Chad")}


def test_the_army_itself_after_a_named_army_in_the_same_sentence():
    text = ("The Somali army said the army itself has received 40 pickup-mounted rocket "
            "launchers from Egypt.")
    assert _pairs(text) == {("Egypt", "Somalia")}


def test_the_army_itself_took_part_is_no_transfer():
    assert transfers("Chad is rearming. The army itself has received no new weapons.") == set()


# ------------------------------------------- 4. "[nationality]-made W, supplied by [capital]"

def test_possessive_owner_of_a_made_in_list():
    assert _pairs("Algeria's Russian-made Su-30 jets, supplied by Moscow in 2008, patrol the "
                  "coast.") == {("Russia", "Algeria")}


def test_in_state_opening_a_made_in_list():
    assert _pairs("In Ethiopia, Chinese-made Wing Loong drones, supplied by Beijing last year, "
                  "fly over Amhara.") == {("China", "Ethiopia")}


def test_in_a_city_is_no_recipient_of_its_own():
    # the opening names a place, not the owner: the supplier's one partner is used instead
    assert ("China", "Ethiopia") not in _pairs(
        "In Nairobi, analysts said the drones, supplied by Beijing, were Ethiopian.")


# ------------------------------------------- 5. the user of weapons "bought from" a state

def test_an_air_force_flies_jets_bought_from_a_state():
    assert _pairs("Nigeria's air force now flies 12 JF-17 jets bought from Pakistan.") == {
        ("Pakistan", "Nigeria")}


def test_bangladesh_is_no_hedge():
    # ("ban..." once read Bangladesh as a ban on the supply)
    assert _pairs("Bangladesh bought 16 fighter jets from China in 2025.") == {
        ("China", "Bangladesh")}


def test_a_ban_is_still_a_hedge():
    assert transfers("Germany banned the export of 40 tanks to Saudi Arabia.") == set()


# ------------------------------------------- 6. package items told in another sentence

def test_among_the_items_are_continues_the_package_before():
    text = ("Spain approved a military aid package for Mauritania on Monday. Among the items "
            "are 12 armoured vehicles and three patrol boats, officials said.")
    assert _pairs(text) == {("Spain", "Mauritania")}
    assert _qty(text) == {"armoured vehicles": 12, "patrol boats": 3}


def test_among_the_items_without_a_transfer_before_is_nothing():
    assert transfers("Among the items are 12 armoured vehicles and three patrol boats.") == set()


def test_a_package_led_by_its_first_item_after_its_worth_and_day():
    text = ("Sweden announced a new military aid package for Ukraine worth 1.2 billion kronor "
            "on Monday, led by 20 CV90 infantry fighting vehicles.")
    assert transfers(text) == {("Sweden", "Ukraine", "CV90 infantry fighting vehicles")}
    assert _qty(text) == {"CV90 infantry fighting vehicles": 20}


def test_shells_counted_in_hundreds_of_thousands():
    assert _qty("South Korea sent 300,000 artillery shells to Poland.") == {
        "artillery shells": 300000}


def test_money_in_hundreds_of_thousands_is_no_count():
    assert _qty("Canada sent $400,000 worth of shells to Ukraine.") == {"shells": None}


# ------------------------------------------- 7. subjects: a seat of government, asides

def test_the_government_in_a_capital_is_its_state():
    assert _pairs("The government in Rome approved exports of 12 M-346 jets to Nigeria.") == {
        ("Italy", "Nigeria")}


def test_a_strike_on_the_government_in_a_capital_is_no_subject():
    assert _pairs("Drones struck the government in Khartoum. Egypt sent 10 tanks to "
                  "Chad.") == {("Egypt", "Chad")}


def test_the_enemy_in_an_aside_is_no_recipient():
    assert _pairs("Mali's army, fighting the JNIM, received six drones from Turkey.") == {
        ("Turkey", "Mali")}


def test_the_enemy_after_a_war_aside_is_no_recipient():
    assert _pairs("Iran supplied 200 drones to Russia for its war against Ukraine.") == {
        ("Iran", "Russia")}


def test_which_a_capital_supplied_to_another():
    assert _pairs("Odesa was hit by Shahed drones, which Tehran supplied to Moscow.") == {
        ("Iran", "Russia")}


# ------------------------------------------- 8. a buyer's pledge is read forwards

def test_committed_to_buy_from_gives_the_seller():
    assert _pairs("Chile committed on Friday to buy 10 Gripen jets from Sweden.") == {
        ("Sweden", "Chile")}


def test_pledged_to_purchase_from_gives_the_seller():
    assert _pairs("Peru has pledged to purchase 24 K2 tanks from South Korea.") == {
        ("South Korea", "Peru")}


def test_committed_weapons_to_a_state_is_still_a_supply():
    assert _pairs("Norway committed 14 howitzers to Ukraine.") == {("Norway", "Ukraine")}


# ------------------------------------------- 9. one fact per system

def test_the_headlines_phrase_joins_the_bodys_named_system():
    text = ("Japan delivers heavy bombs to Australia\n\nJapan has delivered 300 Mk-82 bombs to "
            "Australia, officials said.")
    rec = extract_text(text, published=PUB)  # (the helpers add a headline of their own)
    got = [f for f in record_to_gold_facts(rec)["facts"] if f["type"] == "ArmsTransfer"]
    assert [(f["supplier"], f["recipient"], f["weapon"], f["quantity"]) for f in got] == [
        ("Japan", "Australia", "Mk-82 bombs", 300)]


def test_the_first_aircraft_is_the_type_named_before():
    text = ("Egypt agreed last month to purchase 12 J-10C fighter jets from China. China will "
            "deliver the first aircraft in 2027.")
    assert transfers(text) == {("China", "Egypt", "J-10C fighter jets")}


# ------------------------------------------- 10. "supplied by [capital]" and attacks

def test_supplied_by_a_capital_to_another():
    assert _pairs("Turkish-made TB2 drones, supplied by Ankara to Kyiv in 2022, hit Russian "
                  "convoys.") == {("Turkey", "Ukraine")}


def test_the_state_a_supplied_weapon_struck_is_no_recipient():
    text = ("KYIV - Iranian-made Shahed drones, supplied by Tehran, have struck Ukrainian "
            "cities for months.")
    assert ("Iran", "Ukraine") not in _pairs(text)


def test_the_attacker_firing_a_supplied_weapon_is_the_recipient():
    assert _pairs("Russia launched Iranian-made Shahed drones, supplied by Tehran, at "
                  "Ukrainian cities overnight.") == {("Iran", "Russia")}


# ------------------------------------------- 11. list items across sentences, not across attacks

def test_among_them_are_items_of_the_package_before():
    text = ("Canada announced a package of military aid for Latvia on Friday. Among them are "
            "eight LAV armoured vehicles.")
    assert transfers(text) == {("Canada", "Latvia", "LAV armoured vehicles")}


def test_list_items_after_an_attack_are_not_the_earlier_transfers():
    text = ("France sent howitzers to Ukraine in May. Russia fired missiles at Odesa on "
            "Sunday. Among them were three Iskander missiles.")
    assert transfers(text) == {("France", "Ukraine", "howitzers")}


def test_took_delivery_with_its_day_in_between():
    assert _qty("Ghana took delivery on Tuesday of four Z-9 helicopters from China.") == {
        "Z-9 helicopters": 4}
    assert _pairs("Ghana took delivery on Tuesday of four Z-9 helicopters from China.") == {
        ("China", "Ghana")}


def test_it_after_a_supplier_that_is_not_the_subject():
    text = ("The deal made Paris Athens's main arms supplier. It has since delivered 24 Rafale "
            "jets.")
    assert transfers(text) == {("France", "Greece", "Rafale jets")}


def test_it_after_a_supplier_named_as_an_object_needs_a_supply_verb():
    text = ("The deal made Paris Athens's main arms supplier. It said the jets were on "
            "schedule.")
    assert transfers(text) == set()


def test_committed_money_to_buy_from_gives_the_seller():
    assert _pairs("Egypt committed $2 billion to buy 12 J-10C jets from China.") == {
        ("China", "Egypt")}
