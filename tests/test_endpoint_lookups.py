"""Point lookups answered by the web process without a query worker (kg.web.lookups).

The real app over a real socket on a real on-disk store (`start_live_server`). Which path
answered is read from `Server-Timing` (`snapshot;desc=lookup` for the web process, `memory` or
`disk` for a worker). Every answer is compared with Oxigraph's own evaluation of the same query
over the same quads (the union default graph, as kg queries it), so the lookup path cannot
drift from what a worker would say.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server, view_of

from kg.namespaces import PREFIXES
from kg.web.lookup_query import MAX_QUERY_CHARS, parse_lookup

EX = "http://example.org/look/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_VALUES = " ".join(str(i) for i in range(1000))
SLOW = (f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} "
        f"VALUES ?c {{ {_VALUES} }} }}")


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def sample_quads() -> list[ox.Quad]:
    """One subject with every kind of value, in two named graphs and the default graph (the
    union default graph answers a triple once per graph holding it), and a busy subject."""
    g1, g2 = n("g1"), n("g2")
    s = n("s")
    quads = [
        ox.Quad(s, ox.NamedNode(RDF_TYPE), n("Thing"), g1),
        ox.Quad(s, ox.NamedNode(RDF_TYPE), n("Thing"), g2),  # the same triple in another graph
        ox.Quad(s, n("name"), ox.Literal("Zeta, \"quoted\"\nline"), g1),
        ox.Quad(s, n("name"), ox.Literal("Zeta", language="de"), g1),
        ox.Quad(s, n("value"), ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")), g2),
        ox.Quad(s, n("knows"), n("t"), ox.DefaultGraph()),
        ox.Quad(s, n("ref"), ox.BlankNode("b1"), g1),
        ox.Quad(s, n("said"), ox.Triple(n("t"), n("knows"), n("s")), g2),
        ox.Quad(n("t"), n("name"), ox.Literal("Tau"), g1),
    ]
    quads += [ox.Quad(n("busy"), n("has"), n(f"item{i}"), g1) for i in range(40)]
    return quads


LOOKUPS = [
    f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }}",
    f"select * {{ <{EX}s> ?p ?o . }}",
    f"SELECT * {{ <{EX}s> ?zeta ?alpha }}",
    f"PREFIX ex: <{EX}> SELECT ?o WHERE {{ ex:s a ?o }}",
    f"PREFIX ex: <{EX}>\nSELECT ?p WHERE {{ ex:s ?p ex:t }}",
    f"PREFIX ex: <{EX}> SELECT ?o ?nothing WHERE {{ ex:s ex:name ?o }}",
    f"SELECT $o {{ <{EX}s> <{EX}value> $o }} LIMIT 1",
    f"SELECT ?p ?o WHERE {{ <{EX}nobody> ?p ?o }}",
    f"SELECT * WHERE {{ <{EX}busy> <{EX}has> ?o }}",
]


def rows_of(resp: requests.Response, fmt: str) -> tuple[list, list]:
    """(variables, sorted rows) of a SELECT answer in `fmt`, values as text; blank node labels
    are the store's own, so every one reads `_:`."""
    if fmt == "json":
        data = resp.json()
        for b in data["results"]["bindings"]:
            for value in b.values():
                if value["type"] == "bnode":
                    value["value"] = "_:"
        return data["head"]["vars"], sorted(json.dumps(b, sort_keys=True)
                                            for b in data["results"]["bindings"])
    if fmt == "csv":
        table = list(csv.reader(io.StringIO(resp.text)))
    else:
        table = [line.split("\t") for line in resp.text.splitlines()]
    return table[0], sorted(tuple(_label(c) for c in r) for r in table[1:])


def _label(cell: str | None) -> str | None:
    return "_:" if cell is not None and cell.startswith("_:") else cell


ACCEPT = {"json": "application/sparql-results+json", "csv": "text/csv",
          "tsv": "text/tab-separated-values"}



@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """The same quads behind the lookup path (at most 20 rows) and behind workers only."""
    made = []
    for name, rows in (("lookups", 20), ("workers", 0)):
        live = start_live_server(tmp_path_factory.mktemp(name), query_workers=1,
                                 lookup_max_rows=rows)
        live.load_quads(sample_quads())
        made.append(live)
    yield made
    for live in made:
        live.server.close()
        live.store.close()


