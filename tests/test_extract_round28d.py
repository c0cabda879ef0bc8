"""Arms transfers missed or wrongly read, issue 11's twenty-eighth round (helper D), from a fresh
set's abstract error categories (never its texts). Sentences are our own: passive and possessive
wordings ("[R]'s W were bought from [S]", "the W used by [G] are supplied by [S]"), "[R]'s armed
forces rely on [demonym] equipment, including A and B"; each with the near-miss that must not
fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)

transfers, pairs = make_transfer_tuples(facts)


# ------------------------------------------------------------ clauses: "[R]'s armed forces"

def test_armed_forces_relying_on_demonym_equipment_receive_each_listed_item():
    text = dated("ASTANA", "Kazakhstan's armed forces rely largely on Russian equipment, "
                 "including Su-30 fighters and Mi-35 attack helicopters, officials said.")
    got = {(s, r, w) for s, r, w, _ in transfers(text)}
    assert ("Russia", "Kazakhstan", "Su-30") in got
    assert ("Russia", "Kazakhstan", "Mi-35 attack helicopters") in got


def test_armed_forces_relying_on_their_own_equipment_receive_nothing():
    text = dated("ASTANA", "Kazakhstan's armed forces rely largely on their own equipment, "
                 "including armoured vehicles built in Petropavl, officials said.")
    assert pairs(text) == set()


# ------------------------------------------------------------ clauses: "the [demonym] ministry"

def test_demonym_defence_ministry_supplies_to_a_capital():
    text = dated("WARSAW", "The Danish defence ministry has agreed to transfer eight Caesar "
                 "howitzers to Vilnius by the spring, officials said.")
    assert ("Denmark", "Lithuania") in pairs(text)


def test_demonym_defence_ministry_reporting_another_state_supply():
    text = dated("WARSAW", "The Danish defence ministry said France had sent eight Caesar "
                 "howitzers to Lithuania.")
    assert pairs(text) == {("France", "Lithuania")}


def test_possessive_ministry_of_defence_supplies():
    text = dated("LONDON", "Britain's Ministry of Defence will send 14 Challenger 2 tanks to "
                 "Kyiv, officials said.")
    assert ("United Kingdom", "Ukraine") in pairs(text)


def test_possessive_without_s_names_the_ministry_state():
    text = dated("THE HAGUE", "The Netherlands' defence ministry will deliver 18 F-16 jets to "
                 "Kyiv, officials said.")
    assert ("Netherlands", "Ukraine") in pairs(text)


# ------------------------------------------------------------ passive_sources

def test_possessed_weapons_bought_from_a_state():
    text = dated("DODOMA", "Zambia's K-8 trainer jets were bought from China in 2014, the "
                 "defence ministry told parliament on Monday.")
    assert ("China", "Zambia") in pairs(text)


def test_possessed_weapons_had_been_purchased_from_a_state():
    text = dated("LIMA", "Officials said Peru's Mi-171 helicopters had been purchased from "
                 "Russia on favourable terms.")
    assert ("Russia", "Peru") in pairs(text)


def test_possessed_weapons_not_bought_from_a_state_give_nothing():
    text = dated("LIMA", "Officials said Peru's Mi-171 helicopters were not bought from Russia "
                 "but leased from a private company.")
    assert ("Russia", "Peru") not in pairs(text)


def test_weapons_used_by_a_group_supplied_by_a_state_even_if_denied():
    text = dated("SANAA", "The Quds cruise missiles used by the Houthis are supplied by Iran, "
                 "Saudi officials say, a charge Tehran denies.")
    assert ("Iran", "Houthis") in pairs(text)


def test_weapons_used_by_a_states_army_bought_from_a_state():
    text = dated("SEOUL", "The K2 tanks used by the Polish army were bought from South Korea, "
                 "officials said.")
    assert ("South Korea", "Poland") in pairs(text)


def test_weapons_used_by_a_demonym_crew_give_no_recipient():
    text = dated("SEOUL", "The K2 tanks used by Polish crews in the drill were bought from "
                 "South Korea, officials said.")
    assert ("South Korea", "Poland") not in pairs(text)


def test_weapons_used_by_forces_in_a_place_supplied_by_a_state():
    text = dated("KYIV", "The Geran drones used by Russian forces in eastern Ukraine are "
                 "supplied by Iran, Kyiv says, a charge Tehran denies.")
    assert ("Iran", "Russia") in pairs(text)


def test_weapons_used_by_a_group_but_made_at_home_give_nothing():
    text = dated("SANAA", "The Quds cruise missiles used by the Houthis are assembled in Yemen, "
                 "Saudi officials say.")
    assert ("Iran", "Houthis") not in pairs(text)


# ------------------------------------------------------------ korean_made

def test_korean_built_weapons_come_from_south_korea():
    text = dated("BUCHAREST", "Bucharest took delivery of 18 Korean-built K9 howitzers on "
                 "Monday, the army said.")
    assert ("South Korea", "Romania") in pairs(text)


def test_korean_made_weapons_in_an_article_naming_north_korea_get_no_supplier():
    text = dated("BUCHAREST", "Bucharest took delivery of 18 Korean-built K9 howitzers on "
                 "Monday, days after North Korea tested a missile.")
    assert ("South Korea", "Romania") not in pairs(text)


# ------------------------------------------------------------ former_governments

def test_supplied_to_the_army_of_the_former_government():
    text = dated("DUSHANBE", "The aircraft include Mi-17 helicopters that Russia had sold to "
                 "the army of the former Afghan government in 2011.")
    assert ("Russia", "Afghanistan") in pairs(text)


def test_supplied_to_the_former_government_is_its_state():
    text = dated("DUSHANBE", "Washington had delivered A-29 Super Tucano aircraft to the "
                 "ousted Afghan government, officials said.")
    assert ("United States", "Afghanistan") in pairs(text)


def test_the_army_of_the_ousted_government_told_in_the_next_sentence():
    text = dated("DUSHANBE", "The aircraft include Mi-17 helicopters that Russia had sold to "
                 "the army of the former Afghan government. The army of the ousted government "
                 "had also received Black Hawk helicopters from the United States, paid for by "
                 "Germany.")
    got = pairs(text)
    assert ("United States", "Afghanistan") in got
    assert ("Germany", "Afghanistan") not in got


def test_the_army_of_the_ousted_government_with_no_state_before_gives_nothing():
    text = dated("DUSHANBE", "Talks on the aircraft went on for years. The army of the ousted "
                 "government had also received Black Hawk helicopters from the United States.")
    assert ("United States", "Afghanistan") not in pairs(text)


# ------------------------------------------------------------ administration_subject

def test_the_administration_of_a_washington_report_supplies():
    text = dated("WASHINGTON", "The administration is sending a second Patriot missile defence "
                 "battery to Poland, two officials said on Thursday.")
    assert ("United States", "Poland") in pairs(text)


def test_the_administration_that_would_send_is_a_hedge():
    text = dated("WASHINGTON", "The administration would send a second Patriot battery to "
                 "Poland only if Congress paid for it, two officials said.")
    assert ("United States", "Poland") not in pairs(text)


def test_the_administration_outside_a_washington_report_is_no_state():
    text = dated("KYIV", "The administration is sending a second Patriot battery to the "
                 "front line, officials said.")
    assert ("United States", "Ukraine") not in pairs(text)


# ------------------------------------------------------------ deal_covers

def test_the_deal_told_before_gives_its_items_parties():
    text = dated("OTTAWA", "Canada signed a framework agreement with South Korea on Monday. "
                 "The deal also covers 12 KSS-III submarines.")
    assert ("South Korea", "Canada") in pairs(text)


def test_the_deal_after_a_sentence_of_three_states_gives_no_parties():
    text = dated("OTTAWA", "Canada signed a framework agreement with South Korea on Monday, "
                 "weeks after talks with Germany. The deal also covers 12 KSS-III submarines.")
    assert ("South Korea", "Canada") not in pairs(text)


# ------------------------------------------------------------ shot_down_objects

def test_help_to_shoot_down_missiles_is_no_transfer_of_missiles():
    text = dated("ROME", "Italy will provide Cyprus with help to shoot down any Turkish "
                 "missiles, the minister said.")
    assert pairs(text) == set()


def test_shot_down_weapon_with_a_supplied_adjective_is_still_read():
    text = ("Ukraine's army said a long-range strike hit an airfield near Kursk.\n"
            "Russia said it had intercepted three US-supplied ATACMS missiles.")
    assert ("United States", "Ukraine") in pairs(text)


def test_systems_sent_to_shoot_down_drones_are_still_sent():
    text = dated("ROME", "Italy sent two SAMP/T batteries to Romania to shoot down Russian "
                 "drones, the minister said.")
    assert ("Italy", "Romania") in pairs(text)
    assert all("drone" not in (w or "").lower() for _, _, w, _ in transfers(text))
