"""Round 74, from `blind103`'s and `blind104`'s abstract categories. Sentences are our own; each
rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _strikes(text: str) -> list[dict]:
    return [f for f in facts(text) if f["type"] == "Strike"]


def _treaties(text: str) -> list[tuple]:
    return sorted((tuple(f["parties"]), f.get("kind")) for f in facts(text)
                  if f["type"] == "Treaty")


def test_one_person_described_before_the_noun_is_a_toll_of_one():
    text = wire("A rebel assault on the town of Sake killed a Kenyan peacekeeper on Monday.",
                "GOMA")
    s = _strikes(text)
    assert [(f["target_place"], f["killed"]) for f in s] == [("Sake", 1)]


def test_a_count_of_the_same_people_is_not_one():
    text = wire("A rebel assault on the town of Sake killed a dozen peacekeepers on Monday.",
                "GOMA")
    assert [f["killed"] for f in _strikes(text)] == [12]


def test_a_suicide_bomber_who_killed_people_at_a_place_tells_an_attack():
    text = wire("A suicide bomber killed 11 people at a mosque in Kunduz on Monday.", "KABUL")
    s = _strikes(text)
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in s] == [(None, "Kunduz", 11)]


def test_bombers_that_killed_without_suicide_are_left_to_the_other_rules():
    text = wire("Bombers killed 11 people in Kunduz on Monday, a resident said.", "KABUL")
    assert _strikes(text) == []


def test_a_claim_after_a_clause_about_the_toll_names_the_attacker():
    text = wire("A suicide bomber killed 40 worshippers at a mosque in Kunduz on March 4. The "
                "attack, which wounded nearly 100 people, was claimed by the regional affiliate "
                "of Islamic State.", "KABUL")
    s = _strikes(text)
    assert [(f["attacker"], f["killed"], f["injured"]) for f in s] == [("Islamic State", 40, 100)]


def test_where_the_wounded_were_flown_is_not_the_place_hit():
    text = wire("A drone struck a fuel depot on Monday, wounding a soldier who was later flown "
                "to Cairo for treatment.", "KHARTOUM")
    assert "Cairo" not in [f["target_place"] for f in _strikes(text)]


def test_a_place_struck_after_a_flight_is_still_struck():
    text = wire("Drones flown from the south struck Omdurman on Monday, wounding a soldier.",
                "KHARTOUM")
    assert [f["target_place"] for f in _strikes(text)] == ["Omdurman"]


def test_the_maker_of_the_weapon_fired_is_not_the_country_hit():
    text = ("Ukraine fires US-made ATACMS into Russia\n2026-11-24\n\nKYIV — Ukraine fired "
            "American-made ATACMS missiles at an airfield in Russia's Kursk region on Monday.")
    s = _strikes(text)
    assert {f["target_country"] for f in s} == {"Russia"}
    assert len(s) == 1


def test_a_possessive_owner_of_an_effort_helped_by_weapons_bought_is_their_buyer():
    text = wire("Russia's advance was helped by shells bought from North Korea, officials said.",
                "KYIV")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("North Korea", "Russia")}


def test_weapons_bought_with_no_owner_written_still_guess_no_helped_owner():
    text = wire("The advance was helped by shells bought from North Korea, officials said.",
                "KYIV")
    assert ("North Korea", "Russia") not in {(s, r) for s, r, _ in _transfers(text)}


def test_a_state_expecting_a_count_of_weapons_from_a_seller_receives_them():
    text = wire("The Philippines is expecting 12 FA-50 jets from South Korea by 2026, the "
                "defence ministry said.", "MANILA")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("South Korea", "Philippines")}


def test_a_couple_expecting_a_baby_receives_no_weapons():
    text = wire("Drones struck central Kyiv on Monday, killing a couple expecting a baby, "
                "officials said.", "KYIV")
    assert _transfers(text) == set()


def test_the_two_men_who_also_signed_a_contract_signed_a_second_treaty():
    text = wire("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony "
                "Albanese on Monday. The two leaders signed a migration pact. The two men also "
                "signed a contract on critical minerals.", "NEW DELHI")
    assert _treaties(text) == [(("India", "Australia"), "contract"),
                               (("India", "Australia"), "migration pact")]


def test_the_pact_signed_again_is_one_treaty():
    text = wire("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony "
                "Albanese on Monday. The two leaders signed a migration pact. The two men "
                "signed the pact in front of reporters.", "NEW DELHI")
    assert _treaties(text) == [(("India", "Australia"), "migration pact")]


def test_each_list_of_weapons_takes_the_source_named_after_it():
    text = wire("Pakistan flies J-10C jets and JF-17 fighters from China and F-16 jets from the "
                "United States.", "ISLAMABAD")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("China", "Pakistan"),
                                                         ("United States", "Pakistan")}
    assert len(_transfers(text)) == 3


def test_weapons_fired_from_a_country_take_no_source_from_it():
    text = wire("Saudi Arabia bought 300 PAC-3 interceptors from the United States to replace "
                "those used against drones and missiles fired from Yemen.", "RIYADH")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("United States", "Saudi Arabia")}
