"""Round 20 (helper a): one place per attack. A barrage told as one list of places with one
toll for all is one strike at the first place (kg.extract.barrages); a list without its own toll,
or with a toll summed "in all", stays one strike per place; a place a hit vehicle was heading
towards is no target (kg.extract.strikes). From the abstract error categories of a fresh set
(never its texts). Sentences are our own."""

from __future__ import annotations

from kg.extract.records import extract_text, record_to_gold_facts

PUB = "2026-10-09"  # a Friday


def _places(text: str, published: str = PUB) -> list[str | None]:
    rec = extract_text(text, published=published)
    return sorted(f["target_place"] or "" for f in record_to_gold_facts(rec)["facts"]
                  if f["type"] == "Strike")


def test_barrage_listed_with_one_toll_is_one_strike_at_the_first_place():
    text = ("KYIV, Oct 9 (Staff) - Russian cruise missiles hit Kharkiv, Poltava and Sumy "
            "overnight, killing six people and wounding 23, the air force said.")
    rec = extract_text(text, published=PUB)
    [s] = [f for f in record_to_gold_facts(rec)["facts"] if f["type"] == "Strike"]
    assert (s["attacker"], s["target_place"], s["killed"], s["injured"]) == (
        "Russia", "Kharkiv", 6, 23)


def test_barrage_with_a_toll_summed_in_all_stays_one_strike_per_place():
    text = ("KYIV, Oct 9 (Staff) - Russia fired drones and missiles overnight at Kharkiv, "
            "Poltava and Sumy, killing at least nine people in all, the air force said.")
    assert _places(text) == ["Kharkiv", "Poltava", "Sumy"]


def test_list_without_its_own_toll_stays_one_strike_per_place():
    text = ("KHARTOUM, Oct 9 (Staff) - Sudan's air force bombed paramilitary positions in "
            "Nyala, Zalingei and El Geneina on Thursday, the army said.")
    assert len(_places(text)) == 3


def test_two_targets_in_two_cities_stay_two_strikes():
    text = ("SANAA, Oct 9 (Staff) - American aircraft struck Houthi radar sites in Hodeidah and "
            "an arms depot in Sanaa on Thursday night, the US military said.")
    assert _places(text) == ["Hodeidah", "Sanaa"]


def test_place_the_hit_car_was_heading_towards_is_no_target():
    text = ("BEIRUT, Oct 9 (Staff) - An Israeli drone struck a car in the village of Aitaroun on "
            "Thursday, killing four men, the health ministry said.\n\n"
            "Residents said the car was hit on the main road as it headed north towards Bint "
            "Jbeil.")
    assert _places(text) == ["Aitaroun"]


def test_drones_heading_for_a_city_keep_it_as_their_target():
    # near-miss: the weapons' aim, not a hit vehicle's way
    text = ("LAHORE, Oct 9 (Staff) - Pakistani air defences shot down five Indian drones "
            "heading for Lahore on Thursday.")
    assert _places(text) == ["Lahore"]
