"""Treaties of issue 11's third round, from the blind sets' error categories (never their
texts): treaties told by name or as background with no signing verb nearby, ratifications and
approvals, initialled agreements, the governments of several states as signers, a third party
"together with" two told before; not a witness, a future signing or a law ratifying a treaty.
Sentences are our own."""

from __future__ import annotations

from extract_helpers import make_helpers

PUB = "2025-06-14"
facts, one = make_helpers(PUB)


def treaties(text: str, published: str = PUB) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty", published)}


def test_a_background_treaty_dated_by_its_year():
    assert treaties("Manila said its alliance with Washington, resting on the 1951 Mutual "
                    "Defense Treaty, was unshaken.") == {
        (frozenset({"Philippines", "United States"}), "1951")}
    assert treaties("The deal replaces a 1972 treaty of friendship between India and "
                    "Bangladesh that expired long ago.") == {
        (frozenset({"India", "Bangladesh"}), "1972")}


def test_a_named_treaty_with_its_signing_told_after():
    assert treaties("Their model was the ANZUS treaty with Australia and New Zealand, signed "
                    "in 1951 by the United States.") == {
        (frozenset({"Australia", "New Zealand", "United States"}), "1951")}


def test_a_treaty_noun_without_a_name_or_a_year_is_no_fact_alone():
    assert treaties("Officials in Poland and Lithuania talked about the treaty for hours.") \
        == set()


def test_ratified_and_approved_agreements_carry_no_ratification_date():
    assert treaties("Georgia's cabinet and parliament approved an agreement with Armenia on "
                    "Tuesday.") == {(frozenset({"Georgia", "Armenia"}), None)}
    assert treaties("Ukraine's parliament on Thursday ratified the pact with Denmark.") == {
        (frozenset({"Ukraine", "Denmark"}), None)}


def test_initialled_agreement_and_a_witness_who_is_no_party():
    assert treaties("Serbia and Kosovo initialled a framework agreement in Brussels on "
                    "Friday, with President Ana Costa as witness.") == {
        (frozenset({"Serbia", "Kosovo"}), "2025-06-13")}


def test_the_governments_of_several_states_sign():
    assert treaties("The military governments of Mali, Niger and Burkina Faso have signed a "
                    "mutual defence pact in Bamako.") == {
        (frozenset({"Mali", "Niger", "Burkina Faso"}), None)}


def test_together_with_a_third_state():
    got = treaties("Bhutan and Nepal sent envoys to the talks. The two countries, together "
                   "with India, signed a water accord in March 1996.")
    assert got == {(frozenset({"Bhutan", "Nepal", "India"}), "1996-03")}


def test_a_signing_still_to_come_and_a_law_ratifying_a_treaty_are_no_new_treaty():
    assert treaties("Kyiv demanded guarantees before any deal with Moscow is signed.") == set()
    got = treaties("Finland and Sweden signed a border treaty in March. On Friday President "
                   "Alexander Stubb signed a law ratifying the treaty with Sweden.")
    assert got == {(frozenset({"Finland", "Sweden"}), "2025-03")}
