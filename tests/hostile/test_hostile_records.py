"""Hostile input, classes 5 and 6 (issue #14): record strings that became broken IRIs (a
traceback), literals too long for the store's parsers, a JSON field of the wrong type, and input
that was accepted though wrong (a NUL in a headline, a right-to-left override or only zero-width
characters in a label, one entity described twice, an extractor name that climbs into another
namespace, ill-typed literals on properties no shape covers).

Each test is headed by what it reproduces; the data is inline. `kg` runs as a real process.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server
from hostile_helpers import assert_kg_error, run_kg

from kg.errors import RecordError
from kg.model import Article, Evidence, Record, Strike
from kg.rdf import record_to_quads


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("records"), max_literal_bytes=4096)
    yield live
    live.server.close()
    live.store.close()


def write(tmp_path, obj, name="record.json"):
    path = tmp_path / name
    path.write_text(json.dumps(obj, ensure_ascii=False), "utf-8")
    return path


def graphs(store_dir) -> list[str]:
    from kg.store import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    try:
        return sorted(g.value for g in store.named_graphs())
    finally:
        store.close()


# --- class 5: IRIs minted from record strings --------------------------------------------------

@pytest.mark.parametrize("extractor", ["hand made", "../../../graph/entities", "a/b", "..", "é"])
def test_extractor_names_that_cannot_be_an_iri_segment_are_refused(tmp_path, make_record, extractor):
    # Reproduces: an evidence extractor of "hand made" raised `ValueError: Invalid IRI code
    # point` (a traceback, exit 1); "../../../graph/entities" was accepted and became part of
    # the agent's IRI (class 6).
    record = make_record()
    record["facts"][0]["evidence"][0]["extractor"] = extractor
    proc = run_kg("load", str(write(tmp_path, record)), store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert "facts[0].evidence[0].extractor" in proc.stderr
    assert not (tmp_path / "store").exists() or graphs(tmp_path / "store") == []


@pytest.mark.parametrize("url", ['https://example.org/a"b', "https://example.org/<x>",
                                 "https://example.org/a{b}", "https://example.org/a\\b"])
def test_article_urls_that_are_not_iris_are_refused_naming_the_field(tmp_path, make_record, url):
    # Reproduces: an article url with `"` or `<>` raised `ValueError: Invalid IRI code point`.
    record = make_record()
    record["article"]["url"] = url
    proc = run_kg("load", str(write(tmp_path, record)), store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert "article.url" in proc.stderr


def test_bad_url_on_the_validate_page_is_a_violation_not_a_500(server, make_record):
    record = make_record()
    record["article"]["url"] = 'https://example.org/a"b'
    r = requests.post(server + "/validate", data={"data": json.dumps(record)}, timeout=60)
    assert r.status_code == 200, r.text[:300]
    assert "this would not load" in r.text and "article.url" in r.text
    assert "without spaces or the characters" in r.text


def test_records_built_in_code_get_the_same_check():
    # The schema is one wall; the place that mints IRIs is the other (records built in Python,
    # as the extractor does, do not pass the schema).
    record = Record(Article(id="a", title="T", url='https://example.org/"x"'))
    with pytest.raises(RecordError, match="article.url"):
        record_to_quads(record)
    bad_agent = Strike(attacker="state/russia", evidence=(Evidence(quote="q", extractor="x/../y"),))
    with pytest.raises(RecordError, match=r"facts\[0\]\.evidence\[0\]\.extractor"):
        record_to_quads(Record(Article(id="a", title="T"), facts=(bad_agent,)))


# --- class 5: literals the store's parsers cannot read back -----------------------------------------

def test_article_text_over_16_mib_exits_3_naming_the_setting(tmp_path, make_record):
    # Reproduces: a record whose text is over 16 MB loaded until pyoxigraph's N-Quads parser
    # hit `Reached the buffer maximal size` (a traceback).
    text = "Russian missiles hit Kyiv on Monday. " + "x" * (17 * 1024 * 1024)
    record = make_record(text=text)
    proc = run_kg("load", str(write(tmp_path, record)), store=tmp_path / "store")
    assert proc.returncode == 3, proc.stderr
    assert "max_literal_bytes" in proc.stderr and "article.text" in proc.stderr


def test_rdf_literal_over_16_mib_exits_3_naming_the_setting(tmp_path):
    # Reproduces: the same through N-Triples: the parser's MemoryError was a traceback.
    path = tmp_path / "big.nt"
    path.write_text('<http://example.org/s> <http://example.org/p> "' + "x" * (17 * 1024 * 1024)
                    + '" .\n', "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 3, proc.stderr
    assert "max_literal_bytes" in proc.stderr


def test_literal_over_the_limit_through_the_endpoint_is_a_413(server):
    big = "x" * 5000  # this server's max_literal_bytes is 4096
    r = requests.put(server + "/data", params={"graph": "http://example.org/big"},
                     data=f'<http://example.org/s> <http://example.org/p> "{big}" .'.encode(),
                     headers={**server.auth, "Content-Type": "text/turtle"}, timeout=60)
    assert_kg_error(r, 413, "too_large", "max_literal_bytes")
    r = requests.post(server.sparql, headers=server.auth, timeout=60, data={
        "update": f'INSERT DATA {{ GRAPH <http://example.org/big> {{ <http://example.org/s> '
                  f'<http://example.org/p> "{big}" }} }}'})
    assert_kg_error(r, 413, "too_large", "max_literal_bytes")


# --- class 5: a JSON field of the wrong type -----------------------------------------------------------

@pytest.mark.parametrize("field,value", [("note", 42), ("note", ["a"]), ("who", 7), ("qid", 159),
                                         ("entity", {"k": 1})])
def test_link_api_with_a_non_string_field_is_a_400_naming_it(server, field, value):
    # Reproduces: POST /api/link with a numeric `note` gave HTTP 500.
    body = {"entity": "state/russia", "qid": "Q159", "who": "analyst", field: value}
    r = requests.post(server + "/api/link", json=body, headers=server.auth, timeout=60)
    body = assert_kg_error(r, 400)
    assert field in body["message"]


# --- class 6: accepted though wrong ---------------------------------------------------------------------

@pytest.mark.parametrize("where,value,why", [
    ("title", "Missiles hit Kyiv\u0000", "NUL"),
    ("label", "\u202eaivokloM", "override"),
    ("label", "\u200b\u200c\u2060", "no visible character"),
    ("label", "Kyiv\u0007", "control character"),
    ("alias", "\u2066Odesa\u2069", "override"),
])
def test_invisible_or_reversed_text_is_refused(tmp_path, make_record, where, value, why):
    # Reproduces: an escaped NUL in a headline, a right-to-left override or only zero-width
    # characters in a label were all accepted.
    entity = {"key": "place/test-town", "type": "Place", "label": "Test Town", "wikidata": None}
    if where == "label":
        entity["label"] = value
    elif where == "alias":
        entity["aliases"] = [value]
    record = make_record(entities=[entity])
    if where == "title":
        record["article"]["title"] = value
    path = write(tmp_path, record)
    proc = run_kg("load", "--format", "json", str(path), store=tmp_path / "store")
    assert proc.returncode == 1, proc.stderr
    assert why in proc.stdout, proc.stdout
    assert not (tmp_path / "store").exists() or graphs(tmp_path / "store") == []


def test_text_that_is_fine_still_loads(tmp_path, make_record):
    # Not refused: non-Latin scripts, right-to-left text with marks, tabs in article text.
    entities = [{"key": "place/test-town", "type": "Place", "label": "\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1\u200f",
                 "aliases": ["Kyiv", "\u041a\u0438\u0457\u0432"], "wikidata": None}]
    record = make_record(entities=entities, text="Russian missiles hit Kyiv on Monday. Tabs\tstay.")
    proc = run_kg("load", str(write(tmp_path, record)), store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr


def test_one_entity_described_twice_differently_is_refused(tmp_path, make_record):
    # Reproduces: the same entity key twice with different labels in one record was accepted
    # (the entity got two labels).
    record = make_record(entities=[
        {"key": "place/test-town", "type": "Place", "label": "Test Town", "wikidata": None},
        {"key": "place/test-town", "type": "Place", "label": "Other Town", "wikidata": None}])
    proc = run_kg("load", str(write(tmp_path, record)), store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert "entities[0] and entities[1]" in proc.stderr and "label" in proc.stderr


def test_one_entity_described_twice_identically_is_fine(tmp_path, make_record):
    entity = {"key": "place/test-town", "type": "Place", "label": "Test Town", "wikidata": None}
    proc = run_kg("load", str(write(tmp_path, make_record(entities=[entity, dict(entity)]))),
                  store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr


def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path, make_record):
    # JSON can escape half a surrogate pair, which is not text; it raised UnicodeEncodeError.
    record = json.dumps(make_record()).replace('"A test article"', '"A test \\ud800article"')
    path = tmp_path / "surrogate.json"
    path.write_text(record, "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert "article.title" in proc.stderr and "surrogate" in proc.stderr


ILL_TYPED = """@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://example.org/thing> <http://example.org/count> "abc"^^xsd:integer ;
    <http://example.org/when> "2024-02-31"^^xsd:date ;
    <http://example.org/small> "300"^^xsd:byte .
