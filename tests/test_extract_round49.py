"""Round 49, from `blind56`'s abstract categories: "a missile hit the capital, killing N" with no
attacker told (kg.extract.strikes, capital_only); a capital that speaks ("Kyiv described the
strike as ...", "Tokyo would not ...") is its state, not the place hit, and does not attack its
own capital; a demonym of troops or aircraft is no state for a bare title
(kg.extract.asset_demonyms); Tokyo is a place (kg.link.geonames.COMMON); a surname told alone
after the full name is that person (kg.extract.told_surnames); "Those cover ..." after an approved
sale; an item's maker ("made by X") does not end the list (kg.extract.transfers.weapons_in); "since
he took office in June" is no treaty date. Sentences are our own; each rule has a case it must not
read."""

from __future__ import annotations

from functools import partial

from tests.extract_helpers import make_helpers, transfer_triples, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers = partial(transfer_triples, facts)


def _strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


def _roles(text: str) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


def test_a_missile_hitting_the_capital_with_no_attacker_is_a_strike_on_it():
    got = facts(wire("A ballistic missile hit the capital overnight, killing four people.",
                     "KYIV"), "Strike")
    assert [(f["attacker"], f["target_place"], f["killed"]) for f in got] == [(None, "Kyiv", 4)]


def test_the_capital_without_a_toll_or_in_background_tells_no_strike():
    assert not _strikes(wire("A ballistic missile flew over the capital overnight.", "KYIV"))


def test_a_capital_that_says_a_missile_hit_the_capital_is_not_the_attacker():
    got = _strikes(wire("Kyiv said a ballistic missile hit the capital overnight, killing four "
                        "people.", "KYIV"))
    assert got == {(None, "Kyiv")}


def test_a_state_telling_its_own_forces_hit_the_capital_is_the_attacker():
    got = _strikes(wire("Riyadh said its jets struck rebel positions in the capital, killing 20 "
                        "fighters.", "SANAA"))
    assert got == {("Saudi Arabia", "Sanaa")}


def test_a_capital_describing_the_strike_is_not_a_second_place_hit():
    text = ("Head\n2026-11-24\nODESA — Russian missiles struck an apartment block in Odesa on "
            "Thursday, killing three people.\n\nKyiv described the strike as a war crime and said "
            "at least 11 people were wounded.")
    assert _strikes(text) == {("Russia", "Odesa")}


def test_a_capital_with_a_modal_verb_is_its_state():
    text = wire("Prime Minister Aiko Mori told parliament that North Korean missiles had been "
                "fired at Ukrainian cities and that Tokyo would not look away.", "TOKYO")
    assert all(p != "Tokyo" for _, p in _strikes(text))


def test_a_place_hit_and_then_named_stays_the_place():
    # "Kharkiv was hit again": a place followed by a passive verb is the place hit
    assert ("Russia", "Kharkiv") in _strikes(wire(
        "Kharkiv was hit again by Russian missiles on Monday, killing two people.", "KYIV"))


def test_troops_of_another_state_give_no_state_to_a_bare_title():
    assert _roles(wire("Defence Minister Taro Yamada met American soldiers on Monday.",
                       "TOKYO")) == {("Taro Yamada", "Japan")}


def test_a_state_named_in_its_own_right_still_gives_the_title_its_state():
    assert _roles(wire("Japanese Defence Minister Taro Yamada met American soldiers on Monday.",
                       "SEOUL")) == {("Taro Yamada", "Japan")}


def test_a_host_states_bases_still_count_for_a_bare_title():
    # the troops' state is left out, the bases' host stays the one state for the minister
    got = _roles("Head\n2026-11-24\nANKARA — Sweden's bid was approved.\n\nIn December, Defence "
                 "Minister Lars Berg and Secretary of State Mark Hale signed a pact giving U.S. "
                 "forces access to 17 Swedish bases.")
    assert got == {("Lars Berg", "Sweden"), ("Mark Hale", "United States")}


def test_a_tokyo_dateline_gives_its_state():
    assert _roles(wire("Defence Minister Taro Yamada said the drills would continue.",
                       "TOKYO")) == {("Taro Yamada", "Japan")}


def test_a_surname_told_alone_after_the_full_name_holds_the_office_it_is_given():
    got = _roles(wire("General Abdel Fattah al-Burhan said the army would fight on. Burhan, "
                      "head of Sudan's ruling council, rejected talks.", "KHARTOUM"))
    assert got == {("Abdel Fattah al-Burhan", "Sudan")}


def test_a_surname_shared_by_two_people_is_no_one():
    got = _roles(wire("Ali Hassan Karim and Omar Said Karim met in the city. Karim, head of "
                      "Sudan's ruling council, rejected talks.", "KHARTOUM"))
    assert not got


def test_a_surname_told_after_an_office_gives_no_other_states_office():
    text = ("Head\n2026-11-24\nNAIROBI — President William Ruto, who hosted the ceremony, said the "
            "deal would cover intelligence sharing. Ruto later flew to Kampala.\n\nIn Kampala "
            "on Friday, Ruto met Yoweri Museveni, the president of Uganda.")
    assert ("William Ruto", "Uganda") not in _roles(text)


def test_those_cover_lists_the_items_of_sales_approved_before():
    text = wire("The State Department approved possible arms sales to Taiwan worth $1 billion. "
                "The packages include 66 F-16 fighter jets and 400 Harpoon missiles.",
                "WASHINGTON")
    assert {(s, r) for s, r, _ in _transfers(text)} == {("United States", "Taiwan")}
    assert len(_transfers(text)) == 2


def test_a_list_after_no_supply_is_no_transfer():
    text = wire("The museum opened a new hall on Friday. Those cover 66 F-16 fighter jets and "
                "400 Harpoon missiles from the Cold War.", "WASHINGTON")
    assert not _transfers(text)


def test_an_items_maker_does_not_end_the_list():
    text = wire("The United States will sell Poland 96 Apache helicopters, made by Boeing, and "
                "1,800 Hellfire missiles.", "WASHINGTON")
    assert {w for _, _, w in _transfers(text)} == {"Apache helicopters", "Hellfire missiles"}


def test_a_second_seller_still_ends_the_list():
    text = wire("Poland bought 96 Apache helicopters from the United States and 180 K2 tanks "
                "from South Korea.", "WARSAW")
    assert {(s, w) for s, _, w in _transfers(text)} == {
        ("United States", "Apache helicopters"), ("South Korea", "K2 tanks")}


def test_the_day_a_leader_took_office_is_no_treaty_date():
    text = wire("The Philippines and Japan signed a reciprocal access agreement on Monday. "
                "It is the third defence pact the Philippines has signed since President Marcos "
                "took office in June 2022.", "MANILA")
    dates = {f["date"] for f in facts(text, "Treaty")}
    assert "2022-06" not in dates
    assert "2026-11-23" in dates


def test_a_surname_named_president_of_a_confederation_holds_no_states_office():
    text = wire("General Assimi Goita hosted the summit. Goita was named as the confederation's "
                "first president for a one-year term.", "NIAMEY")
    assert all(p != "Assimi Goita" or c is None for p, c in _roles(text))
    assert not any(f["role"] == "president" for f in facts(text, "LeaderRole"))


def test_elected_as_the_countrys_president_still_holds_the_office():
    text = wire("Parliament elected Ali Reza Khan as the country's president in March.",
                "ISLAMABAD")
    assert _roles(text) == {("Ali Reza Khan", "Pakistan")}
