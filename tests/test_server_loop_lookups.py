"""Point lookups answered on the server's loop thread (kg.web.connections,
kg.web.loop_lookups), and the access-log line written after the response went out
(kg.web.middleware), over real sockets on real on-disk stores.

Which thread answered is recorded by wrapping `Lookups.answer`; what the server sent is
recorded by wrapping the channel's `send` (before the send, so a client cannot read an answer
before it is recorded).
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import threading
import time
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from fixtures_web import start_live_server

from kg.settings import Settings
from kg.store import open_store
from kg.web import create_app
from kg.web.connections import GuardedChannel
from kg.web.lookups import Lookups
from kg.web.server import make_server

EX = "http://example.org/loop/"
QUADS = ([ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + f"p{i}"), ox.Literal(f"v{i}"),
                  ox.NamedNode(EX + "g")) for i in range(5)]
         + [ox.Quad(ox.NamedNode(EX + "busy"), ox.NamedNode(EX + "has"),
                    ox.NamedNode(EX + f"item{i}"), ox.NamedNode(EX + "g")) for i in range(30)])
LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}s> ?p ?o }}"
BUSY = f"SELECT ?o WHERE {{ <{EX}busy> <{EX}has> ?o }}"  # 30 rows: over lookup_max_rows=20
COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ <{EX}s> ?p ?o }}"  # not a lookup: a worker's


def path(query: str, **params) -> str:
    return "/sparql?" + urlencode({"query": query, **params})


def get(url: str, target: str, headers: dict | None = None) -> http.client.HTTPResponse:
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", target, headers=headers or {})
    resp = conn.getresponse()
    resp.body = resp.read()
    conn.close()
    return resp


@pytest.fixture(scope="module")
def loop_server(tmp_path_factory):
    """kg's app on kg's server as `kg serve` builds it: lookups on the loop thread."""
    live = start_live_server(tmp_path_factory.mktemp("loop"), query_workers=1,
                             lookup_max_rows=20)
    live.load_quads(QUADS)
    yield live
    live.server.close()
    live.store.close()


@pytest.fixture(scope="module")
def task_server(tmp_path_factory):
    """The same app and quads, every request on a task thread (as before this change)."""
    settings = Settings.from_env({}, store=str(tmp_path_factory.mktemp("task") / "store"),
                                 query_workers=1, lookup_max_rows=20)
    store = open_store(settings)
    app = create_app(settings, store=store)
    server = make_server(app, "127.0.0.1", 0, lookups_on_loop=False).start_thread()
    store.load_raw(QUADS)
    app.extensions["kg_endpoint"].after_write()
    yield server
    server.close()
    store.close()


@pytest.fixture
def answering_threads(monkeypatch):
    """The name of the thread that answered each lookup the web process answered itself."""
    names: list[str] = []
    original = Lookups.answer

    def answer(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if result is not None:
            names.append(threading.current_thread().name)
        return result

    monkeypatch.setattr(Lookups, "answer", answer)
    return names


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_a_lookup_is_answered_on_the_loop_thread_as_on_a_task_thread(
        loop_server, task_server, answering_threads, accept):
    get(loop_server, path(LOOKUP))  # both views open
    get(task_server.url, path(LOOKUP))
    answering_threads.clear()
    here = get(loop_server, path(LOOKUP), {"Accept": accept})
    there = get(task_server.url, path(LOOKUP), {"Accept": accept})
    assert answering_threads == ["kg-server", answering_threads[1]]
    assert answering_threads[1] != "kg-server"  # a waitress task thread
    assert (here.status, here.body) == (there.status, there.body) == (200, there.body)
    assert b"v4" in here.body  # the lookup's answer, not an error
    assert [name for name, _ in here.getheaders()] == [name for name, _ in there.getheaders()]
    for name in ("Content-Type", "Content-Length", "KG-Max-Rows", "KG-Result-Rows", "Vary"):
        assert here.getheader(name) == there.getheader(name), name
    assert "snapshot;desc=lookup" in here.getheader("Server-Timing")


@pytest.mark.parametrize("target", [
    path(COUNT),  # not a lookup: a worker answers it
    path(BUSY),  # more rows than lookup_max_rows: handed on to a worker
    path(LOOKUP, **{"default-graph-uri": EX + "g"}),  # a protocol dataset: a worker's
    path(LOOKUP, update="x"),  # a parameter the fast handler leaves to the route (400)
    path("SELECT ?p WHERE { <relative> ?p ?o }"),  # not a lookup; the worker's 400
    path(LOOKUP, format="nonsense"),  # a lookup, refused on the loop thread itself (400)
])
def test_what_the_loop_thread_does_not_answer_is_answered_as_before(loop_server, task_server,
                                                                    target):
    here = get(loop_server, target, {"Accept": "text/csv"})
    there = get(task_server.url, target, {"Accept": "text/csv"})
    assert here.status == there.status
    if here.status == 200:
        assert sorted(here.body.splitlines()) == sorted(there.body.splitlines())
        assert "snapshot;desc=lookup" not in here.getheader("Server-Timing")  # a worker's
    else:
        assert json.loads(here.body)["error"] == json.loads(there.body)["error"]


def test_pipelined_requests_are_answered_in_order(loop_server):
    """Three requests in one write on one connection: the first is a lookup answered on the
    loop thread, the next two (a worker's query, a lookup) follow in order on task threads."""
    host, port = loop_server.removeprefix("http://").split(":")
    targets = [path(LOOKUP), path(COUNT), path(BUSY)]
    raw = "".join(f"GET {t} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n" for t in targets)
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(raw.encode())
        answers = []
        reader = _Unclosed(sock.makefile("rb"))
        for _ in targets:
            resp = http.client.HTTPResponse(sock)
            resp.fp = reader  # the answers follow one another on the one stream
            resp.begin()
            answers.append((resp.status, resp.read().decode()))
    assert [status for status, _ in answers] == [200, 200, 200]
    assert len(answers[0][1].splitlines()) == 6  # p,o and five rows
    assert answers[1][1].splitlines() == ["n", "5"]
    assert len(answers[2][1].splitlines()) == 31


class _Unclosed:
    """A stream that a response's end does not close (the next answer follows on it)."""

    def __init__(self, stream):
        self._stream = stream

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def close(self) -> None:
        pass


def test_a_plain_wsgi_app_is_never_called_on_the_loop_thread():
    """Only kg's app, which never waits there, is called on the loop thread."""
    seen: list[str] = []

    def app(environ, start_response):
        seen.append(threading.current_thread().name)
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
        return [b"ok"]

    server = make_server(app, threads=2).start_thread()
    try:
        assert get(server.url, path(LOOKUP)).body == b"ok"
    finally:
        server.close()
    assert seen and "kg-server" not in seen


@pytest.fixture
def events(monkeypatch):
    """Sends and access-log lines, in the order they happened."""
    happened: list[tuple[str, str]] = []
    original = GuardedChannel.send

    def send(self, data, *args, **kwargs):
        happened.append(("send", bytes(data).decode("latin-1")))
        return original(self, data, *args, **kwargs)

    class Recorder(logging.Handler):
        def emit(self, record):
            happened.append(("log", record.getMessage()))

    monkeypatch.setattr(GuardedChannel, "send", send)
    logger = logging.getLogger("kg.web.access")
    handler, level = Recorder(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield happened
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.mark.parametrize("target", [path(LOOKUP), path(COUNT), "/healthz", "/no/such/page"])
def test_the_access_log_line_follows_the_response(loop_server, events, target):
    prefix = f"log-{abs(hash(target))}-"
    ids = [f"{prefix}{i}" for i in range(3)]
    statuses = [get(loop_server, target, {"X-Request-Id": rid}).status for rid in ids]

    def ours() -> list[dict]:  # (an earlier test's last line may land here too: not ours)
        found = [json.loads(text) for kind, text in events if kind == "log"]
        return [line for line in found if line["request_id"].startswith(prefix)]

    deadline = time.monotonic() + 10  # the last line may follow its answer by a moment
    while len(ours()) < len(ids) and time.monotonic() < deadline:
        time.sleep(0.01)
    lines = ours()
    assert [line["request_id"] for line in lines] == ids  # one each, in order
    assert [line["status"] for line in lines] == statuses
    assert all(line["path"] == target.split("?")[0] and line["method"] == "GET"
               for line in lines)
    for rid in ids:
        sent = next(i for i, (kind, text) in enumerate(events)
                    if kind == "send" and f"X-Request-Id: {rid}\r\n" in text)
        logged = next(i for i, (kind, text) in enumerate(events)
                      if kind == "log" and json.loads(text)["request_id"] == rid)
        assert sent < logged


@pytest.mark.parametrize("origin", [None, "https://elsewhere.example"])
def test_a_lookup_answer_carries_its_headers_and_no_server_header(loop_server, origin):
    """What a client parses per lookup: the answer's own headers, the app-wide ones
    (kg.web.middleware) and Date; the CORS ones only for a request with an Origin (a browser's
    cross-origin request); no `Server:` (nothing needs it, docs/endpoint.md)."""
    headers = {"Accept": "application/sparql-results+json"}
    if origin:
        headers["Origin"] = origin
    resp = get(loop_server, path(LOOKUP), headers)
    assert resp.status == 200
    expected = ["Content-Type", "Content-Length", "KG-Max-Rows", "KG-Result-Rows", "X-Request-Id",
                "Server-Timing", "Vary", "Date"]
    if origin:
        expected += ["Access-Control-Allow-Origin", "Access-Control-Expose-Headers"]
        assert resp.getheader("Access-Control-Allow-Origin") == "*"
        assert "X-Request-Id" in resp.getheader("Access-Control-Expose-Headers")
    assert sorted(name.lower() for name, _ in resp.getheaders()) == sorted(
        name.lower() for name in expected)
    assert resp.getheader("Vary") == "Accept, Origin"  # caches keep the two apart


def test_a_malformed_lookup_request_gets_the_servers_json_error(loop_server):
    """A request waitress cannot parse is answered with kg's JSON error, never by the app."""
    host, port = loop_server.removeprefix("http://").split(":")
    raw = f"GET {path(LOOKUP)} HTTP/1.1\r\nHost: x\r\nno colon in this header\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(raw.encode())
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        body = resp.read()
    assert resp.status == 400
    assert json.loads(body)["error"] == "bad_request"


def _raw_exchange(url: str, request: bytes) -> bytes:
    """Send one raw request; everything the server sends until it closes or goes quiet."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        sock.settimeout(1.0)
        data = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            data += chunk
    return data


def _masked_head(data: bytes) -> list[str]:
    """A response's head lines with the per-response values (date, id, timing) masked."""
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    return [line.split(":", 1)[0] + ": *" if line.split(":", 1)[0] in
            ("Date", "X-Request-Id", "Server-Timing") else line for line in head]


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_a_lookup_answered_on_the_loop_thread_is_the_same_bytes(loop_server, task_server,
                                                                answering_threads, accept):
    """The loop thread builds the response head itself (kg.web.loop_lookups): apart from the
    date, the request id and the timing, the bytes are those of the WSGI path."""
    request = (f"GET {path(LOOKUP)} HTTP/1.1\r\nHost: x\r\nAccept: {accept}\r\n"
               f"Origin: https://elsewhere.example\r\n\r\n").encode()
    get(loop_server, path(LOOKUP))  # both views open
    get(task_server.url, path(LOOKUP))
    answering_threads.clear()
    here, there = _raw_exchange(loop_server, request), _raw_exchange(task_server.url, request)
    assert answering_threads[0] == "kg-server" and answering_threads[1] != "kg-server"
    assert _masked_head(here) == _masked_head(there)
    assert _masked_head(here)[0] == "HTTP/1.1 200 OK"
    assert here.split(b"\r\n\r\n", 1)[1] == there.split(b"\r\n\r\n", 1)[1]


@pytest.mark.parametrize("request_line, headers", [
    ("HTTP/1.0", ""),  # no keep-alive by default: the connection closes after the answer
    ("HTTP/1.0", "Connection: keep-alive\r\n"),
    ("HTTP/1.1", "Connection: close\r\n"),
])
def test_lookups_whose_connection_needs_care_go_to_a_task_thread(loop_server, task_server,
                                                                 answering_threads,
                                                                 request_line, headers):
    """What waitress decides about the connection (HTTP/1.0, Connection: close) stays
    waitress's: such a lookup is answered through the app on a task thread, as before."""
    request = (f"GET {path(LOOKUP)} {request_line}\r\nHost: x\r\nAccept: text/csv\r\n"
               f"{headers}\r\n").encode()
    get(loop_server, path(LOOKUP))
    answering_threads.clear()
    here, there = _raw_exchange(loop_server, request), _raw_exchange(task_server.url, request)
    assert answering_threads and "kg-server" not in answering_threads
    assert _masked_head(here) == _masked_head(there)
    assert here.split(b"\r\n\r\n", 1)[1] == there.split(b"\r\n\r\n", 1)[1]
    assert b"v4" in here


def test_a_lookup_answered_on_the_loop_thread_is_counted(loop_server, answering_threads):
    """The loop thread's answers are in /metrics as any other answer of /sparql."""
    def answered() -> float:
        text = get(loop_server, "/metrics").body.decode()
        return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                   if line.startswith("kg_http_requests_total{")
                   and 'route="/sparql"' in line and 'status="200"' in line)

    get(loop_server, path(LOOKUP))
    before = answered()
    answering_threads.clear()
    for _ in range(3):
        assert get(loop_server, path(LOOKUP)).status == 200
    assert answering_threads == ["kg-server"] * 3
    assert answered() == before + 3
