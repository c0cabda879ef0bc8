"""Arms transfers missed or reversed, issue 11's thirtieth round (helper C), from a fresh set's
abstract error categories (never its texts). Sentences are our own: the state a sanction
targets supplies; "S supplied them with W" after a sentence about one state's forces; a US
agency that clears arms packages; "approved more arms sales to R, including W"; "as well as
dozens of W"; a "[demonym]-made" weapon whose maker "began supplying" the article's military;
each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-11-20"

facts, _one = make_helpers(PUB, headline=False)

transfers, pairs = make_transfer_tuples(facts)


def _got(text: str) -> set[tuple]:
    return {(s, r, w) for s, r, w, _ in transfers(text)}


# ------------------------------------------------------------ sanctioned_suppliers

def test_sanctioned_state_supplies_not_the_one_imposing():
    text = dated("OTTAWA", "Canada imposed sanctions on Iran on Monday for supplying Shahed "
                 "drones to Russia, the foreign ministry said.")
    assert ("Iran", "Russia") in pairs(text)
    assert ("Canada", "Russia") not in pairs(text)


def test_sanctions_against_a_state_for_supplying():
    text = dated("LONDON", "Britain announced sanctions against Belarus for "
                 "supplying Iskander missiles to Russia.")
    assert ("Belarus", "Russia") in pairs(text)


def test_sanctioned_as_a_verb():
    text = dated("CANBERRA", "Australia sanctioned Iran on Monday for supplying Shahed drones "
                 "to Russia.")
    assert ("Iran", "Russia") in pairs(text)
    assert ("Australia", "Russia") not in pairs(text)


def test_sanctions_for_something_else_read_as_before():
    text = dated("OTTAWA", "Canada imposed sanctions on Iran over the jailing of protesters, "
                 "and Canada has supplied armoured vehicles to Ukraine.")
    assert ("Iran", "Ukraine") not in pairs(text)


# ------------------------------------------------------------ them_recipients

def test_them_is_the_forces_of_the_sentence_before():
    text = dated("SEOUL", "Officials say Russian troops near Kursk have relied on help from "
                 "abroad since the winter. North Korea supplied them with Koksan self-propelled "
                 "guns, the intelligence service said.")
    assert ("North Korea", "Russia") in pairs(text)


def test_them_is_the_plural_group_the_sentence_before_opens_with():
    text = dated("DUBAI", "The Houthis have fired hundreds of missiles at ships in the Red Sea "
                 "since 2023. Iran supplied them with Toufan missiles, officials say.")
    assert ("Iran", "Houthis") in pairs(text)


def test_them_with_the_forces_two_sentences_back_stays_unread():
    text = dated("SEOUL", "Russian troops advanced near Kursk in the spring. Officials met "
                 "envoys from several countries on Tuesday. North Korea supplied them with "
                 "Koksan self-propelled guns, a report claimed.")
    assert ("North Korea", "Russia") not in pairs(text)


def test_them_with_two_states_forces_before_stays_unread():
    text = dated("SEOUL", "Russian troops and Ukrainian troops clashed near Kursk. North Korea "
                 "supplied them with Koksan self-propelled guns, a report claimed.")
    assert ("North Korea", "Russia") not in pairs(text)
    assert ("North Korea", "Ukraine") not in pairs(text)


# ------------------------------------------------------------ approved_lists: agencies, "more"

def test_us_agency_clearing_a_package_sells_for_the_united_states():
    text = dated("WASHINGTON", "The Defense Security Cooperation Agency cleared a package for "
                 "Kenya including 300 Javelin anti-tank missiles and 40 Stinger missiles, with "
                 "spare parts.")
    got = _got(text)
    assert ("United States", "Kenya", "Javelin anti-tank missiles") in got
    assert ("United States", "Kenya", "Stinger missiles") in got


def test_another_agency_clearing_a_package_gives_no_seller():
    text = dated("NAIROBI", "The customs agency cleared a package for Kenya including 300 "
                 "Javelin anti-tank missiles, officials said.")
    assert ("United States", "Kenya") not in pairs(text)


def test_approved_more_arms_sales_including():
    text = dated("HANOI", "Washington approved more arms sales to Vietnam, including 12 "
                 "Black Hawk helicopters last year, and Hanoi has since sought funds.")
    assert ("United States", "Vietnam") in pairs(text)


# ------------------------------------------------------------ further_items: "dozens of"

def test_as_well_as_dozens_of_a_second_item():
    text = dated("JAKARTA", "France shipped the first Rafale jets to Indonesia in 2026, as well "
                 "as dozens of Exocet anti-ship missiles, a navy spokesman said.")
    got = _got(text)
    assert ("France", "Indonesia", "Exocet anti-ship missiles") in got


def test_as_well_as_dozens_of_people_is_no_item():
    text = dated("JAKARTA", "France shipped the first Rafale jets to Indonesia in 2026, as well "
                 "as dozens of instructors, a navy spokesman said.")
    assert {w for s, r, w in _got(text)} == {"Rafale jets"}


# ------------------------------------------------------------ began_supplying

def test_made_weapon_of_a_maker_that_began_supplying_the_military():
    text = dated("NAYPYITAW", "Rebels said they shot down a Chinese-made K-8 jet near Loikaw. "
                 "China, which began supplying the military with aircraft in the 1990s, urged "
                 "talks.")
    assert ("China", "Myanmar") in pairs(text)


def test_made_weapon_of_a_maker_that_began_supplying_a_named_state():
    text = dated("NAIROBI", "The army flies Chinese-made Wing Loong drones. China, which began "
                 "supplying Kenya in 2015, did not comment.")
    assert ("China", "Kenya") in pairs(text)


def test_made_weapon_without_began_supplying_is_no_transfer():
    text = dated("NAYPYITAW", "Rebels said they shot down a Chinese-made K-8 jet near Loikaw. "
                 "China, which has called for talks, did not comment.")
    assert ("China", "Myanmar") not in pairs(text)


def test_captured_weapon_of_another_maker_is_not_given():
    text = dated("NAYPYITAW", "Rebels showed a captured Russian-made mortar. China, which began "
                 "supplying the military with aircraft in the 1990s, urged talks.")
    assert ("Russia", "Myanmar") not in pairs(text)
    assert ("China", "Myanmar") not in pairs(text)


# ------------------------------------------------------------ transfer_items: a model's noun

def test_model_code_with_plain_words_and_a_head_is_one_item():
    text = dated("WARSAW", "The United States sold Poland AIM-120 missiles and GBU-39 small "
                 "diameter bombs, the ministry said.")
    weapons = {w for s, r, w in _got(text) if (s, r) == ("United States", "Poland")}
    assert "bombs" not in weapons
    assert any(w.startswith("GBU-39") for w in weapons)


def test_model_code_then_and_a_second_item_keeps_both():
    text = dated("WARSAW", "The United States sold Poland 40 AIM-120 missiles and bombs, the "
                 "ministry said.")
    weapons = {w for s, r, w in _got(text) if (s, r) == ("United States", "Poland")}
    assert "bombs" in weapons


# ------------------------------------------------------------ its_approvers

def test_its_parliament_approved_the_sale_sells_for_the_state_before():
    text = dated("TOKYO", "Japan has tightened its export rules this year. Its parliament "
                 "approved the sale of Type 03 air defence missiles to the Philippines in "
                 "October.")
    assert ("Japan", "Philippines") in pairs(text)


def test_its_parliament_after_a_sentence_opening_with_a_person_gives_no_seller():
    text = dated("TOKYO", "Prime Minister Sanae Takaichi spoke in Manila on Monday. Its "
                 "parliament approved the sale of Type 03 air defence missiles to the "
                 "Philippines in October.")
    assert ("Japan", "Philippines") not in pairs(text)


def test_sanctions_by_the_european_union():
    text = dated("BRUSSELS", "The European Union imposed sanctions on Iran on Monday for "
                 "supplying Shahed drones to Russia.")
    assert ("Iran", "Russia") in pairs(text)
    assert ("European Union", "Russia") not in pairs(text)


def test_sanctions_on_firms_give_the_imposer_no_supply():
    text = dated("WASHINGTON", "The US Treasury imposed sanctions on three Chinese firms for "
                 "supplying drone engines to Russia.")
    assert ("United States", "Russia") not in pairs(text)


def test_them_after_a_time_phrase_opening_the_sentence():
    text = dated("KYIV", "Russian troops have held the town since March. Since 2023, Iran has "
                 "supplied them with Shahed drones, officials say.")
    assert ("Iran", "Russia") in pairs(text)


def test_agency_cleared_counted_sales_to_a_buyer():
    text = dated("WASHINGTON", "The State Department cleared three possible sales to Poland on "
                 "Friday, including 96 Apache helicopters and AIM-120 missiles.")
    got = _got(text)
    assert ("United States", "Poland", "Apache helicopters") in got
    assert ("United States", "Poland", "AIM-120 missiles") in got


def test_agency_approved_packages_worth_a_decimal_sum():
    text = dated("WASHINGTON", "The State Department approved arms packages worth $1.9 billion "
                 "for Saudi Arabia on Tuesday, including Patriot interceptors and THAAD missiles.")
    assert ("United States", "Saudi Arabia", "THAAD missiles") in _got(text)


def test_sanctions_over_its_supply_of():
    text = dated("LONDON", "Britain imposed sanctions on Iran over its supply of Shahed drones "
                 "to Russia.")
    assert ("Iran", "Russia") in pairs(text)
    assert ("United Kingdom", "Russia") not in pairs(text)


def test_sanctions_after_it_supplied():
    text = dated("LONDON", "Britain imposed sanctions on Iran after it supplied Shahed drones "
                 "to Russia.")
    assert ("Iran", "Russia") in pairs(text)


def test_sanctions_for_jailing_then_its_own_supply_keeps_the_supplier():
    text = dated("LONDON", "Britain imposed sanctions on Iran over the jailing of protesters, "
                 "and it supplied Storm Shadow missiles to Ukraine.")
    assert ("Iran", "Ukraine") not in pairs(text)
