"""Arms-transfer false alarms and treaties of issue 11's twenty-first round (helper D), from a
fresh set's abstract error categories (never its texts). Sentences are our own: "The two
countries signed" after a sentence naming a new pair, "The W were ordered from [capital] under a
contract signed in Y", an arms contract in a relative clause on the buyer, a state that only
consents to a re-export or pays for a purchase, a state warning against pledged jets, and a
dateline's day that is not the signing's; each with the near-miss that must not fire."""

from __future__ import annotations

from extract_helpers import make_helpers, make_transfer_tuples

PUB = "2026-11-30"

facts, _one = make_helpers(PUB, headline=False)


transfers, pairs = make_transfer_tuples(facts)


def treaties(text: str) -> set[tuple]:
    return {(frozenset(f["parties"]), f["date"]) for f in facts(text, "Treaty")}


def parties(text: str) -> set[frozenset]:
    return {p for p, _ in treaties(text)}


def article(body: str, headline: str = "Leaders meet in the region") -> str:
    return f"{headline}\n{PUB}\n\n{body}\n"


# ------------------------------------------------------------ pair_before

_ASTANA = ("ASTANA - Kazakhstan and Uzbekistan signed a treaty on allied relations on Friday. "
           "The treaty sets up a joint water commission. ")


def test_two_countries_after_a_sentence_naming_a_new_pair():
    text = article(_ASTANA + "Uzbekistan's leader then flew to Baku for talks with Azerbaijan's "
                   "President Ilham Aliyev. The two countries signed a transport agreement "
                   "on Saturday.")
    assert parties(text) == {frozenset({"Kazakhstan", "Uzbekistan"}),
                             frozenset({"Uzbekistan", "Azerbaijan"})}


def test_two_countries_after_a_pair_only_named_keep_the_treaty_pair():
    text = article(_ASTANA + "Russia and China have courted Central Asia for years. The two "
                   "countries also signed a water agreement on Saturday.")
    assert parties(text) == {frozenset({"Kazakhstan", "Uzbekistan"})}


def test_two_countries_right_after_the_treaty_keep_its_pair():
    text = article("ASTANA - Kazakhstan and Uzbekistan signed a treaty on allied relations on "
                   "Friday. The two countries also signed a water agreement, officials in "
                   "Baku and Moscow said.")
    assert frozenset({"Kazakhstan", "Uzbekistan"}) in parties(text)
    assert frozenset({"Azerbaijan", "Russia"}) not in parties(text)


def test_two_countries_after_a_sentence_naming_one_state_keep_the_treaty_pair():
    text = article(_ASTANA + "Uzbekistan's leader later visited a factory near the border. "
                   "The two countries signed a transport agreement on Saturday.")
    assert parties(text) == {frozenset({"Kazakhstan", "Uzbekistan"})}


def test_both_countries_and_the_two_leaders_after_a_new_pair():
    lead = ("CAIRO - Egypt and Saudi Arabia signed an investment pact on Friday. The pact covers "
            "ports and energy. On Saturday Egypt's president flew to Ankara to meet Turkey's "
            "president. ")
    for opening in ("Both countries", "The two sides", "The two leaders"):
        text = article(lead + opening + " signed a defence cooperation agreement.")
        assert frozenset({"Egypt", "Turkey"}) in parties(text), opening


# ------------------------------------------------------------ ordered_from

def test_weapons_ordered_from_a_capital_under_a_signed_contract():
    text = article("WARSAW - Poland took delivery of 46 K2 tanks on Wednesday. The tanks were "
                   "ordered from Seoul under an executive contract signed in 2022.")
    assert ("South Korea", "Poland") in pairs(text)
    assert (frozenset({"Poland", "South Korea"}), "2022") in treaties(text)


def test_ordered_from_without_a_signed_contract_fills_only_the_supplier():
    text = article("WARSAW - Poland took delivery of 46 K2 tanks on Wednesday. The tanks were "
                   "ordered from Seoul in 2022.")
    assert ("South Korea", "Poland") in pairs(text)
    assert not treaties(text)


def test_ordered_from_a_firm_is_no_state_seller():
    text = article("WARSAW - Poland took delivery of 46 K2 tanks on Wednesday. The tanks were "
                   "bought from a private firm under a contract signed in 2022.")
    assert not treaties(text)


def test_ordered_from_a_capital_in_the_buyers_own_sentence():
    text = article("BUCHAREST - Romania has ordered 54 K9 howitzers from Seoul under a $1 "
                   "billion contract, signed in July 2024.")
    assert (frozenset({"Romania", "South Korea"}), "2024-07") in treaties(text)


def test_delivered_weapons_ordered_from_a_capital():
    text = article("CANBERRA - Australia took delivery of its first Apache helicopters, ordered "
                   "from Washington under a contract signed in 2022.")
    assert ("United States", "Australia") in pairs(text)
    assert (frozenset({"Australia", "United States"}), "2022") in treaties(text)