@pytest.fixture(scope="module")
def oxigraph():
    store = ox.Store()
    store.extend(sample_quads())
    return store


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
@pytest.mark.parametrize("query", LOOKUPS)
def test_a_lookup_answers_as_a_worker_and_oxigraph_do(servers, oxigraph, query, fmt):
    looked, worked = (requests.get(s.sparql, params={"query": query},
                                   headers={"Accept": ACCEPT[fmt]}) for s in servers)
    assert looked.status_code == worked.status_code == 200, (looked.text, worked.text)
    busy = "busy" in query  # 40 rows: more than the lookup path takes, so a worker answers
    assert view_of(looked) in (("memory", "disk") if busy else ("lookup",))
    assert view_of(worked) in ("memory", "disk")
    assert looked.headers["Content-Type"] == worked.headers["Content-Type"]
    assert rows_of(looked, fmt) == rows_of(worked, fmt)
    if fmt == "json":
        expected = oxigraph.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
        names = [v.value for v in expected.variables]
        want = sorted(tuple(None if row[v] is None else _label(str(row[v])) for v in names)
                      for row in expected)
        assert rows_of(looked, fmt)[0] == names
        got = requests.get(servers[0].sparql, params={"query": query},
                           headers={"Accept": "text/tab-separated-values"})
        assert [tuple(c or None for c in r) for r in rows_of(got, "tsv")[1]] == want
        assert int(looked.headers["KG-Result-Rows"]) == len(want)


def test_a_limited_lookup_gives_that_many_of_the_answers(servers):
    whole = requests.get(servers[0].sparql, params={"query": LOOKUPS[0]},
                         headers={"Accept": ACCEPT["json"]})
    cut = requests.get(servers[0].sparql, params={"query": LOOKUPS[0] + " LIMIT 3"},
                       headers={"Accept": ACCEPT["json"]})
    assert view_of(cut) == "lookup"
    some, every = rows_of(cut, "json")[1], rows_of(whole, "json")[1]
    assert len(some) == 3 and len(every) == 8 and set(some) <= set(every)


@pytest.mark.parametrize("query", [
    f"SELECT ?p ?p2 WHERE {{ <{EX}s> ?p ?o FILTER(?o != 1) }}",  # a filter
    f"SELECT ?p WHERE {{ <{EX}s> ?p ?p }}",  # a variable twice
    f"SELECT ?p WHERE {{ <{EX}s> ?p $p }}",  # the same variable, other sigil
    f"SELECT DISTINCT ?p WHERE {{ <{EX}s> ?p ?o }}",
    f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }} ORDER BY ?p",
    f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }} OFFSET 2",
    f"SELECT ?s WHERE {{ ?s ?p <{EX}t> }}",  # no fixed subject
    f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o # a comment\n}}",
    f"SELECT ?p ?o FROM <{EX}g1> WHERE {{ <{EX}s> ?p ?o }}",
    f"SELECT ?o WHERE {{ <{EX}s> A ?o }}",  # `a` is lower case only: a syntax error
])
def test_other_queries_go_to_a_worker(servers, query):
    r = requests.get(servers[0].sparql, params={"query": query},
                     headers={"Accept": "application/sparql-results+json"})
    assert view_of(r) in ("memory", "disk", None), r.headers
    assert view_of(r) != "lookup"
    if " A " in query:
        assert r.status_code == 400 and "syntax" in r.text.lower()


