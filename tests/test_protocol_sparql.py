"""The W3C SPARQL 1.1 Protocol test cases (w3c/rdf-tests sparql/sparql11/protocol/manifest.ttl),
one test of our own per case, against the real app over a real socket with `requests`.

The manifest's data graphs (data0..data3.rdf, loaded by the test harness under their
kasei.us IRIs) are put into the store first; kg never fetches them.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server

K = "http://kasei.us/2009/09/sparql/data/"
D0, D1, D2, D3 = (K + f"data{i}.rdf" for i in range(4))
FOAF_DOC = "http://xmlns.com/foaf/0.1/Document"
RESULT_TYPES = ("application/sparql-results+xml", "application/sparql-results+json",
                "text/csv", "text/tab-separated-values")
RDF_TYPES = ("text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json",
             "application/n-quads", "application/trig")


def _dataset() -> list[ox.Quad]:
    quads = []
    for g in (D0, D1, D2, D3):
        quads.append(ox.Quad(ox.NamedNode(g), ox.NamedNode(ox.NamedNode(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type").value), ox.NamedNode(FOAF_DOC),
            ox.NamedNode(g)))
    return quads


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("protocol"))
    yield live
    live.server.close()
    live.store.close()


@pytest.fixture
def fresh(server):
    """Reset the store to the manifest's data before a test that writes."""
    requests.post(server.sparql, data={"update": "CLEAR ALL"}, headers=server.auth).raise_for_status()
    server.load_quads(_dataset())
    return server


@pytest.fixture(scope="module", autouse=True)
def _data(server):
    server.load_quads(_dataset())


def boolean(resp: requests.Response) -> bool:
    assert resp.status_code == 200, resp.text
    assert resp.headers["Content-Type"].split(";")[0] in RESULT_TYPES
    return resp.json()["boolean"]


ASK_TYPES = f"ASK {{ <{D1}> a ?type . <{D2}> a ?type . }}"
ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"


