"""kg's server sends a response of known length in one piece, head and body together (over a
real socket); a streamed response is sent as waitress sends it, the head, then each chunk."""

from __future__ import annotations

import http.client

import pytest

from kg.web.connections import GuardedChannel
from kg.web.server import make_server

BODY = b'{"head":{"vars":["p"]},"results":{"bindings":[]}}'


def app(environ, start_response):
    if environ["PATH_INFO"] == "/stream":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return iter([b"one ", b"two ", b"three"])
    start_response("200 OK", [("Content-Type", "application/json"),
                              ("Content-Length", str(len(BODY)))])
    return [BODY]


@pytest.fixture
def sends(monkeypatch):
    """What the server's channels handed to the socket, one entry per send (recorded before
    the send, so the client cannot read the answer before it is recorded)."""
    sent: list[bytes] = []
    original = GuardedChannel.send

    def send(self, data, *args, **kwargs):
        sent.append(bytes(data))
        return original(self, data, *args, **kwargs)

    monkeypatch.setattr(GuardedChannel, "send", send)
    return sent


@pytest.fixture
def server():
    srv = make_server(app, threads=2, max_body=1024).start_thread()
    yield srv
    srv.close()


def request(server, method: str, path: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_a_response_of_known_length_is_one_send(server, sends):
    for _ in range(3):  # keep-alive or not: each response in one piece
        status, headers, body = request(server, "GET", "/")
        assert (status, body) == (200, BODY)
        assert headers["Content-Length"] == str(len(BODY))
    assert len(sends) == 3
    for sent in sends:
        assert sent.startswith(b"HTTP/1.1 200 OK\r\n") and sent.endswith(b"\r\n\r\n" + BODY)


def test_a_streamed_response_is_still_chunked(server, sends):
    status, headers, body = request(server, "GET", "/stream")
    assert (status, body) == (200, b"one two three")
    assert headers.get("Transfer-Encoding") == "chunked"
    assert len(sends) > 1  # the head, then the chunks as they come

