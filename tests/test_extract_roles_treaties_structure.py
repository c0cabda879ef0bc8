"""Leader roles and treaties read from structure: plural appositions, title pairs, titles only
one state uses, the dateline's state, counterparts told before; earlier treaties of the same
parties by reference, one treaty per partner or per member, third states that are no party.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers
from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2025-11-01"
facts, one = make_helpers(PUB)


def roles(text: str, published: str = PUB) -> set[tuple]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole", published)}


def treaties(text: str, published: str = PUB) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty", published)}


def test_plural_apposition_after_the_names():
    assert roles("Rajnath Singh and Pete Hegseth, the defence ministers of India and the "
                 "United States, met in Kuala Lumpur.") == {("Rajnath Singh", "India"),
                                                            ("Pete Hegseth", "United States")}


def test_plural_apposition_with_two_titles_of_one_state():
    got = facts("The pact was signed by Yoko Kamikawa and Minoru Kihara, Japan's foreign and "
                "defence ministers.", "LeaderRole")
    assert {(f["person"], f["role"], f["country"]) for f in got} == {
        ("Yoko Kamikawa", "foreign minister", "Japan"),
        ("Minoru Kihara", "defence minister", "Japan")}


def test_plural_apposition_before_the_names_two_countries():
    assert roles("North Korea and Russia deny the transfers, although the two countries' "
                 "leaders, Kim Jong Un and Vladimir Putin, met in September.", "2024-01-05") == {
        ("Kim Jong Un", "North Korea"), ("Vladimir Putin", "Russia")}


def test_two_titles_before_one_name():
    got = roles("The deal was signed in Washington, Ukraine's First Deputy Prime Minister and "
                "Minister of Economy Olena Kovalchuk said.")
    assert got == {("Olena Kovalchuk", "Ukraine")}


def test_unusual_titles():
    assert roles("India's external affairs minister, Subrahmanyam Jaishankar, met reporters.") \
        == {("S. Jaishankar", "India")}  # the gazetteer's label
    assert roles("Japan's chief cabinet secretary, Yoshimasa Hayashi, said Tokyo was "
                 "concerned.", "2024-06-20") == {("Yoshimasa Hayashi", "Japan")}


def test_title_only_one_state_uses():
    assert roles("Treasury Secretary Daniel Marsh and Ukraine's economy minister Olena "
                 "Kovalchuk signed the document.") == {("Daniel Marsh", "United States"),
                                                       ("Olena Kovalchuk", "Ukraine")}


def test_several_states_the_datelines_one():
    rec = extract_text("Head\n2024-04-20\n\nMANILA — The missiles arrived on Friday.\n\nDefence "
                       "Secretary Ramon Dizon said Chinese vessels had fired water cannon at "
                       "Philippine boats.", published="2024-04-20")
    got = {(f["person"], f["country"]) for f in record_to_gold_facts(rec)["facts"]
           if f["type"] == "LeaderRole"}
    assert got == {("Ramon Dizon", "Philippines")}


def test_earlier_treaty_of_the_same_parties_by_reference_is_another_treaty():
    got = treaties("India and the United States signed a ten-year defence framework on Friday. "
                   "The two countries signed their first such framework in 2005.")
    assert got == {(frozenset({"India", "United States"}), "2025-10-31"),
                   (frozenset({"India", "United States"}), "2005")}


def test_one_treaty_per_partner_each_with_its_date():
    got = treaties("Tokyo has signed similar agreements with Australia, in January 2022, and "
                   "with Britain a year later.", "2024-07-09")
    assert got == {(frozenset({"Japan", "Australia"}), "2022-01"),
                   (frozenset({"Japan", "United Kingdom"}), None)}


def test_plural_agreements_one_per_member():
    got = treaties("Germany and France signed ten-year security agreements with Ukraine on "
                   "Friday.", "2024-02-17")
    assert {p for p, _ in got} == {frozenset({"Germany", "Ukraine"}),
                                   frozenset({"France", "Ukraine"})}


def test_third_state_in_a_tensions_clause_is_no_party():
    got = treaties("Japan and the Philippines signed a defence pact on Monday amid tensions with "
                   "China.", "2024-07-09")
    assert got == {(frozenset({"Japan", "Philippines"}), "2024-07-08")}


def test_a_war_with_a_third_state_is_no_partner():
    got = treaties("Britain's prime minister signed a partnership agreement with Ukraine on "
                   "Thursday, pledging help in a war with Russia.", "2025-01-16")
    assert {p for p, _ in got} == {frozenset({"United Kingdom", "Ukraine"})}