def test_order_placed_with_a_capital():
    for rest in (". The order was placed with Seoul under a contract signed in 2022.",
                 ", part of an order from Seoul under a contract signed in 2022."):
        text = article("WARSAW - Poland took delivery of 46 K2 tanks on Wednesday" + rest)
        assert (frozenset({"Poland", "South Korea"}), "2022") in treaties(text), rest


def test_an_order_expected_is_no_deal():
    text = article("WARSAW - Poland took delivery of 46 K2 tanks on Wednesday. It expects "
                   "another order from Seoul next year.")
    assert not treaties(text)


def test_bought_from_fills_only_the_weapons_just_before():
    text = article("MANILA - Manila also flies Black Hawk helicopters bought from Poland, and "
                   "its coast guard operates patrol boats built in France.")
    assert ("Poland", "Philippines", "patrol boats") not in {
        (s, r, w) for s, r, w, _ in transfers(text)}


def test_contract_told_back_after_an_order_from_a_firm_is_no_treaty():
    text = article("BUCHAREST - Romania ordered 54 howitzers from a private firm. The contract was "
                   "signed in July 2024.")
    assert not treaties(text)


# ------------------------------------------------------------ contract_clauses

def test_contract_in_a_relative_clause_on_the_buyer():
    text = article("MANILA - The delivery is a milestone for the Philippines, which signed a "
                   "contract for 12 more FA-50 jets with South Korea in June 2025.")
    assert ("South Korea", "Philippines", "FA-50 jets", 12) in transfers(text)
    assert (frozenset({"Philippines", "South Korea"}), "2025-06") in treaties(text)


def test_contract_with_the_seller_before_the_weapons():
    text = article("CAIRO - The jets will join those of Egypt, which signed a $4 billion deal "
                   "with France for 30 Rafale jets in 2021.")
    assert ("France", "Egypt", "Rafale jets", 30) in transfers(text)
    assert (frozenset({"Egypt", "France"}), "2021") in treaties(text)


def test_relative_clause_contract_without_weapons_is_no_transfer():
    text = article("DELHI - India, which signed a contract with France for the first time in "
                   "2016, wants more jets.")
    assert not transfers(text)


def test_relative_clause_contract_with_a_firm_is_no_transfer():
    text = article("MANILA - The delivery is a milestone for the Philippines, which signed a "
                   "contract for 12 more FA-50 jets with a local firm in June 2025.")
    assert not any(s for s, _ in pairs(text))


# ------------------------------------------------------------ reexport_consent

def test_approving_a_request_to_send_is_no_supply():
    text = "MADRID - Berlin has approved Spain's request to send 10 Leopard tanks to Ukraine."
    assert pairs(article(text)) == {("Spain", "Ukraine")}


def test_permission_to_re_export():
    text = "MADRID - Germany gave Spain permission to re-export 10 Leopard tanks to Ukraine."
    assert pairs(article(text)) == {("Spain", "Ukraine")}


def test_allowed_another_state_to_send():
    text = "BERLIN - Germany allowed the Netherlands to send 14 PzH 2000 howitzers to Ukraine."
    assert pairs(article(text)) == {("Netherlands", "Ukraine")}


def test_green_light_for_another_state_to_send():
    text = "KYIV - The US gave the green light for Denmark to send 19 F-16 jets to Ukraine."
    assert pairs(article(text)) == {("Denmark", "Ukraine")}


def test_signed_off_on_the_transfer_of_another_states_jets():
    text = "KYIV - Washington has signed off on the transfer of Dutch F-16 jets to Ukraine."
    assert pairs(article(text)) == {("Netherlands", "Ukraine")}


def test_maker_adjective_is_no_sender():
    text = ("KYIV - Washington has signed off on the transfer of German-built Leopard tanks "
            "to Ukraine.")
    assert ("Germany", "Ukraine") not in pairs(article(text))


def test_approved_a_request_by_another_state():
    text = "BERLIN - Berlin approved a request by Poland to send 14 Leopard tanks to Ukraine."
    assert pairs(article(text)) == {("Poland", "Ukraine")}


def test_rejected_request_gives_no_transfer():
    text = "BERLIN - Berlin rejected a request by Poland to send 14 Leopard tanks to Ukraine."
    assert not pairs(article(text))


def test_approving_a_sale_to_a_state_stays_a_sale():
    text = "BERLIN - Germany approved the sale of 10 Leopard tanks to Spain."
    assert pairs(article(text)) == {("Germany", "Spain")}


# ------------------------------------------------------------ financed_purchases

def test_financed_purchase_from_a_seller_for_a_state():
    text = "OSLO - Norway will finance the purchase of 18 Caesar howitzers from France for Ukraine."
    assert pairs(article(text)) == {("France", "Ukraine")}


