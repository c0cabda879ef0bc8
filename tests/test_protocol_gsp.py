"""The W3C Graph Store Protocol cases (w3c/rdf-tests sparql/sparql11/graph-store-protocol/
manifest.ttl), one test per case, at /data (the manifest's `/gsp`), over a real socket.

Graph isomorphism of the answers is checked with rdflib's `isomorphic` (blank nodes)."""

from __future__ import annotations

import pytest
import requests
from fixtures_web import start_live_server
from rdflib import Graph
from rdflib.compare import isomorphic

PREFIXES = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix v: <http://www.w3.org/2006/vcard/ns#> .\n"
TTL = {"Content-Type": "text/turtle; charset=utf-8"}


def person(name: str, subject: str = "<http://www.example/gsp/person/1>", prop: str = "v:fn") -> str:
    return PREFIXES + f'{subject} a foaf:Person; foaf:businessCard [ a v:VCard; {prop} "{name}" ].\n'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("gsp"))
    yield live
    live.server.close()
    live.store.close()


def same_graph(resp: requests.Response, expected_ttl: str) -> bool:
    assert resp.status_code == 200, resp.text
    assert resp.headers["Content-Type"] == "text/turtle; charset=utf-8"
    got = Graph().parse(data=resp.text, format="turtle")
    want = Graph().parse(data=expected_ttl, format="turtle")
    return isomorphic(got, want)


def test_put_get_repeat(server):
    url = server + "/data/person/1.ttl"
    r = requests.put(url, data=person("John Doe"), headers={**TTL, **server.auth})
    assert r.status_code == 201, r.text
    r = requests.get(server + "/data", params={"graph": url}, headers={"Accept": "text/turtle"})
    assert same_graph(r, person("John Doe"))
    r = requests.put(server + "/data", params={"graph": url}, data=person("Jane Doe"),
                     headers={**TTL, **server.auth})
    assert r.status_code in (200, 204)
    r = requests.get(url, headers={"Accept": "text/turtle"})
    assert same_graph(r, person("Jane Doe"))


def test_put_get_default(server):
    body = person("Alice", subject="[]", prop="v:given-name")
    r = requests.put(server + "/data?default", data=body, headers={**TTL, **server.auth})
    assert r.status_code in (200, 204), r.text
    r = requests.get(server + "/data?default", headers={"Accept": "text/turtle"})
    assert same_graph(r, body)


def test_put_delete_get_delete(server):
    url = server + "/data/person/2.ttl"
    body = person("Alice", subject="[]", prop="v:given-name")
    r = requests.put(url, data=body, headers={**TTL, **server.auth})
    assert r.status_code in (200, 201, 204)
    assert requests.delete(url, headers=server.auth).status_code in (200, 204)
    assert requests.get(url).status_code == 404
    assert requests.delete(url, headers=server.auth).status_code in (404, 200, 204)


def test_post_get_post_get(server):
    url = server + "/data/person/3.ttl"
    subject = "<http://www.example/gsp/person/1>"
    r = requests.post(url, data=person("Jane Doe"), headers={**TTL, **server.auth})
    assert r.status_code in (200, 201, 204), r.text
    assert same_graph(requests.get(url, headers={"Accept": "text/turtle"}), person("Jane Doe"))
    files = {
        "lastName.ttl": ("lastName.ttl", f'@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n'
                         f'{subject} foaf:familyName "Doe" .\n', "text/turtle; charset=utf-8"),
        "firstName.ttl": ("firstName.ttl", f'@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n'
                          f'{subject} foaf:givenName "Jane" .\n', "text/turtle; charset=utf-8"),
    }
    r = requests.post(url, files=files, headers=server.auth)
    assert r.status_code in (200, 204), r.text
    expected = PREFIXES + (f'{subject} a foaf:Person; foaf:givenName "Jane"; foaf:familyName "Doe"; '
                           f'foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ] .\n')
    assert same_graph(requests.get(url, headers={"Accept": "text/turtle"}), expected)


def test_post_get_new_graph(server):
    body = person("Alice", subject="[]", prop="v:given-name")
    r = requests.post(server + "/data", data=body, headers={**TTL, **server.auth})
    assert r.status_code == 201, r.text
    location = r.headers["Location"]
    r = requests.get(server + "/data", params={"graph": location}, headers={"Accept": "text/turtle"})
    assert same_graph(r, body)


def test_head_existing(server):
    url = server + "/data/person/4.ttl"
    r = requests.put(url, data=person("John Doe"), headers={**TTL, **server.auth})
    assert r.status_code in (200, 201, 204)
    r = requests.head(url, headers={"Accept": "text/turtle; charset=utf-8"})
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert r.content == b""


def test_head_non_existing(server):
    r = requests.head(server + "/data/person/404.ttl", headers={"Accept": "text/turtle; charset=utf-8"})
    assert r.status_code == 404


# --- beyond the manifest ---------------------------------------------------------------------

def test_graph_store_writes_need_the_token(server):
    url = server + "/data/person/5.ttl"
    for method in ("put", "post"):
        r = getattr(requests, method)(url, data=person("X"), headers=TTL)
        assert r.status_code == 403 and r.json()["error"] == "forbidden"
    r = requests.put(url, data=person("X"), headers={**TTL, "Authorization": "Bearer wrong"})
    assert r.status_code == 403
    assert requests.delete(server + "/data/person/1.ttl").status_code == 403
    assert requests.get(url).status_code == 404


def test_graph_store_formats_and_errors(server):
    url = server + "/data/person/6.ttl"
    nt = '<http://www.example/a> <http://www.example/p> "x" .\n'
    r = requests.put(url, data=nt, headers={"Content-Type": "application/n-triples", **server.auth})
    assert r.status_code == 201
    for accept in ("application/n-triples", "application/ld+json", "application/rdf+xml",
                   "application/trig", "application/n-quads"):
        r = requests.get(url, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
    assert requests.get(url, headers={"Accept": "image/png"}).status_code == 406
    r = requests.put(url, data="<a> <b> .", headers={"Content-Type": "text/turtle", **server.auth})
    assert r.status_code == 400 and r.json()["error"] == "rdf_syntax"
    r = requests.put(url, data=nt, headers={"Content-Type": "application/pdf", **server.auth})
    assert r.status_code == 415
    listing = requests.get(server + "/data").json()["graphs"]
    assert url in listing
