"""Remote-store specifics: endpoint derivation, a server that is down, slow or flaky, and a load
killed halfway into a real server leaving no partial article graph.

The flaky/slow server is a small real HTTP relay on 127.0.0.1 in front of the real Oxigraph
server: it answers 503 (or waits) a set number of times, then relays requests unchanged.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from fixtures_backends import clean_remote, free_port
from pyoxigraph import NamedNode

from kg import namespaces as ns
from kg.errors import QuerySyntaxError, QueryTimeout, StoreError
from kg.rdf import record_to_quads
from kg.records import parse_record
from kg.settings import Settings
from kg.store import open_store
from kg.store.remote import Endpoints, RemoteStore, query_form

ROOT = Path(__file__).resolve().parent.parent


# --- configuration ------------------------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("http://h:7878", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("http://h:7878/", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("http://h:7878/query", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("https://h/kg/query", ("https://h/kg/query", "https://h/kg/update", "https://h/kg/store")),
    ("http://h:8890/sparql", ("http://h:8890/sparql", "http://h:8890/sparql", "")),
    ("http://h:3030/ds/sparql", ("http://h:3030/ds/sparql", "http://h:3030/ds/sparql", "")),
])
def test_endpoints_are_derived(url, expected):
    e = Endpoints.derive(url)
    assert (e.query, e.update, e.gsp) == expected


def test_endpoints_can_be_configured():
    settings = Settings.from_env({}, store="http://h:3030/ds/query",
                                 store_update_url="http://h:3030/ds/update",
                                 store_gsp_url="http://h:3030/ds/data")
    store = open_store(settings)
    assert isinstance(store, RemoteStore)
    assert (store.endpoints.query, store.endpoints.update, store.endpoints.gsp) == \
        ("http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data")


@pytest.mark.parametrize("text, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX kg: <https://kg.example.org/ontology#>\n# a comment\nask { ?s a kg:Strike }", "ASK"),
    ("BASE <http://x/> PREFIX : <http://y#> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://x>", "DESCRIBE"),
])
def test_query_form(text, form):
    assert query_form(text) == form


# --- a server that is down, refuses, is slow or flaky ---------------------------------------------

def test_server_down_is_a_clear_store_error(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    store = RemoteStore(url, retries=2, backoff=0.01, timeout=2)
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        store.query("ASK { }")
    assert time.monotonic() - started < 10
    message = str(info.value)
    assert url in message and "connection refused" in message
    assert "oxigraph serve" in message and "KG_STORE" in message
    assert info.value.exit_code == 4


def test_cli_against_a_server_that_is_down(tmp_path, make_record, write_json):
    url = f"http://127.0.0.1:{free_port()}/query"
    path = write_json(make_record(article_id="down"))
    env = {**os.environ, "KG_STORE": url, "KG_STORE_RETRIES": "1", "KG_STORE_RETRY_BACKOFF": "0.01"}
    for args in (["load", str(path)], ["stats"], ["query", "ASK { }"], ["export"]):
        out = subprocess.run([sys.executable, "-m", "kg.cli", *args], env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 4, (args, out.stderr)
        assert "cannot reach the remote store" in out.stderr and "127.0.0.1" in out.stderr
        assert "Traceback" not in out.stderr


def test_wrong_path_and_bad_query(oxigraph_server):
    store = RemoteStore(oxigraph_server.url + "/nothing-here/sparql", retries=0)
    with pytest.raises(StoreError) as info:
        store.query("ASK { }")
    assert "404" in str(info.value) and "--store" in str(info.value)
    good = RemoteStore(oxigraph_server.url)
    with pytest.raises(QuerySyntaxError):
        good.query("SELECT WHERE {")
    with pytest.raises(QuerySyntaxError):
        good.update("INSERT DATA { <urn:a> <urn:b> }")


class Relay:
    """A real HTTP server in front of `target`: the first `fail` requests get 503 (or wait
    `delay` seconds first); every request is then relayed unchanged. Counts requests by path."""

    def __init__(self, target: str, fail: int = 0, delay: float = 0.0):
        self.target, self.fail, self.delay = target, fail, delay
        self.seen: list[str] = []
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                relay.seen.append(self.path.split("?")[0])
                if relay.delay:
                    time.sleep(relay.delay)
                if relay.fail > 0:
                    relay.fail -= 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "accept")}
                r = requests.request(self.command, relay.target + self.path, data=body,
                                     headers=headers, timeout=30)
                self.send_response(r.status_code)
                for k, v in r.headers.items():
                    if k.lower() in ("content-type", "server"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(r.content)))
                self.end_headers()
                self.wfile.write(r.content)

            do_GET = do_POST = do_PUT = _handle

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def test_reads_are_retried_with_backoff(oxigraph_server):
    with Relay(oxigraph_server.url) as relay:
        store = RemoteStore(relay.url, dialect="oxigraph", retries=3, backoff=0.05)
        relay.fail = 2
        started = time.monotonic()
        assert isinstance(store.count(), int)
        assert relay.seen == ["/query"] * 3
        assert time.monotonic() - started >= 0.05 + 0.1  # waited 0.05 s, then 0.1 s
        relay.fail, relay.seen[:] = 10, []
        with pytest.raises(StoreError) as info:
            store.query("ASK { }")
        assert len(relay.seen) == 4 and "503" in str(info.value)


def test_updates_are_not_retried(oxigraph_server):
    with Relay(oxigraph_server.url) as relay:
        store = RemoteStore(relay.url, dialect="oxigraph", retries=3, backoff=0.01)
        relay.fail = 1
        with pytest.raises(StoreError):
            store.update("INSERT DATA { GRAPH <urn:kg:test> { <urn:a> <urn:b> <urn:c> } }")
        assert relay.seen == ["/update"]
        assert not store.graph_exists(NamedNode("urn:kg:test"))


def test_slow_query_times_out(oxigraph_server):
    with Relay(oxigraph_server.url, delay=1.5) as relay:
        store = RemoteStore(relay.url, dialect="oxigraph", retries=3, timeout=0.5)
        with pytest.raises(QueryTimeout) as info:
            store.query("ASK { }")
        assert relay.seen == ["/query"]  # a read timeout is not retried
        assert info.value.setting == "store_timeout"


# --- a load killed halfway ------------------------------------------------------------------------

def _big_input(make_record, path: Path, n: int, prefix: str = "kill") -> dict[str, int]:
    """n distinct valid article records as JSON Lines; returns article graph -> expected quads."""
    expected: dict[str, int] = {}
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = (f"Russian missiles hit Kyiv on day {i}, killing {i % 40 + 1} people. "
                    f"Officials in report {i} said the strike damaged a hospital.")
            quote = text.split(". ")[0] + "."
            fact = {"type": "Strike", "attacker": "state/russia", "target_place": "place/kyiv",
                    "target_country": "state/ukraine", "weapon_category": "missile",
                    "weapon_text": "missiles", "killed": i % 40 + 1, "date": "2024-07-08",
                    "evidence": [{"quote": quote, "start": 0, "end": len(quote),
                                  "confidence": 0.9, "extractor": "test",
                                  "extractor_version": "1"}]}
            rec = make_record(article_id=f"{prefix}-{i:05d}", text=text, facts=[fact])
            fh.write(json.dumps(rec) + "\n")
            if i == 0:
                quads = record_to_quads(parse_record(rec, source="x"))
                per_article = sum(1 for q in quads
                                  if q.graph_name == ns.article_graph(f"{prefix}-{i:05d}"))
            expected[ns.article_graph(f"{prefix}-{i:05d}").value] = per_article
    return expected


def _article_graph_sizes(store) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                       "FILTER(STRSTARTS(STR(?g), 'https://kg.example.org/graph/article/kill')) }"
                       " GROUP BY ?g")
    return {r["g"].value: int(r["n"].value) for r in rows}


def _kill_load(url: str, data: Path, env_extra: dict[str, str], *, delay: float = 0.0,
               store=None, deadline: float = 120.0) -> bool:
    """Run `kg load` against `url`; SIGKILL it `delay` seconds after it starts writing, or, given
    `store`, as soon as the first article graph shows up there.

    Returns True when the load had already finished by then (so it was not killed halfway).
    """
    env = {**os.environ, "KG_STORE": url, **env_extra}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(data)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    killer = threading.Timer(deadline, proc.kill)  # bounds the wait for the 'writing' line
    killer.start()
    try:
        for line in proc.stderr:
            if "writing" in line:
                break
        time.sleep(delay)
        end = time.monotonic() + deadline
        while store is not None and proc.poll() is None and time.monotonic() < end:
            if _article_graph_sizes(store):
                break
            time.sleep(0.02)
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return finished
    finally:
        killer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        proc.stderr.close()


def _settled_sizes(store, quiet: float = 3.0, deadline: float = 120.0) -> dict[str, int]:
    """Article graph sizes once they stop changing: a request the server received whole before
    the kill is still applied (in one transaction) after the client is gone."""
    end = time.monotonic() + deadline
    last, since = _article_graph_sizes(store), time.monotonic()
    while time.monotonic() < end:
        time.sleep(0.25)
        now = _article_graph_sizes(store)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
    return last


def _assert_no_partial_article(store, expected: dict[str, int]) -> dict[str, int]:
    sizes = _settled_sizes(store)
    assert set(sizes) <= set(expected)
    partial = {g: n for g, n in sizes.items() if n != expected[g]}
    assert not partial, f"partial article graphs after the kill: {list(partial.items())[:5]}"
    return sizes


def test_killed_load_in_one_request_leaves_all_or_nothing(oxigraph_server, make_record, tmp_path):
    """Default request size: the whole load is one update request: it lands whole or not at all."""
    store = RemoteStore(oxigraph_server.url)
    clean_remote(store)
    data = tmp_path / "big.jsonl"
    expected = _big_input(make_record, data, 1500, prefix="kill1")
    finished = _kill_load(oxigraph_server.url, data, {}, delay=0.3)
    sizes = _assert_no_partial_article(store, expected)
    print(f"one request: {len(sizes)} of {len(expected)} article graphs after the kill")
    assert len(sizes) in (0, len(expected)), len(sizes)
    assert not finished or len(sizes) == len(expected)
    clean_remote(store)


@pytest.mark.parametrize("server_name", ["oxigraph-server", "virtuoso"])
def test_killed_load_in_many_requests_leaves_no_partial_article(request, server_name,
                                                                 make_record, tmp_path):
    """Small requests: the load is cut between articles; killed halfway, every article graph on
    the server is complete (the rest are absent), and loading again completes the store."""
    server = request.getfixturevalue("oxigraph_server" if server_name == "oxigraph-server"
                                     else "virtuoso_server")
    store = open_store(Settings.from_env({}, store=server.url, store_timeout=60.0))
    clean_remote(store)
    data = tmp_path / "big.jsonl"
    n = 2000 if server_name == "oxigraph-server" else 300
    expected = _big_input(make_record, data, n, prefix="killn")
    env = {"KG_STORE_MAX_REQUEST_BYTES": "60000"}
    finished = _kill_load(server.url, data, env, store=store)
    assert not finished, "the load finished before it could be killed: make the input bigger"
    sizes = _assert_no_partial_article(store, expected)
    print(f"{server_name}: {len(sizes)} of {len(expected)} complete article graphs after the kill")
    assert 0 < len(sizes) < len(expected)
    # Loading the same input again completes it (loads are idempotent).
    out = subprocess.run([sys.executable, "-m", "kg.cli", "load", str(data)],
                         env={**os.environ, "KG_STORE": server.url, **env},
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert _article_graph_sizes(store) == expected
    clean_remote(store)


@pytest.mark.parametrize("server_name", ["oxigraph-server", "virtuoso"])
def test_update_cut_off_mid_upload_writes_nothing(request, server_name):
    """What a client killed while sending its update leaves on the real server: nothing."""
    import socket
    from urllib.parse import urlsplit

    server = request.getfixturevalue("oxigraph_server" if server_name == "oxigraph-server"
                                     else "virtuoso_server")
    store = open_store(Settings.from_env({}, store=server.url))
    graphs = [f"{ns.GRAPH}article/cut-{i}" for i in range(20)]
    body = " ;\n".join(
        f"DROP SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{ "
        + " ".join(f'<{g}/s{j}> <urn:p> "{j}" .' for j in range(40)) + " } }"
        for g in graphs).encode()
    parts = urlsplit(store.endpoints.update)
    head = (f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Content-Type: application/sparql-update\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n").encode()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head + body[: len(body) // 2])
        # the client dies here: the connection closes with half the body sent
    time.sleep(1.0)
    assert not any(store.graph_exists(NamedNode(g)) for g in graphs)
    # The same body sent whole is applied whole.
    store.update(body.decode())
    assert all(store.graph_exists(NamedNode(g)) for g in graphs)
    store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