def test_a_protocol_dataset_goes_to_a_worker(servers):
    r = requests.get(servers[0].sparql, params={"query": LOOKUPS[0],
                                                "default-graph-uri": EX + "g1"},
                     headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and view_of(r) != "lookup"
    names = {b["p"]["value"] for b in r.json()["results"]["bindings"]}
    assert EX + "value" not in names  # only g1's triples


def test_an_undeclared_prefix_is_the_workers_error(servers):
    looked, worked = (requests.get(s.sparql, params={"query": "SELECT ?o WHERE { nope:s ?p ?o }"})
                      for s in servers)
    assert looked.status_code == worked.status_code == 400
    assert looked.json()["message"] == worked.json()["message"]


def test_a_write_is_seen_by_the_next_lookup(tmp_path):
    live = start_live_server(tmp_path, query_workers=1)
    try:
        live.load_quads([ox.Quad(n("w"), n("v"), ox.Literal("1"), n("g"))])
        q = f"SELECT ?o WHERE {{ <{EX}w> <{EX}v> ?o }}"
        first = requests.get(live.sparql, params={"query": q}, headers={"Accept": "text/csv"})
        assert view_of(first) == "lookup" and first.text.split() == ["o", "1"]
        live.load_quads([ox.Quad(n("w"), n("v"), ox.Literal("2"), n("g"))])
        second = requests.get(live.sparql, params={"query": q}, headers={"Accept": "text/csv"})
        assert view_of(second) == "lookup" and sorted(second.text.split()[1:]) == ["1", "2"]
    finally:
        live.server.close()
        live.store.close()


def test_lookups_answer_while_every_worker_is_busy(tmp_path):
    """The one worker runs a query until the time limit kills it; lookups need no worker."""
    live = start_live_server(tmp_path, query_workers=1, query_threads=1, query_timeout=4.0)
    try:
        live.load_quads(sample_quads())
        ok = requests.get(live.sparql, params={"query": LOOKUPS[0]})  # the view is open
        assert ok.status_code == 200
        slow: list[requests.Response] = []
        thread = threading.Thread(target=lambda: slow.append(
            requests.get(live.sparql, params={"query": SLOW}, timeout=60)))
        thread.start()
        deadline = time.monotonic() + 10
        while live.app.extensions["kg_endpoint"].started_pool._idle.qsize() and \
                time.monotonic() < deadline:
            time.sleep(0.01)  # until the slow query holds the worker
        answers = [requests.get(live.sparql, params={"query": LOOKUPS[0]}, timeout=3)
                   for _ in range(5)]
        thread.join(60)
        assert [a.status_code for a in answers] == [200] * 5
        assert {view_of(a) for a in answers} == {"lookup"}
        assert slow and slow[0].status_code == 504  # the time limit still holds for the rest
    finally:
        live.server.close()
        live.store.close()


@pytest.mark.parametrize("query", [
    f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }}",
    f"select ?o where {{ <{EX}s> a ?o }} limit 10",
    f"PREFIX ex: <{EX}> PREFIX : <{EX}x/> SELECT * {{ ex:s :p ?o }}",
    "SELECT ?o { schema:s schema:name ?o }",  # kg's predeclared prefixes
])
def test_the_lookup_shape(query):
    assert parse_lookup(query) is not None


@pytest.mark.parametrize("query", [
    "SELECT ?o WHERE { <relative> ?p ?o }",
    f"SELECT ?o WHERE {{ <{EX}\\u0073> ?p ?o }}",  # an escape
    f"SELECT ?o WHERE {{ <{EX}s> ?p \"literal\" }}",
    "SELECT ?o WHERE { _:b ?p ?o }",
    f"SELECT ?o WHERE {{ <{EX}s> ?p ?o . <{EX}t> ?p ?o }}",
    f"SELECT ?o ?o WHERE {{ <{EX}s> ?p ?o }}",
    f"ASK {{ <{EX}s> ?p ?o }}",
    f"SELECT ?o WHERE {{ <{EX}s> ?p ?o }} LIMIT 1 OFFSET 1",
    f"SELECT ?o WHERE {{ <{EX}s> ?p ?o }}" + " " * MAX_QUERY_CHARS,
])
def test_not_the_lookup_shape(query):
    assert parse_lookup(query) is None


def test_metrics_count_lookups_answered_and_handed_on(servers):
    live = servers[0]
    before = _lookup_metrics(live)
    requests.get(live.sparql, params={"query": LOOKUPS[0]})
    requests.get(live.sparql, params={"query": f"SELECT ?o WHERE {{ <{EX}busy> <{EX}has> ?o }}"})
    after = _lookup_metrics(live)
    assert after["answered"] == before["answered"] + 1
    assert after["handed_on"] == before["handed_on"] + 1


def _lookup_metrics(live) -> dict[str, float]:
    out = {"answered": 0.0, "handed_on": 0.0}
    for line in requests.get(live + "/metrics").text.splitlines():
        if line.startswith("kg_lookups{"):
            outcome = line.split('outcome="', 1)[1].split('"', 1)[0]
            out[outcome] = float(line.rsplit(" ", 1)[1])
    return out
