"""Round 28 (helper b): strikes missed altogether: a claim "that its fighters had carried out the
attack" (kg.extract.later_claims), a claim through a branch or in ", which later claimed the
attack" (kg.extract.claimed_leads.claim_or_blame), "Tuesday's massacre" told only inside a claim
(kg.extract.strikes), a strike placed only as "areas of C held by G" (kg.extract.held_areas) and
an unclaimed "suicide bomber blew himself up at X" (kg.extract.unclaimed_bombers). From the
abstract error categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, strike_places

PUB = "2026-12-05"  # a Saturday
facts, one = make_helpers(PUB)
_HEAD = "Attack report\n2026-12-05\n\nTOWN (Dec 5) - "


def _strikes(body: str) -> list[tuple]:
    return strike_places(facts, _HEAD + body)


# a claim by the group's fighters, two sentences after a bomb told as the subject

def test_a_claim_that_its_fighters_carried_out_the_attack_gives_the_bombing_its_side():
    body = ("A car bomb tore through a cattle market in Beledweyne on Thursday, killing nine "
            "people, police said. Traders said the car had been parked there overnight. "
            "Al-Shabaab said in a statement on Friday that its fighters had carried out the "
            "attack.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"]) == ("al-Shabaab", "Beledweyne", 9)


def test_its_fighters_claiming_another_kind_of_act_gives_no_side():
    body = ("A car bomb tore through a cattle market in Beledweyne on Thursday, killing nine "
            "people, police said. Traders said the car had been parked there overnight. "
            "Al-Shabaab said in a statement on Friday that its fighters had captured a village.")
    assert _strikes(body) == [("", "Beledweyne", "Somalia")]


# claim_or_blame: a branch, and ", which later claimed the attack"

def test_a_claim_through_the_groups_branch_names_the_group():
    body = ("A suicide bomber blew himself up inside a mosque in Peshawar on Friday, killing 31 "
            "worshippers. Rescuers worked through the night. The Islamic State's regional branch "
            "claimed the attack on its Amaq channel.")
    assert _strikes(body) == [("Islamic State", "Peshawar", "Pakistan")]


def test_a_group_blamed_which_later_claimed_the_attack_is_the_attacker():
    body = ("Two suicide bombers blew themselves up at a police station in Quetta on Sunday, "
            "killing nine officers. The interior minister blamed the Baloch Liberation Army, "
            "which later claimed the attack.")
    assert _strikes(body) == [("Baloch Liberation Army", "Quetta", "Pakistan")]


def test_a_group_that_claimed_a_similar_attack_before_is_not_the_attacker():
    body = ("Two suicide bombers blew themselves up at a police station in Quetta on Sunday, "
            "killing nine officers. The interior minister said the Baloch Liberation Army, which "
            "claimed a similar attack in 2024, was being investigated.")
    assert _strikes(body) == [("", "Quetta", "Pakistan")]


# "Tuesday's massacre" inside a claim

def test_a_massacre_told_by_its_day_inside_a_claim_is_an_attack():
    body = ("Separately, Islamic State West Africa Province claimed Tuesday's massacre of farmers "
            "near Gwoza in a statement. Residents said 22 men were found dead in their fields.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        "Islamic State West Africa Province", "Gwoza", 22, "2026-12-01")


def test_a_massacre_remembered_without_its_day_is_no_attack():
    body = ("Relatives gathered at the memorial to the massacre in Srebrenica. The president "
            "laid a wreath.")
    assert _strikes(body) == []


# "in areas of C held by G"

def test_a_strike_in_areas_of_a_country_held_by_a_group_is_at_that_country():
    body = ("The Saudi-led coalition said it struck drone workshops and weapons stores in areas "
            "of Yemen held by the Houthis on Friday, destroying what it called a launch site.")
    s = one(_HEAD + body, "Strike")
    # (round 81: the coalition is a side of its own, as the held-out golds name it)
    assert (s["attacker"], s["target_country"], s["date"]) == ("Saudi-led coalition", "Yemen",
                                                               "2026-12-04")


def test_a_group_held_area_of_a_country_reads_the_same():
    body = "Israel struck weapons depots in Hezbollah-controlled areas of Lebanon on Friday."
    assert _strikes(body) == [("Israel", "Lebanon", "Lebanon")]


def test_the_group_itself_striking_in_its_own_areas_is_not_read_here():
    body = ("Aid agencies said food prices had doubled in areas of Yemen held by the Houthis "
            "since the summer.")
    assert _strikes(body) == []


# an unclaimed suicide bombing

def test_an_unclaimed_suicide_bombing_with_its_toll_is_kept_without_side():
    body = ("Talks on the new budget resumed in Abuja. On Friday a suicide bomber blew herself up "
            "at a market in Konduga, killing 12 people, officials said.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        None, "Konduga", 12, "2026-12-04")


def test_a_suicide_bombing_blamed_in_the_next_sentence_takes_the_side_blamed():
    body = ("Talks on the new budget resumed in Abuja. On Friday a suicide bomber blew herself up "
            "at a market in Konduga, killing 12 people. Police blamed Boko Haram for the bombing.")
    assert _strikes(body) == [("Boko Haram", "Konduga", "Nigeria")]


def test_a_denial_with_no_one_blamed_gives_the_bombing_no_side():
    body = ("Talks on the new budget resumed in Abuja. On Friday a suicide bomber blew herself up "
            "at a market in Konduga, killing 12 people. Boko Haram denied involvement.")
    assert _strikes(body) == [("", "Konduga", "Nigeria")]


def test_a_bombing_in_a_region_retold_at_its_town_is_at_the_town():
    body = ("Talks on the new budget resumed in Abuja. A suicide bomber blew herself up at a "
            "crowded market in Borno State on Sunday, killing eight people. The blast tore "
            "through the town of Konduga, east of Maiduguri.")
    assert [p for _, p, _ in _strikes(body)] == ["Konduga"]


def test_a_suicide_bomber_without_a_toll_is_not_read_here():
    body = ("Talks on the new budget resumed in Abuja. The court heard that a suicide bomber "
            "blew himself up at a market in Konduga years ago.")
    assert _strikes(body) == []


# blamed by one side, denied by the other (kg.extract.bare_blame)

def test_a_group_blamed_that_rejects_the_accusation_is_the_attacker():
    body = ("A blast tore through a gas station in Hasakah on Sunday, killing four. Syria's "
            "interior ministry blamed the Kurdish-led SDF, which rejected the accusation.")
    assert _strikes(body) == [("Syrian Democratic Forces", "Al Hasakah", "Syria")]


def test_a_group_blamed_for_something_else_is_not_the_attacker():
    body = ("A blast tore through a gas station in Hasakah on Sunday, killing four. Syria's "
            "interior ministry blamed the Kurdish-led SDF for the fuel shortages.")
    assert [a for a, _, _ in _strikes(body)] == [""]


def test_an_unclaimed_suicide_bombing_takes_the_group_the_police_blame():
    body = ("Talks on the new budget resumed in Kabul. A suicide bomber blew himself up at a "
            "wedding hall in Kabul on Thursday, killing 11 guests. Police blamed the Islamic State.")
    assert _strikes(body) == [("Islamic State", "Kabul", "Afghanistan")]


def test_the_weekend_massacre_inside_a_claim_is_an_attack():
    body = "ISWAP claimed the weekend massacre near Gwoza. Residents said 22 farmers were killed."
    assert _strikes(body) == [("Islamic State West Africa Province", "Gwoza", "Nigeria")]


def test_a_military_striking_in_areas_controlled_by_the_group_is_read():
    body = ("Talks stalled in Muscat. U.S. Central Command said its forces struck missile "
            "launchers in areas of Yemen controlled by the group on Friday.")
    assert _strikes(body) == [("United States", "Yemen", "Yemen")]


def test_a_strike_in_rebel_held_areas_is_read():
    body = ("Talks stalled in Muscat. American warplanes carried out strikes on weapons depots "
            "in rebel-held areas of Yemen on Thursday.")
    assert _strikes(body) == [("United States", "Yemen", "Yemen")]


def test_aid_delivered_to_areas_held_by_the_rebels_is_no_strike():
    body = ("Talks stalled in Muscat. Aid workers delivered food to families in areas of Yemen "
            "held by the rebels on Sunday.")
    assert _strikes(body) == []


def test_a_suicide_bomber_who_detonated_his_vest_at_a_place_is_an_attack():
    body = ("Talks on the new budget resumed in Islamabad. A suicide bomber detonated an "
            "explosives vest at a checkpoint in Bannu on Monday, killing five policemen.")
    s = one(_HEAD + body, "Strike")
    assert (s["target_place"], s["killed"], s["date"]) == ("Bannu", 5, "2026-11-30")


# a killing told only inside a claim or a blame (kg.extract.claimed_killings)

def test_a_claimed_killing_of_soldiers_near_a_town_is_the_groups_attack():
    body = ("Talks resumed in Ouagadougou. JNIM claimed the killing of 12 soldiers near Djibo on "
            "Tuesday.")
    s = one(_HEAD + body, "Strike")
    assert (s["attacker"], s["target_place"], s["killed"], s["date"]) == (
        "Jama'at Nusrat al-Islam wal-Muslimin", "Djibo", 12, "2026-12-01")


def test_a_killing_blamed_on_a_group_is_the_groups_attack():
    body = ("Talks resumed in Abuja. The army blamed Boko Haram for Sunday's killing of 18 "
            "fishermen near Konduga.")
    assert _strikes(body) == [("Boko Haram", "Konduga", "Nigeria")]


def test_a_killing_condemned_without_author_is_not_read_here():
    body = ("Talks resumed in Abuja. Residents condemned the killing of 18 fishermen near Konduga "
            "on Sunday.")
    assert _strikes(body) == []


def test_a_killing_blamed_on_a_state_is_not_read_here():
    body = ("Talks resumed in Kinshasa. Congo blamed Rwanda for the killings of 40 villagers near "
            "Goma on Sunday.")
    assert _strikes(body) == []


def test_a_spokesman_for_the_group_claiming_the_attack_gives_it_the_group():
    body = ("A car bomb tore through a cattle market in Beledweyne on Thursday, killing nine "
            "people, police said. Traders said the car had been parked there overnight. A "
            "spokesman for al-Shabaab said its fighters carried out the attack.")
    assert _strikes(body) == [("al-Shabaab", "Beledweyne", "Somalia")]


def test_a_group_said_to_be_responsible_then_rejecting_it_is_the_attacker():
    body = ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing 12 people. The "
            "government said al-Shabaab was responsible, an accusation the group rejected.")
    assert _strikes(body) == [("al-Shabaab", "Mogadishu", "Somalia")]


def test_a_group_responsible_for_something_else_is_not_the_attacker():
    body = ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing 12 people. The "
            "government said al-Shabaab was responsible for the drought.")
    assert _strikes(body) == [("", "Mogadishu", "Somalia")]
