"""Round 59, from `blind67`'s abstract categories and general shapes of wire copy. Transfers:
"YANGON — China has supplied the military with fighter jets, while Russia has provided
helicopters" goes to the dateline's state when the article names no state but the suppliers;
"Ukraine's allies pledge air defences" names the state helped, not a supplier; "grenade
launchers", "machine guns", "minesweepers", "Humvees" and "MRAPs" are weapon systems. From
`blind68`'s categories: "IRIS-T systems supplied by Germany" (a generic noun after the system);
"Rwanda controls the M23 and has supplied it with missiles" (one subject, two verbs). Treaties:
"In May, Kowal and Dvorak signed a defence pact" (a fronted time before the signers' surnames).
Strikes: "later claimed the ambush"; "shelling by the paramilitary Rapid Support Forces", "a
bombing by the militant group al-Shabaab" (the group after its description). Sentences
are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import (make_helpers, make_side_view, make_transfer_views,
                                  transfer_triples, wire)

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)
_pairs, _ = make_transfer_views(facts)


# ------------------------------------------------------------ transfers

def test_the_military_supplied_in_a_dateline_state_article_is_that_states():
    text = wire("China has supplied the military with fighter jets, while Russia has provided "
                "helicopters, according to a U.N. report.", "YANGON")
    assert _pairs(text) == {("China", "Myanmar"), ("Russia", "Myanmar")}


def test_the_military_supplied_with_another_state_named_is_not_guessed_from_the_dateline():
    text = wire("Thailand has asked for help. China has supplied the military with fighter "
                "jets, according to a U.N. report.", "YANGON")
    assert ("China", "Myanmar") not in _pairs(text)


def test_a_states_allies_pledging_are_no_supplier():
    text = ("Ukraine's allies pledge more air defence systems\n2026-11-24\n\nKYIV — Russia "
            "struck Kyiv with missiles on Sunday, killing 12 people. Germany said it would send "
            "more Patriot systems.")
    got = transfer_triples(facts, text)
    assert all(s != "Ukraine" for s, _, _ in got)
    assert ("Germany", "Ukraine") in {(s, r) for s, r, _ in got}


def test_a_states_own_pledge_is_still_its_supply():
    text = wire("Ukraine pledged more air defence systems to Moldova on Sunday.")
    assert _pairs(text) == {("Ukraine", "Moldova")}


def test_launchers_guns_and_vehicles_named_by_their_kind_are_weapons():
    text = wire("Germany has delivered grenade launchers, machine guns, two minesweepers and "
                "40 Humvees to Ukraine, the defence ministry said.")
    weapons = {w for _, _, w in transfer_triples(facts, text)}
    assert {"grenade launchers", "machine guns", "minesweepers", "Humvees"} <= weapons
    assert "grenade" not in weapons


def test_a_named_system_with_a_generic_noun_supplied_by_a_state():
    text = wire("Ukraine has received IRIS-T systems supplied by Germany.")
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_a_subject_that_controls_a_group_and_supplied_it_is_the_supplier():
    text = wire("Kinshasa says Rwanda controls the M23 and has supplied it with surface-to-air "
                "missiles.", "KINSHASA")
    assert _pairs(text) == {("Rwanda", "M23")}


def test_a_group_that_received_and_used_missiles_is_no_supplier():
    text = wire("Kinshasa says the M23 received the missiles and has fired them at Goma.",
                "KINSHASA")
    assert all(s != "M23" for s, _ in _pairs(text))


# ------------------------------------------------------------ treaties

def test_surnames_signing_after_a_fronted_time_are_the_treaty_parties():
    text = wire("Polish Prime Minister Jan Kowal met Czech President Petr Dvorak on Monday. In "
                "May, Kowal and Dvorak signed a defence pact.", "WARSAW")
    assert {frozenset(f["parties"]) for f in facts(text, "Treaty")} == {
        frozenset({"Poland", "Czech Republic"})}


def test_surnames_after_a_fronted_time_that_met_sign_nothing():
    text = wire("Polish Prime Minister Jan Kowal met Czech President Petr Dvorak on Monday. In "
                "May, Kowal and Dvorak met in Prague.", "WARSAW")
    assert facts(text, "Treaty") == []


# ------------------------------------------------------------ strikes

def test_a_branch_that_later_claimed_the_ambush_is_the_attacker():
    text = wire("Gunmen ambushed an army patrol near Tillaberi, killing 10 soldiers. The Islamic "
                "State in the Sahel later claimed the ambush.", "NIAMEY")
    # (the Sahel branch is a group of its own since round 78's gazetteer rows)
    assert _sides(text) == {("Islamic State in the Greater Sahara", "Tillaberi")}


def test_a_group_described_before_its_name_in_a_by_phrase_is_the_attacker():
    text = wire("Twenty civilians were killed in El Fasher on Sunday in shelling by the "
                "paramilitary Rapid Support Forces, activists said.", "KHARTOUM")
    assert _sides(text) == {("Rapid Support Forces", "El Fasher")}
    linked = wire("Twenty civilians were killed in Baidoa on Sunday in a bombing by the "
                  "militant group al-Shabaab, police said.", "MOGADISHU")
    assert _sides(linked) == {("al-Shabaab", "Baidoa")}


def test_a_backer_in_a_by_phrase_is_not_the_attacker():
    text = wire("Twenty civilians were killed in Marib on Sunday in shelling by the Iran-backed "
                "Houthis, officials said.", "ADEN")
    assert ("Iran", "Marib") not in _sides(text)


# ------------------------------------------------------------ from articles of our own

def _strikes_of(article: str) -> list[dict]:
    return facts(article, "Strike")


def test_missiles_launched_overnight_with_debris_are_the_leads_attack():
    text = ("Russian missiles kill 14 in Dnipro\n2026-11-24\n\nDNIPRO — Russian missiles struck "
            "an apartment block in Dnipro on Monday, killing 14 people and wounding 40, "
            "officials said.\n\nUkraine's air force said it had shot down 20 of 26 missiles "
            "launched overnight, and debris fell on a house in Dnipro, injuring two.")
    got = _strikes_of(text)
    assert [(s["attacker"], s["target_place"]) for s in got] == [("Russia", "Dnipro")]
    assert got[0]["date"] == "2026-11-23"


def test_an_attack_again_overnight_stays_a_second_attack():
    text = ("Russian missiles hit Dnipro again\n2026-11-24\n\nDNIPRO — Russian missiles struck "
            "an apartment block in Dnipro on Monday, killing 14 people, officials said.\n\n"
            "Russian drones struck Dnipro again overnight, injuring two.")
    assert len([s for s in _strikes_of(text) if s["target_place"] == "Dnipro"]) == 2


def test_a_campaign_in_a_place_and_a_civil_defence_agency_are_no_places_hit():
    text = ("Strike on Gaza school kills 20\n2026-11-24\n\nGAZA — An Israeli air strike hit a "
            "school in Gaza City on Saturday, killing 20 people, medics said.\n\nThe Gaza civil "
            "defence agency said the toll had risen to 24 by Saturday evening.\n\nIsrael's "
            "campaign in Gaza began after Hamas fighters attacked southern Israel on Oct. 7, "
            "2023, killing about 1,200 people.")
    got = {(s["attacker"], s["target_place"]): s for s in _strikes_of(text)}
    assert set(got) == {("Israel", "Gaza City"), ("Hamas", "Israel")}
    assert got[("Israel", "Gaza City")]["killed"] == 24


def test_what_a_group_calls_solidarity_with_a_place_is_no_attack_on_it():
    text = wire("The Houthis struck a bulk carrier in the Red Sea on Wednesday. The group has "
                "launched dozens of attacks on shipping since November in what it calls "
                "solidarity with Palestinians in Gaza.", "ADEN")
    assert {p for _, p in _sides(text)} == {"Red Sea"}


def test_a_witness_looking_on_is_no_signatory():
    text = wire("The deal was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and "
                "Philippine Defence Secretary Gilberto Teodoro, with President Ferdinand Marcos "
                "Jr. looking on.", "MANILA")
    (treaty,) = facts(text, "Treaty")
    assert set(treaty["signatories"]) == {"Yoko Kamikawa", "Gilberto Teodoro"}
