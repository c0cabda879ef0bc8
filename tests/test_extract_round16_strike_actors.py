"""Strike attackers of issue 11's sixteenth round, from a fresh set's abstract error categories
(never its texts): two targets hit by two weapons in one sentence ("drones hit A while missiles
struck B"), and an attacker the writer leaves unnamed ("militants fired", "attacked by armed
men") that must not be filled from the rest of the article. Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2026-03-18"  # a Wednesday
facts, one = make_helpers(PUB)


def strikes(text: str) -> dict[str, tuple]:
    return {f["target_place"]: (f["attacker"], f["killed"], f["injured"])
            for f in facts(text, "Strike")}


# ------------------------------------------------ two weapon clauses, two targets

def test_a_weapon_subject_clause_after_while_is_a_second_strike():
    got = strikes("Russian drones struck a substation in Sumy while cruise missiles hit a "
                  "warehouse in Zaporizhzhia, killing three guards.")
    assert set(got) == {"Sumy", "Zaporizhzhia"}
    assert got["Zaporizhzhia"] == ("Russia", 3, None)
    assert got["Sumy"][0] == "Russia" and got["Sumy"][1] is None


def test_the_second_weapon_clause_may_follow_a_comma_and_an_article():
    got = strikes("Israeli jets bombed a depot near Tyre, while the armed drones hit a car "
                  "outside Khiam, wounding two farmers.")
    assert set(got) == {"Tyre", "Khiam"}
    assert got["Khiam"] == ("Israel", None, 2)


def test_while_before_people_is_no_second_clause():
    # "while residents slept": a time, no weapon subject, no second attack
    got = strikes("Russian missiles struck an apartment block in Odesa while residents "
                  "slept, killing four people.")
    assert got == {"Odesa": ("Russia", 4, None)}


# ------------------------------------------------ unnamed attackers stay unnamed

def test_armed_men_after_a_passive_attack_leave_the_attacker_unknown():
    text = ("Mali's army said its drones struck a camp near Menaka on Sunday. On Monday the "
            "army's western command said its post near Nioro had been attacked by armed men, "
            "leaving three soldiers dead.")
    got = strikes(text)
    assert got["Menaka"][0] == "Mali"
    assert got["Nioro"] == (None, 3, None)


def test_bare_militants_as_subject_leave_the_attacker_unknown():
    text = ("Pakistani jets struck hideouts in the Tirah valley on Saturday. The army's "
            "Peshawar corps said militants attacked a checkpoint in Bannu on Sunday, killing "
            "two soldiers.")
    got = strikes(text)
    assert got["Bannu"] == (None, 2, None)


def test_a_named_group_beside_militants_is_still_the_attacker():
    got = strikes("Al-Shabaab militants attacked an army base in Baidoa on Tuesday, killing "
                  "seven soldiers.")
    assert got["Baidoa"][0] == "al-Shabaab"


# ------------------------------------------------ two signings with one verb (treaties)

def treaties(text: str) -> list[frozenset]:
    return sorted((frozenset(f["parties"]) for f in facts(text, "Treaty")), key=sorted)


def test_a_gapped_second_pair_is_its_own_treaty():
    got = treaties("Kenya signed a border security pact with Somalia, and Ethiopia with "
                   "Djibouti, at a summit in Nairobi on Monday.")
    assert got == sorted([frozenset({"Kenya", "Somalia"}), frozenset({"Ethiopia", "Djibouti"})],
                         key=sorted)


def test_a_gapped_pair_keeps_the_signing_date():
    fs = facts("Ghana signed a maritime security agreement with Togo, and Benin with Nigeria, "
               "in Accra on Tuesday.", "Treaty")
    assert {frozenset(f["parties"]) for f in fs} == {frozenset({"Ghana", "Togo"}),
                                                     frozenset({"Benin", "Nigeria"})}
    assert {f["date"] for f in fs} == {"2026-03-17"}


def test_three_states_signing_together_stay_one_treaty():
    got = treaties("Mali, Niger and Burkina Faso signed a mutual defence treaty in Bamako on "
                   "Monday.")
    assert got == [frozenset({"Mali", "Niger", "Burkina Faso"})]


def test_a_titled_second_signer_for_the_other_state_is_a_signatory():
    f = one("Kenya and Tanzania signed a border agreement in Arusha on Monday. Kenyan Foreign "
            "Minister Musalia Mudavadi signed for Nairobi and Tanzanian Foreign Minister "
            "Mahmoud Thabit Kombo for Dodoma.", "Treaty")
    assert set(f["signatories"]) == {"Musalia Mudavadi", "Mahmoud Thabit Kombo"}


def test_a_person_merely_named_after_for_and_is_no_signatory():
    f = one("Kenya and Tanzania signed a border agreement in Arusha on Monday. Foreign Minister "
            "Musalia Mudavadi signed for Nairobi and President William Ruto praised the deal.",
            "Treaty")
    assert "William Ruto" not in (f["signatories"] or [])