def test_query_post_form(server):
    r = requests.post(server.sparql, params={"default-graph-uri": D0}, data="query=ASK%20%7B%7D",
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert boolean(r) is True


def test_query_dataset_default_graphs_get(server):
    r = requests.get(server.sparql, params=[("query", ASK_TYPES), ("default-graph-uri", D1),
                                            ("default-graph-uri", D2)])
    assert boolean(r) is True


def test_query_dataset_default_graphs_post(server):
    r = requests.post(server.sparql, params=[("default-graph-uri", D1), ("default-graph-uri", D2)],
                      data=ASK_TYPES, headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is True


def test_query_dataset_named_graphs_post(server):
    r = requests.post(server.sparql, params=[("named-graph-uri", D1), ("named-graph-uri", D2)],
                      data=ASK_NAMED, headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is True


def test_query_dataset_named_graphs_get(server):
    r = requests.get(server.sparql, params=[("query", ASK_NAMED), ("named-graph-uri", D1),
                                            ("named-graph-uri", D2)])
    assert boolean(r) is True


def test_query_dataset_full(server):
    q = (f"ASK {{ <{D3}> a ?type GRAPH ?g1 {{ <{D1}> a ?type }} "
         f"GRAPH ?g2 {{ <{D2}> a ?type }} }}")
    r = requests.post(server.sparql, params=[("default-graph-uri", D3), ("named-graph-uri", D1),
                                             ("named-graph-uri", D2)],
                      data=q, headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is True


def test_query_multiple_dataset(server):
    """The protocol's dataset overrides FROM (the case as kasei's validator runs it: two
    named-graph-uri parameters; w3c/rdf-tests#78 explains the manifest's encoded '&')."""
    q = f"ASK FROM <{D3}> {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
    r = requests.post(server.sparql, params=[("named-graph-uri", D1), ("named-graph-uri", D2)],
                      data=q, headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is True
    # With the protocol's dataset given, FROM <data3> is not the default graph any more.
    r = requests.post(server.sparql, params=[("default-graph-uri", D1)],
                      data=f"ASK FROM <{D3}> {{ <{D3}> a ?t }}",
                      headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is False


def test_query_multiple_dataset_encoded_ampersand_decodes_once(server):
    """The manifest's literal path: %26 decodes exactly once, to one (absent) graph IRI."""
    path = ("/sparql?named-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2F"
            "data1.rdf%26named-graph-uri%3Dhttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf")
    q = f"ASK FROM <{D3}> {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
    r = requests.post(server + path, data=q, headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is False
    r = requests.get(server + path.replace("/sparql?", "/sparql?query=SELECT%20%3Fg%20%7B%20GRAPH"
                                           "%20%3Fg%20%7B%7D%20%7D&"))
    assert r.status_code == 200


def test_query_get(server):
    r = requests.get(server.sparql, params={"query": "ASK {}", "default-graph-uri": D0})
    assert boolean(r) is True


@pytest.mark.parametrize("query,kinds", [
    ("SELECT (1 AS ?value) {}", RESULT_TYPES),
    ("ASK {}", RESULT_TYPES),
    ("DESCRIBE <http://example.org/>", RDF_TYPES),
    ("CONSTRUCT { <s> <p> 1 } WHERE {}", RDF_TYPES),
], ids=["select", "ask", "describe", "construct"])
def test_query_content_type(server, query, kinds):
    r = requests.post(server.sparql, params={"default-graph-uri": D0}, data=query,
                      headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] in kinds


def _ask(server, q) -> bool:
    return boolean(requests.post(server.sparql, data=q,
                                 headers={"Content-Type": "application/sparql-query"}))


UPDATE_DG = """PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA { GRAPH <%(d1)s> { <%(d1)s> a foaf:Document } } ;
INSERT { GRAPH <http://example.org/protocol-update-dataset-test/> { ?s a dc:BibliographicResource } }
WHERE { ?s a foaf:Document }"""


def test_update_dataset_default_graph(fresh):
    r = requests.post(fresh.sparql, params={"using-graph-uri": D1}, data=UPDATE_DG % {"d1": D1},
                      headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    assert _ask(fresh, f"ASK {{ GRAPH <http://example.org/protocol-update-dataset-test/> "
                       f"{{ <{D1}> a <http://purl.org/dc/terms/BibliographicResource> }} }}")


def test_update_dataset_default_graphs(fresh):
    update = f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{ GRAPH <{D1}> {{ <{D1}> a foaf:Document }} GRAPH <{D2}> {{ <{D2}> a foaf:Document }}
  GRAPH <{D3}> {{ <{D3}> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-graphs-test/> {{ ?s a dc:BibliographicResource }} }}
WHERE {{ ?s a foaf:Document }}"""
    r = requests.post(fresh.sparql, params=[("using-graph-uri", D1), ("using-graph-uri", D2)],
                      data=update, headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    g = "http://example.org/protocol-update-dataset-graphs-test/"
    bib = "http://purl.org/dc/terms/BibliographicResource"
    assert _ask(fresh, f"ASK {{ GRAPH <{g}> {{ <{D1}> a <{bib}> . <{D2}> a <{bib}> }} "
                       f"FILTER NOT EXISTS {{ GRAPH <{g}> {{ <{D3}> a <{bib}> }} }} }}")


def test_update_dataset_named_graphs(fresh):
    update = f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{ GRAPH <{D1}> {{ <{D1}> a foaf:Document }} GRAPH <{D2}> {{ <{D2}> a foaf:Document }}
  GRAPH <{D3}> {{ <{D3}> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-named-graphs-test/> {{
  ?s a dc:BibliographicResource }} }}
WHERE {{ GRAPH ?g {{ ?s a foaf:Document }} }}"""
    r = requests.post(fresh.sparql, params=[("using-named-graph-uri", D1),
                                            ("using-named-graph-uri", D2)],
                      data=update, headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    g = "http://example.org/protocol-update-dataset-named-graphs-test/"
    bib = "http://purl.org/dc/terms/BibliographicResource"
    assert _ask(fresh, f"ASK {{ GRAPH <{g}> {{ <{D1}> a <{bib}> . <{D2}> a <{bib}> }} "
                       f"FILTER NOT EXISTS {{ GRAPH <{g}> {{ <{D3}> a <{bib}> }} }} }}")


def test_update_dataset_full(fresh):
    update = f"""PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{ GRAPH <{D1}> {{ <{D1}> a foaf:Document ; <http://example.org/in> "default" }}
  GRAPH <{D2}> {{ <{D2}> a foaf:Document }} GRAPH <{D3}> {{ <{D3}> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-full-test/> {{
  ?s <http://example.org/in> ?in }} }}
WHERE {{ {{ ?s <http://example.org/in> ?in }} UNION {{ GRAPH ?g {{ ?s a foaf:Document }} BIND(?g AS ?in) }} }}"""
    r = requests.post(fresh.sparql, params=[("using-graph-uri", D1), ("using-named-graph-uri", D2)],
                      data=update, headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    g = "http://example.org/protocol-update-dataset-full-test/"
    assert _ask(fresh, f"""ASK {{ GRAPH <{g}> {{ <{D1}> <http://example.org/in> "default" .
        <{D2}> <http://example.org/in> <{D2}> . }}
        FILTER NOT EXISTS {{ GRAPH <{g}> {{ <{D3}> ?p ?o }} }} }}""")


def test_update_post_form(fresh):
    r = requests.post(fresh.sparql, data="update=CLEAR+ALL",
                      headers={"Content-Type": "application/x-www-form-urlencoded", **fresh.auth})
    assert r.status_code == 200, r.text
    assert not _ask(fresh, f"ASK {{ GRAPH <{D1}> {{ ?s ?p ?o }} }}")


def test_update_post_direct(fresh):
    r = requests.post(fresh.sparql, data="CLEAR ALL",
                      headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    assert not _ask(fresh, f"ASK {{ GRAPH <{D2}> {{ ?s ?p ?o }} }}")


def test_update_base_uri(fresh):
    g = "http://example.org/protocol-base-test/"
    update = (f"CLEAR GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{ <http://example.org/s> "
              f"<http://example.org/p> <test> }} }}")
    r = requests.post(fresh.sparql, data=update,
                      headers={"Content-Type": "application/sparql-update", **fresh.auth})
    assert r.status_code == 200, r.text
    r = requests.post(fresh.sparql, data=f"SELECT ?o WHERE {{ GRAPH <{g}> {{ "
                                         f"<http://example.org/s> <http://example.org/p> ?o }} }}",
                      headers={"Content-Type": "application/sparql-query"})
    rows = r.json()["results"]["bindings"]
    assert len(rows) == 1 and rows[0]["o"]["type"] == "uri"
    assert rows[0]["o"]["value"] != "test" and rows[0]["o"]["value"].endswith("/test")


def test_query_post_direct(server):
    r = requests.post(server.sparql, data="ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert boolean(r) is True


# --- the bad_* cases: every one a 4xx with our JSON error shape ---------------------------------

def _err(r: requests.Response, status: int | tuple) -> dict:
    statuses = status if isinstance(status, tuple) else (status,)
    assert r.status_code in statuses, (r.status_code, r.text)
    body = r.json()
    assert set(body) >= {"error", "message"} and "Traceback" not in r.text
    return body


def test_bad_query_method(server):
    r = requests.put(server.sparql, params={"query": "ASK {}", "default-graph-uri": D0},
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    _err(r, 405)
    assert "GET" in r.headers["Allow"]


def test_bad_multiple_queries(server):
    r = requests.get(server + "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    _err(r, 400)


def test_bad_query_wrong_media_type(server):
    _err(requests.post(server.sparql, data="ASK {}", headers={"Content-Type": "text/plain"}), 415)


def test_bad_query_missing_form_type(server):
    r = requests.post(server.sparql, data=b"query=ASK%20%7B%7D", headers={"Content-Type": ""})
    _err(r, 415)


def test_bad_query_missing_direct_type(server):
    _err(requests.post(server.sparql, data=b"ASK {}", headers={"Content-Type": ""}), 415)


def test_bad_query_non_utf8(server):
    r = requests.post(server.sparql, data="ASK {}".encode("utf-16"),
                      headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    _err(r, (400, 415))
    r = requests.post(server.sparql, data="ASK {}".encode("utf-16"),
                      headers={"Content-Type": "application/sparql-query"})
    _err(r, 400)


def test_bad_query_syntax(server):
    body = _err(requests.get(server.sparql, params={"query": "ASK {"}), 400)
    assert body["error"] == "query_syntax" and "1:" in body["message"]  # the position


def test_bad_update_get(server):
    _err(requests.get(server.sparql, params={"update": "CLEAR ALL"}, headers=server.auth), 405)


def test_bad_multiple_updates(server):
    r = requests.post(server.sparql, data="update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
                      headers={"Content-Type": "application/x-www-form-urlencoded", **server.auth})
    _err(r, 400)


def test_bad_update_wrong_media_type(server):
    r = requests.post(server.sparql, data="CLEAR NAMED",
                      headers={"Content-Type": "text/plain", **server.auth})
    _err(r, 415)


def test_bad_update_missing_form_type(server):
    r = requests.post(server.sparql, data=b"update=CLEAR%20NAMED",
                      headers={"Content-Type": "", **server.auth})
    _err(r, 415)


def test_bad_update_non_utf8(server):
    r = requests.post(server.sparql, data="CLEAR NAMED".encode("utf-16"),
                      headers={"Content-Type": "application/sparql-update; charset=UTF-16",
                               **server.auth})
    _err(r, (400, 415))


def test_bad_update_syntax(server):
    r = requests.post(server.sparql, data="INSERT DATA { <s> <p> }",
                      headers={"Content-Type": "application/sparql-update", **server.auth})
    assert _err(r, 400)["error"] == "query_syntax"


def test_bad_update_dataset_conflict(server):
    update = ("PREFIX dc: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
              "CLEAR ALL ; INSERT { GRAPH <http://example.org/protocol-update-dataset-test/> "
              "{ ?s a dc:BibliographicResource } } USING <http://example.org/data1.rdf> "
              "WHERE { ?s a foaf:Document }")
    r = requests.post(server.sparql, params={"using-graph-uri": D1}, data=update,
                      headers={"Content-Type": "application/sparql-update", **server.auth})
    _err(r, 400)
    assert _ask(server, f"ASK {{ GRAPH <{D1}> {{ ?s ?p ?o }} }}")  # nothing was cleared


def test_percent_decoding_exactly_once(server):
    # %2541 is '%41' after one decoding (and would be 'A' after two).
    r = requests.get(server + "/sparql?query=SELECT%20%28%22%2541%22%20AS%20%3Fx%29%20%7B%7D")
    assert r.json()["results"]["bindings"][0]["x"]["value"] == "%41"
    r = requests.get(server + "/sparql?query=SELECT+%28%22a+b%22+AS+%3Fx%29+%7B%7D")
    assert r.json()["results"]["bindings"][0]["x"]["value"] == "a b"
    _err(requests.get(server + "/sparql?query=SELECT%20%28%22%FF%22%20AS%20%3Fx%29%20%7B%7D"), 400)
