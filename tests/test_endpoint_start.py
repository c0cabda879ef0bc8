"""Starting the server: it listens before the store is open, and a load leaves the store ready
to open at once.

The real server over a socket; the store's open is held back by an event (the only stand-in
here: a store that takes a minute to open is what the test is about, and the event makes that
minute as long as the test needs, without a clock).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from kg import packagedata
from kg.loader import load
from kg.settings import Settings
from kg.store import EmbeddedStore, open_store
from kg.web import create_app
from kg.web import endpoint as endpoint_module
from kg.web.server import make_server

ASK = {"query": "ASK { ?s a <https://kg.example.org/ontology#Strike> }"}


def test_healthz_answers_while_the_store_is_still_opening(tmp_path, monkeypatch):
    settings = Settings.from_env({}, store=str(tmp_path / "store"), query_workers=1)
    with EmbeddedStore(settings.store) as store:
        load([packagedata.example_records()], store, settings, exclusive=True)
    release = threading.Event()
    opening = threading.Event()

    def slow_open(s, read_only=False):  # the real store, opened once the test says so
        opening.set()
        assert release.wait(60)
        return open_store(s, read_only=read_only)

    monkeypatch.setattr(endpoint_module, "open_store", slow_open)
    app = create_app(settings)
    server = make_server(app).start_thread()
    answers: list = []
    try:
        app.extensions["kg_endpoint"].start_in_background()
        assert opening.wait(30)
        health = requests.get(server.url + "/healthz", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "starting"
        query = threading.Thread(target=lambda: answers.append(
            requests.get(server.url + "/sparql", params=ASK, timeout=60)))
        query.start()  # waits for the store, then is answered
        query.join(0.5)
        assert query.is_alive() and not answers
        release.set()
        query.join(60)
        assert answers[0].status_code == 200 and answers[0].json()["boolean"] is True
        assert requests.get(server.url + "/healthz", timeout=10).json()["status"] == "ok"
    finally:
        release.set()
        server.close()


def test_kg_serve_stops_with_the_stores_error_when_it_cannot_open(tmp_path):
    store_dir = tmp_path / "store"
    holder = EmbeddedStore(store_dir)  # holds RocksDB's lock, as another kg process would
    try:
        env = {**os.environ, "KG_STORE": str(store_dir), "KG_PORT": "0"}
        done = subprocess.run([sys.executable, "-m", "kg.cli", "serve"], env=env,
                              capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert done.returncode == 4, done.stderr
    assert "in use by another process" in done.stderr


class _CountingStore(EmbeddedStore):
    flushes = 0

    def flush(self) -> None:
        type(self).flushes += 1
        super().flush()


@pytest.mark.parametrize("exclusive", [True, False], ids=["staged", "one-transaction"])
def test_a_load_ends_flushed_so_the_next_open_replays_nothing(tmp_path, exclusive):
    """Left in RocksDB's write-ahead log, a large load made the next open take a minute."""
    _CountingStore.flushes = 0
    settings = Settings.from_env({}, store=str(tmp_path / "store"))
    store = _CountingStore(Path(settings.store))
    summary = load([packagedata.example_records()], store, settings, exclusive=exclusive)
    assert summary.written and _CountingStore.flushes >= 1
    _CountingStore.flushes = 0
    load([packagedata.example_records()], store, settings, dry_run=True)
    assert _CountingStore.flushes == 0  # nothing written, nothing to flush
