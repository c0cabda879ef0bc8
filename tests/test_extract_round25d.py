"""Arms-transfer false alarms, quantities, purchases and arrivals of issue 11's twenty-fifth
round (helper D), from a fresh set's abstract error categories (never its texts). Sentences are
our own: jets flown by a state's pilots "supplied by" a capital in a sentence that counts the
aircraft shot down, a general noun followed by the items that make up most of it, the arrival of
the first jets of a deal, and radars told with their systems; each with the near-miss that must
not fire."""

from __future__ import annotations

from extract_helpers import dated, make_helpers, make_transfer_tuples

PUB = "2026-12-01"

facts, _one = make_helpers(PUB, headline=False)

transfers, pairs = make_transfer_tuples(facts)


# ------------------------------------------------------------ pilots_flying

def test_pilots_flying_jets_supplied_by_a_capital_receive_them():
    text = ("Azerbaijani pilots flying Turkish-made F-16 jets supplied by Ankara downed four "
            "helicopters over the border on Sunday, the ministry said.")
    assert ("Turkey", "Azerbaijan") in pairs(text)


def test_pilots_without_a_supplier_give_no_transfer():
    text = ("Azerbaijani pilots flying F-16 jets downed four helicopters over the border on "
            "Sunday, the ministry said.")
    assert ("Turkey", "Azerbaijan") not in pairs(text)


def test_aircraft_counted_among_those_shot_down_give_no_quantity():
    text = ("Greek pilots shot down six drones on Monday, among them two Bayraktar drones that "
            "Libya bought from Turkey, officials said.")
    assert ("Turkey", "Libya", "Bayraktar drones", None) in transfers(text)


def test_a_count_of_bought_weapons_outside_a_shooting_is_kept():
    text = "Libya bought two Bayraktar drones from Turkey last year, officials said."
    assert ("Turkey", "Libya", "Bayraktar drones", 2) in transfers(text)


# ------------------------------------------------------------ named_share

def test_general_noun_then_most_of_it_gives_the_named_item():
    text = ("Romania has sent large quantities of ammunition to Moldova since the spring, most "
            "of it 122mm artillery shells, a report said.")
    assert transfers(text) == {("Romania", "Moldova", "122mm artillery shells", None)}


def test_general_noun_without_the_cue_keeps_its_own_fact():
    text = ("Romania has sent large quantities of ammunition to Moldova since the spring, "
            "officials said, and 122mm artillery shells were fired at the border.")
    assert ("Romania", "Moldova", "122mm artillery shells", None) not in transfers(text)


def test_next_sentence_opening_on_most_of_it_gives_the_named_item():
    text = ("Romania has sent large quantities of ammunition to Moldova since the spring. Most "
            "of it was 122mm artillery shells, a report said.")
    assert transfers(text) == {("Romania", "Moldova", "122mm artillery shells", None)}


def test_next_sentence_most_of_it_without_a_weapon_keeps_the_general_fact():
    text = ("Romania has sent large quantities of ammunition to Moldova since the spring. Most "
            "of it was paid for by the European Union, a report said.")
    assert transfers(text) == {("Romania", "Moldova", "ammunition", None)}


# ------------------------------------------------------------ arrival_of

def test_arrival_of_the_first_jets_of_a_deal_with_a_seller():
    text = dated("ATHENS", "Officials on Friday marked the arrival last week of the first three "
                  "Rafale jets at Tanagra air base, part of a deal that Greece signed with France "
                  "in 2021.")
    assert ("France", "Greece", "Rafale jets", 3) in transfers(text)


def test_arrival_of_a_delegation_gives_no_transfer():
    text = dated("ATHENS", "Officials on Friday marked the arrival last week of a French "
                  "trade delegation, part of a deal that Greece signed with France in 2021.")
    assert pairs(text) == set()


def test_arrival_in_another_state_is_not_the_datelines():
    text = dated("ATHENS", "Officials on Friday welcomed the arrival in Cyprus of the first "
                  "three Rafale jets from France, the ministry said.")
    assert ("France", "Greece") not in pairs(text)


# ------------------------------------------------------------ paired_parts (radars)

def test_radars_told_with_counted_systems_are_part_of_them():
    text = ("Norway will deliver four NASAMS air defence systems and radars to Slovakia next "
            "year, the ministry said.")
    assert transfers(text) == {("Norway", "Slovakia", "NASAMS air defence systems", 4)}


def test_named_radars_beside_systems_are_an_item_of_their_own():
    text = ("Norway will deliver four NASAMS air defence systems and Ground Master 200 radars "
            "to Slovakia next year, the ministry said.")
    assert len(pairs(text)) == 1 and len(transfers(text)) == 2


# ------------------------------------------------------------ gazetteer: S-300 variants

def test_s300_variant_names_the_s300():
    text = "Russia delivered S-300VM systems to Venezuela in 2013, officials said."
    assert {w for _, _, w, _ in transfers(text)} == {"S-300VM"}


