"""Round 81, from error categories of two fresh blind sets (blind125/126: read as categories
only) and the counts behind them over the older sets: a later item of a transfer after the war
the weapons are for, raids told by the killing of villagers in "the villages of", a downed
aircraft's attack beside another attack of the same lead, blame told with an apposition or a
faction, "precision-guided weapons", "the administration" in a report filed from elsewhere,
and office-holders the articles recur to (the curated offices table). Sentences are our own;
each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_side_view, role_pairs, transfer_triples, wire

PUB = "2025-07-02"
facts, one = make_helpers(PUB, headline=False)
_sides = make_side_view(facts)  # {(attacker, target_place)}


def test_a_later_item_after_the_war_the_weapons_are_for_is_the_same_supply():
    text = wire("Officials in Seoul say Pyongyang has shipped millions of artillery shells to "
                "Moscow for its war in Ukraine, along with dozens of short-range ballistic "
                "missiles.", "SEOUL", published=PUB)
    assert transfer_triples(facts, text) == {
        ("North Korea", "Russia", "artillery shells"),
        ("North Korea", "Russia", "short-range ballistic missiles")}


def test_another_states_weapons_after_the_war_are_not_that_supply():
    text = wire("Officials in Seoul say Pyongyang has shipped millions of artillery shells to "
                "Moscow for use in Ukraine, as well as Iranian drones.", "SEOUL", published=PUB)
    assert transfer_triples(facts, text) == {("North Korea", "Russia", "artillery shells")}


def test_a_group_that_killed_villagers_in_the_villages_of_a_place_raided_the_first():
    text = wire("Aid agencies resumed convoys on Monday. The United Nations said the M23 killed "
                "at least ninety civilians in the villages of Kazaroho and Ngwenda in late "
                "March, in reprisal raids.", "GOMA", published=PUB)
    strikes = facts(text, "Strike")
    assert [(s["attacker"], s["target_place"], s["date"]) for s in strikes] == [
        ("M23", "Kazaroho", "2025-03")]


def test_a_groups_toll_over_the_years_in_villages_is_no_raid():
    text = wire("Aid agencies resumed convoys on Monday. The United Nations said the M23 killed "
                "hundreds of civilians in the villages of Kazaroho and Ngwenda over the years.",
                "GOMA", published=PUB)
    assert facts(text, "Strike") == []


def test_fighters_of_a_group_named_with_its_affiliation_are_the_raiders():
    text = wire("Aid agencies resumed convoys on Monday. Fighters of the Islamic State-linked "
                "Allied Democratic Forces killed twenty-two villagers in the village of Mabalako "
                "on Tuesday night, local officials said.", "BENI", published=PUB)
    assert _sides(text) == {("Allied Democratic Forces", "Mabalako")}


_TWO_ATTACKS = (
    "Head\n2025-07-02\nPOPAYAN, July 2 (Staff) - Eleven soldiers were killed when their "
    "helicopter was brought down by a drone in Cauca province on Tuesday, and a car bomb "
    "exploded outside a police station in Jamundi, killing three people, officials said.\n\n"
    "The helicopter had been carrying troops to an operation near the town of El Mango. "
    "The defence minister blamed FARC dissidents, the largest armed faction in the "
    "province, for that attack.\n\n"
    "No group has said it planted the car bomb.")


def test_a_downed_helicopters_attack_is_read_beside_another_attack_of_the_lead():
    strikes = {(s["attacker"], s["target_place"], s["killed"]) for s in facts(_TWO_ATTACKS,
                                                                             "Strike")}
    assert ("FARC dissidents", "El Mango", 11) in strikes


def test_the_blame_of_the_helicopters_attack_is_not_the_other_attacks():
    strikes = {s["target_place"]: s["attacker"] for s in facts(_TWO_ATTACKS, "Strike")}
    assert strikes["Jamundi"] is None


def test_the_authorities_blame_a_faction_of_a_group_named_after_it():
    text = ("Head\n2025-07-02\nCALI, July 2 (Staff) - A car bomb exploded outside a police "
            "station in Jamundi on Tuesday, killing three people, officials said.\n\n"
            "Police blamed a faction of FARC dissidents led by a commander known by a nom de "
            "guerre.")
    assert _sides(text) == {("FARC dissidents", "Jamundi")}


def test_a_sale_of_precision_guided_weapons_is_a_transfer_of_them():
    text = wire("The State Department approved the sale of $320 million worth of "
                "precision-guided weapons to Israel on Monday, officials said.", "WASHINGTON",
                published=PUB)
    assert transfer_triples(facts, text) == {
        ("United States", "Israel", "precision-guided weapons")}


def test_weapons_alone_are_no_system():
    text = wire("The State Department approved the sale of $320 million worth of weapons to "
                "Israel on Monday, officials said.", "WASHINGTON", published=PUB)
    assert transfer_triples(facts, text) == set()


def test_the_administration_in_a_report_filed_from_elsewhere_is_the_united_states():
    text = wire("A newspaper in Washington reported that the administration had approved the "
                "sale of precision-guided weapons to Israel before the fighting began.", "GAZA",
                published=PUB)
    assert {(s, r) for s, r, _ in transfer_triples(facts, text)} == {
        ("United States", "Israel")}


# (no office in the text: only the gazetteer's, dated)
_PAIR = ("A peace accord was signed on Friday, the first such deal in years. The accord was "
         "signed by Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe in the "
         "presence of mediators.")


def test_a_pair_told_by_their_states_holds_the_offices_the_gazetteer_dates():
    text = wire(_PAIR, "WASHINGTON", published="2025-06-28")
    assert {(f["person"], f["country"]) for f in facts(text, "LeaderRole",
                                                      published="2025-06-28")} == {
        ("Therese Kayikwamba Wagner", "Democratic Republic of the Congo"),
        ("Olivier Nduhungirehe", "Rwanda")}


def test_an_office_before_its_start_is_not_given():
    text = wire(_PAIR, "WASHINGTON", published="2023-01-10")
    assert facts(text, "LeaderRole", published="2023-01-10") == []


def test_the_head_of_a_ruling_junta_known_to_the_gazetteer_named_by_surname():
    text = ("Head\n2025-07-02\nNIAMEY, July 2 (Staff) - Tiani, who heads the ruling junta, "
            "told a rally in Niamey that the country would pick its own partners. General "
            "Abdourahamane Tiani seized power in July 2023 and has since sent foreign troops "
            "home, Niger's state television said.")
    assert ("Abdourahamane Tiani", "Niger") in role_pairs(facts, text)


def test_known_office_holders_keep_their_own_states_at_a_venue_abroad():
    text = wire("A memorandum was signed in Madrid on Tuesday by the foreign ministers of the "
                "three countries, Mevlut Cavusoglu, Pekka Haavisto and Ann Linde, on the eve of "
                "a summit.", "MADRID", published="2022-06-28")
    assert {(f["person"], f["country"]) for f in facts(text, "LeaderRole",
                                                      published="2022-06-28")} == {
        ("Mevlüt Çavuşoğlu", "Turkey"), ("Pekka Haavisto", "Finland"), ("Ann Linde", "Sweden")}


def test_an_unknown_office_holder_keeps_the_state_the_text_gives():
    text = wire("Foreign Minister Halvard Strand of Norway met his hosts in Madrid on Tuesday.",
                "MADRID", published="2022-06-28")
    assert {(f["person"], f["country"]) for f in facts(text, "LeaderRole",
                                                      published="2022-06-28")} == {
        ("Halvard Strand", "Norway")}


def test_the_saudi_led_coalition_is_the_side_not_saudi_arabia():
    text = wire("An air strike by the Saudi-led coalition on a prison in Saada killed at least "
                "seventy people on Friday, aid groups said.", "SANAA", published=PUB)
    assert _sides(text) == {("Saudi-led coalition", "Saada")}


def test_the_coalition_never_attacks_its_leaders_own_soil():
    text = ("Head\n2025-07-02\nRIYADH, July 2 (Staff) - A drone laden with explosives slammed "
            "into a fuel depot in Jizan late on Tuesday, wounding three workers, the Saudi civil "
            "defence said. Yemen's Houthis said they had launched it.\n\n"
            "The Saudi-led coalition said its jets later struck drone workshops in Sanaa.")
    assert ("Saudi-led coalition", "Jizan") not in _sides(text)
