"""SPARQL that is easy to write: predeclared prefixes (the endpoint, `kg query`, the service
description, the query page), per-kind prefixes (`state:russia`), a plain error for an
undeclared prefix, xsd:date bounds on every date, and offices as SKOS concepts.

Over the real app on a real socket and the real `kg` command in its own process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg import namespaces as ns
from kg.offices import OFFICE_TITLES, office_kind

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "records"


def _month_strike_record() -> dict:
    """A strike the article dates only to a month, and a role under an unusual title."""
    text = ("Drones hit Kharkiv in March 2024, killing three people. "
            "Defense Secretary Jane Example said the United States would keep helping.")
    one, two = text.split(". ")[0] + ".", text.split(". ")[1]
    return {"record_version": 1,
            "article": {"id": "2024-04-02-month-only", "title": "Month only", "text": text,
                        "publisher": "kg tests", "published": "2024-04-02", "language": "en"},
            "entities": [{"key": "person/jane-example", "type": "Person", "label": "Jane Example",
                          "aliases": [], "wikidata": None}],
            "facts": [
                {"type": "Strike", "attacker": "state/russia", "target_place": "place/kharkiv",
                 "target_country": "state/ukraine", "killed": 3, "date": "2024-03",
                 "evidence": [{"quote": one, "start": 0, "end": len(one), "confidence": 0.9,
                               "extractor": "test", "extractor_version": "1"}]},
                {"type": "LeaderRole", "person": "person/jane-example",
                 "office": "Defense Secretary", "state": "state/united-states",
                 "start": "2021-01", "evidence": [{"quote": two, "start": text.index(two),
                                                   "end": len(text), "confidence": 0.9,
                                                   "extractor": "test", "extractor_version": "1"}]},
            ]}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from fixtures_web import start_live_server

    from kg.loader import load

    tmp = tmp_path_factory.mktemp("ergonomics")
    live = start_live_server(tmp, query_workers=1)
    extra = tmp / "month.json"
    extra.write_text(json.dumps(_month_strike_record()), "utf-8")
    rdf = tmp / "undated-bounds.ttl"
    rdf.write_text("""@prefix kg: <https://kg.example.org/ontology#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://kg.example.org/id/test/rdf-role> a kg:LeaderRole, kg:Fact ;
    kg:holder <https://kg.example.org/id/person/vladimir-putin> ; kg:office "president" ;
    kg:state <https://kg.example.org/id/state/russia> ; schema:citation "kg tests" ;
    schema:startDate "2023"^^xsd:gYear ; schema:endDate "2023-06"^^xsd:gYearMonth .
