"""Treaties, leader roles and arms transfers of issue 11's sixth round, from the sixth blind
set's abstract error categories (never its texts): treaty parties added by ellipsis ("followed
by C and D", "C is expected to follow"), "a deal between two NATO allies", titles with a rank
or qualifier before the name, double titles, ... Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-04-16"
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)


def _parties(text: str) -> list[set[str]]:
    return [set(f["parties"]) for f in facts(text, "Treaty")]


def test_followed_by_adds_states_to_the_signed_accord():
    got = _parties("Norway signed a fisheries patrol accord with Iceland on Monday, followed "
                   "by Denmark and Sweden.")
    assert got == [{"Norway", "Iceland", "Denmark", "Sweden"}]


def test_states_expected_to_follow_are_parties():
    got = _parties("Ghana signed the coastal security protocol with Togo in Accra, and Benin "
                   "and Nigeria are expected to follow.")
    assert got == [{"Ghana", "Togo", "Benin", "Nigeria"}]


def test_followed_by_talks_adds_no_party():
    got = _parties("Norway signed a fisheries patrol accord with Iceland on Monday, followed "
                   "by talks on quotas.")
    assert got == [{"Norway", "Iceland"}]


def test_an_alliance_adjective_between_two_allies_is_no_party():
    got = _parties("Spain and Greece signed a naval cooperation agreement on Monday, a deal "
                   "between two NATO allies with long coastlines.")
    assert got == [{"Spain", "Greece"}]


def test_a_follower_of_a_similar_bilateral_agreement_signs_its_own():
    got = _parties("Finland signed a similar agreement with Washington on Monday, and Norway "
                   "is expected to follow next week.")
    assert {"Finland", "United States"} in got
    assert not any("Norway" in p and "Finland" in p for p in got)


def test_a_double_title_gives_one_role_with_its_first_office():
    # (round 11: one LeaderRole per person and state, as GOLD.md matches roles)
    got = roles("Chile hosted the talks. Deputy Prime Minister and Foreign Minister Alberto "
                "Van Klaveren said the agreement was ready.")
    assert got == {("Alberto Van Klaveren", "deputy prime minister", "Chile")}


def test_a_second_title_with_an_honorific_before_the_name():
    got = roles("Prime Minister and Foreign Minister Sheikh Hamad bin Faisal Al Nuaimi "
                "signed for Bahrain.")
    assert got == {("Hamad bin Faisal Al Nuaimi", "prime minister", "Bahrain")}


def test_commander_in_chief_and_a_rank_between_title_and_name():
    got = roles("Guinea sent troops to the border. President and Commander-in-Chief General "
                "Mamadi Doumbouya said the army would stay there.")
    assert ("Mamadi Doumbouya", "president", "Guinea") in got


def test_a_rank_between_a_ministers_title_and_the_name():
    got = roles("Chad's Defence Minister Lt Gen Issakha Malloua Djamouss met the envoys.")
    assert got == {("Issakha Malloua Djamouss", "defence minister", "Chad")}


def test_signed_for_a_state_names_the_ministers_state():
    got = roles("Foreign Minister Amina Diallo signed for Senegal, and Foreign Minister "
                "Kwame Osei signed for Ghana.")
    assert got == {("Amina Diallo", "foreign minister", "Senegal"),
                   ("Kwame Osei", "foreign minister", "Ghana")}


def _quantities(text: str) -> dict[str, int | None]:
    return {f["weapon"]: f["quantity"] for f in facts(text, "ArmsTransfer")}


def test_a_recipient_heading_a_relative_clause():
    got = transfers("Hungary, which received 44 Leopard tanks from Germany in 2023, is "
                    "modernising its army.")
    assert got == {("Germany", "Hungary", "Leopard tanks")}


def test_a_supplier_heading_a_relative_clause():
    got = transfers("Norway, which sent eight Leopard tanks to Ukraine last year, is now "
                    "training crews.")
    assert got == {("Norway", "Ukraine", "Leopard tanks")}


def test_each_listed_item_after_including_keeps_its_own_count():
    got = _quantities("Spain unveiled a package of weapons for Ukraine including 12 Leopard "
                      "tanks, 40 M113 armoured vehicles and Hawk missiles.")
    assert got["Leopard tanks"] == 12
    assert got["M113 armoured vehicles"] == 40
    assert got["Hawk missiles"] is None


def test_money_before_a_weapon_is_still_no_count():
    got = _quantities("Washington approved the sale of $3.5 billion in missiles to Saudi "
                      "Arabia.")
    assert all(q is None for q in got.values())


def test_a_model_number_before_a_listed_item_is_no_count():
    got = _quantities("Russia delivered Mi-24 helicopters and Su-25 jets to Mali.")
    assert got == {"Mi-24 helicopters": None, "Su-25 jets": None}
