"""Real clients over a real socket: SPARQLWrapper in every result format, rdflib's SPARQLStore,
plus content negotiation, the service description, ops routes and the SHACL gate on writes."""

from __future__ import annotations

import socket

import pytest
import requests
from fixtures_web import start_live_server
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.web import negotiation

KG = "https://kg.example.org/ontology#"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clients")
    live = start_live_server(tmp)
    yield live
    live.server.close()
    live.store.close()


@pytest.fixture(scope="module", autouse=True)
def _examples(server, tmp_path_factory):
    from conftest import EXAMPLE_RECORDS

    files = [f for f in sorted(EXAMPLE_RECORDS.glob("*.json")) if '"killed": ' in f.read_text()][:2]
    if files:
        server.load(*files)


SELECT = f"PREFIX kg: <{KG}> SELECT ?s ?label WHERE {{ ?s a kg:Strike . OPTIONAL {{ ?s ?p ?label }} }} LIMIT 5"
STRIKES = f"PREFIX kg: <{KG}> SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a kg:Strike }}"


def _wrapper(server, fmt, query):
    w = SPARQLWrapper(server.sparql)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w.query()


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_every_format(server, fmt):
    res = _wrapper(server, fmt, "SELECT ?x ?y WHERE { VALUES (?x ?y) { (1 'a,b') (2 \"q\\\"t\") } }")
    data = res.convert()
    if fmt == JSON:
        assert [b["x"]["value"] for b in data["results"]["bindings"]] == ["1", "2"]
    elif fmt == XML:
        assert len(data.getElementsByTagName("result")) == 2
    else:
        text = data.decode()
        assert text.splitlines()[0] in ("x,y", "?x\t?y") and len(text.strip().splitlines()) == 3
        if fmt == CSV:
            assert '"a,b"' in text and '"q""t"' in text


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_ask_every_format(server, fmt):
    data = _wrapper(server, fmt, "ASK { }").convert()
    if fmt == JSON:
        assert data["boolean"] is True
    elif fmt == XML:
        assert data.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert b"true" in data


@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, JSONLD, N3, XML])
def test_sparqlwrapper_construct_every_format(server, fmt):
    q = "CONSTRUCT { <http://example.org/a> <http://example.org/p> ?x } WHERE { VALUES ?x { 1 2 } }"
    g = _wrapper(server, fmt, q).convert()
    if isinstance(g, bytes):
        g = Graph().parse(data=g, format="turtle")
    assert len(g) == 2


def test_rdflib_sparqlstore(server):
    store = SPARQLStore(server.sparql, returnFormat="json")
    g = Graph(store)
    rows = list(g.query("SELECT ?x WHERE { VALUES ?x { 'kg' } }"))
    assert rows[0][0] == Literal("kg")
    assert g.query("ASK { }").askAnswer is True
    triples = list(g.query("CONSTRUCT { <http://e/a> <http://e/p> 1 } WHERE {}"))
    assert triples[0][0] == URIRef("http://e/a")
    xml = Graph(SPARQLStore(server.sparql, returnFormat="xml"))
    assert len(list(xml.query("SELECT ?x WHERE { VALUES ?x { 1 2 3 } }"))) == 3


def test_examples_queryable(server):
    r = requests.get(server.sparql, params={"query": STRIKES})
    assert r.status_code == 200 and int(r.json()["results"]["bindings"][0]["n"]["value"]) >= 0


# --- negotiation ---------------------------------------------------------------------------------

def test_accept_negotiation_rules():
    c = negotiation.choose
    assert c("solutions", None).name == "json"
    assert c("solutions", "*/*").name == "json"
    assert c("solutions", "text/csv;q=0.5, application/sparql-results+xml").name == "xml"
    assert c("solutions", "text/*").name == "csv"
    assert c("solutions", "application/sparql-results+json;q=0, */*;q=0.1").name == "xml"
    assert c("graph", "application/n-triples;q=0.9, text/turtle").name == "turtle"
    assert c("graph", "application/rdf+xml").name == "rdfxml"
    assert c("solutions", "image/png", "csv").name == "csv"  # format= wins
    for accept in ("image/png", "text/turtle", "application/json;q=0, application/sparql-results+json;q=0, text/*;q=0, application/*;q=0"):
        with pytest.raises(Exception) as exc:
            c("solutions", accept)
        assert getattr(exc.value, "http_status", None) == 406