""", "utf-8")
    try:
        load([EXAMPLES, extra], live.store, live.settings, exclusive=True)
        load([rdf], live.store, live.settings)
        live.app.extensions["kg_endpoint"].after_write()
        yield live
    finally:
        live.server.close()
        live.store.close()


def _select(site, query: str, status: int = 200):
    resp = requests.get(site.sparql, params={"query": query},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert resp.status_code == status, resp.text
    return resp.json()


def _values(data, var: str) -> list[str]:
    return [b[var]["value"] for b in data["results"]["bindings"] if var in b]


# --- prefixes -----------------------------------------------------------------------------------

def test_per_kind_prefixes_work_without_declaring_them(site):
    data = _select(site, "SELECT ?killed WHERE { ?s a kg:Strike ; kg:attacker state:russia ; "
                         "kg:targetPlace place:dnipro ; kg:killed ?killed }")
    assert _values(data, "killed") == ["40"]
    data = _select(site, "ASK { ?r kg:holder person:vladimir-putin ; kg:state state:russia }")
    assert data["boolean"] is True
    data = _select(site, "SELECT ?s WHERE { ?s kg:strikeKind strike-kind:missile } LIMIT 1")
    assert _values(data, "s")


def test_a_query_own_prefix_wins_over_a_predeclared_one(site):
    data = _select(site, "PREFIX state: <https://kg.example.org/id/place/> "
                         "ASK { state:dnipro a kg:Place }")
    assert data["boolean"] is True


def test_an_undeclared_prefix_says_which_and_lists_the_known_ones(site):
    resp = requests.get(site.sparql, params={"query": "SELECT * WHERE { ?s a foo:Bar }"},
                        timeout=30)
    assert resp.status_code == 400
    body = resp.json()
    assert body["message"].startswith("prefix foo: is not declared (known: ")
    assert "state:" in body["message"] and "kg:" in body["message"]
    assert "u{00C0}" not in body["message"]  # not the parser's dump of character classes


def test_a_slashed_entity_name_says_how_to_write_it(site):
    resp = requests.get(site.sparql, params={
        "query": "SELECT * WHERE { ?s kg:attacker kgid:state/russia }"}, timeout=30)
    assert resp.status_code == 400
    body = resp.json()
    assert "kgid:state/russia is not a legal prefixed name" in body["message"]
    assert "state:russia" in body["hint"]


def test_the_service_description_declares_the_prefixes(site):
    resp = requests.get(site.sparql, headers={"Accept": "text/turtle"}, timeout=30)
    assert resp.status_code == 200
    store = ox.Store()
    store.load(resp.content, format=ox.RdfFormat.TURTLE, base_iri=site.sparql)
    rows = store.query("""PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?p ?ns WHERE { ?service sh:declare [ sh:prefix ?p ; sh:namespace ?ns ] }""")
    declared = {r["p"].value: r["ns"].value for r in rows}
    assert declared == ns.PREFIXES


def test_the_query_page_lists_the_prefixes(site):
    resp = requests.get(site + "/", timeout=30)
    assert resp.status_code == 200
    for prefix in ("state:", "person:", "place:", "weapon:", "kg:", "xsd:"):
        assert f"<code>{prefix}</code>" in resp.text
    config = resp.text.split('<script type="application/json" id="kg-config">', 1)[1]
    config = json.loads(config.split("</script>", 1)[0])
    assert "PREFIX kg:" not in config["defaultQuery"]  # the default query needs no declarations
    assert "kg:Event" in config["defaultQuery"]


def kg(*args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=180, env=env, cwd=ROOT)


def test_kg_query_predeclares_prefixes_and_shows_prefixed_names(tmp_path):
    store = str(tmp_path / "store")
    assert kg("--store", store, "load", str(EXAMPLES)).returncode == 0
    res = kg("--store", store, "query", "SELECT DISTINCT ?a WHERE { ?s kg:attacker ?a ; "
                                        "kg:targetCountry state:ukraine }")
    assert res.returncode == 0, res.stderr
    assert "state:russia" in res.stdout
    bad = kg("--store", store, "query", "SELECT * WHERE { ?s a nope:Thing }")
    assert bad.returncode == 2
    assert "prefix nope: is not declared (known: " in bad.stderr
    listed = kg("prefixes")
    assert listed.returncode == 0 and "state:" in listed.stdout and ns.ID + "state/" in listed.stdout


# --- dates --------------------------------------------------------------------------------------

def test_a_month_only_date_is_found_by_a_one_comparison_range_filter(site):
    old_way = _select(site, 'SELECT ?s WHERE { ?s kg:attacker state:russia ; kg:date ?d '
                            'FILTER(?d >= "2024-01-01"^^xsd:date) }')
    bounded = _select(site, 'SELECT ?s ?first ?last WHERE { ?s kg:attacker state:russia ; '
                            'kg:dateStart ?first ; kg:dateEnd ?last '
                            'FILTER(?first >= "2024-01-01"^^xsd:date && ?last <= "2024-12-31"^^xsd:date) }')
    month = [b for b in bounded["results"]["bindings"] if "month-only" in b["s"]["value"]]
    assert month and month[0]["first"]["value"] == "2024-03-01"
    assert month[0]["last"]["value"] == "2024-03-31"
    assert month[0]["first"]["datatype"] == ns.XSD + "date"
    assert not [v for v in _values(old_way, "s") if "month-only" in v]  # what the bounds fix


def test_every_dated_fact_carries_bounds(site):
    data = _select(site, """SELECT ?f ?p WHERE { ?f a kg:Fact ; ?p ?d .
        FILTER(?p IN (kg:date, kg:signedOn, schema:startDate))
        FILTER NOT EXISTS { ?f kg:dateStart ?s } }""")
    assert data["results"]["bindings"] == []
    # An RDF file's fact gets its bounds on loading too.
    data = _select(site, "SELECT ?first ?last WHERE { <https://kg.example.org/id/test/rdf-role> "
                         "kg:dateStart ?first ; kg:dateEnd ?last }")
    assert [(b["first"]["value"], b["last"]["value"]) for b in data["results"]["bindings"]] == [
        ("2023-01-01", "2023-06-30")]


def test_a_role_spans_from_the_first_day_of_its_start(site):
    data = _select(site, "SELECT ?first ?last WHERE { ?r kg:holder person:jane-example ; "
                         "kg:dateStart ?first OPTIONAL { ?r kg:dateEnd ?last } }")
    assert [(b["first"]["value"], b.get("last")) for b in data["results"]["bindings"]] == [
        ("2021-01-01", None)]


# --- offices ------------------------------------------------------------------------------------

def test_offices_are_concepts_beside_the_original_wording(site):
    data = _select(site, "SELECT ?office ?kind WHERE { ?r kg:holder person:jane-example ; "
                         "kg:office ?office ; kg:officeKind ?kind }")
    rows = [(b["office"]["value"], b["kind"]["value"]) for b in data["results"]["bindings"]]
    assert rows == [("Defense Secretary", ns.CONCEPT + "office/defence-minister")]
    # One concept gathers every title of the office, from articles and from the gazetteer.
    data = _select(site, "SELECT DISTINCT ?office WHERE { ?r kg:officeKind office:defence-minister ; "
                         "kg:office ?office }")
    titles = {v.lower() for v in _values(data, "office")}
    assert {"defence minister", "defense secretary", "secretary of defense"} <= titles
    data = _select(site, "SELECT ?label WHERE { office:head-of-state a skos:Concept ; "
                         "skos:inScheme kgc:office ; skos:prefLabel ?label }")
    assert _values(data, "label") == ["head of state"]


def test_the_office_scheme_lists_every_title_kg_maps():
    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "concepts.ttl"), format=ox.RdfFormat.TURTLE)
    for slug, titles in OFFICE_TITLES.items():
        rows = store.query(f"SELECT ?t WHERE {{ <{ns.CONCEPT}office/{slug}> "
                           f"<{ns.SKOS}altLabel> ?t }}")
        assert {r["t"].value for r in rows} == set(titles), slug
    assert office_kind("Secretary of Defense") == office_kind("defence minister")
    assert office_kind("leader") is None
