"""Arms transfers of issue 11's thirteenth round, from a fresh set's abstract error categories
(never its texts): an accusation's transfer (the accused supplies), "supplying Y's army with
[class] weapons, including A and B", "X is to sell Y N W", "approved a possible sale of ... to Y,
including N W", a second item "together with further W", a passive re-export with its agent in
a by-phrase, cargo on planes "from X" that landed, and two kinds of missile kept apart. Sentences
are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-08-14"
facts, one = make_helpers(PUB)
transfers, _ = make_keys(facts)


def test_the_accused_supplies_never_the_accuser():
    assert transfers("Israel's government accused Iran of shipping armed drones and mortars "
                     "to Hezbollah.") == {
        ("Iran", "Hezbollah", "armed drones"), ("Iran", "Hezbollah", "mortars")}
    assert transfers("Armenia accuses Turkey of sending combat drones to Azerbaijan.") == {
        ("Turkey", "Azerbaijan", "combat drones")}


def test_a_denied_accusation_stays_no_transfer():
    assert transfers("Belgrade denied accusations that it sold rifles to Kosovo.") == set()
    assert transfers("Kyiv accused Moscow of firing Iskander missiles at Kharkiv.") == set()


def test_supplying_a_states_army_with_a_class_of_weapons_including_items():
    assert transfers("China has been supplying Myanmar's army with heavy weapons, including "
                     "K-8 trainer jets and Type 90 howitzers.") == {
        ("China", "Myanmar", "K-8 trainer jets"), ("China", "Myanmar", "Type 90 howitzers")}


def test_two_missile_kinds_in_one_list_stay_two_items():
    got = transfers("North Korea is supplying Russia with ballistic missiles and Kh-55 cruise "
                    "missiles.")
    assert len(got) == 2 and all(s == "North Korea" and r == "Russia" for s, r, _ in got)


def test_is_to_sell_is_a_plan_in_the_active_voice():
    assert transfers("Under an accord signed in June, South Korea is to sell Poland 96 K9 "
                     "howitzers.") == {("South Korea", "Poland", "K9 howitzers")}
    # the passive "are to be sold" gives no subject as supplier
    assert transfers("The howitzers are to be sold to Poland next year.") == set()


def test_the_month_may_is_no_hedge_but_the_modal_is():
    assert transfers("In May the Netherlands delivered 12 F-16 jets to Romania.") == {
        ("Netherlands", "Romania", "F-16 jets")}
    assert transfers("The Netherlands may deliver 12 F-16 jets to Romania.") == set()


def test_approved_a_possible_sale_with_the_items_after_including():
    got = facts("The State Department approved a possible sale of missiles to Denmark, "
                "including 40 SM-6 interceptors and 200 Hellfire missiles.", "ArmsTransfer")
    assert {(f["supplier"], f["recipient"], f["weapon"], f["quantity"]) for f in got} == {
        ("United States", "Denmark", "SM-6 interceptors", 40),
        ("United States", "Denmark", "Hellfire missiles", 200)}
    # a possible sale only weighed is still hedged
    assert transfers("Lawmakers are weighing a possible sale of weapons to Denmark, including "
                     "40 SM-6 interceptors.") == set()


def test_together_with_further_adds_a_second_item():
    assert transfers("Romania said it had received six Patriot launchers from Germany "
                     "together with further IRIS-T launchers.") == {
        ("Germany", "Romania", "Patriot launchers"), ("Germany", "Romania", "IRIS-T launchers")}
    # "with" alone: parts of one item
    assert len(transfers("Germany delivered one Patriot fire unit with launchers and radar "
                         "to Romania.")) == 1


def test_a_passive_re_export_names_its_agent_not_the_maker():
    assert transfers("German-made Leopard 2 tanks were re-exported to Ukraine by Spain, after "
                     "Germany approved the deal.") == {("Spain", "Ukraine", "Leopard 2 tanks")}


def test_planes_carrying_cargo_from_a_state_that_landed():
    assert transfers("Two cargo planes carrying Chinese-made Wing Loong drones from Abu Dhabi "
                     "landed in Tripoli on Friday.") == {
        ("United Arab Emirates", "Libya", "Wing Loong drones")}


def test_rounds_of_ammunition_are_counted_but_a_share_is_not():
    got = one("Norway sent 8,000 rounds of artillery ammunition to Ukraine.", "ArmsTransfer")
    assert (got["supplier"], got["recipient"], got["quantity"]) == ("Norway", "Ukraine", 8000)
    assert one("Norway sent 10% of its artillery ammunition to Ukraine.",
               "ArmsTransfer")["quantity"] is None
