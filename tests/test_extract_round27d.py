"""Transfer quantities and treaties told twice, issue 11's twenty-seventh round (helper D), from
a fresh set's abstract error categories (never its texts). Sentences are our own: counts in
dozens ("some two dozen W"), and a pact retold as "was signed three weeks after [event] on
[date]"; each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)

transfers, _pairs = make_transfer_tuples(facts)


def _quantities(text: str) -> set:
    return {(s, r, q) for s, r, _, q in transfers(text)}


# ------------------------------------------------------------ dozen_counts

def test_two_dozen_tanks_are_twenty_four():
    text = dated("TALLINN", "Estonia said on Monday it had bought some two dozen K9 howitzers "
                  "from South Korea.")
    assert ("South Korea", "Estonia", 24) in _quantities(text)


def test_about_three_dozen_is_thirty_six():
    text = dated("RABAT", "Morocco has received the first of about three dozen Apache "
                  "helicopters from the United States, the army said on Monday.")
    assert ("United States", "Morocco", 36) in _quantities(text)


def test_a_plain_count_is_not_multiplied():
    text = dated("TALLINN", "Estonia said on Monday it had bought two K9 howitzers from "
                  "South Korea, a dozen officials said.")
    assert ("South Korea", "Estonia", 2) in _quantities(text)


# ------------------------------------------------------------ event_dated_signings

def _treaties(text: str) -> list[dict]:
    return facts(text, "Treaty")


def test_pact_signed_weeks_after_an_event_is_not_dated_by_the_event():
    text = dated("MANILA", "Malaysia and Brunei have pledged to patrol their waters together "
                  "under a pact signed in Kuala Lumpur, officials said. The pact was signed two "
                  "weeks after a collision between patrol boats on November 4, in which three "
                  "sailors were hurt.")
    dates = [t["date"] for t in _treaties(text)]
    assert len(dates) == 1 and "2026-11-04" not in dates


def test_pact_signed_on_a_date_keeps_it():
    text = dated("MANILA", "Malaysia and Brunei signed a maritime pact on November 4, two "
                  "weeks after a collision between patrol boats.")
    assert [t["date"] for t in _treaties(text)] == ["2026-11-04"]


# ------------------------------------------------------------ neighbour_recipients

def test_to_neighbouring_state_is_the_recipient_beside_an_invader():
    text = dated("VILNIUS", "Lithuania has shipped howitzers to neighbouring Ukraine following "
                  "Russia's invasion, the ministry said.")
    assert ("Lithuania", "Ukraine") in _pairs(text)
    assert ("Lithuania", "Russia") not in _pairs(text)


def test_moving_own_guns_towards_a_neighbour_is_no_transfer():
    text = dated("VILNIUS", "Lithuania has moved howitzers closer to neighbouring Belarus "
                  "following Russia's drills.")
    assert ("Lithuania", "Belarus") not in _pairs(text)


# ------------------------------------------------------------ generic_beside_named

def test_generic_systems_beside_a_named_one_are_that_one():
    text = dated("CAIRO", "Egypt and France signed a defence pact in 2019. Egypt also buys "
                  "advanced air-defence systems, and an army spokesman said crews were training "
                  "on the Chinese-made HQ-9 system delivered last year.")
    got = transfers(text)
    assert any(s == "China" and r == "Egypt" for s, r, _, _ in got)
    assert not any("advanced" in w for _, _, w, _ in got)


def test_named_system_of_another_kind_leaves_the_generic_purchase():
    text = dated("CAIRO", "Egypt buys advanced air-defence systems from Russia, and crews fly "
                  "Chinese-made Wing Loong drones delivered last year.")
    assert ("Russia", "Egypt") in _pairs(text)


# ------------------------------------------------------------ similar_deals

def _treaty_dates(text: str) -> dict:
    return {frozenset(t["parties"]): t["date"] for t in _treaties(text)}


def test_similar_deal_gives_the_day_to_the_sentences_own_contract():
    text = dated("JAKARTA", "Indonesia signed a contract on Monday for two more submarines "
                  "from France, the navy said, weeks after a similar deal signed with Turkey "
                  "for patrol drones.")
    dates = _treaty_dates(text)
    assert dates.get(frozenset({"Indonesia", "France"})) == "2026-11-30"
    assert dates.get(frozenset({"Indonesia", "Turkey"})) is None


def test_signing_with_a_partner_without_similar_keeps_its_day():
    text = dated("JAKARTA", "Indonesia signed a deal with Turkey on Monday for patrol drones.")
    assert _treaty_dates(text).get(frozenset({"Indonesia", "Turkey"})) == "2026-11-30"


# ------------------------------------------------------------ coordinated_years

def test_signing_after_and_takes_its_own_year():
    text = dated("HANOI", "Malaysia and Thailand settled their sea border in 2001 and signed "
                  "a treaty on fishing rights in 2019.")
    assert "2019" in [t["date"] for t in _treaties(text)]
    assert "2001" not in [t["date"] for t in _treaties(text)]


def test_signing_with_one_year_keeps_it():
    text = dated("HANOI", "Malaysia and Thailand signed a treaty on fishing rights in 2019.")
    assert [t["date"] for t in _treaties(text)] == ["2019"]


# ------------------------------------------------------------ entities: "armoured carriers"

def test_armoured_carriers_are_a_weapon():
    text = dated("RIGA", "Latvia has shipped M577 armoured carriers to Ukraine, the ministry "
                  "said.")
    assert ("Latvia", "Ukraine") in _pairs(text)


# ------------------------------------------------------------ since_bought

def test_purchase_in_a_since_clause_after_a_negation_is_read():
    text = dated("HANOI", "Thailand has not announced any new orders since it bought four "
                  "Gripen fighters from Sweden in 2011.")
    assert ("Sweden", "Thailand", 4) in _quantities(text)


def test_a_negated_purchase_without_since_stays_unread():
    text = dated("HANOI", "Thailand has not bought any Gripen fighters from Sweden.")
    assert ("Sweden", "Thailand") not in _pairs(text)
