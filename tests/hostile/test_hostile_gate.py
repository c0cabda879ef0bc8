"""Hostile input, class 4 (issue #14): the SHACL gate walked around by removing shared data.

The gate checked only what a write adds. A TriG file naming kgg:entities or kgg:gazetteer
replaced that graph (140 -> 1 and 4,086 -> 1 quads) and `kg load` exited 0; `DROP GRAPH
kgg:entities`, a Graph Store PUT over it, or `DELETE DATA` of `place/dnipro a kg:Place` were
accepted, and afterwards facts pointed at untyped entities. Now kg-managed graphs are written
only by the commands that own them, and the gate judges again every node whose shapes read a
triple a write removes.

Each test is headed by what it reproduces; the data is inline.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import requests
from hostile_helpers import assert_kg_error, run_kg

from kg import namespaces as ns

KG, KGID, KGG = ns.KG, ns.ID, ns.GRAPH
PLACES_TTL = f"""@prefix kg: <{KG}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{KGID}place/test-town> a kg:Place ; rdfs:label "Test Town" .
"""
PLACES_WITHOUT_TYPE = f"""@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{KGID}place/test-town> rdfs:label "Test Town" .
"""
PLACES = f"{KGG}source/places"
TYPE_TRIPLE = f"<{KGID}place/test-town> a <{KG}Place>"


def strike_on_test_town(make_record) -> dict:
    """A record whose strike targets place/test-town, which only places.ttl describes."""
    record = make_record(article_id="town-strike")
    record["facts"][0]["target_place"] = "place/test-town"
    return record


@pytest.fixture
def loaded(live_server, tmp_path, make_record):
    """A server whose store holds places.ttl (typing place/test-town) and a strike on it."""
    places = tmp_path / "places.ttl"
    places.write_text(PLACES_TTL, "utf-8")
    record = tmp_path / "strike.json"
    record.write_text(json.dumps(strike_on_test_town(make_record)), "utf-8")
    live_server.load(places)
    live_server.load(record)
    return live_server


def count(server, graph: str) -> int:
    r = requests.get(server.sparql, params={
        "query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def typed(server) -> bool:
    r = requests.get(server.sparql, params={"query": f"ASK {{ {TYPE_TRIPLE} }}"})
    return r.json()["boolean"]


def update(server, text: str) -> requests.Response:
    return requests.post(server.sparql, data={"update": text}, headers=server.auth, timeout=60)


# --- removals are judged by what depends on them -----------------------------------------------

@pytest.mark.parametrize("how", ["drop", "delete-data", "gsp-delete", "gsp-put", "clear"])
def test_removing_the_type_a_strike_depends_on_is_refused(loaded, how):
    # Reproduces: removing the only type of a place a strike targets was accepted (the gate
    # checked what a write adds, and judged it with the store's old content as context).
    if how == "drop":
        r = update(loaded, f"DROP GRAPH <{PLACES}>")
    elif how == "clear":
        r = update(loaded, f"CLEAR GRAPH <{PLACES}>")
    elif how == "delete-data":
        r = update(loaded, f"DELETE DATA {{ GRAPH <{PLACES}> {{ {TYPE_TRIPLE} }} }}")
    elif how == "gsp-delete":
        r = requests.delete(loaded + "/data", params={"graph": PLACES}, headers=loaded.auth)
    else:
        r = requests.put(loaded + "/data", params={"graph": PLACES}, data=PLACES_WITHOUT_TYPE.encode(),
                         headers={**loaded.auth, "Content-Type": "text/turtle"})
    body = assert_kg_error(r, 422, "validation_failed")
    # the strike, and the resolved event that carries its place (kgg:events), depend on the type
    violations = [res for res in body["report"]["results"] if res["severity"] == "Violation"]
    (v,) = [res for res in violations if "town-strike" in res["focus"]]
    assert v["path"] == f"<{KG}targetPlace>" and v["value"] == f"<{KGID}place/test-town>"
    assert "depends on triples the write removes" in v["source"]
    assert all(res["focus"] == v["focus"] or res["focus"].startswith(f"<{KGID}event/")
               for res in violations), violations
    assert typed(loaded)


def test_reloading_a_file_without_the_type_is_refused(loaded, tmp_path):
    # Reproduces: `kg load` of places.ttl again, now without the type, replaced its graph
    # and left the strike pointing at an untyped place.
    places = tmp_path / "reload" / "places.ttl"
    places.parent.mkdir()
    places.write_text(PLACES_WITHOUT_TYPE, "utf-8")
    loaded.server.close()  # kg load needs the store to itself
    loaded.store.close()
    proc = run_kg("load", "--format", "json", str(places), store=tmp_path / "live-store")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    violations = [r for r in report["results"] if r["severity"] == "Violation"]
    # the strike's place, and the same place on the resolved event that carries it
    assert {r["path"] for r in violations} == {f"<{KG}targetPlace>"}
    assert [r for r in violations if "town-strike" in r["focus"]]
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "live-store", read_only=True)
    assert ox.Quad(ox.NamedNode(f"{KGID}place/test-town"), ns.rdf.type, ns.kg.Place,
                   ox.NamedNode(PLACES)) in store.oxigraph
    store.close()


def test_removals_nothing_depends_on_are_accepted(loaded):
    # Not refused: a label nothing needs, and a type another graph still holds.
    other = "http://example.org/also-places"
    r = requests.put(loaded + "/data", params={"graph": other}, data=PLACES_TTL.encode(),
                     headers={**loaded.auth, "Content-Type": "text/turtle"})
    assert r.status_code == 201, r.text
    r = update(loaded, f"DROP GRAPH <{PLACES}>")
    assert r.status_code == 200, r.text
    assert typed(loaded)
    r = update(loaded, f"INSERT DATA {{ GRAPH <{other}> {{ <http://example.org/x> "
                       f"<http://example.org/note> 'n' }} }}")
    assert r.status_code == 200
    r = update(loaded, f"DELETE DATA {{ GRAPH <{other}> {{ <http://example.org/x> "
                       f"<http://example.org/note> 'n' }} }}")
    assert r.status_code == 200, r.text


def test_the_shapes_read_no_further_than_the_gate_looks():
    # The removal check follows DEPENDENCY_HOPS steps back from what a write removes: no shape
    # may read further, nor along an inverse path (the check does not follow those).
    from kg.gate import DEPENDENCY_HOPS
    from kg.validate import default_shapes

    for c in default_shapes().constraints:
        if c.path is not None:
            assert "^" not in c.path, c
            assert len(c.path.split(">/")) <= DEPENDENCY_HOPS, c


# --- kg-managed graphs ---------------------------------------------------------------------------

@pytest.mark.parametrize("graph", ["entities", "gazetteer", "ontology", "curation", "events"])
def test_a_trig_file_naming_a_managed_graph_is_refused(tmp_path, make_record, graph):
    # Reproduces: a TriG file naming kgg:entities or kgg:gazetteer replaced that graph
    # (140 -> 1 and 4,086 -> 1 quads) and `kg load` exited 0.
    store = tmp_path / "store"
    record = tmp_path / "r.json"
    record.write_text(json.dumps(make_record(entities=[
        {"key": "place/test-town", "type": "Place", "label": "Test Town", "wikidata": None}])), "utf-8")
    assert run_kg("load", str(record), store=store).returncode == 0
    before = run_kg("stats", "--format", "json", store=store).stdout
    trig = tmp_path / "takeover.trig"
    trig.write_text(f"<{KGG}{graph}> {{ <http://example.org/s> <http://example.org/p> 1 . }}\n",
                    "utf-8")
    proc = run_kg("load", str(trig), store=store)
    assert proc.returncode == 2, proc.stderr
    assert f"{KGG}{graph}" in proc.stderr and "managed" in proc.stderr
    assert run_kg("stats", "--format", "json", store=store).stdout == before


@pytest.mark.parametrize("request_kind", [
    "drop-entities", "put-entities", "delete-gazetteer-type", "gsp-delete-curation",
    "insert-ontology", "post-entities", "delete-where-any-graph", "put-events"])
def test_endpoint_writes_to_managed_graphs_are_403(live_server, make_record, tmp_path, request_kind):
    # Reproduces: `DROP GRAPH kgg:entities`, a Graph Store PUT over it, or `DELETE DATA` of
    # `place/dnipro a kg:Place` were accepted.
    record = tmp_path / "r.json"
    record.write_text(json.dumps(make_record(entities=[
        {"key": "place/test-town", "type": "Place", "label": "Test Town", "wikidata": None}])), "utf-8")
    live_server.load(record)
    entities, gaz = count(live_server, f"{KGG}entities"), count(live_server, f"{KGG}gazetteer")
    ttl = {**live_server.auth, "Content-Type": "text/turtle"}
    triple = "<http://example.org/s> <http://example.org/p> 1 ."
    if request_kind == "drop-entities":
        r = update(live_server, f"DROP GRAPH <{KGG}entities>")
    elif request_kind == "put-entities":
        r = requests.put(live_server + "/data", params={"graph": f"{KGG}entities"},
                         data=triple.encode(), headers=ttl)
    elif request_kind == "post-entities":
        r = requests.post(live_server + "/data", params={"graph": f"{KGG}entities"},
                          data=triple.encode(), headers=ttl)
    elif request_kind == "delete-gazetteer-type":
        r = update(live_server, f"DELETE DATA {{ GRAPH <{KGG}gazetteer> {{ "
                                f"<{KGID}place/dnipro> a <{KG}Place> }} }}")
    elif request_kind == "gsp-delete-curation":
        requests.post(live_server + "/api/link", json={"entity": "place/test-town", "none": True,
                                                        "who": "analyst"}, headers=live_server.auth)
        r = requests.delete(live_server + "/data", params={"graph": f"{KGG}curation"},
                            headers=live_server.auth)
    elif request_kind == "put-events":  # resolved events are written by event resolution only
        r = requests.put(live_server + "/data", params={"graph": f"{KGG}events"},
                         data=triple.encode(), headers=ttl)
    elif request_kind == "insert-ontology":
        r = update(live_server, f"INSERT DATA {{ GRAPH <{KGG}ontology> {{ {triple} }} }}")
    else:
        r = update(live_server, f"DELETE {{ GRAPH ?g {{ ?s a <{KG}Place> }} }} "
                                f"WHERE {{ GRAPH ?g {{ ?s a <{KG}Place> }} }}")
    body = assert_kg_error(r, 403, "forbidden")
    assert "managed by kg" in body["message"]
    assert count(live_server, f"{KGG}entities") == entities
    assert count(live_server, f"{KGG}gazetteer") == gaz


def test_clear_all_leaves_managed_graphs_and_says_so(live_server, make_record, tmp_path):
    # CLEAR ALL resets everything a client may write; the managed graphs stay as they were.
    record = tmp_path / "r.json"
    record.write_text(json.dumps(make_record()), "utf-8")
    live_server.load(record)
    gaz = count(live_server, f"{KGG}gazetteer")
    r = update(live_server, "CLEAR ALL")
    assert r.status_code == 200, r.text
    assert f"{KGG}gazetteer" in r.json()["kept"]
    assert count(live_server, f"{KGG}gazetteer") == gaz
    assert count(live_server, f"{KGG}article/test-article") == 0


def test_the_owning_commands_still_write_their_graphs(live_server, make_record, tmp_path):
    # POST /api/link (like `kg link`) owns kgg:curation and still writes it.
    record = tmp_path / "r.json"
    record.write_text(json.dumps(make_record()), "utf-8")
    live_server.load(record)  # kg link links only entities the store holds
    r = requests.post(live_server + "/api/link", json={"entity": "place/kyiv", "qid": "Q1899",
                                                        "who": "analyst"}, headers=live_server.auth)
    assert r.status_code == 200, r.text
    assert count(live_server, f"{KGG}curation") > 0
