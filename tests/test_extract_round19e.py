"""Leader roles and treaties of issue 11's nineteenth round, from a fresh set's abstract error
categories (never its texts). Sentences are our own: a capital's name as a given name after a
state's title ("Paraguay's President Santiago Pena"), "the self-ruled island's" and "the island
nation's" office-holders, "to the island nation of X", a ranked ruler "who leads the junta"
under another state's dateline, "the region's leader" of a breakaway region, and a pact signed
"with the breakaway region of X"; with the near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys, make_role_views

PUB = "2025-03-12"  # a Wednesday
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)


states, parties = make_role_views(facts)


# ------------------------------------------------------------ given names that are capitals

def test_capital_as_given_name_after_a_states_title_is_the_holder():
    text = "ASUNCION — Paraguay's President Santiago Pena opened a new bridge to Brazil on Monday."
    assert states(text).get("Santiago Pena") == "Paraguay"


def test_capital_as_given_name_makes_no_party_of_its_state():
    text = ("MONTEVIDEO — Uruguay's President Luis Lacalle Pou and Paraguay's President Santiago "
            "Pena signed a rail agreement on Tuesday.")
    assert parties(text) == {frozenset({"Uruguay", "Paraguay"})}


def test_bare_title_before_a_capital_name_stays_unread():
    # no state of its own: the dateline's would be a guess
    text = ("WASHINGTON — The United States approved a radar sale to Taiwan on Monday. Defence "
            "Minister Wellington Koo said the radars would guard the coast.")
    assert states(text).get("Wellington Koo") != "United States"


def test_capital_in_a_place_phrase_is_still_the_capital():
    text = "Chile's foreign minister, Alberto van Klaveren, met diplomats in Santiago on Monday."
    assert "Chile" in states(text).values()


# ------------------------------------------------------------ the island

def test_self_ruled_island_office_holder_is_taiwans():
    text = ("BEIJING — China warned Taiwan on Monday against new arms purchases. The self-ruled "
            "island's foreign minister, Lin Chia-lung, said Taipei would not be intimidated.")
    assert states(text).get("Lin Chia-lung") == "Taiwan"


def test_island_nations_president_is_the_named_island_state():
    text = ("NEW DELHI — India and Sri Lanka held talks on Monday. The island nation's prime "
            "minister, Harini Amarasuriya, met Indian officials in Colombo.")
    assert states(text).get("Harini Amarasuriya") == "Sri Lanka"


def test_delivery_to_the_island_nation_of_a_named_state():
    text = ("India and Sri Lanka held talks on Monday. New Delhi has delivered two patrol boats "
            "to the island nation of the Maldives.")
    assert ("India", "Maldives", "patrol boats") in transfers(text)
    assert not any(r == "Sri Lanka" for _, r, _ in transfers(text))


# ------------------------------------------------------------ junta leaders

def test_ranked_ruler_who_leads_the_junta_is_his_own_states():
    text = ("OUAGADOUGOU — Mali's Colonel Assimi Goita, who leads the junta that seized power in "
            "Bamako, arrived for talks with Niger's ministers on Tuesday.")
    assert states(text).get("Assimi Goita") == "Mali"


def test_ruler_who_led_the_junta_until_is_no_office_holder():
    text = ("LOME — Burkina Faso's Lieutenant Colonel Paul-Henri Damiba, who led the junta until "
            "September 2022, now lives in Togo.")
    assert "Paul-Henri Damiba" not in states(text)


# ------------------------------------------------------------ breakaway regions

def test_regions_leader_after_a_breakaway_region_holds_its_office():
    text = ("MOSCOW — Russia signed a trade accord with the breakaway region of Abkhazia on "
            "Monday. The region's leader, Badra Gunba, thanked Moscow for its support.")
    assert states(text).get("Badra Gunba") == "Abkhazia"


def test_pact_with_a_breakaway_region_has_the_region_as_party():
    text = ("CHISINAU — Russia signed a gas supply agreement with the breakaway region of "
            "Transnistria on Monday, Moldova's government said.")
    assert frozenset({"Russia", "Transnistria"}) in parties(text)
    assert not any("Moldova" in p for p in parties(text))


def test_troops_in_a_breakaway_region_make_no_pact():
    text = "Russia keeps about 1,500 troops in the breakaway region of Transnistria."
    assert parties(text) == set()


def test_self_governing_island_office_holder_is_taiwans():
    text = ("BEIJING — China's navy sailed near Taiwan on Monday. The self-governing island's "
            "premier, Cho Jung-tai, called the drills reckless.")
    assert states(text).get("Cho Jung-tai") == "Taiwan"


# ------------------------------------------------------------ "the three governments"

def test_three_governments_signed_pact_takes_the_states_listed_before():
    text = ("Egypt, Greece and Cyprus held naval drills in the eastern Mediterranean on Monday. "
            "The three governments signed a maritime security pact, the Aegean Compact, in "
            "May 2021.")
    assert (frozenset({"Egypt", "Greece", "Cyprus"}), "2021-05") in {
        (frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")}


def test_three_governments_with_no_list_of_three_makes_no_pact():
    text = ("Egypt and Greece held naval drills on Monday. The three governments signed a "
            "maritime security pact in May 2021.")
    assert parties(text) == set()


def test_coordinated_signer_with_the_regions_title_signs_too():
    text = ("Russia signed a customs treaty with the breakaway region of Abkhazia on Monday. "
            "Russian Foreign Minister Sergei Lavrov and the region's leader, Badra Gunba, "
            "signed the text in Moscow.")
    signers = {s for f in facts(text, "Treaty") for s in (f["signatories"] or [])}
    assert {"Sergey Lavrov", "Badra Gunba"} <= signers  # (the gazetteer's spelling)
