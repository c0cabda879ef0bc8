"""Round 75, from the categories of `blind103`-`blind106`. Sentences are our own; each rule has
a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _strikes(text: str) -> list[dict]:
    return [f for f in facts(text) if f["type"] == "Strike"]


def _pairs(text: str) -> set[tuple]:
    return {(s, r) for s, r, _ in _transfers(text)}


def test_an_unnamed_group_placed_in_a_state_is_not_that_state():
    text = wire("Gangs in Haiti attacked a police station in Port-au-Prince on Monday, killing two "
                "officers.", "SANTO DOMINGO")
    assert [(f["attacker"], f["target_place"]) for f in _strikes(text)] == [
        (None, "Port-au-Prince")]


def test_a_state_that_attacked_is_still_the_attacker():
    text = wire("Russia attacked Kharkiv on Monday, killing five people.", "KYIV")
    assert [f["attacker"] for f in _strikes(text)] == ["Russia"]


def test_the_state_a_leader_thanks_is_not_his():
    text = wire("Sudan's army said on Monday it had retaken the palace. President Abdel Fattah "
                "al-Burhan's office thanked Nairobi for its support.", "NAIROBI")
    assert _roles(text) == {("Abdel Fattah al-Burhan", "president", "Sudan")}


def test_a_name_joined_by_e_between_two_names_is_one_name():
    text = wire("French President Emmanuel Macron met Cape Verde's Prime Minister Ulisses "
                "Correia e Silva on Monday.", "PARIS")
    assert ("Ulisses Correia e Silva", "prime minister", "Cape Verde") in _roles(text)


def test_a_group_that_killed_people_in_a_named_village_in_a_month():
    text = wire("M23 rebels killed 30 civilians in the village of Kishishe in November, UN "
                "investigators said on Monday.", "GOMA")
    s = _strikes(text)
    assert [(f["attacker"], f["target_place"], f["killed"], f["date"]) for f in s] == [
        ("M23", "Kishishe", 30, "2026-11")]


def test_a_group_that_killed_people_over_years_tells_no_attack():
    text = wire("M23 rebels have killed hundreds of civilians in the village of Kishishe over the "
                "years, UN investigators said on Monday.", "GOMA")
    assert _strikes(text) == []


def test_a_group_that_claimed_it_after_its_acronym_is_the_attacker():
    text = wire("Jihadists attacked a military camp in Boulkessi on Monday, killing 20 soldiers. "
                "The Group for the Support of Islam and Muslims, JNIM, claimed it.", "BAMAKO")
    assert [f["attacker"] for f in _strikes(text)] == ["Jama'at Nusrat al-Islam wal-Muslimin"]


def test_a_claim_that_it_did_something_else_names_no_attacker():
    text = wire("Jihadists attacked a military camp in Boulkessi on Monday, killing 20 soldiers. "
                "Mali's army claimed it had repelled the assault.", "BAMAKO")
    assert [f["attacker"] for f in _strikes(text)] == [None]


def test_who_a_report_is_according_to_is_no_place_hit():
    text = wire("Russian missiles struck an energy facility in the Lviv region overnight, "
                "according to Kyiv.", "KYIV")
    assert [f["target_place"] for f in _strikes(text)] == ["Lviv region"]


def test_the_donor_ranked_above_is_not_the_supplier():
    text = wire("Germany is the second-largest donor after the United States and has sent "
                "Leopard tanks to Kyiv.", "BERLIN")
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_a_visitor_is_not_of_the_state_visited():
    text = wire("The pact was signed during a visit by Prime Minister Anthony Albanese to Tokyo "
                "on Monday.", "TOKYO")
    assert ("Anthony Albanese", "prime minister", "Japan") not in _roles(text)


def test_a_host_who_received_a_visit_is_still_of_the_host_state():
    text = wire("Japanese Prime Minister Shigeru Ishiba hosted a visit by Anthony Albanese to "
                "Tokyo on Monday.", "TOKYO")
    assert ("Shigeru Ishiba", "prime minister", "Japan") in _roles(text)


def test_who_took_office_as_a_states_president_holds_it():
    text = wire("Bassirou Diomaye Faye took office as Senegal's president on Monday.", "DAKAR")
    assert _roles(text) == {("Bassirou Diomaye Faye", "president", "Senegal")}


def test_a_toll_told_before_a_camp_overrun_makes_an_attack():
    text = wire("Twenty soldiers were killed when jihadists overran an army camp in Boulkessi on "
                "Monday.", "BAMAKO")
    assert [(f["target_place"], f["killed"]) for f in _strikes(text)] == [("Boulkessi", 20)]


def test_a_camp_overrun_with_no_toll_is_a_capture():
    text = wire("Jihadists overran an army camp in Boulkessi on Monday, officials said.", "BAMAKO")
    assert _strikes(text) == []


def test_a_roadmap_two_states_signed_is_a_treaty():
    text = wire("Turkey and Iraq signed a roadmap for security cooperation on Monday.", "ANKARA")
    assert [tuple(f["parties"]) for f in facts(text, "Treaty")] == [("Turkey", "Iraq")]


def test_a_roadmap_only_discussed_is_no_treaty():
    text = wire("Turkey and Iraq discussed a roadmap for security cooperation on Monday.",
                "ANKARA")
    assert facts(text, "Treaty") == []


def test_whose_base_was_fired_at_is_not_the_country_hit():
    text = ("Iran fires missiles at US base in Qatar\n2026-11-24\n\nDOHA — Iran fired missiles at "
            "the Al Udeid air base in Qatar on Monday, officials said. No one was hurt.")
    s = _strikes(text)
    # (round 80: the site keeps its kind)
    assert [(f["target_place"], f["target_country"]) for f in s] == [("Al Udeid air base", "Qatar")]


def test_a_base_in_a_country_named_alone_is_still_in_it():
    text = wire("Iran fired missiles at a base in Qatar on Monday, wounding two people.", "DOHA")
    assert [f["target_country"] for f in _strikes(text)] == ["Qatar"]


def test_replica_weapons_for_training_are_no_arms():
    text = wire("Britain donated 20 replica Javelin launchers for training to Ukraine.", "KYIV")
    assert _transfers(text) == set()


def test_real_launchers_for_training_are_arms():
    text = wire("Britain donated 20 Javelin launchers for training to Ukraine.", "KYIV")
    assert _pairs(text) == {("United Kingdom", "Ukraine")}
