"""Hostile input, every class (issue #14): random and mutated records, RDF and SPARQL thrown at
`kg validate` and at a running endpoint. Whatever comes in, the answer is a kg error or a
result: never a traceback, a hang (every request has a timeout) or a crash (the server answers
afterwards), never HTTP 500.

Seeds are small valid inputs of each kind; hypothesis mutates them (bytes replaced, inserted,
deleted or repeated; nasty fragments spliced in: deep nesting, entity bombs, escapes, controls,
bidirectional overrides, ill-typed literals) or replaces a JSON value with random JSON. The
example counts keep the whole file to a few tens of seconds.
"""

from __future__ import annotations

import json

import pytest
import requests
from fixtures_web import start_live_server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
QUOTE = "Russian missiles hit Kyiv on Monday, killing two people."
RECORD = {
    "record_version": 1,
    "article": {"id": "fuzz-article", "title": "A fuzzed article", "published": "2024-07-08",
                "url": "https://kg.example.org/fuzz", "language": "en",
                "text": QUOTE + " Turkey sold drones to Poland."},
    "entities": [{"key": "place/fuzz-town", "type": "Place", "label": "Fuzz Town",
                  "part_of": "state/ukraine", "wikidata": None}],
    "facts": [{"type": "Strike", "attacker": "state/russia", "target_place": "place/kyiv",
               "killed": 2, "date": "2024-07-08", "assertion": "reported",
               "evidence": [{"quote": QUOTE, "start": 0, "end": len(QUOTE), "confidence": 0.9,
                             "extractor": "fuzz", "extractor_version": "1"}]}],
}
SEEDS = {
    ".json": json.dumps(RECORD),
    ".ttl": ("@prefix kg: <https://kg.example.org/ontology#> .\n"
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
             "<https://kg.example.org/id/place/fuzz-village> a kg:Place ; "
             "<http://www.w3.org/2000/01/rdf-schema#label> \"Fuzz Village\"@en ;\n"
             "  <http://example.org/count> \"3\"^^xsd:integer .\n"),
    ".rdf": (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ex "http://example.org/">]>\n'
             f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
             f'<rdf:Description rdf:about="&ex;s"><ex:p>text</ex:p>'
             f'<ex:q rdf:parseType="Resource"><ex:r>1</ex:r></ex:q></rdf:Description></rdf:RDF>'),
    ".jsonld": json.dumps({"@context": {"ex": "http://example.org/"}, "@id": "ex:s",
                           "ex:p": [{"@value": "x"}, {"@id": "ex:o", "ex:q": {"@value": 1}}]}),
    ".nq": '<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n',
}
QUERIES = [
    "SELECT ?s WHERE { ?s a <https://kg.example.org/ontology#Strike> } LIMIT 5",
    "ASK { ?s ?p 'x' FILTER(?p != <http://example.org/p>) }",
    "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } } LIMIT 3",
    'SELECT * WHERE { BIND("x\\u0022" AS ?a) VALUES ?v { 1 -2 3 } }',
]
UPDATES = [
    "INSERT DATA { GRAPH <http://example.org/fuzz> { <http://example.org/s> <http://example.org/p> 1 } }",
    "DELETE WHERE { GRAPH <http://example.org/fuzz> { ?s ?p ?o } }",
    "CLEAR GRAPH <http://example.org/fuzz> ; INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }",
]
NASTY = [
    "\x00", "\\u0000", '"', "'", "<", ">", "&", "\\", "\u202e", "\u200b", "\ud7ff", "\ufffd",
    "{" * 5000, "(" * 5000, "[" * 5000, "}" * 300, ")" * 300, "]" * 300,
    " UNION {}" * 1500, "&lol9;", '<!ENTITY a "&b;&b;&b;&b;">', "\\U0010FFFF", "\\ud800",
    '"abc"^^<http://www.w3.org/2001/XMLSchema#integer>', '"x"@', "_:b0", "?x", "SERVICE <http://127.0.0.1:9/>",
    "LOAD <http://127.0.0.1:9/x>", "#", "\n", "GRAPH <https://kg.example.org/graph/entities>",
    "1e999999", "-", "%00", "../../../graph/entities", "a" * 70_000,
]


