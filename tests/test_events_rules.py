"""The resolution rules (kg.events.rules, kg.events.cues) on reports of our own: what links two
reports of one event, what keeps near misses apart, and that every verdict is symmetric."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.events import cues
from kg.events.blocking import keys
from kg.events.reports import EntityInfo, Report
from kg.events.rules import RULES, Comparer

ROOT = Path(__file__).resolve().parent.parent

ID = "https://kg.example.org/id/"
C = "https://kg.example.org/concept/"
ENTITIES = {
    ID + "place/kyiv": EntityInfo(ID + "place/kyiv", "Q1899", "Kyiv", ("Q212",)),
    ID + "place/holosiivskyi": EntityInfo(ID + "place/holosiivskyi", "label:holosiivskyi",
                                          "Holosiivskyi", ("Q1899", "Q212")),
    ID + "place/kharkiv": EntityInfo(ID + "place/kharkiv", "Q42308", "Kharkiv",
                                     ("Q170672", "Q212")),
    ID + "place/kharkiv-oblast": EntityInfo(ID + "place/kharkiv-oblast", "Q170672",
                                            "Kharkiv Oblast", ("Q212",)),
    ID + "place/odesa": EntityInfo(ID + "place/odesa", "Q1874", "Odesa", ("Q212",)),
    ID + "state/russia": EntityInfo(ID + "state/russia", "Q159", "Russia"),
    ID + "org/russian-federation": EntityInfo(ID + "org/russian-federation", "Q159", "Russia"),
    ID + "state/ukraine": EntityInfo(ID + "state/ukraine", "Q212", "Ukraine"),
    ID + "state/united-states": EntityInfo(ID + "state/united-states", "Q30", "United States"),
    ID + "state/israel": EntityInfo(ID + "state/israel", "Q801", "Israel"),
    ID + "state/germany": EntityInfo(ID + "state/germany", "Q183", "Germany"),
    ID + "state/united-kingdom": EntityInfo(ID + "state/united-kingdom", "Q145", "United Kingdom"),
}
_n = iter(range(10_000))


def strike(published, date=None, place="place/kyiv", attacker="state/russia", weapon=None,
           killed=None, injured=None, quote="", article=None) -> Report:
    values = {"attacker": (ID + attacker,) if attacker else (),
              "targetPlace": (ID + place,) if place else (),
              "targetCountry": (ID + "state/ukraine",), "weaponText": (weapon,) if weapon else (),
              "killed": (str(killed),) if killed is not None else (),
              "injured": (str(injured),) if injured is not None else (),
              "date": (date,) if date else ()}
    return _report("Strike", published, values, quote, article)


def transfer(published, weapon, status=None, date=None, quantity=None, quote="",
             supplier="state/united-states", recipient="state/israel", article=None) -> Report:
    values = {"supplier": (ID + supplier,), "recipient": (ID + recipient,),
              "weaponText": (weapon,),
              "transferStatus": (f"{C}transfer-status/{status}",) if status else (),
              "date": (date,) if date else (), "quantity": (str(quantity),) if quantity else ()}
    return _report("ArmsTransfer", published, values, quote, article)


def treaty(published, signed=None, name=None, parties=("state/germany", "state/united-kingdom"),
           quote="", article=None) -> Report:
    values = {"party": tuple(ID + p for p in parties), "signedOn": (signed,) if signed else (),
              "name": (name,) if name else ()}
    return _report("Treaty", published, values, quote, article)


def _report(kind, published, values, quote, article) -> Report:
    n = next(_n)
    article = ID + "article/" + (article or f"a{n}")
    return Report(f"{article}/{kind.lower()}/{n}", kind, article, published,
                  {k: v for k, v in values.items() if v}, (quote,) if quote else ())


def verdict(a, b):
    comparer = Comparer(ENTITIES)
    v = comparer.compare(a, b)
    w = comparer.compare(b, a)
    assert (v.score, v.rule, v.apart) == (w.score, w.rule, w.apart), "verdicts are symmetric"
    return v


def test_two_outlets_on_one_strike_the_same_day_are_linked():
    a = strike("2024-05-25", "2024-05-25", "place/kharkiv", weapon="guided bombs", killed=2)
    b = strike("2024-05-26", "2024-05-25", "place/kharkiv", weapon="glide bombs", killed=12)
    v = verdict(a, b)
    assert v.linked and v.rule == "strike-same-day"
    assert "killed 2 then 12" in v.detail


def test_a_district_and_its_city_are_one_place_two_cities_are_not():
    assert verdict(strike("2023-05-30", "2023-05-30", "place/holosiivskyi"),
                   strike("2023-05-30", "2023-05-30", "place/kyiv")).linked
    v = verdict(strike("2023-05-30", "2023-05-30", "place/odesa"),
                strike("2023-05-30", "2023-05-30", "place/kyiv"))
    assert not v.linked and "different places" in v.apart


def test_a_city_lies_in_its_region():
    assert verdict(strike("2024-05-25", "2024-05-25", "place/kharkiv"),
                   strike("2024-05-25", "2024-05-25", "place/kharkiv-oblast")).linked


def test_the_same_linked_entity_under_two_iris_is_one_attacker():
    assert verdict(strike("2024-05-25", "2024-05-25"),
                   strike("2024-05-25", "2024-05-25", attacker="org/russian-federation")).linked


def test_an_overnight_attack_reported_the_morning_after_links_to_the_day_before():
    evening = strike("2023-05-29", "2023-05-29", quote="Drones attacked Kyiv late on Monday.")
    morning = strike("2023-05-30", "2023-05-30",
                     quote="Drones hit Kyiv overnight, officials said on Tuesday.")
    v = verdict(evening, morning)
    assert v.linked and v.rule == "strike-overnight"
    plain = strike("2023-05-29", "2023-05-29", quote="Drones hit Kyiv on Monday.")
    assert verdict(plain, morning).linked


def test_consecutive_nights_and_consecutive_days_stay_apart():
    early_monday = strike("2023-05-29", "2023-05-29",
                          quote="Cruise missiles hit Kyiv in the early hours of Monday.")
    overnight_tuesday = strike("2023-05-30", "2023-05-30", quote="Drones hit Kyiv overnight.")
    assert "different days" in verdict(early_monday, overnight_tuesday).apart
    assert "different days" in verdict(strike("2023-05-28", "2023-05-28"),
                                       strike("2023-05-30", "2023-05-30")).apart


def test_the_same_day_at_different_times_stays_apart():
    dawn = strike("2023-05-29", "2023-05-29", quote="Missiles hit Kyiv before dawn on Monday.")
    noon = strike("2023-05-29", "2023-05-29", quote="Missiles hit Kyiv around noon on Monday.")
    assert "different times" in verdict(dawn, noon).apart
    assert "different times" in verdict(
        strike("2024-05-25", "2024-05-25", quote="Bombs hit the store at about 4 p.m."),
        strike("2024-05-26", "2024-05-25", quote="Late on Saturday a missile hit the centre.")
    ).apart


def test_different_kinds_of_weapon_stay_apart_and_air_fits_what_aircraft_carry():
    assert "different kinds of weapon" in verdict(
        strike("2024-05-25", "2024-05-25", weapon="glide bombs"),
        strike("2024-05-25", "2024-05-25", weapon="a missile")).apart
    assert "different kinds of weapon" in verdict(
        strike("2023-05-29", "2023-05-29", weapon="ballistic missiles"),
        strike("2023-05-29", "2023-05-29", weapon="cruise missiles and drones")).apart
    assert verdict(strike("2024-07-20", "2024-07-20", weapon="fighter jets"),
                   strike("2024-07-20", "2024-07-20", weapon="missiles")).linked
    assert verdict(strike("2025-04-24", "2025-04-24", weapon="missiles and drones"),
                   strike("2025-04-24", "2025-04-24", weapon="drones")).linked


def test_an_undated_mention_links_only_within_the_weeks_before_it_and_with_agreement():
    dated = strike("2025-04-04", "2025-04-04", weapon="ballistic missile", killed=12)
    mention = strike("2025-04-24", None, weapon="ballistic missile", killed=20)
    v = verdict(dated, mention)
    assert v.linked and v.rule == "strike-undated-mention"
    bare = strike("2025-04-24", None)  # only place and attacker agree
    assert not verdict(dated, bare).linked
    assert verdict(dated, strike("2025-06-01", None, weapon="ballistic missile",
                                 killed=20)).apart


def test_two_reports_of_one_article_are_never_linked():
    a = strike("2024-05-25", "2024-05-25", article="same")
    b = strike("2024-05-25", "2024-05-25", article="same")
    assert "same article" in verdict(a, b).apart


def test_a_pledge_then_a_delivery_of_the_same_system_is_one_transfer():
    pledge = transfer("2023-01-26", "M1 Abrams tanks", "pledged", "2023-01-25", 31,
                      recipient="state/ukraine")
    revised = transfer("2023-03-22", "M1A1 Abrams tanks", "pledged", quantity=31,
                       recipient="state/ukraine")
    delivered = transfer("2023-09-26", "Abrams tanks", "delivered", recipient="state/ukraine")
    assert verdict(pledge, revised).linked
    v = verdict(pledge, delivered)
    assert v.linked and v.rule == "transfer-status-sequence"


def test_transfers_of_unstated_status_link_by_the_named_system_not_by_a_generic_noun():
    a = transfer("2024-03-01", "Abrams tanks", "unknown", recipient="state/ukraine")
    named = transfer("2024-03-20", "M1 Abrams", None, recipient="state/ukraine")
    generic = transfer("2024-03-20", "tanks", None, recipient="state/ukraine")
    assert verdict(a, named).linked
    assert not verdict(a, generic).linked and verdict(a, generic).apart is None


def test_transfers_kept_apart_by_models_days_quantities_and_order():
    assert "models" in verdict(transfer("2025-03-01", "MK-84 bombs", "approved", "2025-02-28"),
                               transfer("2025-03-02", "BLU-117 bombs", "approved",
                                        "2025-02-28")).apart
    assert "different days" in verdict(
        transfer("2025-01-26", "MK-84 bombs", "approved", "2025-01-25", 1800),
        transfer("2025-03-01", "MK-84 bombs", "approved", "2025-02-28")).apart
    assert "quantities" in verdict(
        transfer("2025-01-26", "MK-84 bombs", "approved", quantity=1800),
        transfer("2025-03-01", "MK-84 bombs", "approved", quantity=35529)).apart
    assert "before" in verdict(
        transfer("2025-01-10", "Hellfire missiles", "delivered", "2025-01-09"),
        transfer("2025-02-08", "Hellfire missiles", "approved", "2025-02-07")).apart


def test_a_later_undated_mention_of_a_sale_with_the_same_sum_links():
    sale = transfer("2025-02-08", "bombs", "approved", "2025-02-07",
                    quote="The larger package, worth $6.75 billion, covers bombs and fuzes.")
    mention = transfer("2025-02-16", "bombs", "approved",
                       quote="It is separate from a $6.75 billion sale of bombs approved last week.")
    v = verdict(sale, mention)
    assert v.linked and "same sum of money" in v.detail


def test_treaties_same_signing_later_ratification_different_names_and_dates():
    signed = treaty("2025-05-01", "2025-04-30", parties=("state/united-states", "state/ukraine"))
    outlet = treaty("2025-05-01", "2025-04-30", parties=("state/ukraine", "state/united-states"))
    ratified = treaty("2025-05-08", None, parties=("state/ukraine", "state/united-states"),
                      quote="Parliament ratified the agreement signed last week.")
    assert verdict(signed, outlet).rule == "treaty-same-signing"
    assert verdict(signed, ratified).linked
    assert "different names" in verdict(treaty("2025-07-17", "2025-07-17", "Kensington Treaty"),
                                        treaty("2025-07-18", "2025-07-17",
                                               "Trinity House Agreement")).apart
    assert "different dates" in verdict(treaty("2025-07-17", "2025-07-17"),
                                        treaty("2024-10-23", "2024-10-23")).apart
    assert verdict(treaty("2024-10-23", "2024-10-23"), treaty("2025-07-17", "2024-10")).linked


def test_index_keys_find_each_pair_the_rules_could_link_and_only_nearby_ones():
    def meet(a, b):
        ia, la = keys(a, ENTITIES)
        ib, lb = keys(b, ENTITIES)
        assert bool(set(la) & set(ib)) == bool(set(lb) & set(ia)), "finding is symmetric"
        return bool(set(la) & set(ib))

    assert meet(strike("2023-05-30", "2023-05-30", "place/holosiivskyi"),
                strike("2023-05-31", "2023-05-31", "place/kyiv"))
    assert meet(strike("2023-05-30", "2023-05"), strike("2023-05-31", "2023-05-12"))
    assert meet(strike("2025-04-24", None), strike("2025-04-05", "2025-04-04"))
    assert not meet(strike("2023-05-30", "2023-05-30"), strike("2023-06-02", "2023-06-02"))
    assert not meet(strike("2023-05-30", "2023-05-30", "place/odesa"),
                    strike("2023-05-30", "2023-05-30", "place/kharkiv"))
    assert meet(transfer("2023-01-26", "M1 Abrams tanks", "pledged"),
                transfer("2023-09-26", "M1A1 tanks", "delivered"))
    assert not meet(transfer("2023-01-26", "Abrams tanks"), transfer("2023-01-26", "howitzers"))


def test_cues_read_times_weapons_models_money_and_offices():
    assert cues.time_of_day(["Drones struck overnight."]) == cues.EARLY
    assert cues.time_of_day(["The missile hit at 11 p.m."]) == cues.LATE
    assert cues.time_of_day(["first in the early hours and then around noon"]) is None
    assert cues.models_fit(cues.model_tokens("M1 Abrams"), cues.model_tokens("M1A1")) is True
    assert cues.models_fit(cues.model_tokens("M1"), cues.model_tokens("M109")) is False
    assert cues.money_amounts(["worth $6.75 billion and $660 million"]) == {6750.0, 660.0}
    assert cues.office_key("Minister of Defense") == cues.office_key("defence minister")
    assert cues.name_words("Hellfire air-to-ground missiles") == {"hellfire"}


def test_every_rule_is_a_concept_with_the_same_definition():
    graph = ox.Store()
    graph.load(path=str(ROOT / "ontology" / "concepts.ttl"), format=ox.RdfFormat.TURTLE)
    found = {}
    for row in graph.query("""SELECT ?c ?d WHERE { ?c <http://www.w3.org/2004/02/skos/core#inScheme>
            <https://kg.example.org/concept/resolution-rule> ;
            <http://www.w3.org/2004/02/skos/core#definition> ?d }"""):
        found[row["c"].value.rsplit("/", 1)[-1]] = row["d"].value
    assert found == {slug: rule.definition for slug, rule in RULES.items()}
