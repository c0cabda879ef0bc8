"""Round 18 (helper a): the lead attack told over several sentences is one report, and the
strike's slots come from the whole report (kg.extract.attack_reports). From the abstract error
categories of a fresh set (never its texts): the place only in a casualty sentence ("In X, N
were killed"), the attacker only as the weapon's sender or the launch country, the day only as
"late Tuesday", "before midnight on Monday" or "the previous evening", and an area's running
toll told as if it were an attack. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

from kg.extract.attack_reports import _CLAIM_SAID, event_day
from kg.extract.dates import parse_iso

PUB = "2026-03-19"  # a Thursday
facts, one = make_helpers(PUB)


_facts, _one = make_helpers(PUB, headline=False)


def _strikes(text: str, published: str = PUB) -> list[dict]:
    return _facts(text, "Strike", published)


# ------------------------------------------------------------ the lead's report

def test_place_attacker_and_day_come_from_the_report():
    text = ("Missile strike kills nine in Ukraine\n\n"
            "ODESA, March 19 (Staff) - A cruise missile slammed into a warehouse district, "
            "officials said on Thursday.\n\n"
            "The missile was launched from Russia's Bryansk region, the air force said.\n\n"
            "In Zaporizhzhia, nine people were killed and 14 wounded, the governor said. "
            "The strike came shortly before midnight on Tuesday, he added.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"]) == ("Russia", "Zaporizhzhia")
    assert (s["killed"], s["injured"], s["date"]) == (9, 14, "2026-03-17")


def test_the_weapons_sender_is_the_attacker():
    text = ("Drone strike on Sudan fuel depot kills six\n\n"
            "PORT SUDAN, March 19 (Staff) - A drone strike hit a fuel depot late Tuesday, "
            "witnesses said.\n\n"
            "In El Obeid, six people were killed, a medical group said.\n\n"
            "The drones, which the Rapid Support Forces said it had launched, came from the south.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"]) == ("Rapid Support Forces", "El Obeid")
    assert (s["killed"], s["date"]) == (6, "2026-03-17")


def test_no_agent_no_new_strike():
    # (negative: a lead without an agent in its report is left as the rules read it)
    text = ("Blast in Sudan\n\n"
            "PORT SUDAN, March 19 (Staff) - A drone strike hit a fuel depot late Tuesday, "
            "witnesses said.\n\n"
            "In El Obeid, six people were killed, a medical group said.")
    assert all(s["attacker"] != "Rapid Support Forces" for s in _strikes(text))


def test_a_claim_in_the_report_beats_the_launch_country():
    text = ("Drone hits Israeli port\n\n"
            "JERUSALEM, March 19 (Staff) - A drone struck a fuel tank near the port of Ashdod "
            "late Tuesday, the military said on Wednesday.\n\n"
            "The drone was launched from Yemen, the military said. The Houthis said that they "
            "had fired the drone at Ashdod.")
    attackers = {s["attacker"] for s in _strikes(text)}
    assert attackers == {"Houthis"}


# ------------------------------------------------------------ the day of the report's event

def test_the_previous_evening_of_a_report_said_on_monday():
    pub = parse_iso("2026-03-16")  # a Monday
    texts = ["An Israeli drone struck a car the previous evening, the ministry said on Monday."]
    assert event_day(texts, pub) == "2026-03-15"


def test_late_weekday_is_the_day():
    assert event_day(["A drone hit a port late Wednesday."], parse_iso(PUB)) == "2026-03-18"


def test_no_event_time_no_day():
    # (negative: "said on Monday" alone is when the report was made)
    assert event_day(["The ministry said on Monday that a drone hit a port."],
                     parse_iso(PUB)) is None


# ------------------------------------------------------------ an area's running toll

def test_an_area_running_toll_is_no_attack():
    text = ("Across the Kherson region, 23 people have died in Russian shelling this month, "
            "the governor said.")
    assert facts(text, "Strike") == []


def test_a_toll_in_an_area_without_across_stays():
    # (negative: an attack told with its toll is still an attack)
    text = "Russian shelling killed three people in Kherson on Tuesday, the governor said."
    assert one(text, "Strike")["target_place"] == "Kherson"


# ------------------------------------------------------------ own air force, "again"

def test_a_states_own_air_strike_and_again_by_the_same_side():
    text = ("Myanmar air strike hits monastery\n\n"
            "YANGON, March 19 (Staff) - Military aircraft bombed a monastery in Myanmar's Magway "
            "region on Tuesday, resistance groups said.\n\n"
            "In Pauk township, 11 people were killed, a monk told reporters.\n\n"
            "Again on Wednesday, jets struck a clinic in Mandalay, killing two, a local group said.")
    got = {(s["attacker"], s["target_place"], s["killed"]) for s in _strikes(text)}
    assert got == {("Myanmar", "Pauk", 11), ("Myanmar", "Mandalay", 2)}


def test_without_the_headline_no_own_air_force():
    # (negative: no headline naming the state's air strike, no attacker guessed)
    text = ("Monastery hit\n\n"
            "YANGON, March 19 (Staff) - Military aircraft bombed a monastery in Myanmar's Magway "
            "region on Tuesday, resistance groups said.")
    assert all(s["attacker"] is None for s in _strikes(text))


def test_also_keeps_two_attacks_two():
    text = ("Missile strike kills nine in Ukraine\n\n"
            "ODESA, March 19 (Staff) - A cruise missile slammed into a warehouse district, "
            "officials said on Thursday.\n\n"
            "The missile was launched from Russia's Bryansk region, the air force said.\n\n"
            "In Zaporizhzhia, nine people were killed, the governor said.\n\n"
            "Russian drones also hit Sumy on Wednesday; no one was hurt.")
    places = sorted(s["target_place"] for s in _strikes(text))
    assert places == ["Sumy", "Zaporizhzhia"]


# ------------------------------------------------------------ a lead the strike rules read

def test_wounded_in_a_town_places_a_dateline_lead_and_gives_its_toll():
    text = ("Israeli strike hits Lebanon\n\n"
            "BEIRUT, March 19 (Staff) - Israeli jets struck a house in southern Lebanon on "
            "Wednesday, killing two people, the health ministry said.\n\n"
            "Four people were wounded in the town of Nabatieh, Hezbollah's media office said.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"]) == ("Israel", "Nabatieh")
    assert (s["killed"], s["injured"], s["date"]) == (2, 4, "2026-03-18")


def test_wounded_in_a_district_of_the_city_struck_gives_the_toll_not_the_place():
    # (negative for the place: Kharkiv is no dateline or region, so it stays)
    text = ("Russian strike hits Kharkiv\n\n"
            "KYIV, March 19 (Staff) - Russian missiles struck Kharkiv on Wednesday, officials "
            "said.\n\n"
            "Eleven civilians were injured in the Saltivka district, the emergency service said.")
    [s] = _strikes(text)
    assert (s["target_place"], s["injured"]) == ("Kharkiv", 11)


def test_a_lead_recapped_by_its_agent_takes_the_casualty_sentences_place():
    text = ("Strike on Gaza\n\n"
            "GAZA, March 19 (Staff) - An air strike hit a school sheltering families late "
            "Tuesday, the civil defence agency said.\n\n"
            "The strike was carried out by Israeli jets, the agency said.\n\n"
            "In Khan Younis, 12 people were killed, medics said.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == \
        ("Israel", "Khan Younis", 12, "2026-03-17")


def test_a_claim_of_the_reports_weapon_names_the_attacker():
    text = ("Missile hits Yemen fuel depot\n\n"
            "ADEN, March 19 (Staff) - A missile hit a fuel depot in Marib overnight, the "
            "government said on Thursday. Five workers were killed, officials said. The Houthis "
            "said in a statement that they had fired the missile.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"], s["killed"]) == ("Houthis", "Marib", 5)


def test_a_claim_of_another_thing_is_no_claim_of_the_weapon():
    # (negative: "said they had fired" at no weapon of the report is no claim of it)
    assert _CLAIM_SAID.match(" said that they had fired their commander.") is None
    assert _CLAIM_SAID.match(" said in a statement that they had fired the drones.")


def test_a_weekday_of_another_clause_is_not_the_lead_day():
    # (negative: "..., officials said, after the writer died on Saturday" is not the day the
    # missile hit)
    text = ("Toll rises\n\n"
            "The number of people killed by a Russian missile that hit a cafe in Sloviansk has "
            "risen to nine, officials said, after a nurse died of her wounds on Saturday.")
    assert all(s["date"] != "2026-03-14" for s in _strikes(text))


def test_a_toll_at_another_place_is_not_the_leads():
    # (negative: the wounded of another region are not the Odesa strike's)
    text = ("Ukraine\n\n"
            "KYIV, March 19 (Staff) - Russian drones hit Odesa on Wednesday, killing one.\n\n"
            "The army's spokesman said four soldiers were wounded in the Kherson region.")
    [s] = _strikes(text)
    assert (s["target_place"], s["killed"], s["injured"]) == ("Odesa", 1, None)


# ------------------------------------------------------------ later attacks' own reports

def test_a_later_attack_takes_the_launch_country_its_report_names():
    text = ("Russia keeps up attacks\n\n"
            "KYIV, March 19 (Staff) - Russia has pounded Ukrainian cities all month. A drone "
            "struck a fuel depot in Bryansk on Wednesday, the regional governor said.\n\n"
            "The drone was launched from Ukraine, Russia's defence ministry said.")
    got = {(s["attacker"], s["target_place"]) for s in _strikes(text)}
    assert ("Ukraine", "Bryansk") in got


def test_a_later_attack_keeps_no_attacker_when_its_report_names_none():
    # (negative: the defence ministry speaking is no agent of the attack)
    text = ("Russia keeps up attacks\n\n"
            "KYIV, March 19 (Staff) - Russia has pounded Ukrainian cities all month. A drone "
            "struck a fuel depot in Bryansk on Wednesday, the regional governor said.\n\n"
            "The fire was put out by morning, Russia's defence ministry said.")
    got = {(s["attacker"], s["target_place"]) for s in _strikes(text)}
    assert ("Ukraine", "Bryansk") not in got


def test_an_areas_toll_of_last_week_is_not_the_strikes():
    text = ("Sudan\n\n"
            "PORT SUDAN, March 19 (Staff) - RSF drones hit a hospital in El Fasher on Wednesday."
            "\n\nThroughout North Darfur, 52 civilians were killed in RSF attacks last week, the "
            "UN said.")
    [s] = _strikes(text)
    assert (s["target_place"], s["killed"]) == ("El Fasher", None)


def test_a_days_toll_across_an_area_stays():
    # (negative: "Across X, strikes killed N on Wednesday" is that day's attacks, no running
    # total: left to the strike rules)
    text = ("Across the Gaza Strip, Israeli strikes killed at least 45 people on Wednesday, the "
            "health ministry said.")
    assert [s["killed"] for s in facts(text, "Strike")] == [45]


def test_a_later_attacks_toll_in_the_next_sentence():
    text = ("Strikes on Ukraine\n\n"
            "KYIV, March 19 (Staff) - Russian drones hit Sumy on Wednesday, wounding three. "
            "Later, a missile struck Kharkiv.\n\n"
            "Two people were killed there, the mayor said.")
    got = {(s["target_place"], s["killed"], s["injured"]) for s in _strikes(text)}
    assert got == {("Sumy", None, 3), ("Kharkiv", 2, None)}


def test_no_casualties_after_a_later_attack_gives_no_zero():
    # (negative: "No casualties were reported there" leaves the toll unknown, as annotated)
    text = ("Strikes on Ukraine\n\n"
            "KYIV, March 19 (Staff) - Russian drones hit Sumy on Wednesday, wounding three. "
            "Later, a missile struck Kharkiv.\n\n"
            "No casualties were reported there, the mayor said.")
    got = {(s["target_place"], s["killed"], s["injured"]) for s in _strikes(text)}
    assert ("Kharkiv", None, None) in got


def test_a_capital_datelines_place_yields_to_the_casualty_sentences():
    text = ("Somalia strike\n\n"
            "MOGADISHU, March 19 (Staff) - A US air strike hit al-Shabaab fighters on Tuesday, "
            "the US Africa Command said.\n\n"
            "In the Jilib district, the strike killed 8 militants, the command said.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"], s["killed"]) == ("United States", "Jilib", 8)


def test_the_attack_took_place_on_a_day_told_later():
    text = ("Strike on Kharkiv\n\n"
            "KYIV, March 19 (Staff) - A Russian glide bomb hit a school in Kharkiv, killing two "
            "teachers, officials said on Thursday.\n\n"
            "The attack took place on Tuesday afternoon, the mayor said.")
    [s] = _strikes(text)
    assert (s["target_place"], s["date"]) == ("Kharkiv", "2026-03-17")


def test_another_attack_on_a_day_is_not_the_leads_day():
    # (negative: "Another attack took place on Monday" tells another attack's day)
    assert event_day(["Another attack took place on Monday in Sumy."], parse_iso(PUB)) is None


# ------------------------------------------------------------ a casualty sentence is no attack

def test_wounded_in_the_bombing_with_a_spokesman_is_the_leads_toll():
    text = ("Strike on Lebanon\n\n"
            "BEIRUT, March 19 (Staff) - Israeli jets struck a house in Khiam on Wednesday, "
            "killing three.\n\n"
            "Four people were wounded in the bombing in the Marjayoun district, Hezbollah "
            "spokesman Ali Hassan said.")
    [s] = _strikes(text)
    assert (s["attacker"], s["target_place"], s["killed"], s["injured"]) == \
        ("Israel", "Khiam", 3, 4)


def test_another_attack_at_the_dateline_city_stays():
    # (negative: "Another strike hit Beirut's southern suburbs" is its own attack)
    text = ("Strikes on Lebanon\n\n"
            "BEIRUT, March 19 (Staff) - Israeli jets struck a house in Khiam on Wednesday, "
            "killing three.\n\n"
            "Another Israeli strike hit Beirut on Wednesday evening, and two people were "
            "wounded in the attack, the ministry said.")
    assert {s["target_place"] for s in _strikes(text)} == {"Khiam", "Beirut"}
