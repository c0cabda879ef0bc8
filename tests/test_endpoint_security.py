"""Safe by default: SERVICE/LOAD/FROM refused, no remote JSON-LD contexts, no XML external
entities, writes only with the token, a body cap, CORS without credentials, one error shape."""

from __future__ import annotations

import http.server
import json
import threading

import pytest
import requests
from fixtures_web import start_live_server

from kg.settings import Settings
from kg.web.safety import scan


class _Trap:
    """A tiny HTTP server on 127.0.0.1 that counts the requests it gets (it must get none)."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(self.path)
                body = b'{"@context": {"name": "http://schema.org/name"}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/ld+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def trap():
    t = _Trap()
    yield t
    t.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, trap):
    live = start_live_server(tmp_path_factory.mktemp("security"), max_body_bytes=4096)
    yield live
    live.server.close()
    live.store.close()


def _refused(r: requests.Response, what: str) -> None:
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["error"] == "forbidden" and what in body["message"]
    assert "service_allowlist" in body["hint"]


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:1/sparql", "http://169.254.169.254/latest/meta-data/",
    "file:///etc/passwd", "http://[::1]:8000/sparql"])
def test_service_refused(server, trap, target):
    _refused(requests.get(server.sparql, params={
        "query": f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"}), "SERVICE")
    _refused(requests.get(server.sparql, params={
        "query": f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}"}), "SERVICE")


def test_service_refused_however_written(server, trap):
    for q in (
        f"PREFIX t: <{trap.url}/> SELECT * WHERE {{ SERVICE t:sparql {{ ?s ?p ?o }} }}",
        f"BASE <{trap.url}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{trap.url}/x> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{trap.url}/x> {{ ?s ?p ?o }} }}",
        f"select * where {{ service <{trap.url}/x> {{ ?s ?p ?o }} }}",
    ):
        r = requests.get(server.sparql, params={"query": q})
        assert r.status_code in (400, 403), (q, r.text)
    assert trap.hits == []


def test_service_keyword_in_strings_is_not_a_service():
    found = scan('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE <http://a/>" } # SERVICE <b:c>')
    assert found.services == []


def test_load_refused(server, trap):
    for source in ("file:///etc/passwd", "http://169.254.169.254/", trap.url + "/data.ttl"):
        r = requests.post(server.sparql, data={"update": f"LOAD <{source}>"}, headers=server.auth)
        _refused(r, "LOAD")
    assert trap.hits == []


def test_from_only_stored_graphs(server):
    _refused(requests.get(server.sparql, params={
        "query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}), "FROM")
    _refused(requests.get(server.sparql, params={
        "query": "SELECT * FROM NAMED <http://169.254.169.254/> WHERE { GRAPH ?g { ?s ?p ?o } }"}),
        "FROM")
    requests.put(server + "/data?graph=http://example.org/stored", data='<http://a/s> <http://a/p> "1" .',
                 headers={"Content-Type": "application/n-triples", **server.auth}).raise_for_status()
    r = requests.get(server.sparql, params={
        "query": "SELECT * FROM <http://example.org/stored> WHERE { ?s ?p ?o }"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 1


def test_allowlisted_service_is_reached(tmp_path, server):
    """An operator can allow an endpoint: here kg federates to another kg over 127.0.0.1."""
    live = start_live_server(tmp_path, service_allowlist=server.sparql)
    try:
        r = requests.get(live.sparql, params={
            "query": f"SELECT ?x WHERE {{ SERVICE <{server.sparql}> {{ BIND(42 AS ?x) }} }}"})
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"][0]["x"]["value"] == "42"
        _refused(requests.get(live.sparql, params={
            "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}), "SERVICE")
    finally:
        live.server.close()
        live.store.close()


def test_jsonld_remote_context_never_fetched(server, trap):
    doc = json.dumps({"@context": f"{trap.url}/context.jsonld", "@id": "http://example.org/x",
                      "name": "X"})
    r = requests.put(server + "/data?graph=http://example.org/jsonld", data=doc,
                     headers={"Content-Type": "application/ld+json", **server.auth})
    assert r.status_code == 400, r.text
    assert "context" in (r.json().get("hint") or "") + r.json()["message"]
    assert trap.hits == []
    assert requests.get(server + "/data?graph=http://example.org/jsonld").status_code == 404


def test_xml_external_entity_not_expanded(server, trap, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    for system in (secret.as_uri(), trap.url + "/entity"):
        doc = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{system}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/x"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>"""
        r = requests.put(server + "/data?graph=http://example.org/xxe", data=doc,
                         headers={"Content-Type": "application/rdf+xml", **server.auth})
        assert r.status_code in (201, 200, 400), r.text
        got = requests.get(server + "/data?graph=http://example.org/xxe",
                           headers={"Accept": "application/n-triples"})
        assert "TOP-SECRET-VALUE" not in got.text
    assert trap.hits == []


def test_update_needs_the_token(server, tmp_path):
    update = "INSERT DATA { GRAPH <http://example.org/t> { <http://a/s> <http://a/p> 1 } }"
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": server.token},
                    {"Authorization": "Basic " + server.token}):
        r = requests.post(server.sparql, data={"update": update}, headers=headers)
        assert r.status_code == 403 and r.json()["error"] == "forbidden", r.text
    r = requests.get(server.sparql, params={"query": "ASK { GRAPH <http://example.org/t> {} }"})
    assert r.json()["boolean"] is False
    # No token configured: writes are off for everyone.
    live = start_live_server(tmp_path, write_token="")
    try:
        r = requests.post(live.sparql, data={"update": update}, headers={"Authorization": "Bearer "})
        assert r.status_code == 403 and "write_token" in r.json()["hint"]
    finally:
        live.server.close()
        live.store.close()


def test_body_over_the_cap(server):
    r = requests.post(server.sparql, data="ASK {} #" + "x" * 5000,
                      headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    assert r.json()["error"] == "too_large" and r.json()["setting"] == "max_body_bytes"


def test_cors_reads_without_credentials(server):
    r = requests.get(server.sparql, params={"query": "ASK {}"},
                     headers={"Origin": "https://elsewhere.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers
    r = requests.options(server.sparql, headers={"Origin": "https://elsewhere.example",
                                                 "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204 and "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "Authorization" not in r.headers["Access-Control-Allow-Headers"]


def test_binds_localhost_by_default():
    assert Settings.from_env({}).host == "127.0.0.1"


def test_errors_are_one_json_shape_without_traces(server):
    for r in (requests.get(server + "/no/such/route"),
              requests.get(server.sparql, params={"query": "SELEC"}),
              requests.delete(server.sparql)):
        body = r.json()
        assert r.headers["Content-Type"] == "application/json"
        assert {"error", "message"} <= set(body) and "request_id" in body
        assert "Traceback" not in r.text and "File \"" not in r.text
