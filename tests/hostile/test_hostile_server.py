"""Hostile input, classes 2 and 7 (issue #14): connections that never finish their request, and
the answers waitress gives without calling the app.

Reproduces: 110 slowloris connections (each sending half a request header) stopped the server
answering anyone; waitress's own 413 (and 400) pages were text, not kg's JSON error shape.
Each test is headed by what it reproduces; the requests are inline.
"""

from __future__ import annotations

import socket
import time

import pytest
import requests
from fixtures_web import start_live_server
from hostile_helpers import assert_kg_error, still_answers


@pytest.fixture
def server(tmp_path):
    live = start_live_server(tmp_path, max_body_bytes=1000, request_read_timeout=2.0)
    yield live
    live.server.close()
    live.store.close()


def raw(server, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes on a fresh connection; return all it answers until it closes."""
    host, port = server.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def half_open(server, n: int) -> list[socket.socket]:
    """n connections that each send the start of a request and never finish it."""
    host, port = server.split("//")[1].split(":")
    socks = []
    for i in range(n):
        s = socket.create_connection((host, int(port)), timeout=10)
        s.sendall(f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow-{i}: ".encode())
        socks.append(s)
    return socks


def test_slowloris_connections_do_not_stop_the_server_answering(tmp_path):
    # Reproduces: 110 connections that each sent half a header held every connection slot
    # (waitress stops accepting at its limit), and the server answered no one.
    live = start_live_server(tmp_path)
    socks = []
    try:
        socks = half_open(live, live.settings.max_connections + 20)
        started = time.monotonic()
        r = requests.get(live.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=20)
        assert r.status_code == 200, r.text
        assert time.monotonic() - started < 20  # the hang detector, not a benchmark
    finally:
        for s in socks:
            s.close()
        live.server.close()
        live.store.close()


def test_a_request_that_never_finishes_is_closed_at_the_read_timeout(server):
    # Reproduces: a connection could hold its half-sent request open for as long as it sent a
    # byte every two minutes (waitress's only deadline was inactivity).
    host, port = server.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(b"GET /sparql HTTP/1.1\r\nHost: x\r\n")
        deadline = time.monotonic() + 25
        closed = False
        while time.monotonic() < deadline:
            try:
                s.sendall(b"X-Keep: 1\r\n")  # a byte now and then: never idle
                s.settimeout(0.5)
                if s.recv(1024) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue
            except OSError:
                closed = True
                break
        assert closed, "the half-sent request was never closed"
    still_answers(server)


def test_waitress_413_is_kg_json_naming_the_setting(server):
    # Reproduces: a body over waitress's cap got waitress's text page "Request Entity Too Large".
    r = requests.post(server.sparql, data=b"x" * 5000, timeout=30,
                      headers={"Content-Type": "application/sparql-query"})
    assert_kg_error(r, 413, "too_large", "max_body_bytes")


def test_waitress_413_for_a_chunked_body_is_kg_json(server):
    def chunks():
        for _ in range(10):
            yield b"x" * 1000

    r = requests.post(server.sparql, data=chunks(), timeout=30,
                      headers={"Content-Type": "application/sparql-query"})
    assert_kg_error(r, 413, "too_large", "max_body_bytes")


@pytest.mark.parametrize("request_bytes,status", [
    (b"GET /sparql HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n", 400),
    (b"GET /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: twelve\r\n\r\n", 400),
    (b"GET /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
], ids=["bad-header", "bad-length", "unknown-encoding"])
def test_waitress_400_pages_are_kg_json(server, request_bytes, status):
    # Waitress answers requests it cannot parse itself; they get kg's error shape too.
    answer = raw(server, request_bytes)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert f" {status} ".encode() in head.split(b"\r\n")[0], answer[:300]
    assert b"application/json" in head
    assert set(__import__("json").loads(body)) >= {"error", "message"}
    still_answers(server)