# ------------------------------------------------------------ thousands separators

def test_a_thousands_comma_ends_no_clause_and_no_gapped_count():
    text = ("France has pledged to finance the repair of radars in Moldova, and Italy agreed in "
            "May to supply 2,000 Aster missiles to Chisinau, officials said.")
    assert ("Italy", "Moldova", "Aster missiles", 2000) in transfers(text)
    assert ("France", "Moldova") not in {(s, r) for s, r, w, _ in transfers(text)
                                         if w == "Aster missiles"}


def test_a_gapped_count_after_a_list_comma_is_still_read():
    text = ("Spain will provide 6 Leopard tanks to Ukraine, while Portugal will send 4, the "
            "ministers said.")
    assert ("Portugal", "Ukraine", "Leopard tanks", 4) in transfers(text)


def test_a_count_with_a_thousands_comma_in_the_year_range_is_a_quantity():
    assert ("Italy", "Moldova", "Aster missiles", 2000) in transfers(
        "Italy will supply 2,000 Aster missiles to Moldova, officials said.")


def test_money_with_a_comma_is_no_quantity():
    assert ("Italy", "Moldova", "Aster missiles", None) in transfers(
        "Italy will supply Aster missiles worth $2,000 each to Moldova, officials said.")


# ------------------------------------------------------------ model_numbers

def test_a_models_number_is_no_count():
    found = transfers("Norway has also sent two Saab 340 surveillance aircraft to Ukraine, the "
                      "ministry said.")
    assert {q for s, r, _, q in found if (s, r) == ("Norway", "Ukraine")} == {2}


def test_a_count_of_generic_aircraft_is_kept():
    found = transfers("Norway has also sent 120 surveillance aircraft to Ukraine, the ministry "
                      "said.")
    assert {q for s, r, _, q in found if (s, r) == ("Norway", "Ukraine")} == {120}


# ------------------------------------------------------------ thanked_supplier

def test_a_leader_thanking_a_supplier_names_the_recipient():
    text = ("Russian drones struck Kharkiv overnight, the governor said. Ukrainian President "
            "Volodymyr Zelenskyy thanked Norway for a new package that includes 12 NASAMS "
            "launchers.")
    assert ("Norway", "Ukraine") in pairs(text)
    assert not any(r == "Russia" for _, r in pairs(text))


def test_thanking_a_state_for_its_support_gives_no_transfer():
    text = ("Ukrainian President Volodymyr Zelenskyy thanked Norway for its support during a "
            "visit to Oslo on Monday.")
    assert pairs(text) == set()


# ------------------------------------------------------------ interrupted_receiver

def test_recipient_before_a_whose_clause_naming_other_parties():
    text = ("Chad, whose defence minister Issakha Malloua visited Ankara in May, has received "
            "Aksungur drones from Turkey.")
    assert ("Turkey", "Chad") in pairs(text)


def test_a_whose_clause_with_no_from_gives_no_supplier():
    text = ("Chad, whose defence minister Issakha Malloua visited Ankara in May, has received "
            "Aksungur drones, officials said.")
    assert ("Turkey", "Chad") not in pairs(text)


# ------------------------------------------------------------ army_received (purchases)

def test_the_navy_of_the_datelines_state_ordering_from_a_state():
    text = dated("LISBON", "The navy separately ordered 8 Exocet missiles from France for its "
                  "frigates, the ministry said.")
    assert ("France", "Portugal", "Exocet missiles", 8) in transfers(text)


def test_the_navy_ordering_with_a_third_state_named_gives_no_guess():
    text = dated("LISBON", "The navy separately ordered 8 Exocet missiles from France for "
                  "Spain's frigates, the ministry said.")
    assert ("France", "Portugal") not in pairs(text)


def test_the_first_made_weapons_arrived_are_the_datelines():
    text = dated("YEREVAN", "Armenia has signed contracts with India for radars, and the first "
                  "Indian-made ATAGS howitzers arrived last year.")
    assert ("India", "Armenia") in {(s, r) for s, r, w, _ in transfers(text)
                                    if w and "howitzers" in w}


def test_the_first_made_weapons_arrived_in_another_place_give_no_guess():
    text = dated("YEREVAN", "Officials said the first Indian-made ATAGS howitzers arrived in "
                  "Georgia last year.")
    assert ("India", "Armenia") not in pairs(text)


# ------------------------------------------------------------ leader_forces

def test_his_army_flies_is_the_speaking_leaders_state():
    text = ("Niger bought drones from Turkey last year. Chad's President Mahamat Deby said his "
            "army now flies Turkish-made Akinci drones, also supplied by Ankara.")
    assert ("Turkey", "Chad", "Akinci drones", None) in transfers(text)


def test_his_army_with_no_office_holder_gives_no_recipient_of_its_own():
    text = ("Niger bought drones from Turkey last year. A rebel commander said his army now "
            "flies Turkish-made Akinci drones.")
    assert ("Turkey", "Chad") not in pairs(text)
