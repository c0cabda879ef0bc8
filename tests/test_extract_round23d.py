"""Arms-transfer false alarms and missed treaties of issue 11's twenty-third round (helper D),
from a fresh set's abstract error categories (never its texts). Sentences are our own: the
platform after "for its" / "for X's", warplanes "sent across the border / line", agreements
"signed when A established relations with B and with C", and "The two ministers also signed"
after a sentence naming both with their states; each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


_, parties = make_role_views(facts)


def _weapons(text: str) -> set[str]:
    return {f["weapon"] for f in facts(text, "ArmsTransfer")}


# ------------------------------------------------------------ platform_for

def test_platform_after_for_its_is_no_transfer():
    text = ("Indonesia will buy 60 Exocet anti-ship missiles from France for its Sigma-class "
            "corvettes, the navy said on Monday.")
    assert pairs(text) == {("France", "Indonesia")}
    assert not any("corvette" in (w or "").lower() for w in _weapons(text))


def test_platform_after_state_possessive_is_no_transfer():
    text = ("Germany agreed to supply 40 Meteor missiles for Poland's F-35 fighter jets, "
            "officials in Warsaw said.")
    assert pairs(text) == {("Germany", "Poland")}
    assert len(facts(text, "ArmsTransfer")) == 1


def test_platform_after_to_arm_its_is_no_transfer():
    text = "Egypt will buy 100 MICA missiles from France to arm its Rafale jets."
    assert len(facts(text, "ArmsTransfer")) == 1


def test_two_weapons_listed_without_for_are_both_kept():
    # near-miss: "and", not "for its": two systems supplied
    text = "Indonesia will buy 60 Exocet missiles and two Scorpene submarines from France."
    assert len(facts(text, "ArmsTransfer")) == 2


# ------------------------------------------------------------ crossed_lines

def test_jets_sent_across_the_border_are_no_transfer():
    text = ("Armenia said on Tuesday that Azerbaijan had sent three Su-25 attack jets across the "
            "border near Jermuk, calling the flight a provocation.")
    assert pairs(text) == set()


def test_jets_sent_across_the_line_of_control_are_no_transfer():
    text = ("South Korea accused North Korea of sending eight MiG-29 fighters across the "
            "Northern Limit Line on Sunday.")
    assert pairs(text) == set()


def test_jets_sent_to_a_state_are_still_a_transfer():
    # near-miss: sent to a state, no line crossed
    text = "Russia sent 12 Su-35 fighter jets to Iran last year, officials said."
    assert pairs(text) == {("Russia", "Iran")}


def test_tanks_sent_across_the_border_to_a_state_stay_a_transfer():
    # near-miss: ground arms driven across a border to the state that receives them
    text = "Poland sent 200 T-72 tanks across the border to Ukraine in 2022."
    assert ("Poland", "Ukraine") in pairs(text)


# ------------------------------------------------------------ established_relations

def test_agreements_signed_when_relations_established_give_one_treaty_per_pair():
    text = ("Analysts recalled the accords signed when Kosovo established relations with Israel "
            "and with Bahrain in 2021.")
    assert parties(text) == {frozenset({"Kosovo", "Israel"}), frozenset({"Kosovo", "Bahrain"})}
    assert {f["date"] for f in facts(text, "Treaty")} == {"2021"}


def test_two_states_establishing_relations_with_one_give_two_treaties():
    text = ("The talks built on the agreements signed when Morocco and Sudan normalised ties with "
            "Israel in 2020.")
    assert parties(text) == {frozenset({"Morocco", "Israel"}), frozenset({"Sudan", "Israel"})}


def test_a_list_after_with_stops_at_a_relative_clause():
    text = ("The agreements signed when Israel established relations with Bahrain and with the "
            "United Arab Emirates in 2020, which Morocco joined later, have held.")
    assert parties(text) == {frozenset({"Israel", "Bahrain"}),
                             frozenset({"Israel", "United Arab Emirates"})}


def test_relations_established_without_a_signing_give_no_treaty():
    # near-miss: no agreement told as signed
    text = "Kosovo established relations with Israel and with Bahrain in 2021."
    assert parties(text) == set()


# ------------------------------------------------------------ pair_signers

_MET = ("Poland's Defence Minister Wladyslaw Kosiniak-Kamysz met South Korea's Defence Minister "
        "Ahn Gyu-back in Seoul on Monday. ")


def test_the_two_ministers_also_signed_names_both_after_a_third_office_holder():
    text = ("Japan's Prime Minister Sanae Takaichi said on Friday that Tokyo was watching the "
            "talks closely. " + _MET + "The two ministers also signed a contract for 180 K2 "
            "tanks.")
    (t,) = facts(text, "Treaty")
    assert set(t["parties"]) == {"Poland", "South Korea"}
    assert len(t["signatories"]) == 2 and "Ahn Gyu-back" in t["signatories"]


def test_the_two_ministers_without_two_named_before_name_no_one():
    # near-miss: three office-holders in the sentence before, no pair to refer to
    text = ("Japan's Prime Minister Sanae Takaichi, Poland's Defence Minister Wladyslaw "
            "Kosiniak-Kamysz and South Korea's Defence Minister Ahn Gyu-back met in Seoul on "
            "Monday. The two ministers also signed a contract for 180 K2 tanks.")
    for t in facts(text, "Treaty"):
        assert not t["signatories"]


# ------------------------------------------------------------ meeting_day

def test_also_signed_takes_the_day_of_the_meeting_before():
    text = _MET + "The two ministers also signed a contract for 180 K2 tanks."
    (t,) = facts(text, "Treaty")
    assert t["date"] == "2026-11-30"


def test_signed_without_also_keeps_no_day():
    # near-miss: no "also", the signing is not tied to the meeting
    text = _MET + "The two ministers signed a contract for 180 K2 tanks."
    assert all(t["date"] is None for t in facts(text, "Treaty"))
