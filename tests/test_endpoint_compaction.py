"""The server compacts the store once after it starts and moves the query views onto it.

The real server over a socket, on a real on-disk store that `kg load` wrote. The one stand-in is
the failing compaction (a disk error cannot be made on demand): the store's `optimize` raises.
"""

from __future__ import annotations

import requests

from kg import packagedata
from kg.loader import load
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.web import create_app
from kg.web.server import make_server

COUNT = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}


def _loaded(tmp_path, **overrides) -> Settings:
    settings = Settings.from_env({}, store=str(tmp_path / "store"), query_workers=1,
                                 **overrides)
    with EmbeddedStore(settings.store) as store:
        load([packagedata.example_records()], store, settings, exclusive=True)
    return settings


def _count(url: str) -> int:
    answer = requests.get(url + "/sparql", params=COUNT, timeout=60,
                          headers={"Accept": "application/sparql-results+json"})
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def _serve(settings: Settings):
    app = create_app(settings)
    server = make_server(app).start_thread()
    ext = app.extensions["kg_endpoint"]
    return app, server, ext


def test_after_the_start_the_store_is_compacted_and_the_workers_reopen_on_it(tmp_path):
    settings = _loaded(tmp_path)
    app, server, ext = _serve(settings)
    try:
        ext.start_in_background().join(120)
        assert ext.compaction.wait(120)
        health = requests.get(server.url + "/healthz", timeout=10).json()
        assert health["compaction"]["status"] == "done", health
        assert health["compaction"]["seconds"] >= 0
        generation = health["query_snapshot"]["generation"]
        assert generation == 1  # moved on once, with no graph written
        n = _count(server.url)  # the next query moves its worker onto the compacted files
        assert n > 0
        workers = requests.get(server.url + "/healthz", timeout=10).json()["query_snapshot"]
        assert {w["generation"] for w in workers["workers"]} == {generation}
        assert _count(server.url) == n
    finally:
        server.close()


def test_compaction_can_be_turned_off(tmp_path):
    settings = _loaded(tmp_path, compact_on_start=0)
    app, server, ext = _serve(settings)
    try:
        ext.start_in_background().join(120)
        health = requests.get(server.url + "/healthz", timeout=10).json()
        assert health["compaction"] == {"status": "off"}
        assert health["query_snapshot"]["generation"] == 0
        assert _count(server.url) > 0
    finally:
        server.close()


def test_a_failed_compaction_is_reported_and_queries_go_on(tmp_path, monkeypatch):
    settings = _loaded(tmp_path)

    def broken(self) -> None:
        raise OSError("IO error: No space left on device")

    monkeypatch.setattr(EmbeddedStore, "optimize", broken)
    app, server, ext = _serve(settings)
    try:
        ext.start_in_background().join(120)
        assert ext.compaction.wait(120)
        health = requests.get(server.url + "/healthz", timeout=10).json()
        assert health["compaction"]["status"] == "failed"
        assert "No space left on device" in health["compaction"]["error"]
        assert health["query_snapshot"]["generation"] == 0  # the views stay where they were
        assert _count(server.url) > 0
    finally:
        server.close()


def test_a_write_after_the_compaction_is_seen_by_the_next_query(tmp_path):
    settings = _loaded(tmp_path)
    app, server, ext = _serve(settings)
    try:
        ext.start_in_background().join(120)
        assert ext.compaction.wait(120)
        before = _count(server.url)
        with ext.write_lock:
            ext.store.load_raw([_quad()])
            ext.after_write()
        assert _count(server.url) == before + 1
    finally:
        server.close()


def _quad():
    from pyoxigraph import Literal, NamedNode, Quad

    return Quad(NamedNode("https://kg.example.org/test/s"), NamedNode("https://kg.example.org/test/p"),
                Literal("after the compaction"), NamedNode("https://kg.example.org/test/g"))
