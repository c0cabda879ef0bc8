"""Query workers on an in-memory snapshot of the store (setting query_snapshot_max_quads).

The real app over a real socket on a real on-disk store (`start_live_server`). Which view answered
a query is read from the response's `Server-Timing` (`snapshot;desc=memory|disk`); the workers'
states from /healthz and /metrics. Every wait is a bounded poll.
"""

from __future__ import annotations

import json
import threading
import time

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server, view_of

from kg.store.embedded import read_only_view
from kg.web.evaluation import Answer
from kg.web.pool import SNAPSHOT_KEY
from kg.web.snapshot_limit import (BYTES_PER_QUAD, FALLBACK_QUADS, SnapshotLimit, mem_available,
                                   snapshot_limit)

EX = "http://example.org/snap/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_VALUES = " ".join(str(i) for i in range(1000))
SLOW = (f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} "
        f"VALUES ?c {{ {_VALUES} }} }}")
# a query that keeps a worker busy long enough for a second client's query to go to the other
SLOWISH = (f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} }}")


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def sample_quads() -> list[ox.Quad]:
    """Data whose copy is easy to get subtly wrong: blank nodes (as subject, object and graph
    name, which a plain N-Quads reload would rename), typed and language literals, the
    characters `_:` inside a literal and an IRI, a triple term."""
    g1, g2 = n("g1"), n("g2")
    quads = []
    for i in range(30):
        s = n(f"e{i}")
        quads += [ox.Quad(s, ox.NamedNode(RDF_TYPE), n(f"Type{i % 3}"), g1),
                  ox.Quad(s, n("value"), ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer")), g1),
                  ox.Quad(s, n("knows"), n(f"e{(i * 7 + 1) % 30}"), g2)]
    b1, b2, bg = ox.BlankNode("b1"), ox.BlankNode("b2"), ox.BlankNode("bgraph")
    quads += [
        ox.Quad(b1, n("label"), ox.Literal("ein Knoten", language="de"), g1),
        ox.Quad(n("e1"), n("ref"), b1, g2),
        ox.Quad(b1, n("next"), b2, bg),
        ox.Quad(b2, n("label"), ox.Literal("in the default graph"), ox.DefaultGraph()),
        ox.Quad(n("e2"), n("note"), ox.Literal("not a blank node: _:b1"), g2),
        ox.Quad(n("odd_:iri"), n("value"), ox.Literal("2.5", datatype=ox.NamedNode(XSD + "decimal")), g2),
        ox.Quad(n("e3"), n("said"), ox.Triple(n("e4"), n("knows"), n("e5")), g2),
    ]
    return quads



def ask(live, query: str, **headers) -> requests.Response:
    r = requests.get(live.sparql, params={"query": query}, headers=headers)
    assert r.status_code == 200, r.text
    return r


def wait_for_view(live, want: str, query: str = "ASK { ?s ?p ?o }", timeout: float = 15.0):
    """Query until a response says it ran on `want` (bounded); return that response."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        r = ask(live, query)
        seen.append(view_of(r))
        if seen[-1] == want:
            return r
        time.sleep(0.02)
    raise AssertionError(f"no query ran on {want} within {timeout} s: {seen[-10:]}")


def healthz_snapshot(live) -> dict:
    r = requests.get(live + "/healthz")
    assert r.status_code == 200
    return r.json()["query_snapshot"]


def metric(live, name: str) -> float:
    for line in requests.get(live + "/metrics").text.splitlines():
        if not line.startswith("#") and line.rsplit(" ", 1)[0] == name:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no metric {name}")


def serve(tmp_path_factory, name: str, **settings):
    live = start_live_server(tmp_path_factory.mktemp(name), **settings)
    # straight into pyoxigraph: `extend` keeps blank node labels, so both servers of `pair` hold
    # the very same quads (a load through N-Quads would give fresh labels)
    live.store.oxigraph.extend(sample_quads())
    live.store.oxigraph.add_graph(n("empty"))  # a named graph without quads
    live.app.extensions["kg_endpoint"].after_write()
    live.app.extensions["kg_endpoint"].warm_up()
    return live


def stop(live) -> None:
    live.server.close()
    live.store.close()


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The same data served twice: from memory snapshots (the default) and always from disk."""
    mem = serve(tmp_path_factory, "snap-mem", query_workers=1)
    disk = serve(tmp_path_factory, "snap-disk", query_workers=1, query_snapshot_max_quads=0)
    yield mem, disk
    stop(mem)
    stop(disk)


# --- the copy itself ------------------------------------------------------------------------------

def test_the_copy_holds_exactly_the_disk_views_quads_and_graphs(tmp_path):
    from kg.web.snapshot import copy_to_memory, count_quads

    path = str(tmp_path / "store")
    rw = ox.Store(path)
    rw.extend(sample_quads())
    rw.add_graph(n("empty"))
    rw.add_graph(ox.BlankNode("empty-bnode-graph"))
    rw.flush()
    disk = ox.Store.read_only(path)
    mem = copy_to_memory(disk)
    assert set(mem) == set(disk)  # same blank node labels too
    assert set(mem.named_graphs()) == set(disk.named_graphs())
    assert n("empty") in set(mem.named_graphs())
    total = len(set(disk))
    assert count_quads(disk, 1_000) == total
    assert count_quads(disk, total) == total
    assert count_quads(disk, total - 1) == total  # limit + 1: "more than the limit"
    assert count_quads(disk, 5) == 6


def test_a_copy_of_a_generation_that_moved_on_is_discarded(tmp_path, monkeypatch):
    """The swap happens only if the generation did not move on during the copy; the copy is
    then rebuilt for the new generation."""
    from kg.web import snapshot

    path = str(tmp_path / "store")
    rw = ox.Store(path)
    rw.add(ox.Quad(n("a"), n("p"), ox.Literal("old")))
    rw.flush()
    started = [threading.Event(), threading.Event()]
    release = [threading.Event(), threading.Event()]
    calls = []
    real_copy = snapshot.copy_to_memory

    def slow_copy(disk, stale=lambda: False):
        k = len(calls)
        calls.append(k)
        started[k].set()
        assert release[k].wait(10)
        return real_copy(disk)  # a full copy of the view it was given, ignoring `stale`

    monkeypatch.setattr(snapshot, "copy_to_memory", slow_copy)
    state = [0] * snapshot.STATE_SLOTS
    views = snapshot.WorkerViews(path, 0, ox.Store.read_only, max_quads=100, state=state)
    assert started[0].wait(10)  # copying generation 0
    assert views.current()[1] == "disk"
    rw.add(ox.Quad(n("a"), n("p"), ox.Literal("new")))
    rw.flush()
    views.move_to(1)  # a write while generation 0 is being copied
    store, kind = views.current()
    assert kind == "disk"  # the new generation is served at once, from its disk view
    assert {q.object.value for q in store.quads_for_pattern(n("a"), n("p"), None, None)} == {"old", "new"}
    release[0].set()  # the copy of generation 0 completes...
    assert started[1].wait(10)  # ...and the builder has moved on to generation 1
    assert views.current()[1] == "disk", "a copy of generation 0 was swapped in for generation 1"
    release[1].set()
    deadline = time.monotonic() + 10
    while views.current()[1] != "memory" and time.monotonic() < deadline:
        time.sleep(0.01)
    store, kind = views.current()
    assert kind == "memory"
    assert {q.object.value for q in store.quads_for_pattern(n("a"), n("p"), None, None)} == {"old", "new"}
    assert snapshot.describe(state)["generation"] == 1
    assert snapshot.describe(state)["view"] == "memory"
    views.tidy()


def _on_disk(path: str) -> tuple[set, set]:
    """The quads and named graphs on disk, from a read-only view (reopened while the writer's
    compaction removes a file the read needed)."""
    for attempt in range(20):
        try:
            disk = read_only_view(path)
            return set(disk), set(disk.named_graphs())
        except (OSError, RuntimeError):
            if attempt == 19:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _wait_memory(views, generation: int, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        store, kind = views.current()
        if kind == "memory" and views.generation == generation:
            return store
        time.sleep(0.01)
    raise AssertionError(f"no memory copy of generation {generation} within {timeout} s")


def test_a_copy_is_brought_up_to_date_graph_by_graph(tmp_path):
    """After writes whose graphs are known, the copy is updated (not recopied), also across
    generations the worker skipped; it then holds exactly the disk view's quads and graphs
    (blank nodes with their labels, the default graph, a graph dropped, one left empty)."""
    from kg.store.written import graph_key
    from kg.web import snapshot

    path = str(tmp_path / "store")
    rw = ox.Store(path)
    rw.extend(sample_quads())
    rw.add_graph(n("empty"))
    rw.flush()
    state = [0] * snapshot.STATE_SLOTS
    views = snapshot.WorkerViews(path, 0, read_only_view, max_quads=1000, state=state)
    _wait_memory(views, 0)
    assert snapshot.describe(state)["copies"] == 1

    # generation 1: g1 rewritten with a new blank node; generation 2: g2 dropped, the default
    # graph changed, a new graph, "empty" gets a quad and g3 is created empty
    rw.remove_graph(n("g1"))
    rw.extend([ox.Quad(ox.BlankNode("new1"), n("label"), ox.Literal("neu", language="de"), n("g1")),
               ox.Quad(n("e1"), n("value"), ox.Literal("_:not a node"), n("g1"))])
    rw.flush()
    rw.remove_graph(n("g2"))
    rw.add(ox.Quad(n("d"), n("in"), ox.Literal("default"), ox.DefaultGraph()))
    rw.add(ox.Quad(n("x"), n("in"), n("y"), n("g-new")))
    rw.add(ox.Quad(n("x"), n("in"), n("z"), n("empty")))
    rw.add_graph(n("g3"))
    rw.flush()
    written = {1: frozenset({graph_key(n("g1"))}),
               2: frozenset(graph_key(g) for g in (n("g2"), ox.DefaultGraph(), n("g-new"),
                                                   n("empty"), n("g3")))}
    views.move_to(2, written)  # this worker never saw generation 1
    assert views.current()[1] == "disk"  # served at once from the new disk view
    mem = _wait_memory(views, 2)
    disk_quads, disk_graphs = _on_disk(path)
    assert set(mem) == disk_quads
    assert set(mem.named_graphs()) == disk_graphs
    assert n("g2") not in set(mem.named_graphs()) and n("g3") in set(mem.named_graphs())
    st = snapshot.describe(state)
    assert (st["copies"], st["updates"]) == (1, 1)
    assert st["memory_quads"] == len(disk_quads)

    # unknown graphs (or a generation the worker was not told of): a whole copy
    rw.add(ox.Quad(n("x"), n("in"), n("w"), n("g4")))
    rw.flush()
    views.move_to(3, {3: None})
    mem = _wait_memory(views, 3)
    assert set(mem) == _on_disk(path)[0]
    st = snapshot.describe(state)
    assert (st["copies"], st["updates"]) == (2, 1)
    views.tidy()


def test_the_store_journals_the_graphs_a_write_touched(tmp_path):
    from kg.store.embedded import EmbeddedStore
    from kg.store.written import graph_of_key

    store = EmbeddedStore(tmp_path / "store")
    assert store.take_written_graphs() is None  # whatever happened before: unknown
    store.write({n("g1"): [ox.Quad(n("a"), n("p"), n("b"), n("g1"))]},
                [ox.Quad(n("a"), n("p"), n("c"), n("g2"))])
    assert {graph_of_key(k) for k in store.take_written_graphs()} == {n("g1"), n("g2")}
    assert store.take_written_graphs() == set()
    store.write({}, drop=[n("g1")])
    assert {graph_of_key(k) for k in store.take_written_graphs()} == {n("g1")}
    store.update(f"INSERT DATA {{ GRAPH <{EX}g5> {{ <{EX}a> <{EX}p> 1 }} }}")
    assert store.take_written_graphs() is None  # an update's graphs are not known here
    _ = store.oxigraph  # raw access may write anything
    assert store.take_written_graphs() is None
    store.close()


# --- over the endpoint ----------------------------------------------------------------------------

COMPARED = [
    ("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }", "application/sparql-results+json"),
    ("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "text/csv"),
    ("SELECT ?g WHERE { GRAPH ?g {} }", "application/sparql-results+json"),
    (f"SELECT ?t (COUNT(?s) AS ?n) (SUM(?v) AS ?sum) WHERE {{ ?s a ?t ; <{EX}value> ?v }} GROUP BY ?t ORDER BY ?t", "application/sparql-results+json"),
    (f"SELECT ?a ?c WHERE {{ ?a <{EX}knows> ?b . ?b <{EX}knows> ?c }} ORDER BY ?a ?c", "application/sparql-results+xml"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "application/n-triples"),
    (f"ASK {{ ?x <{EX}next> ?y }}", "application/sparql-results+json"),
]


def _canonical(resp: requests.Response) -> list[str]:
    """Compare as sorted lines/rows: row order without ORDER BY is the engine's business."""
    if resp.headers["Content-Type"].startswith("application/sparql-results+json"):
        data = resp.json()
        if "boolean" in data:
            return [str(data["boolean"])]
        return sorted(repr(sorted(row.items())) for row in data["results"]["bindings"])
    return sorted(resp.text.splitlines())


def test_answers_from_memory_and_disk_are_identical(pair):
    mem, disk = pair
    wait_for_view(mem, "memory")
    for query, accept in COMPARED:
        a = ask(mem, query, Accept=accept)
        b = ask(disk, query, Accept=accept)
        assert view_of(a) == "memory" and view_of(b) == "disk"
        assert _canonical(a) == _canonical(b), query
        if "ORDER BY" in query:
            assert a.content == b.content, query
    assert "<http://example.org/snap/empty>" in ask(mem, "SELECT ?g WHERE { GRAPH ?g {} }", Accept="text/tab-separated-values").text
    # blank node labels come out the same (the copy keeps them)
    q = f"SELECT ?b WHERE {{ ?b <{EX}next> ?x }}"
    assert ask(mem, q).json() == ask(disk, q).json()
    # the Graph Store Protocol reads through the same workers
    ra = requests.get(mem + "/data", params={"graph": EX + "g2"}, headers={"Accept": "application/n-triples"})
    rb = requests.get(disk + "/data", params={"graph": EX + "g2"}, headers={"Accept": "application/n-triples"})
    assert ra.status_code == rb.status_code == 200
    assert view_of(ra) == "memory" and view_of(rb) == "disk"
    assert sorted(ra.text.splitlines()) == sorted(rb.text.splitlines())


def test_threshold_zero_always_queries_on_disk(pair):
    _, disk = pair
    for _ in range(3):
        assert view_of(ask(disk, "ASK { ?s ?p ?o }")) == "disk"
    snap = healthz_snapshot(disk)
    assert snap["max_quads"] == 0 and snap["memory_workers"] == 0 and snap["memory_quads"] == 0
    assert [w["status"] for w in snap["workers"]] == ["off"]  # no copy is ever started
    assert metric(disk, "kg_query_snapshot_quads") == 0
    assert 'kg_query_snapshot_workers{view="disk"} 1.0' in requests.get(disk + "/metrics").text


def test_healthz_and_metrics_report_the_memory_snapshot(pair):
    mem, _ = pair
    wait_for_view(mem, "memory")
    total = len(set(mem.store.oxigraph))
    snap = healthz_snapshot(mem)
    # the default limit is sized by the memory available when the server started
    assert snap["max_quads_from"] == "memory" and snap["memory_fraction"] == 0.2
    available = snap["memory_available_mb_at_start"] * 2**20
    assert abs(snap["max_quads"] - 0.2 * available / BYTES_PER_QUAD) <= 0.2 * 2**20 / BYTES_PER_QUAD + 1
    (worker,) = snap["workers"]
    assert worker["view"] == "memory" and worker["status"] == "ready"
    assert worker["memory_quads"] == total == worker["store_quads"]
    assert worker["build_seconds"] is not None
    assert snap["memory_workers"] == 1 and snap["disk_workers"] == 0 and snap["memory_quads"] == total
    assert metric(mem, "kg_query_snapshot_quads") == total
    assert 'kg_query_snapshot_workers{view="memory"} 1.0' in requests.get(mem + "/metrics").text


@pytest.fixture
def writable(tmp_path_factory):
    live = serve(tmp_path_factory, "snap-write", query_workers=1)
    yield live
    stop(live)


def test_a_write_is_seen_at_once_and_the_snapshot_is_rebuilt(writable):
    live = writable
    wait_for_view(live, "memory")
    pid_before = healthz_snapshot(live)["workers"][0]["pid"]
    fresh_q = f"ASK {{ GRAPH <{EX}new> {{ <{EX}n> <{EX}p> 'fresh' }} }}"
    assert ask(live, fresh_q).json()["boolean"] is False
    r = requests.post(live.sparql, headers=live.auth, data={
        "update": f"INSERT DATA {{ GRAPH <{EX}new> {{ <{EX}n> <{EX}p> 'fresh' }} }}"})
    assert r.status_code == 200, r.text
    # the very next query sees the write: on the new disk view (or on a copy of it, if the copy
    # of a small store was already done)
    r = ask(live, fresh_q)
    assert r.json()["boolean"] is True
    assert view_of(r) in ("disk", "memory")
    # and once the copy of the new generation is ready, the worker is back on memory, with it
    r = wait_for_view(live, "memory", fresh_q)
    assert r.json()["boolean"] is True
    snap = healthz_snapshot(live)
    (worker,) = snap["workers"]
    assert worker["pid"] == pid_before  # the same worker rebuilt its copy
    assert worker["generation"] == snap["generation"] >= 1
    assert worker["memory_quads"] == len(set(live.store.oxigraph))

    # a Graph Store PUT the same way
    ttl = f"<{EX}m> <{EX}p> 'put' ."
    r = requests.put(live + "/data", params={"graph": EX + "put"}, data=ttl,
                     headers={"Content-Type": "text/turtle", **live.auth})
    assert r.status_code in (200, 201, 204), r.text
    put_q = f"ASK {{ GRAPH <{EX}put> {{ <{EX}m> <{EX}p> 'put' }} }}"
    assert ask(live, put_q).json()["boolean"] is True
    assert wait_for_view(live, "memory", put_q).json()["boolean"] is True


ALL_QUADS = ("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } "
             "UNION { GRAPH ?g { } } }")


def _all_quads(live) -> set:
    """Every quad (and named graph) as the memory snapshot answers: one query through a worker."""
    r = wait_for_view(live, "memory", ALL_QUADS)
    return {tuple(sorted((k, v["value"]) for k, v in row.items()))
            for row in r.json()["results"]["bindings"]}


def _disk_quads(live) -> set:
    disk = read_only_view(live.store.location)
    rows = disk.query(ALL_QUADS, use_default_graph_as_union=True)
    names = [v.value for v in rows.variables]
    return {tuple(sorted((name, t.value) for name, t in zip(names, row, strict=True)
                         if t is not None))
            for row in rows}


def test_writes_update_the_workers_snapshots_without_a_recopy(tmp_path_factory):
    """Through the real app: each write is seen by the next query, then from memory, by a
    worker that updated the written graphs instead of recopying the store; its copy then
    answers exactly as the store on disk does."""
    live = serve(tmp_path_factory, "snap-delta", query_workers=2)
    try:
        for worker in wait_workers_on_memory(live)["workers"]:
            assert worker["copies"] == 1
        writes = [
            ("post", {"update": f"INSERT DATA {{ GRAPH <{EX}new> {{ <{EX}n> <{EX}p> 'fresh' }} }}"},
             f"ASK {{ GRAPH <{EX}new> {{ <{EX}n> <{EX}p> 'fresh' }} }}"),
            ("put", f"<{EX}m> <{EX}p> 'put' . [] <{EX}p> 'blank' .",
             f"ASK {{ GRAPH <{EX}g1> {{ <{EX}m> <{EX}p> 'put' }} }}"),
            ("post", {"update": f"DROP GRAPH <{EX}g2>"},
             f"ASK {{ FILTER NOT EXISTS {{ GRAPH <{EX}g2> {{ ?s ?p ?o }} }} }}"),
        ]
        for how, body, check in writes:
            if how == "post":
                r = requests.post(live.sparql, headers=live.auth, data=body)
            else:
                r = requests.put(live + "/data", params={"graph": EX + "g1"}, data=body,
                                 headers={"Content-Type": "text/turtle", **live.auth})
            assert r.status_code in (200, 201, 204), r.text
            assert ask(live, check).json()["boolean"] is True  # the very next query
            assert wait_for_view(live, "memory", check).json()["boolean"] is True
        snap = wait_workers_on_memory(live)  # both workers, including one that skipped writes
        assert snap["generation"] >= len(writes)
        for worker in snap["workers"]:
            assert worker["copies"] == 1, worker  # never recopied...
            assert worker["updates"] >= 1, worker  # ...but updated
        # what every worker holds equals the store: over HTTP, then each worker in turn
        want = _disk_quads(live)
        assert _all_quads(live) == want
        for answer in each_worker(live, ALL_QUADS):
            assert answer.snapshot == "memory"
            rows = json.loads(answer.body)["results"]["bindings"]
            assert {tuple(sorted((k, v["value"]) for k, v in row.items())) for row in rows} == want
    finally:
        stop(live)


def wait_workers_on_memory(live, timeout: float = 20.0) -> dict:
    """Queries from two clients at once until every worker is on memory at the pool's
    generation (an idle worker learns of a write with its next query)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        threads = [threading.Thread(target=ask, args=(live, SLOWISH)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        snap = healthz_snapshot(live)
        if snap["workers"] and all(w["view"] == "memory" and w["generation"] == snap["generation"]
                                   for w in snap["workers"]):
            return snap
        time.sleep(0.05)
    raise AssertionError(f"the workers did not all reach memory: {healthz_snapshot(live)}")


def each_worker(live, query: str) -> list:
    """The query's answer from every worker of the app's pool: all are checked out at once,
    so each answers once (the pool's LIFO would otherwise hand every query to the same one)."""
    from kg.web.evaluation import QueryRequest

    pool = live.app.extensions["kg_endpoint"].pool
    deadline = time.monotonic() + 30
    # every thread of each that the view it is on allows (kg.web.pool parks the others)
    slots = sum(pool.allowed_threads(w) for w in list(pool._workers))
    workers = [pool._checkout(deadline) for _ in range(slots)]
    answers = []
    try:
        for w in workers:
            pool._send(w, QueryRequest(query, accept="application/sparql-results+json"))
            msg = pool._recv(w, deadline)
            assert msg[0] in ("full", "head"), msg
            content_type, headers = msg[1], msg[2]
            body = msg[3] if msg[0] == "full" else b""
            while msg[0] != "full":  # a streamed answer: its parts, then "end"
                msg = pool._recv(w, deadline)
                assert msg[0] in ("data", "end"), msg
                if msg[0] == "end":
                    break
                body += msg[1]
            answers.append(Answer(content_type, headers, body=body,
                                  snapshot=headers.pop(SNAPSHOT_KEY, None)))
    finally:
        for w in workers:
            pool._checkin(w)
    return answers


def assert_disk_until_too_big(live) -> None:
    """Every query meanwhile answered from disk, until the worker says its copy would be too big."""
    deadline = time.monotonic() + 10
    status = None
    while time.monotonic() < deadline:
        assert view_of(ask(live, "ASK { ?s ?p ?o }")) == "disk"
        status = healthz_snapshot(live)["workers"][0]["status"]
        if status == "too_big":
            break
        time.sleep(0.02)
    assert status == "too_big"


def test_a_store_bigger_than_the_threshold_stays_on_disk(tmp_path_factory):
    live = serve(tmp_path_factory, "snap-big", query_workers=1, query_snapshot_max_quads=20)
    try:
        assert_disk_until_too_big(live)
        for _ in range(3):
            assert view_of(ask(live, "ASK { ?s ?p ?o }")) == "disk"
        assert healthz_snapshot(live)["memory_workers"] == 0
    finally:
        stop(live)


def test_a_worker_on_a_memory_snapshot_is_killed_at_the_time_limit_and_replaced(tmp_path_factory):
    live = serve(tmp_path_factory, "snap-timeout", query_workers=1, query_timeout=1.0)
    try:
        wait_for_view(live, "memory")
        pool = live.app.extensions["kg_endpoint"].pool
        (old_pid,) = pool.worker_pids()
        r = requests.post(live.sparql, headers=live.auth, data={
            "update": f"INSERT DATA {{ GRAPH <{EX}late> {{ <{EX}l> <{EX}p> 'late' }} }}"})
        assert r.status_code == 200, r.text
        late_q = f"ASK {{ GRAPH <{EX}late> {{ <{EX}l> <{EX}p> 'late' }} }}"
        assert wait_for_view(live, "memory", late_q).json()["boolean"] is True  # updated copy
        r = requests.get(live.sparql, params={"query": SLOW})
        assert r.status_code == 504, r.text
        assert r.json()["setting"] == "query_timeout"
        deadline = time.monotonic() + 10
        while (not pool.worker_pids() or old_pid in pool.worker_pids()) and time.monotonic() < deadline:
            time.sleep(0.02)
        (new_pid,) = pool.worker_pids()
        assert new_pid != old_pid
        # the replacement builds its own snapshot and answers from it, the write included
        r = wait_for_view(live, "memory", f"ASK {{ ?x <{EX}next> ?y }}")
        assert r.json()["boolean"] is True
        assert wait_for_view(live, "memory", late_q).json()["boolean"] is True
        assert healthz_snapshot(live)["workers"][0]["pid"] == new_pid
    finally:
        stop(live)


def test_snapshot_setting_is_in_the_table():
    from kg.settings import SETTINGS, Settings

    by_name = {s.name: s for s in SETTINGS}
    setting = by_name["query_snapshot_max_quads"]
    assert setting.default == -1 and setting.type is int  # -1: sized by memory
    assert by_name["query_snapshot_memory_fraction"].type is float
    assert Settings.from_env({"KG_QUERY_SNAPSHOT_MAX_QUADS": "0"}).query_snapshot_max_quads == 0
    assert Settings.from_env({"KG_QUERY_SNAPSHOT_MEMORY_FRACTION": "0.5"}
                             ).query_snapshot_memory_fraction == 0.5


# --- the limit sized by memory (kg.web.snapshot_limit) --------------------------------------------

MEMINFO = "MemTotal:       24000000 kB\nMemFree:         1000000 kB\nMemAvailable:   20000000 kB\n"


def test_mem_available_is_read_from_meminfo_text():
    assert mem_available(MEMINFO) == 20_000_000 * 1024
    assert mem_available("MemTotal: 5 kB\n") is None
    assert mem_available() == mem_available(open("/proc/meminfo").read())


def test_the_limit_is_sized_by_the_memory_available_and_shared_by_the_workers():
    available = mem_available(MEMINFO)
    one = snapshot_limit(-1, 0.2, 1, available)
    assert one.source == "memory" and one.quads == int(0.2 * available // BYTES_PER_QUAD)
    assert one.quads > 5_000_000  # 20 GB available: a 5M-quad store is copied
    two = snapshot_limit(-1, 0.2, 2, available)
    assert two.quads == int(0.1 * available // BYTES_PER_QUAD)  # each worker holds its own copy
    assert snapshot_limit(-1, 0.4, 1, available).quads == int(0.4 * available // BYTES_PER_QUAD)


def test_an_explicit_limit_overrides_the_memory_and_no_meminfo_falls_back():
    available = mem_available(MEMINFO)
    assert snapshot_limit(0, 0.2, 1, available) == SnapshotLimit(0, "setting")
    assert snapshot_limit(1234, 0.2, 1, available) == SnapshotLimit(1234, "setting")
    assert snapshot_limit(-1, 0.2, 1, None) == SnapshotLimit(FALLBACK_QUADS, "fallback")


def test_a_store_over_the_memory_sized_limit_stays_on_disk(tmp_path_factory):
    # a fraction of the memory available now that holds ~10 quads: the store (~100) is too big
    fraction = 10 * BYTES_PER_QUAD / mem_available()
    live = serve(tmp_path_factory, "snap-mem-small", query_workers=1,
                 query_snapshot_memory_fraction=fraction)
    try:
        assert_disk_until_too_big(live)
        snap = healthz_snapshot(live)
        assert snap["max_quads_from"] == "memory" and 0 < snap["max_quads"] < len(sample_quads())
        assert view_of(ask(live, "ASK { ?s ?p ?o }")) == "disk"
    finally:
        stop(live)


def test_an_explicit_limit_over_the_store_answers_from_memory(tmp_path_factory):
    live = serve(tmp_path_factory, "snap-set", query_workers=1, query_snapshot_max_quads=1000,
                 query_snapshot_memory_fraction=0.0)  # the explicit limit wins over the fraction
    try:
        wait_for_view(live, "memory")
        snap = healthz_snapshot(live)
        assert snap["max_quads"] == 1000 and snap["max_quads_from"] == "setting"
    finally:
        stop(live)


@pytest.mark.parametrize("written, copies", [({1: frozenset()}, 1), (None, 2)],
                         ids=["nothing written: kept", "unknown write: recopied"])
def test_a_copy_goes_on_when_the_generation_moved_with_nothing_written(tmp_path, monkeypatch,
                                                                       written, copies):
    """The compaction after the start (kg.web.compaction) moves the generation on with no graph
    written: a copy in progress is finished and brought up to date with nothing to recopy,
    instead of being thrown away and made again; after a write whose graphs are unknown, the
    copy is given up (its `stale` turns true) and made again."""
    from kg.web import snapshot

    path = str(tmp_path / "store")
    rw = ox.Store(path)
    rw.add(ox.Quad(n("a"), n("p"), ox.Literal("old")))
    rw.flush()
    dumped, release = threading.Event(), threading.Event()
    real_copy = snapshot.copy_to_memory
    calls = []

    def copy_after_the_move(disk, stale=lambda: False):
        calls.append(1)
        if len(calls) == 1:
            dumped.set()
            assert release.wait(10)  # the generation moves on here, mid-copy
            if stale():
                return None
        return real_copy(disk, stale)

    monkeypatch.setattr(snapshot, "copy_to_memory", copy_after_the_move)
    state = [0] * snapshot.STATE_SLOTS
    views = snapshot.WorkerViews(path, 0, ox.Store.read_only, max_quads=100, state=state)
    assert dumped.wait(10)
    views.move_to(1, written)
    release.set()
    store = _wait_memory(views, 1)
    assert {q.object.value for q in store.quads_for_pattern(n("a"), n("p"), None, None)} == {"old"}
    assert len(calls) == copies
    views.tidy()
