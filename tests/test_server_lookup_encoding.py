"""A point lookup's query string and answer over a real socket, on a real on-disk store: the
strict form decoding (kg.web.protocol.decode_params, which no longer goes through
`urllib.parse.parse_qsl`) and the JSON built for lookups (kg.web.results.json_document, which
caches IRIs' JSON) give what the standard decoding and a query worker give.
"""

from __future__ import annotations

import http.client
import json
import re
from urllib.parse import parse_qsl, quote, quote_plus

import pyoxigraph as ox
import pytest
from fixtures_web import start_live_server

EX = "http://example.org/enc/"
QUADS = [
    ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "name"), ox.Literal("a+b c/é \"q\""),
            ox.NamedNode(EX + "g")),
    ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "label"), ox.Literal("x", language="en"),
            ox.NamedNode(EX + "g")),
    ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "size"),
            ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ox.NamedNode(EX + "g")),
    ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "link"), ox.NamedNode(EX + "o%2B\u00e9"),
            ox.NamedNode(EX + "g")),
    ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "link"), ox.BlankNode("b1"),
            ox.NamedNode(EX + "g")),
]
LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }}"
PREFIXED = f"PREFIX e: <{EX}> SELECT ?o ?p {{ e:s ?p ?o }}"
NOT_A_LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o FILTER(true) }}"  # a worker answers it


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    server = start_live_server(tmp_path_factory.mktemp("enc"), query_workers=1)
    server.load_quads(QUADS)
    yield server
    server.server.close()
    server.store.close()


def get(url: str, target: str, accept: str = "application/sparql-results+json"):
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request("GET", target, headers={"Accept": accept})
        resp = conn.getresponse()
        return resp.status, resp.getheader("Server-Timing") or "", resp.read()
    finally:
        conn.close()


def bindings(body: bytes) -> list[dict]:
    doc = json.loads(body)
    return sorted(doc["results"]["bindings"], key=lambda b: json.dumps(b, sort_keys=True))


@pytest.mark.parametrize("encode", [
    lambda q: "query=" + quote_plus(q),  # spaces as +
    lambda q: "query=" + quote(q, safe=""),  # spaces as %20
    lambda q: "query=" + re.sub("%[0-9A-F]{2}", lambda m: m[0].lower(), quote(q, safe="")),
    lambda q: "&&query=" + quote_plus(q) + "&",  # empty pieces are skipped
    lambda q: "format=json&query=" + quote_plus(q),
])
def test_every_encoding_of_a_lookup_gets_the_same_answer(live, encode):
    reference = get(live, "/sparql?query=" + quote_plus(NOT_A_LOOKUP))
    assert reference[0] == 200 and "snapshot;desc=lookup" not in reference[1]
    raw = encode(LOOKUP)
    assert dict(parse_qsl(raw, keep_blank_values=True))["query"] == LOOKUP
    status, timing, body = get(live, "/sparql?" + raw)
    assert status == 200
    assert "snapshot;desc=lookup" in timing  # answered by the lookup path
    assert bindings(body) == bindings(reference[2])
    assert len(bindings(body)) == len(QUADS)


def test_a_prefixed_lookup_with_its_own_order_of_variables(live):
    status, timing, body = get(live, "/sparql?query=" + quote_plus(PREFIXED))
    assert status == 200 and "snapshot;desc=lookup" in timing
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["o", "p"]
    reference = get(live, "/sparql?query=" + quote_plus(NOT_A_LOOKUP))[2]
    assert bindings(body) == bindings(reference)


@pytest.mark.parametrize("raw", ["query=%FF", "query=SELECT%C3", "query=%E2%82"])
def test_a_query_string_that_is_not_utf8_is_refused(live, raw):
    status, _, body = get(live, "/sparql?" + raw)
    assert status == 400
    assert json.loads(body)["error"] == "bad_input"
    assert "UTF-8" in json.loads(body)["message"]
