"""Arms transfers and leader roles of issue 11's fourth round, from blind6's abstract error
categories (never its texts): "anti-aircraft guns" are no aircraft, parts of one item ("a fire
unit with launchers and radar") are no transfers of their own, a recipient described as "the
junta"; leader roles given by a verb or as an appositive after a surname. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers, make_keys

PUB = "2025-02-20"
facts, one = make_helpers(PUB)
transfers, roles = make_keys(facts)



def test_anti_aircraft_guns_are_not_aircraft():
    got = transfers("Norway sent Gepard anti-aircraft guns to Estonia in the spring.")
    assert ("Norway", "Estonia", "aircraft") not in got
    assert len(got) == 1


def test_parts_of_one_item_are_not_transfers_of_their_own():
    got = transfers("Spain delivered one Patriot fire unit with launchers and radar to Latvia.")
    assert got == {("Spain", "Latvia", "Patriot")}


def test_the_junta_as_recipient_takes_the_articles_state():
    got = transfers("Niger's army has been losing ground to insurgents. Turkey has also "
                    "supplied the junta with Bayraktar drones and armoured vehicles.")
    assert {(s, r) for s, r, _ in got} == {("Turkey", "Niger")} and len(got) == 2


def test_name_then_a_bare_title_as_appositive_takes_the_articles_state():
    got = roles("Estonia will buy more rocket launchers. Hanno Pevkur, the defence minister, "
                "said the first batch would arrive in spring.")
    assert ("Hanno Pevkur", "defence minister", "Estonia") in got


def test_office_given_by_a_verb():
    got = roles("Chad's army has ruled since April. General Idriss Mahamat Kabore, who led "
                "the takeover, became acting president of Chad a year later.")
    assert ("Idriss Mahamat Kabore", "president", "Chad") in got


def test_two_titles_share_one_adjective():
    got = roles("Latvian Foreign Minister Janis Ozols and Defence Minister Karlis Berzins "
                "flew to Vilnius on Monday.")
    assert ("Karlis Berzins", "defence minister", "Latvia") in got


def test_each_item_of_a_list_names_its_own_source():
    got = transfers("Hungary has modernised its air defences. The country has acquired Pantsir "
                    "systems from Russia, Wing Loong drones from China and Mistral missiles "
                    "from France.")
    assert {(s, r) for s, r, _ in got} == {("Russia", "Hungary"), ("China", "Hungary"),
                                           ("France", "Hungary")}