"""


def test_ill_typed_literals_on_properties_no_shape_covers_are_refused(tmp_path, server):
    # Reproduces: "abc"^^xsd:integer on a property no shape covers was accepted.
    path = tmp_path / "ill.ttl"
    path.write_text(ILL_TYPED, "utf-8")
    proc = run_kg("load", "--format", "json", str(path), store=tmp_path / "store")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    values = sorted(r["value"] for r in report["results"])
    assert values == ['"2024-02-31"^^<http://www.w3.org/2001/XMLSchema#date>',
                      '"300"^^<http://www.w3.org/2001/XMLSchema#byte>',
                      '"abc"^^<http://www.w3.org/2001/XMLSchema#integer>']
    r = requests.put(server + "/data", params={"graph": "http://example.org/ill"},
                     data=ILL_TYPED.encode(), timeout=60,
                     headers={**server.auth, "Content-Type": "text/turtle"})
    body = assert_kg_error(r, 422, "validation_failed")
    assert body["report"]["violations"] == 3
    assert not server.store.graph_exists(ox.NamedNode("http://example.org/ill"))


def test_well_typed_literals_on_any_property_still_load(tmp_path):
    path = tmp_path / "fine.ttl"
    path.write_text("""@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://example.org/thing> <http://example.org/count> "12"^^xsd:integer ;
    <http://example.org/when> "2024-02-29"^^xsd:date ; <http://example.org/small> "-5"^^xsd:byte ;
    <http://example.org/label> "plain" .
""", "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr
