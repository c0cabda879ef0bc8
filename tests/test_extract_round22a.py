"""Round 22 (helper a): which place an attack gets. "a camp at [site], near [town]" is placed at
the site, not the town that only locates it (kg.extract.near_sites). From the abstract error
categories of a fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-04"  # a Friday
facts, one = make_helpers(PUB)
_whole, _ = make_helpers(PUB, headline=False)  # texts with their own headline


def _places(text: str) -> list[tuple]:
    return sorted((f["attacker"], f["target_place"] or "") for f in facts(text, "Strike"))


def test_a_camp_at_a_site_near_a_town_is_placed_at_the_site():
    text = ("JUBA, Dec 4 (Staff) - Drones launched by the Rapid Support Forces struck a camp for "
            "displaced families at Otash, near Nyala, on Thursday, killing nine people, aid "
            "workers said.")
    assert _places(text) == [("Rapid Support Forces", "Otash")]


def test_a_village_in_a_site_near_a_town_is_placed_at_the_site():
    text = ("BANGKOK, Dec 4 (Staff) - Myanmar military jets bombed a monastery in Pekon Taung, "
            "near Loikaw, on Wednesday, killing five monks, residents said.")
    assert _places(text) == [("Myanmar", "Pekon Taung")]


def test_a_town_struck_near_another_town_keeps_the_town_struck():
    # near-miss: no "at"/"in" site before ", near": the town named is the place
    text = ("KYIV, Dec 4 (Staff) - Russian drones struck an energy facility near Kharkiv on "
            "Thursday, wounding three workers, the governor said.")
    assert _places(text) == [("Russia", "Kharkiv")]


def test_a_place_without_a_locating_town_stays():
    # near-miss: no ", near" after the place: it stays
    text = ("CAIRO, Dec 4 (Staff) - Drones launched by the Rapid Support Forces hit a fuel depot "
            "in El Obeid on Thursday, killing two guards, the army said.")
    assert _places(text) == [("Rapid Support Forces", "El Obeid")]



def test_a_retelling_on_the_site_near_the_town_is_no_second_strike():
    text = ("JUBA, Dec 4 (Staff) - Drones launched by the Rapid Support Forces struck a camp at "
            "Otash, near Nyala, on Thursday, killing nine people, aid workers said. The attack "
            "on Otash, near Nyala, was the deadliest this month, the UN said.")
    assert _places(text) == [("Rapid Support Forces", "Otash")]


def test_a_headline_near_the_town_follows_the_attack_to_the_site():
    text = ("Drones hit camp near Nyala, killing nine\n2026-12-04\n\nJUBA, Dec 4 (Staff) - Drones "
            "launched by the Rapid Support Forces struck a camp at Otash, near Nyala, on Thursday, "
            "killing nine people, aid workers said.")
    assert sorted((f["attacker"], f["target_place"]) for f in _whole(text, "Strike")) == [
        ("Rapid Support Forces", "Otash")]


def test_the_village_of_a_site_near_a_town_is_one_strike_at_the_site():
    text = ("KHARTOUM, Dec 4 (Staff) - RSF drones struck the village of Um Kadada, near El Fasher, "
            "on Wednesday, killing eight people. Residents of Um Kadada, near El Fasher, fled "
            "after the attack.")
    assert _places(text) == [("Rapid Support Forces", "Um Kadada")]

# ------------------------------------------------------------- "al-" kept in an unknown name

def test_an_unknown_town_keeps_its_al_prefix():
    text = ("BEIRUT, Dec 4 (Staff) - A Turkish drone struck a truck in al-Sukkariyah, a village "
            "in Syria's Raqqa province, on Thursday, killing two men, a monitor said.")
    assert _places(text) == [("Turkey", "al-Sukkariyah")]


def test_a_known_town_without_prefix_is_unchanged():
    # near-miss: no "al-" in the text, the name stays as written
    text = ("BEIRUT, Dec 4 (Staff) - A Turkish drone struck a truck in Sukkariyah, a village "
            "in Syria's Raqqa province, on Thursday, killing two men, a monitor said.")
    assert _places(text) == [("Turkey", "Sukkariyah")]


# ------------------------------------------------------------- whereabouts are no target

def test_a_leaders_whereabouts_when_the_missiles_hit_is_no_second_strike():
    text = ("KYIV, Dec 4 (Staff) - Russian missiles struck a rail depot in Kharkiv on Thursday, "
            "killing three workers, the governor said. The prime minister, who was in Kharkiv "
            "when the missiles hit, said the attack showed Moscow wanted no ceasefire.")
    assert _places(text) == [("Russia", "Kharkiv")]


def test_a_government_based_in_a_city_is_no_strike_on_it():
    text = ("RIYADH, Dec 4 (Staff) - United States aircraft bombed a radar site near Hodeidah on "
            "Thursday, officials said. Yemen's government, based in Aden, welcomed the raid.")
    assert _places(text) == [("United States", "Hodeidah")]


def test_a_strike_with_a_toll_at_a_based_in_place_stays():
    # near-miss: a toll of its own makes it an attack told, whatever the phrase
    text = ("JERUSALEM, Dec 4 (Staff) - Houthi drones struck the navy squadron based in Eilat "
            "on Thursday, wounding two sailors, the army said.")
    assert _places(text) == [("Houthis", "Eilat")]


def test_an_al_place_after_outside_is_read_with_its_article():
    text = ("QAMISHLI, Syria, Dec 4 (Staff) - A Turkish drone hit a grain silo outside "
            "al-Darbasiyah on Thursday, wounding two guards, a monitor said.")
    assert _places(text) == [("Turkey", "al-Darbasiyah")]


def test_a_persons_al_name_is_not_cut_into_a_place():
    # near-miss: "Ahmed al-Sharaa" keeps its article inside the person's name, no place
    text = ("DAMASCUS, Dec 4 (Staff) - Israeli jets struck a radar site near Homs on Thursday, "
            "killing two soldiers, the army said. President Ahmed al-Sharaa condemned the raid.")
    assert _places(text) == [("Israel", "Homs")]


# ------------------------------------------------------------- the attacker's claim at the region

_ODESA = ("KYIV, Dec 4 (Staff) - Russian missiles struck a grain terminal in Odesa on Thursday, "
          "killing three workers, the governor said.\n\nRussian drones also hit a substation in "
          "the north of Chernihiv region overnight, the regional administration said. No one "
          "was hurt.\n\n")


def test_the_attackers_claim_at_the_region_is_the_attack_on_the_town():
    text = _ODESA + 'Moscow said its forces had hit "military targets" in the Odesa region.'
    assert ("Russia", "Odesa") in _places(text)
    assert not any(p == "Odesa Oblast" for _, p in _places(text))


def test_a_claim_at_another_region_stays_its_own_attack():
    # near-miss: the region claimed does not hold the town struck before
    text = _ODESA + 'Moscow said its forces had hit "military targets" in the Sumy region.'
    assert ("Russia", "Odesa") in _places(text)
    assert any(p.startswith("Sumy") for _, p in _places(text))


def test_a_unit_based_in_a_town_struck_keeps_the_town():
    # near-miss: no commas around "based in Tyre": the unit there is the target
    text = ("BEIRUT, Dec 4 (Staff) - Israeli jets struck a Hezbollah unit based in Tyre on "
            "Thursday, the army said.")
    assert _places(text) == [("Israel", "Tyre")]


# ------------------------------------------------------------- "that Ankara linked to"

def test_the_attackers_capital_in_a_relative_clause_is_no_target():
    text = ("ERBIL, Dec 4 (Staff) - Turkish jets bombed a mountain camp in northern Iraq that "
            "Ankara linked to the PKK on Wednesday, killing six militants, the ministry said.")
    assert _places(text) == [("Turkey", "Iraq")]


def test_a_struck_city_before_a_relative_clause_stays():
    # near-miss: Sanaa is not in the attacking state; "that Washington linked" names no place hit
    text = ("RIYADH, Dec 4 (Staff) - US aircraft bombed a depot near Sanaa that Washington linked "
            "to the Houthis on Wednesday, officials said.")
    assert _places(text) == [("United States", "Sanaa")]



def test_a_president_in_the_capital_when_the_jets_struck_is_no_strike_there():
    text = ("BEIRUT, Dec 4 (Staff) - Israeli jets struck a house in al-Khiam on Wednesday, killing "
            "two. Lebanese President Joseph Aoun, who was in Beirut when the jets struck, "
            "condemned the raid.")
    assert _places(text) == [("Israel", "al-Khiam")]


# ------------------------------------------------------------- "the Gulf state"

def test_the_gulf_state_is_the_state_the_sentence_names():
    text = ("DUBAI, Dec 4 (Staff) - Iranian drones struck an oil depot in the Gulf state on "
            "Wednesday, wounding two workers, Bahrain said.")
    assert _places(text) == [("Iran", "Bahrain")]


def test_a_strike_in_the_gulf_waters_stays_in_the_gulf():
    # near-miss: "the Gulf" without "state" is the sea
    text = ("DUBAI, Dec 4 (Staff) - Iranian drones struck a tanker in the Gulf on Wednesday, "
            "wounding two sailors, officials said.")
    assert _places(text) == [("Iran", "Gulf")]


# ------------------------------------------------------------- "in eastern North Kivu province"

def test_a_camp_in_a_qualified_region_is_not_the_dateline_city():
    text = ("KINSHASA, Dec 4 (Staff) - M23 rebels shelled a camp in eastern North Kivu province on "
            "Wednesday, killing 14 people, the army said.")
    assert _places(text) == [("M23", "North Kivu")]


def test_the_dateline_city_named_in_the_body_stays():
    # near-miss: Kyiv is named as the place hit, the region is another clause's
    text = ("KYIV, Dec 4 (Staff) - Russian drones hit Kyiv on Wednesday, killing two people, "
            "while shelling continued in eastern Donetsk region, officials said.")
    assert ("Russia", "Kyiv") in _places(text)
