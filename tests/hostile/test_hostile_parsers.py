"""Hostile input, classes 2 and 3 (issue #14): every parser kg feeds gets input it cannot
choke on. Entity bombs and deep nesting in RDF/XML, JSON nested deeper than Python's parser
recurses, SPARQL nested or chained deeper than Oxigraph's recursive parser survives: each is
refused before the parser runs, with an error that names its setting, and the server keeps
answering.

Each test is headed by what it reproduces; the data is inline.
"""

from __future__ import annotations

import json

import pytest
import requests
from fixtures_web import start_live_server
from hostile_helpers import assert_kg_error, run_kg, still_answers

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def billion_laughs(where: str = "content") -> str:
    """Ten entities, each ten copies of the one before: 3 GB of "lol" from a 1 KB document."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)]
    use = ('<ex:note>&lol9;</ex:note>' if where == "content"
           else '<ex:see rdf:resource="http://example.org/&lol9;"/>')
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{"".join(entities)}]>\n'
            f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
            f'<rdf:Description rdf:about="http://example.org/s">{use}</rdf:Description></rdf:RDF>')


def deep_rdf_xml(depth: int) -> str:
    """Property elements nested `depth` deep (rdf:parseType="Resource"): parsing time grows
    with the square of the depth (100,000 levels took 336 s of CPU)."""
    body = '<ex:p rdf:parseType="Resource">' * depth + "<ex:q>x</ex:q>" + "</ex:p>" * depth
    return (f'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
            f'<rdf:Description rdf:about="http://example.org/s">{body}</rdf:Description>'
            f'</rdf:RDF>')


def deep_json(depth: int) -> str:
    return '{"record_version": 1, "article": ' + "[" * depth + "]" * depth + "}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("parsers"))
    yield live
    live.server.close()
    live.store.close()


# --- class 2: entity bombs and deep RDF/XML --------------------------------------------------

@pytest.mark.parametrize("where", ["content", "attribute"])
def test_billion_laughs_through_validate_page_is_refused_and_the_server_lives(server, where):
    # Reproduces: billion-laughs RDF/XML on POST /validate (no token) aborted the server with
    # "memory allocation of 2400000000 bytes failed".
    r = requests.post(server + "/validate", data={"data": billion_laughs(where), "kind": "rdfxml"},
                      timeout=60)
    assert r.status_code == 413, r.text[:500]
    assert "max_xml_entity_bytes" in r.text
    still_answers(server)


def test_billion_laughs_through_graph_store_put_is_refused(server):
    # Reproduces: the same document as a Graph Store PUT aborted the server.
    r = requests.put(server + "/data", params={"graph": "http://example.org/laughs"},
                     data=billion_laughs().encode(), timeout=60,
                     headers={**server.auth, "Content-Type": "application/rdf+xml"})
    assert_kg_error(r, 413, "too_large", "max_xml_entity_bytes")
    still_answers(server)
    assert not server.store.graph_exists(__import__("pyoxigraph").NamedNode("http://example.org/laughs"))


def test_billion_laughs_through_kg_load_exits_3(tmp_path):
    # Reproduces: `kg load laughs.rdf` aborted (SIGABRT) after trying to allocate 2.4 GB.
    path = tmp_path / "laughs.rdf"
    path.write_text(billion_laughs(), "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 3, proc.stderr
    assert "max_xml_entity_bytes" in proc.stderr


def test_entities_that_expand_a_little_still_load(tmp_path):
    # Not a bomb: OWL files abbreviate namespaces with entities; they keep loading.
    path = tmp_path / "abbrev.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ex "http://example.org/">'
        '<!ENTITY note "a note">]>\n'
        f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
        '<rdf:Description rdf:about="&ex;thing"><ex:note>&note;</ex:note></rdf:Description>'
        '</rdf:RDF>', "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr


def test_rdf_xml_nested_100000_deep_is_refused_at_once(tmp_path, server):
    # Reproduces: a 4.4 MB RDF/XML nested 100,000 deep took 336 s of CPU to parse: `kg load`
    # and /validate hung. Now refused before parsing (the timeout is the hang detector).
    doc = deep_rdf_xml(100_000)
    path = tmp_path / "deep.rdf"
    path.write_text(doc, "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store", timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "max_nesting_depth" in proc.stderr and "deep.rdf:" in proc.stderr
    r = requests.put(server + "/data", params={"graph": "http://example.org/deep"},
                     data=doc.encode(), timeout=60,
                     headers={**server.auth, "Content-Type": "application/rdf+xml"})
    assert_kg_error(r, 400, "too_complex", "max_nesting_depth")


def test_5mb_of_article_text_on_validate_stops_at_the_query_time_limit(tmp_path):
    # Reproduces: 5 MB of article text pasted into /validate (no token) kept the extractor
    # busy in the server process past 60 s. It now runs in a query worker, which the query
    # time limit stops; the server answers on.
    live = start_live_server(tmp_path, query_timeout=3.0)
    try:
        text = ("Russian missiles struck Kyiv on Monday, killing two people, officials said. "
                * 70_000)[:4_900_000]
        r = requests.post(live + "/validate", data={"data": text, "kind": "text"}, timeout=120)
        assert r.status_code == 504, r.text[:300]
        assert "query_timeout" in r.text
        still_answers(live)
    finally:
        live.server.close()
        live.store.close()


# --- class 3: deep JSON -------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_100000_deep_in_kg_load_exits_3_not_recursion_error(tmp_path, suffix):
    # Reproduces: JSON nested 100,000 deep gave `RecursionError` (a traceback) in `kg load`.
    path = tmp_path / f"deep{suffix}"
    path.write_text(deep_json(100_000) + "\n", "utf-8")
    proc = run_kg("load", str(path), store=tmp_path / "store")
    assert proc.returncode == 3, proc.stderr
    assert "max_nesting_depth" in proc.stderr and str(path) in proc.stderr


def test_deep_or_broken_json_articles_in_kg_ingest_are_reported_not_a_traceback(tmp_path):
    # The same deep JSON (and a broken JSON Lines line) as `kg ingest` input: RecursionError
    # and JSONDecodeError tracebacks before; now each file is a failure the summary names.
    deep, broken = tmp_path / "deep.json", tmp_path / "broken.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    broken.write_text('{"text": "Missiles hit Kyiv."}\n{not json\n', "utf-8")
    proc = run_kg("ingest", str(deep), str(broken), store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert "max_nesting_depth" in proc.stderr and f"{broken}:2:" in proc.stderr


def test_json_nested_100000_deep_on_validate_page_is_a_400_not_a_500(server):
    # Reproduces: the same JSON pasted into /validate gave HTTP 500.
    r = requests.post(server + "/validate", data={"data": deep_json(100_000)}, timeout=60)
    assert r.status_code == 400, r.text[:300]
    assert "max_nesting_depth" in r.text
    r = requests.post(server + "/validate", data={"data": deep_json(100_000), "kind": "record"},
                      timeout=60)
    assert r.status_code == 400


def test_json_nested_100000_deep_on_the_link_api_is_a_400(server):
    # The JSON body of POST /api/link goes through the same limit (it was a 500 too).
    r = requests.post(server + "/api/link", data=deep_json(100_000).encode(), timeout=60,
                      headers={**server.auth, "Content-Type": "application/json"})
    assert r.status_code == 400, r.text[:300]
    assert "Traceback" not in r.text


# --- class 3: deep and long SPARQL --------------------------------------------------------------

DEEP_UPDATE = ("INSERT { <http://example.org/s> <http://example.org/p> ?x } WHERE { BIND("
               + "(" * 20_000 + "1" + ")" * 20_000 + " AS ?x) }")
DEEP_GROUPS = "SELECT * WHERE " + "{ " * 100_000 + "?s ?p ?o" + " }" * 100_000
UNIONS = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20_000) + " }"


def test_update_with_20000_nested_parentheses_is_a_400_and_the_server_lives(server):
    # Reproduces: this update segfaulted `kg serve` (exit 139, nothing logged): Oxigraph's
    # parser overflowed the stack of the server process.
    r = requests.post(server.sparql, data={"update": DEEP_UPDATE}, headers=server.auth, timeout=60)
    assert_kg_error(r, 400, "too_complex", "max_nesting_depth")
    still_answers(server)


@pytest.mark.parametrize("query,setting", [(DEEP_GROUPS, "max_nesting_depth"),
                                           (UNIONS, "max_query_operators")],
                         ids=["100000-groups", "20000-unions"])
def test_deep_or_long_queries_are_a_400_and_no_worker_dies(server, query, setting):
    # Reproduces: 100,000 nested groups or 20,000 UNION branches killed a query worker
    # (503 "a query worker died").
    pool = server.app.extensions["kg_endpoint"].pool
    pool.start()
    killed = pool.stats.killed
    for r in (requests.post(server.sparql, data={"query": query}, timeout=60),
              requests.post(server.sparql, data=query.encode(), timeout=60,
                            headers={"Content-Type": "application/sparql-query"})):
        assert_kg_error(r, 400, "too_complex", setting)
    assert pool.stats.killed == killed
    still_answers(server)


def test_data_blocks_do_not_count_as_operators(server):
    # Not refused: signs in a data block are data, not a chain of operators.
    values = " ".join(f"-{i}" for i in range(3000))
    r = requests.get(server.sparql, params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?x {{ {values} }} }}"},
                     timeout=60)
    assert r.status_code == 200, r.text[:300]
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "3000"


def test_kg_query_with_deep_nesting_exits_3(tmp_path):
    # The CLI runs Oxigraph in its own process: the same nesting would segfault it.
    from kg.store import EmbeddedStore

    EmbeddedStore(tmp_path / "store").close()
    path = tmp_path / "deep.rq"
    path.write_text(DEEP_GROUPS, "utf-8")
    proc = run_kg("query", "-f", str(path), store=tmp_path / "store")
    assert proc.returncode == 3 and "max_nesting_depth" in proc.stderr, proc.stderr


# --- defence in depth: an update runs in a killable worker, not in the server ------------------

@pytest.fixture
def unguarded(tmp_path):
    """A server whose nesting limits are raised out of the way, to reach the engine itself."""
    live = start_live_server(tmp_path, max_nesting_depth=10_000_000,
                             max_query_operators=10_000_000, query_timeout=3.0)
    yield live
    live.server.close()
    live.store.close()


def test_an_update_that_crashes_the_engine_costs_a_worker_not_the_server(unguarded):
    # Reproduces: with the limit out of the way, the update's stack overflow killed the server
    # process; it now kills the worker that evaluates the update, which is replaced.
    r = requests.post(unguarded.sparql, data={"update": DEEP_UPDATE}, headers=unguarded.auth,
                      timeout=60)
    assert_kg_error(r, 503, "store")
    assert "nothing was written" in r.json()["message"]
    still_answers(unguarded)


def test_a_runaway_update_is_stopped_at_the_query_time_limit(unguarded):
    # Reproduces: an update's WHERE ran in the server process with no time limit at all.
    triples = "".join(f"<http://example.org/n{i}> <http://example.org/p> {i} .\n" for i in range(200))
    r = requests.put(unguarded + "/data", params={"graph": "http://example.org/g"},
                     data=triples.encode(), headers={**unguarded.auth, "Content-Type": "text/turtle"})
    assert r.status_code in (200, 201), r.text
    runaway = ("INSERT { <http://example.org/x> <http://example.org/p> ?a } WHERE { "
               "GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?g2 ?h ?i . ?j ?k ?l . ?m ?n ?o } }")
    r = requests.post(unguarded.sparql, data={"update": runaway}, headers=unguarded.auth,
                      timeout=60)
    assert_kg_error(r, 504, "timeout", "query_timeout")
    r = requests.get(unguarded.sparql, params={"query": "ASK { <http://example.org/x> ?p ?o }"})
    assert r.json()["boolean"] is False
    still_answers(unguarded)


def test_records_nest_a_few_levels_so_the_default_limit_is_far_away(make_record):
    # The limit is not tight: a real record is far shallower than max_nesting_depth.
    from kg.limits import json_depth_exceeds

    assert not json_depth_exceeds(json.dumps(make_record()), 8)
