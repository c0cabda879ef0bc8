"""Treaties and leader roles of issue 11's twenty-fifth round (lists of leaders), from a fresh
set's abstract error categories (never its texts). Sentences are our own: "The three countries'
leaders, [title] A, [title] B and [title] C, signed" after a lead listing the states; "[State],
whose president is X"; a bare title whose sentence calls its state "the island"; "It accuses
President X" (X is not of the accuser); "D provides R with $N in military aid a year under a
ten-year memorandum signed in Y"; "A and President [Surname]" after "[State]'s [Full Name]"; with
the near-misses that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_role_views

PUB = "2026-02-11"  # a Wednesday
facts, one = make_helpers(PUB, headline=False)
states, parties = make_role_views(facts)


# ------------------------------------------------ "the three countries' leaders, A, B and C"

BALTIC = ("Baltic states sign air policing pact\n\nRIGA — Estonia, Latvia and Lithuania signed an "
          "air policing pact on Tuesday. The three countries' leaders, Prime Minister Kaja "
          "Tamberg, Prime Minister Ilze Ozolina and President Gintaras Vaitkus, signed the text "
          "at the castle.")


def test_listed_leaders_take_the_lead_states_in_order():
    got = states(BALTIC)
    assert got.get("Kaja Tamberg") == "Estonia"
    assert got.get("Ilze Ozolina") == "Latvia"
    assert got.get("Gintaras Vaitkus") == "Lithuania"


def test_listed_leaders_treaty_has_the_three_states():
    assert frozenset({"Estonia", "Latvia", "Lithuania"}) in parties(BALTIC)


def test_listed_leaders_with_a_count_unlike_the_list_keep_their_guess():
    text = BALTIC.replace("The three countries'", "The two countries'")
    got = states(text)
    assert got.get("Kaja Tamberg") != "Estonia" or got.get("Gintaras Vaitkus") != "Lithuania"


def test_listed_leader_told_firmly_is_not_moved():
    text = BALTIC.replace("Prime Minister Kaja Tamberg, Prime Minister Ilze Ozolina",
                          "Latvian Prime Minister Ilze Ozolina, Prime Minister Kaja Tamberg")
    assert states(text).get("Ilze Ozolina") == "Latvia"


# ------------------------------------------------ "[State], whose president is X"

def test_whose_president_is_names_the_holder():
    text = ("Chad buys drones\n\nN'DJAMENA — The drones were delivered to Chad, whose president "
            "is General Idriss Mahamat Kodi, on Monday.")
    assert states(text).get("Idriss Mahamat Kodi") == "Chad"


def test_whose_navy_is_no_office():
    text = ("Patrols begin\n\nACCRA — Ghana, whose navy is small, asked Nigeria, whose waters "
            "border the zone, for help on Monday.")
    assert facts(text, "LeaderRole") == []


# ------------------------------------------------ "the island" in a bare title's sentence

CYPRUS = ("Greece to station frigates off Cyprus\n\nATHENS — Greece will station two frigates "
          "off Cyprus from March, the Greek defence ministry said on Tuesday.\n\nDefence "
          "Minister Andreas Christou said the ships would let the island watch its gas fields.")


def test_bare_title_of_the_island_serves_the_island_state():
    assert states(CYPRUS).get("Andreas Christou") == "Cyprus"


def test_bare_title_without_the_island_keeps_the_dateline_state():
    text = CYPRUS.replace("let the island watch its gas fields", "protect shipping")
    assert states(text).get("Andreas Christou") != "Cyprus"


def test_two_island_states_told_leave_the_guess():
    text = CYPRUS.replace("off Cyprus from March", "off Cyprus and Malta from March")
    assert states(text).get("Andreas Christou") not in ("Cyprus", "Malta")


# ------------------------------------------------ "It accuses President X"

ACCUSES = ("Border row deepens\n\nADDIS ABABA — Ethiopia accuses Eritrea of massing troops on "
           "the border. Eritrea denies it. It accuses Prime Minister Abebe Tadesse of planning "
           "a war over the port of Assab.")


def test_leader_accused_by_it_is_not_the_accusers():
    text = ACCUSES.replace("ADDIS ABABA", "NAIROBI").replace(
        "of planning a war over the port of Assab", "of arming rebels who fled Eritrea in 2020")
    assert states(text).get("Abebe Tadesse") == "Ethiopia"


def test_leader_accused_by_it_under_his_own_dateline_stays():
    assert states(ACCUSES).get("Abebe Tadesse") == "Ethiopia"


def test_leader_accused_by_it_with_a_state_word_keeps_it():
    text = ACCUSES.replace("Prime Minister Abebe", "Ethiopian Prime Minister Abebe")
    assert states(text).get("Abebe Tadesse") == "Ethiopia"


def test_leader_accused_by_it_among_several_states_gets_no_guess():
    text = ACCUSES.replace("Eritrea denies it.", "Eritrea, Sudan and Djibouti deny it.")
    assert states(text).get("Abebe Tadesse") not in ("Eritrea", "Sudan", "Djibouti")


# ------------------------------------------------ "D provides R with $N in aid under a memorandum"

def test_provided_aid_under_a_memorandum_is_a_treaty():
    text = ("Jordan to buy helicopters\n\nAMMAN — Jordan will buy four helicopters. Germany "
            "provides Jordan with $500 million in military aid a year under a five-year "
            "memorandum of understanding signed in 2023.")
    t = [f for f in facts(text, "Treaty") if set(f["parties"]) == {"Germany", "Jordan"}]
    assert len(t) == 1
    assert t[0]["duration_years"] == 5 and t[0]["date"] == "2023"


def test_provided_aid_without_a_signed_memorandum_is_no_treaty():
    text = ("Jordan to buy helicopters\n\nAMMAN — Jordan will buy four helicopters. Germany "
            "provides Jordan with $500 million in military aid a year.")
    assert facts(text, "Treaty") == []


# ------------------------------------------------ "A and President [Surname]" after "[State]'s X"

SURNAME = ("Peru and Ecuador sign border accord\n\nLIMA — Peruvian President Jorge Salinas "
           "received Ecuador's Marco Villacres at the palace on Tuesday. Salinas and President "
           "Villacres signed a border accord in the afternoon.")


def test_titled_surname_of_a_possessive_name_holds_the_office():
    assert states(SURNAME).get("Marco Villacres") == "Ecuador"


def test_titled_surname_without_a_possessive_gets_no_state():
    text = SURNAME.replace("received Ecuador's Marco Villacres", "received Marco Villacres")
    assert states(text).get("Marco Villacres") != "Ecuador"


# ------------------------------------------------ "A and President B signed a pact": their states

SIGNERS = ("Leaders sign defence pact\n\nSANTIAGO — Chilean President Tomas Errazuriz hosted "
           "Argentine President Lucia Montero on Monday. The talks covered trade and fishing. "
           "Tomas Errazuriz and Lucia Montero signed a defence pact on Tuesday.")


def test_two_named_signers_give_their_states_as_parties():
    t = one(SIGNERS, "Treaty")
    assert set(t["parties"]) == {"Chile", "Argentina"}
    assert set(t["signatories"]) == {"Tomas Errazuriz", "Lucia Montero"}


def test_surname_and_titled_surname_signers_give_their_states():
    text = ("Leaders sign defence pact\n\nSANTIAGO — Chilean President Tomas Errazuriz hosted "
            "Argentina's Lucia Montero on Monday. The talks covered trade. Errazuriz and "
            "President Montero signed a defence pact on Tuesday.")
    assert frozenset({"Chile", "Argentina"}) in parties(text)


def test_signers_of_one_state_give_no_treaty():
    text = ("Ministers sign plan\n\nSANTIAGO — Chilean President Tomas Errazuriz met Defence "
            "Minister Ana Vidal on Monday. Tomas Errazuriz and Ana Vidal signed a defence plan "
            "on Tuesday.")
    assert all(len(t["parties"]) != 1 or t["parties"] != ["Chile"]
               for t in facts(text, "Treaty"))
    assert frozenset({"Chile"}) not in parties(text)


def test_signers_of_a_treaty_told_just_before_add_no_other():
    text = ("Pact signed\n\nSANTIAGO — Chile, Argentina and Bolivia signed a lithium pact on "
            "Monday. Chilean President Tomas Errazuriz hosted Argentine President Lucia Montero. "
            "Tomas Errazuriz and Lucia Montero signed the pact at the palace.")
    assert parties(text) == {frozenset({"Chile", "Argentina", "Bolivia"})}


# ------------------------------------------------ a guess for an office-holder told firmly before

def test_guessed_state_of_a_leader_told_firmly_before_is_dropped():
    text = ("Leaders meet\n\nTOKYO — Japanese Prime Minister Aiko Tanabe and South Korean "
            "President Park Ji-won met on Monday. Aiko Tanabe and President Park Ji-won signed a "
            "security pact on Tuesday.")
    got = {(f["person"], f["country"]) for f in facts(text, "LeaderRole")}
    assert ("Park Ji-won", "South Korea") in got
    assert ("Park Ji-won", "Japan") not in got


def test_bare_title_of_a_new_name_keeps_its_guess():
    text = ("Minister speaks\n\nTOKYO — Japanese Prime Minister Aiko Tanabe met business "
            "leaders on Monday. Defence Minister Kenji Mori said the budget would rise.")
    assert states(text).get("Kenji Mori") == "Japan"


# ------------------------------------------------ "President A of X, ... and President C of Z signed"

LISTED = ("Coastal patrols agreed\n\nACCRA — Pirates have attacked dozens of ships this year, "
          "officials said. President Kofi Adjei of Ghana, Prime Minister Ama Kpodar of Togo and "
          "President Rene Houngbo of Benin signed a coastal security pact on Tuesday.")


def test_listed_signers_with_their_states_are_all_parties():
    t = one(LISTED, "Treaty")
    assert set(t["parties"]) == {"Ghana", "Togo", "Benin"}
    assert set(t["signatories"]) == {"Kofi Adjei", "Ama Kpodar", "Rene Houngbo"}


def test_listed_signers_after_a_lead_in_are_all_parties():
    text = LISTED.replace("President Kofi Adjei of Ghana", "The region's leaders, President Kofi "
                          "Adjei of Ghana").replace("of Benin signed", "of Benin, signed")
    assert frozenset({"Ghana", "Togo", "Benin"}) in parties(text)


def test_list_broken_by_other_words_adds_no_party():
    text = LISTED.replace("Prime Minister Ama Kpodar of Togo and",
                          "Prime Minister Ama Kpodar of Togo, watched by diplomats, and")
    assert frozenset({"Ghana", "Togo", "Benin"}) not in parties(text)


# ------------------------------------------------ "Its navy received W from S under a deal signed"

def test_deal_of_a_pronoun_buyer_is_a_treaty_of_buyer_and_seller():
    text = ("Navy grows\n\nNEW DELHI — Bangladesh made no comment on Monday. Its navy received "
            "two Ming-class submarines from China under a deal signed in 2013.")
    assert frozenset({"Bangladesh", "China"}) in parties(text)


def test_deal_of_a_pronoun_buyer_with_a_third_state_is_unsaid():
    text = ("Navy grows\n\nNEW DELHI — Bangladesh made no comment on Monday. Its navy received "
            "two Ming-class submarines from China under a deal signed in Myanmar in 2013.")
    assert frozenset({"Bangladesh", "China"}) not in parties(text)