def test_http_negotiation(server):
    q = {"query": "SELECT (1 AS ?x) {}"}
    r = requests.get(server.sparql, params=q, headers={"Accept": "image/png"})
    assert r.status_code == 406 and r.json()["error"] == "not_acceptable"
    r = requests.get(server.sparql, params={**q, "format": "tsv"}, headers={"Accept": "image/png"})
    assert r.headers["Content-Type"].startswith("text/tab-separated-values")
    r = requests.get(server.sparql, params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3",
                                            "format": "ntriples"})
    assert r.headers["Content-Type"].startswith("application/n-triples")
    r = requests.get(server.sparql, params={**q, "format": "turtle"})
    assert r.status_code == 406


def test_service_description(server):
    r = requests.get(server.sparql, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef(server.sparql)) in g
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g
    assert len(list(g.objects(None, URIRef(sd + "resultFormat")))) >= 8
    assert requests.get(server.sparql, headers={"Accept": "application/rdf+xml"}).headers[
        "Content-Type"].startswith("application/rdf+xml")
    html = requests.get(server.sparql, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.headers["Content-Type"].startswith("text/html")  # the query page, or ours


# --- ops ------------------------------------------------------------------------------------------

def test_healthz_metrics_openapi(server):
    assert requests.get(server + "/healthz").json()["status"] == "ok"
    requests.get(server.sparql, params={"query": "SELEC"})
    m = requests.get(server + "/metrics").text
    assert "kg_http_requests_total" in m and "kg_http_request_seconds_bucket" in m
    assert 'kg_query_errors_total{code="query_syntax"}' in m and "kg_store_quads" in m
    spec = requests.get(server + "/openapi.json").json()
    assert spec["openapi"].startswith("3.") and {"/sparql", "/data", "/healthz", "/metrics"} <= set(spec["paths"])
    r = requests.get(server.sparql, params={"query": "ASK {}"}, headers={"X-Request-Id": "abc-123"})
    assert r.headers["X-Request-Id"] == "abc-123" and r.headers["Server-Timing"].startswith("app;dur=")


def test_accepted_connections_have_tcp_nodelay(server):
    """Without TCP_NODELAY small responses on a kept-alive connection wait ~40 ms for delayed
    ACKs (benchmarks/bench_limits.py measures it): every socket the server accepted has it."""
    s = requests.Session()
    assert s.get(server.sparql, params={"query": "ASK {}"}).status_code == 200
    from waitress.channel import HTTPChannel

    channels = [ch for ch in list(server.server._server._map.values())
                if isinstance(ch, HTTPChannel)]  # the accepted connections
    assert channels
    for ch in channels:
        assert ch.socket.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


# --- the SHACL gate on writes --------------------------------------------------------------------

def _strike_graph(server) -> str:
    r = requests.get(server.sparql, params={
        "query": f"PREFIX kg: <{KG}> SELECT ?g WHERE {{ GRAPH ?g {{ ?s a kg:Strike ; kg:killed ?k }} }} LIMIT 1"})
    rows = r.json()["results"]["bindings"]
    if not rows:
        pytest.skip("no example strike with a death toll")
    return rows[0]["g"]["value"]


def test_update_that_adds_a_violation_is_refused(server):
    g = _strike_graph(server)
    before = requests.get(server + "/data", params={"graph": g}, headers={"Accept": "application/n-triples"}).text
    update = (f"PREFIX kg: <{KG}> DELETE {{ GRAPH <{g}> {{ ?s kg:killed ?k }} }} "
              f"INSERT {{ GRAPH <{g}> {{ ?s kg:killed -5 }} }} WHERE {{ GRAPH <{g}> {{ ?s kg:killed ?k }} }}")
    r = requests.post(server.sparql, data={"update": update}, headers=server.auth)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "validation_failed" and body["report"]["violations"] >= 1
    assert any("killed" in (v["path"] or "") + v["message"] for v in body["report"]["results"]), body
    after = requests.get(server + "/data", params={"graph": g}, headers={"Accept": "application/n-triples"}).text
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_graph_store_put_that_violates_is_refused(server):
    g = _strike_graph(server)
    bad = (f"<{g}/x> a <{KG}Strike> ; <{KG}killed> \"-1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
    r = requests.put(server + "/data", params={"graph": g + "-copy"}, data=bad,
                     headers={"Content-Type": "text/turtle", **server.auth})
    assert r.status_code == 422 and r.json()["report"]["violations"] >= 1
    assert requests.get(server + "/data", params={"graph": g + "-copy"}).status_code == 404


def test_valid_update_passes_the_gate(server):
    g = _strike_graph(server)
    update = (f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT {{ GRAPH <{g}> {{ "
              f"?s rdfs:comment 'checked by an analyst' }} }} WHERE {{ GRAPH <{g}> {{ ?s a <{KG}Strike> }} }}")
    r = requests.post(server.sparql, data={"update": update}, headers=server.auth)
    assert r.status_code == 200, r.text
    assert r.json()["changed"][g]["added"] >= 1