def test_financed_purchase_for_a_state_from_a_seller():
    text = "BERLIN - Germany funded the purchase of 12 Caesar howitzers for Ukraine from France."
    assert pairs(article(text)) == {("France", "Ukraine")}


def test_paying_for_weapons_from_a_seller_for_a_state():
    text = "KYIV - Germany will pay for 18 Caesar howitzers from France for Ukraine."
    assert pairs(article(text)) == {("France", "Ukraine")}
    text = "KYIV - Norway paid for three Patriot systems from the United States for Ukraine."
    assert pairs(article(text)) == {("United States", "Ukraine")}


def test_financed_purchase_without_a_seller_names_no_supplier():
    text = "OSLO - Denmark is paying for the purchase of 12 Caesar howitzers for Ukraine."
    assert not any(s for s, _ in pairs(article(text)))


# ------------------------------------------------------------ objecting_states

def test_state_warning_against_pledged_jets_is_no_recipient():
    text = article("OSLO - Norway said on Monday it would send six more F-16 jets. Russia "
                   "warned that the jets would be shot down.")
    assert ("Norway", "Russia") not in pairs(text)


def test_recipient_told_in_the_pledge_stays():
    text = article("OSLO - Norway pledged six F-16 jets to Ukraine on Monday. Russia warned "
                   "that the jets would be shot down.")
    assert pairs(text) == {("Norway", "Ukraine")}


def test_recipient_worried_about_too_few_jets_stays():
    text = article("OSLO - Norway pledged six more F-16 jets on Monday. Ukraine warned that "
                   "the jets would not be enough.")
    assert ("Norway", "Ukraine") in pairs(text)


# ------------------------------------------------------------ treaty dates

def test_signing_day_is_the_sentences_not_the_datelines():
    text = article("WASHINGTON, Nov 30 (Staff) - Armenia and Azerbaijan signed a peace "
                   "agreement at the White House on Friday, ending decades of conflict.")
    assert treaties(text) == {(frozenset({"Armenia", "Azerbaijan"}), "2026-11-27")}


def test_dateline_day_stays_when_the_sentence_has_no_date():
    text = article("WASHINGTON, Nov 30 (Staff) - Armenia and Azerbaijan signed a peace "
                   "agreement at the White House, ending decades of conflict.")
    assert parties(text) == {frozenset({"Armenia", "Azerbaijan"})}


# ------------------------------------------------------------ reversed_pairs

def test_joint_subject_contract_does_not_reverse_the_headlines_sale():
    text = ("Serbia signs deal for 12 Rafale jets from France\n" + PUB + "\n\nBELGRADE, Nov 30 "
            "(Staff) - Serbian President Aleksandar Vucic and French President Emmanuel Macron "
            "signed a contract for 12 Rafale jets in Belgrade on Thursday.\n")
    assert pairs(text) == {("France", "Serbia")}


def test_two_weapons_each_way_both_stay():
    text = article("ANKARA - Turkey sold Bayraktar TB2 drones to Poland, and Poland sold "
                   "Piorun missiles to Turkey.")
    assert pairs(text) == {("Turkey", "Poland"), ("Poland", "Turkey")}


# ------------------------------------------------------------ relative_signers

def test_signing_in_a_relative_clause_on_the_buyer():
    text = article("MANILA - The jets were ordered by the Philippines, which signed the contract "
                   "with South Korea in June 2025.")
    assert treaties(text) == {(frozenset({"Philippines", "South Korea"}), "2025-06")}


def test_dated_relative_clause_before_its_verb():
    text = article("MANILA - The Philippines, which in June 2025 signed a contract with South "
                   "Korea for 12 FA-50 jets, expects more.")
    assert (frozenset({"Philippines", "South Korea"}), "2025-06") in treaties(text)


def test_with_which_another_state_signed():
    text = article("MANILA - Japan, with which the Philippines signed a Reciprocal Access "
                   "Agreement in July 2024, will send more ships.")
    assert treaties(text) == {(frozenset({"Philippines", "Japan"}), "2024-07")}


def test_with_which_a_state_hopes_to_sign_is_no_treaty():
    text = article("MANILA - Japan, with which the Philippines hopes to sign a pact next year, "
                   "will send more ships.")
    assert not treaties(text)


# ------------------------------------------------------------ which_it_buys

def test_weapon_which_it_is_buying_from_a_seller():
    text = article("BRUSSELS - The jets are being retired as the Belgian air force moves to the "
                   "F-35, which it is buying from the United States.")
    assert ("United States", "Belgium") in pairs(text)


def test_which_it_buys_with_only_the_dateline_before_names_no_buyer():
    text = article("WARSAW - The F-35, which it is buying from the United States, will arrive "
                   "in 2026.")
    assert ("United States", "Poland") not in pairs(text)