@st.composite
def mutated(draw, seed: str) -> str:
    """`seed` after a few random edits."""
    text = seed
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["insert", "replace", "delete", "repeat"]))
        pos = draw(st.integers(0, len(text)))
        if op == "delete":
            end = draw(st.integers(pos, min(len(text), pos + 40)))
            text = text[:pos] + text[end:]
        elif op == "repeat":
            end = draw(st.integers(pos, min(len(text), pos + 20)))
            text = text[:pos] + text[pos:end] * draw(st.integers(2, 300)) + text[end:]
        else:
            piece = draw(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)))
            end = pos + (draw(st.integers(0, 10)) if op == "replace" else 0)
            text = text[:pos] + piece + text[end:]
    return text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10)
PATHS = [("article", "title"), ("article", "url"), ("article", "id"), ("article", "text"),
         ("entities", 0, "label"), ("entities", 0, "key"), ("facts", 0, "killed"),
         ("facts", 0, "evidence", 0, "extractor"), ("facts", 0, "evidence", 0, "start"),
         ("facts", 0, "type"), ("record_version",), ("article",), ("entities", 0)]


@st.composite
def records(draw) -> str:
    """The seed record with one value replaced by random JSON, a nasty string, or deep nesting."""
    record = json.loads(SEEDS[".json"])
    path = draw(st.sampled_from(PATHS))
    depth = draw(st.integers(0, 3000))
    value = draw(st.one_of(JSON_VALUES, st.sampled_from(NASTY), st.just("<deep>")))
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    text = json.dumps(record, ensure_ascii=draw(st.booleans()))
    return text.replace('"<deep>"', "[" * depth + "]" * depth)  # nesting JSON cannot build


def inputs():
    return st.one_of(
        st.tuples(st.just(".json"), records()),
        *[st.tuples(st.just(suffix), mutated(seed)) for suffix, seed in SEEDS.items()])


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """A store holding the ontology and gazetteer graphs (as after `kg up`), so each validation
    checks the input rather than rebuilding them."""
    from kg.loader import ensure_base_graphs
    from kg.store import EmbeddedStore

    path = tmp_path_factory.mktemp("fuzz-store") / "store"
    store = EmbeddedStore(path)
    ensure_base_graphs(store)
    store.close()
    return path


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(case=inputs())
def test_kg_validate_never_tracebacks(base_store, tmp_path_factory, capsys, case):
    suffix, text = case
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_text(text, "utf-8", errors="surrogatepass")
    with pytest.raises(SystemExit) as done:
        main(["--store", str(base_store), "validate", "--format", "json", str(path)])
        raise SystemExit(0)
    err = capsys.readouterr().err
    assert done.value.code in (0, 1, 2, 3), (done.value.code, err[-2000:])
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("fuzz-server"), query_timeout=5.0)
    yield live
    live.server.close()
    live.store.close()


def _kg_answer(r: requests.Response) -> None:
    """A result, or kg's JSON error: never a 500, never a traceback."""
    assert r.status_code != 500, r.text[:2000]
    assert "Traceback" not in r.text
    if r.status_code >= 400 and r.headers.get("Content-Type", "").startswith("application/json"):
        assert {"error", "message"} <= set(r.json())


SERVER_CASES = st.one_of(
    st.tuples(st.just("query"), st.one_of(*[mutated(q) for q in QUERIES])),
    st.tuples(st.just("update"), st.one_of(*[mutated(u) for u in UPDATES])),
    st.tuples(st.just("validate"), inputs().map(lambda case: case[1])),
    st.tuples(st.sampled_from(["text/turtle", "application/rdf+xml", "application/ld+json",
                               "application/n-quads"]),
              st.one_of(*[mutated(SEEDS[s]) for s in (".ttl", ".rdf", ".jsonld", ".nq")])),
)


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(case=SERVER_CASES)
def test_the_endpoint_never_answers_500_or_dies(server, case):
    kind, text = case
    body = text.encode("utf-8", errors="surrogatepass")
    if kind == "query":
        r = requests.post(server.sparql, data=body, timeout=60,
                          headers={"Content-Type": "application/sparql-query"})
    elif kind == "update":
        r = requests.post(server.sparql, data=body, timeout=60,
                          headers={"Content-Type": "application/sparql-update", **server.auth})
    elif kind == "validate":
        r = requests.post(server + "/validate", data={"data": body}, timeout=60)
    else:
        r = requests.put(server + "/data", params={"graph": "http://example.org/fuzz-put"},
                         data=body, timeout=60, headers={"Content-Type": kind, **server.auth})
    _kg_answer(r)


def test_the_endpoint_still_answers_after_the_fuzzing(server):
    r = requests.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 200 and "boolean" in r.json()
