"""Round 31 (helper c): leader roles missed or given the wrong state. Ranks between the names
of a plural office (kg.extract.roles R7); "a visit by Prime Minister X to [capital]"
(kg.extract.visit_destinations); "in the presence of [office] X and [office] Y and their
[nationality] counterparts" (kg.extract.presence_pairs). From the abstract error categories of a
fresh set (never its texts). Sentences are our own."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

PUB = "2026-12-03"
facts, one = make_helpers(PUB)


def _states(text: str) -> set[tuple[str, str]]:
    return {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}


# ranks between the names of a plural office

def test_ranked_names_of_a_plural_office_take_the_states_in_order():
    text = ("The military leaders of Guinea and Mali, General Mamadi Doumbouya and Colonel "
            "Assimi Goita, agreed on Friday to reopen the border crossing.")
    assert _states(text) >= {("Mamadi Doumbouya", "Guinea"), ("Assimi Goita", "Mali")}


def test_ranked_names_with_a_commanders_apposition_are_no_leaders():
    text = ("General Amadou Sow and Colonel Ibrahim Keita, the army commanders, said on Monday "
            "the road was open.")
    assert _states(text) == set()


# a visit by a head of government to a capital

def test_the_visitor_takes_the_other_state_not_the_destination():
    text = ("Vietnam will buy two frigates from India under a contract agreed during a visit "
            "by Prime Minister Pham Minh Chinh to New Delhi, officials said.")
    assert ("Pham Minh Chinh", "Vietnam") in _states(text)
    assert ("Pham Minh Chinh", "India") not in _states(text)


def test_a_dropped_visitor_is_added_with_the_other_state():
    text = ("A trade accord between Chad and Turkey was signed in March during a visit by "
            "Prime Minister Allamaye Halina to Ankara.")
    assert ("Allamaye Halina", "Chad") in _states(text)


def test_a_visitor_of_a_firm_state_is_left_alone():
    text = ("France and China signed the accord during a visit by Chancellor Friedrich Merz "
            "to Beijing.")
    assert ("Friedrich Merz", "France") not in _states(text)


def test_a_visit_with_two_other_states_says_nothing():
    text = ("Ghana, Togo and Turkey signed a pact during a visit by Prime Minister Kofi Mensah "
            "to Ankara.")
    states = _states(text)
    assert ("Kofi Mensah", "Ghana") not in states and ("Kofi Mensah", "Togo") not in states


# in the presence of two officials and their counterparts

def test_both_officials_before_their_counterparts_serve_one_state():
    text = ("New Zealand and Fiji signed a policing agreement on Monday in the presence of "
            "Defence Minister Judith Collins and Foreign Minister Winston Peters and their "
            "Fijian counterparts.")
    states = _states(text)
    assert ("Judith Collins", "New Zealand") in states
    assert ("Winston Peters", "New Zealand") in states
    assert not any(c == "Fiji" for _, c in states)


def test_two_officials_without_counterparts_are_read_as_before():
    text = ("New Zealand signed the agreement in the presence of Defence Minister Judith "
            "Collins and Foreign Minister Winston Peters.")
    assert _states(text) == {("Judith Collins", "New Zealand"),
                             ("Winston Peters", "New Zealand")}


# a bare-titled minister placed by the next sentence's possessive with the same office

_LEAD = "Talks\n2026-12-03\n\nGENEVA, Dec 3 — "


def _article(body: str) -> set[tuple[str, str]]:
    return {(f["person"], f["country"]) for f in facts(_LEAD + body, "LeaderRole")}


def test_the_next_sentences_top_diplomat_gives_the_state():
    states = _article("Foreign Minister Omar Haidar thanked Qatar for its mediation. Sudan's "
                      "top diplomat said the talks would resume next week.")
    assert ("Omar Haidar", "Sudan") in states and ("Omar Haidar", "Qatar") not in states


def test_the_next_sentences_same_office_gives_the_state():
    states = _article("Riyadh promised on Monday to fund the dam, Finance Minister Aliyu Bello "
                      "said. Nigeria's finance minister added that work would start in May.")
    assert ("Aliyu Bello", "Nigeria") in states


def test_another_governments_answer_changes_nothing():
    states = _article("Foreign Minister Omar Haidar thanked Qatar for its mediation. Egypt's "
                      "foreign ministry said the talks would resume next week.")
    assert ("Omar Haidar", "Egypt") not in states


def test_a_named_office_holder_after_the_possessive_changes_nothing():
    states = _article("Foreign Minister Omar Haidar thanked Qatar for its mediation. Sudan's "
                      "prime minister, Kamil Idris, said the talks would resume.")
    assert ("Omar Haidar", "Sudan") not in states
