"""Limits that really work: a query time limit enforced on a query that blocks before its first
row (the worker is SIGKILLed, its CPU free within a second, other queries served meanwhile), a
reported row cap, a cap on concurrent queries (503 + Retry-After). Each names its setting.

The slow query is deterministic: COUNT over a 10^9-row cross product of VALUES blocks in the
aggregate for about a minute on this machine, whatever the data.
"""

from __future__ import annotations

import os
import threading
import time

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server

_VALUES = " ".join(str(i) for i in range(1000))
SLOW = (f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} "
        f"VALUES ?c {{ {_VALUES} }} }}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("limits"), query_timeout=1.0, max_rows=5,
                             max_concurrent_queries=3, query_workers=2)
    live.load_quads([ox.Quad(ox.NamedNode(f"http://example.org/s{i}"),
                             ox.NamedNode("http://example.org/p"), ox.Literal(i),
                             ox.NamedNode("http://example.org/g")) for i in range(20)])
    live.app.extensions["kg_endpoint"].warm_up()
    yield live
    live.server.close()
    live.store.close()


def _pid_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] == "Z"  # a zombie uses no CPU
    except FileNotFoundError:
        return True


def test_timeout_stops_a_blocking_query_and_frees_the_cpu(server):
    pool = server.app.extensions["kg_endpoint"].pool
    before = set(pool.worker_pids())
    r = requests.get(server.sparql, params={"query": SLOW})
    assert r.status_code == 504, r.text
    body = r.json()
    assert body["error"] == "timeout" and body["setting"] == "query_timeout"
    assert "query_timeout" in body["message"]
    # How long the 504 takes against query_timeout is measured in benchmarks/bench_limits.py.
    killed = before - set(pool.worker_pids())
    assert len(killed) == 1
    (pid,) = killed
    deadline = time.monotonic() + 1.0
    while not _pid_gone(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _pid_gone(pid), "the timed-out worker still runs"
    # and a fresh worker takes its place
    deadline = time.monotonic() + 10
    while len(pool.worker_pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pool.worker_pids()) == 2


def test_other_queries_are_served_while_one_runs_away(server):
    """Quick queries are answered by the other worker while the runaway query still runs (their
    latency meanwhile is measured in benchmarks/bench_limits.py)."""
    result = {}
    t = threading.Thread(target=lambda: result.setdefault(
        "slow", requests.get(server.sparql, params={"query": SLOW})))
    t.start()
    time.sleep(0.2)
    answered_meanwhile = 0
    for _ in range(5):
        r = requests.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"})
        assert r.status_code == 200 and r.json()["boolean"] is True
        answered_meanwhile += "slow" not in result
    t.join(10)
    assert result["slow"].status_code == 504
    assert answered_meanwhile >= 1, "no quick query was answered while the runaway one ran"


def test_row_cap_is_reported(server):
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    r = requests.get(server.sparql, params={"query": q})
    assert len(r.json()["results"]["bindings"]) == 5
    assert r.json()["kg:truncated"] == {"max_rows": 5, "setting": "max_rows"}
    assert r.headers["KG-Truncated"].startswith("true") and "max_rows" in r.headers["KG-Truncated"]
    r = requests.get(server.sparql, params={"query": q, "format": "csv"})
    assert len(r.text.strip().splitlines()) == 6 and "max_rows" in r.headers["KG-Truncated"]
    r = requests.get(server.sparql, params={"query": q, "format": "xml"})
    assert "kg:truncated" in r.text and "max_rows" in r.text
    r = requests.get(server.sparql, params={"query": q + " LIMIT 3"})
    assert "KG-Truncated" not in r.headers and "kg:truncated" not in r.json()


def test_row_cap_on_a_streamed_csv_is_never_silent(server):
    """A CSV bigger than the first buffer is already streaming when the cap trips: the response
    ends incomplete (no final chunk) after a marker line, so no client takes it as whole."""
    big = "x" * 60_000
    q = (f'SELECT ?v WHERE {{ VALUES ?i {{ 1 2 3 4 5 6 7 }} BIND(CONCAT(STR(?i), "{big}") AS ?v) }}')
    r = requests.post(server.sparql, data=q, stream=True, headers={
        "Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert r.status_code == 200
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        body = b"".join(r.iter_content(65536))
    r = requests.post(server.sparql, data=q, stream=True, headers={
        "Content-Type": "application/sparql-query", "Accept": "text/csv"})
    body = b""
    try:
        for chunk in r.iter_content(65536):
            body += chunk
    except requests.exceptions.ChunkedEncodingError:
        pass
    assert b"max_rows" in body[-200:]
    q_json = requests.post(server.sparql, data=q, headers={"Content-Type": "application/sparql-query"})
    assert q_json.json()["kg:truncated"]["setting"] == "max_rows"


def test_too_many_concurrent_queries(server):
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        requests.get(server.sparql, params={"query": SLOW}))) for _ in range(3)]
    for t in threads:
        t.start()
    # every slot taken by the slow queries before the fourth asks (not a fixed sleep: on a busy
    # machine a slow query's request could reach the server after the fourth's)
    pool = server.app.extensions["kg_endpoint"].pool
    deadline = time.monotonic() + 10
    while pool.queries_running() < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert pool.queries_running() == 3
    r = requests.get(server.sparql, params={"query": "ASK {}"})
    for t in threads:
        t.join(15)
    assert r.status_code == 503, r.text
    assert r.headers["Retry-After"] == "1"
    assert r.json()["setting"] == "max_concurrent_queries"
    # each its own time limit's answer, also the one whose worker the pool killed for another
    # slow query on it (it runs again until its own deadline; before: 503 "a worker died")
    assert sorted(x.status_code for x in results) == [504, 504, 504], [x.text for x in results]


def test_worker_reads_see_writes(server):
    r = requests.post(server.sparql, headers=server.auth, data={
        "update": "INSERT DATA { GRAPH <http://example.org/new> { <http://example.org/n> "
                  "<http://example.org/p> 'fresh' } }"})
    assert r.status_code == 200, r.text
    for _ in range(4):  # every worker, not just one
        r = requests.get(server.sparql, params={
            "query": "ASK { GRAPH <http://example.org/new> { ?s ?p 'fresh' } }"})
        assert r.json()["boolean"] is True


def test_limit_settings_are_in_the_table():
    from kg.settings import SETTINGS

    names = {s.name for s in SETTINGS}
    assert {"query_timeout", "max_rows", "max_body_bytes", "max_concurrent_queries",
            "query_workers", "service_allowlist", "write_token"} <= names
    assert os.cpu_count()


def test_a_worker_that_dies_while_starting_is_a_store_error(tmp_path):
    """A replacement worker can die before it is ready (the pool closing, a crash): the thread
    waiting for it gets kg's StoreError, which it handles, not a bare EOFError."""
    import multiprocessing

    from kg.errors import StoreError
    from kg.store import EmbeddedStore
    from kg.web.pool import Worker

    EmbeddedStore(tmp_path / "store").close()
    worker = Worker(multiprocessing.get_context("forkserver"), str(tmp_path / "store"), 0, 0)
    worker.kill()  # before it said it was ready
    with pytest.raises(StoreError, match="exited while starting"):
        worker.wait_ready(timeout=10)
