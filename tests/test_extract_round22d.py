"""Arms-transfer false alarms and treaties of issue 11's twenty-second round (helper D), from a
fresh set's abstract error categories (never its texts). Sentences are our own: the maker of the
weapons that only approved their transfer, "A angered B by signing a memorandum with C", a lead's
generic system named in the next sentence ("The system, the X"), an alliance "set up under a
pact" of "the three countries", and "[demonym]-made W used by [side]"; each with the near-miss
that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views, make_transfer_tuples

PUB = "2026-11-30"

facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


_, parties = make_role_views(facts)


# ------------------------------------------------------------ maker_approvers

_HANDOVER = "Denmark has handed over the last of the 19 F-16 fighter jets it pledged to Ukraine. "


def test_maker_that_only_approved_is_no_supplier():
    text = _HANDOVER + ("The United States, which originally built the jets, approved the "
                        "transfer last year, a step needed for any re-export of American-made "
                        "aircraft.")
    assert pairs(text) == {("Denmark", "Ukraine")}


def test_maker_clause_without_approval_keeps_the_supplier():
    # near-miss: the maker that also sells is a supplier
    text = ("The United States, which originally built the jets, will deliver 12 more F-16 "
            "fighters to Ukraine next year.")
    assert ("United States", "Ukraine") in pairs(text)


# ------------------------------------------------------------ angered_parties

def test_angered_state_is_no_party():
    text = ("Moscow angered Tbilisi on Monday by signing a memorandum on tourism with the "
            "breakaway region of Abkhazia.")
    assert parties(text) == {frozenset({"Russia", "Abkhazia"})}


def test_plain_signing_with_breakaway_region_unchanged():
    # near-miss: no angered state, the subject is already the party
    text = "Russia signed a memorandum on tourism with the breakaway region of Abkhazia on Monday."
    assert parties(text) == {frozenset({"Russia", "Abkhazia"})}


# ------------------------------------------------------------ named_system

def test_generic_system_named_in_the_next_sentence():
    text = ("Slovakia has agreed to buy an advanced medium-range air defence system from Israel, "
            "officials "
            "said on Monday.\n\nThe system, the Barak MX built by Israel Aerospace Industries, "
            "will be delivered over three years.")
    assert {(s, r, w) for s, r, w, _ in transfers(text)} == {("Israel", "Slovakia", "Barak MX")}


def test_generic_system_without_apposition_not_renamed():
    # near-miss: the next sentence names another system, not in apposition
    text = ("Slovakia has agreed to buy an advanced air defence system from Israel, officials "
            "said on Monday. Slovakia already operates the Patriot, bought from the United States.")
    assert all(w != "Barak MX" for _, _, w, _ in transfers(text))


# ------------------------------------------------------------ counted_parties (founded under)

def test_alliance_set_up_under_a_pact_of_the_three_countries():
    text = ("Mali, Burkina Faso and Niger signed an agreement on Sunday to create a joint force. "
            "The three countries formed the alliance, set up in March last year under a mutual "
            "defence pact.")
    trio = frozenset({"Mali", "Burkina Faso", "Niger"})
    got = [f for f in facts(text, "Treaty") if frozenset(f["parties"]) == trio]
    assert len(got) == 2
    assert any(f["date"] == "2025-03" for f in got)


def test_alliance_set_up_without_counted_countries_reads_nothing_new():
    # near-miss: "the bloc" is not "the three countries"
    text = ("Mali, Burkina Faso and Niger signed an agreement on Sunday to create a joint force. "
            "The bloc was set up in March last year under a mutual defence pact.")
    assert len(facts(text, "Treaty")) == 1


# ------------------------------------------------------------ made_users

def test_made_weapon_used_by_side_goes_from_maker_to_user():
    text = ("Ukrainian troops captured three Iranian-made Mohajer-6 drones used by Russian "
            "forces near Kherson, the army said.")
    assert transfers(text) == {("Iran", "Russia", "Mohajer-6 drones", None)}


def test_made_weapon_without_user_reads_no_transfer():
    # near-miss: the side that captured them is no recipient
    text = "Ukrainian troops captured three Iranian-made Mohajer-6 drones near Kherson."
    assert ("Iran", "Ukraine") not in pairs(text)


# ------------------------------------------------------------ transfers._quantity (model number)

def test_number_ending_a_model_name_is_no_quantity():
    text = "Moldova received a Ground Master 200 air surveillance radar from France last year."
    assert {q for _, _, _, q in transfers(text)} == {None}


def test_count_after_verb_still_read():
    # near-miss: a count right after the verb stays the quantity
    text = "Moldova received 4 air surveillance radars from France last year."
    assert {q for _, _, _, q in transfers(text)} == {4}


# ------------------------------------------------------------ drill_deployments

def test_forces_sent_in_a_drill_are_no_transfer():
    text = "China staged drills around Taiwan on Friday, sending warships and aircraft."
    assert transfers(text) == set()


def test_sale_after_a_drill_is_still_read():
    # near-miss: the drill is only the time; the sale names its own parties
    text = "After joint exercises in May, the United States agreed to sell 40 F-16 jets to Taiwan."
    assert pairs(text) == {("United States", "Taiwan")}
