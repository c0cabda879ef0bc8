"""Hostile input, class 1: SERVICE and LOAD must never reach the network unless allow-listed,
however the text is written (issue #14).

Each case is headed by what it reproduces. A trap listener on 127.0.0.1 counts every connection;
it must count none. The last tests take the scan away to show the second wall: the engine runs
without network (kg.sandbox) and the write is refused, not performed.
"""

from __future__ import annotations

import socket
import threading

import pyoxigraph as ox
import pytest
import requests
from fixtures_web import start_live_server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import sandbox
from kg.errors import ForbiddenError
from kg.web import safety


class Trap:
    """A TCP listener on 127.0.0.1 that counts connections and answers each with a 404."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.hits = 0
        self._counted = threading.Condition()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self._counted:
                self.hits += 1
                self._counted.notify_all()
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            conn.close()

    def wait_for(self, hits: int, timeout: float = 30.0) -> bool:
        """Whether the trap has counted `hits` connections. The kernel completes a connection
        before this trap's thread accepts it, so a count read right after a connect can lag."""
        with self._counted:
            return self._counted.wait_for(lambda: self.hits >= hits, timeout)

    def close(self):
        self.sock.close()


@pytest.fixture(scope="module")
def trap():
    t = Trap()
    yield t
    t.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("ssrf"))
    yield live
    live.server.close()
    live.store.close()


def _bypasses(url: str) -> list[str]:
    return [
        # the red team's case: the old scan decoded \u0022 everywhere, Oxigraph only in strings
        f'SELECT * WHERE {{ BIND("x\\u0022" AS ?a) SERVICE <{url}/sparql> {{ ?s ?p ?o }} BIND("y" AS ?b) }}',
        f"SELECT * WHERE {{ BIND('x\\u0027' AS ?a) SERVICE <{url}/sparql> {{ ?s ?p ?o }} BIND('y' AS ?b) }}",
        # an escape inside the IRI: Oxigraph decodes it there
        f"SELECT * WHERE {{ SERVICE <{url.replace(':', chr(92) + 'u003A', 1)}/sparql> {{ ?s ?p ?o }} }}",
        # '<' as less-than followed by '#': a lexer that takes '<?b)SERVICE#>' for an IRI misses it
        f"SELECT * WHERE {{ ?a ?x ?b FILTER(?a<?b)SERVICE#>\n<{url}/sparql> {{ ?s ?p ?o }} }}",
        # long strings with quotes inside
        f'SELECT * WHERE {{ BIND("""a"b""" AS ?a) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}',
    ]


def test_query_bypasses_are_refused(server, trap):
    before = trap.hits
    for q in _bypasses(trap.url):
        for r in (requests.get(server.sparql, params={"query": q}),
                  requests.post(server.sparql, data={"query": q}),
                  requests.post(server.sparql, data=q.encode(),
                                headers={"Content-Type": "application/sparql-query"})):
            assert r.status_code in (400, 403), (q, r.status_code, r.text)
            assert "Traceback" not in r.text
    assert trap.hits == before


def test_update_bypasses_are_refused_and_write_nothing(server, trap):
    before = trap.hits
    graph = "http://example.org/ssrf-load"
    for update in (
        f'INSERT DATA {{ <http://a/s> <http://a/p> "x\\u0022" }} ; LOAD <{trap.url}/data.ttl> INTO GRAPH <{graph}>',
        f'PREFIX t: <{trap.url}/> INSERT DATA {{ <http://a/s> <http://a/p> "x\\u0022" }} ; LOAD t:data.ttl',
        f"LOAD SILENT <{trap.url.replace(':', chr(92) + 'u003A', 1)}/data.ttl> INTO GRAPH <{graph}>",
    ):
        r = requests.post(server.sparql, data={"update": update}, headers=server.auth)
        assert r.status_code == 403, (update, r.text)
        assert r.json()["error"] == "forbidden"
    assert trap.hits == before
    r = requests.get(server.sparql, params={"query": "ASK { <http://a/s> ?p ?o }"})
    assert r.json()["boolean"] is False


def test_scan_reads_as_oxigraph_reads():
    # keywords cannot be escaped; strings end where Oxigraph ends them
    assert safety.scan('SELECT * { BIND("x\\u0022" AS ?a) SERVICE <http://e/> {} }').services == ["http://e/"]
    assert safety.scan("SELECT * { SERVICE <http://e\\u003A1/> {} }").services == ["http://e:1/"]
    assert safety.scan("SELECT * { ?a ?b ?c FILTER(?a<?b)SERVICE#>\n<http://e/> {} }").services \
        == ["http://e/"]
    # what is not a SERVICE stays quiet: strings, comments, IRIs and variables named like one
    found = safety.scan('SELECT ?service WHERE { ?s <http://x/SERVICE> "SERVICE <http://a/>" } # SERVICE <b:c>')
    assert found.services == [] and found.verified


def test_engine_without_network_even_when_the_scan_is_fooled(server, trap, monkeypatch):
    """The second wall: with the scan taken away, the query worker cannot open a socket."""
    import kg.web.query_path as query_path
    import kg.web.sparql as sparql

    # Queries are scanned on the one query path, updates by the /sparql route.
    monkeypatch.setattr(query_path, "scan", lambda text, update=False, **kw: safety.ScanResult())
    monkeypatch.setattr(sparql, "scan", lambda text, update=False, **kw: safety.ScanResult())
    before = trap.hits
    q = f"SELECT * WHERE {{ SERVICE <{trap.url}/sparql> {{ ?s ?p ?o }} }}"
    r = requests.post(server.sparql, data={"query": q})  # POST: the WSGI fast path is GET only
    assert r.status_code == 403, r.text
    assert "network" in r.json()["message"]
    update = f"LOAD <{trap.url}/data.ttl> INTO GRAPH <http://example.org/fooled>"
    r = requests.post(server.sparql, data={"update": update}, headers=server.auth)
    assert r.status_code == 403, r.text
    assert trap.hits == before


@pytest.mark.skipif(not sandbox.available(), reason="seccomp sandbox: Linux x86_64/aarch64 only")
def test_sandboxed_thread_has_no_network_and_others_keep_it():
    # Its own trap: the module's trap would count this test's allowed connection only once its
    # thread accepts it, possibly after a later test has read its count (a CI failure, 2026-12-05).
    trap = Trap()
    result = {}

    def body():
        result["denied"] = sandbox.deny_network()
        try:
            socket.create_connection(("127.0.0.1", trap.port), timeout=2).close()
            result["connected"] = True
        except PermissionError:
            result["connected"] = False
        a, b = socket.socketpair()  # unix sockets (the workers' pipes) keep working
        a.close(), b.close()

    before = trap.hits
    t = threading.Thread(target=body)
    t.start()
    t.join()
    assert result == {"denied": True, "connected": False}
    assert trap.hits == before
    socket.create_connection(("127.0.0.1", trap.port), timeout=2).close()  # this thread: allowed
    assert trap.wait_for(before + 1)
    trap.close()


# --- found while hardening (issue #14): long texts, and engines kg cannot sandbox ----------------

def test_a_long_text_is_not_grammar_parsed_and_counts_as_unverified(monkeypatch):
    # Reproduces: the grammar parse is pure Python (~85 KB/s here), so a 10 MB query that
    # mentions "service" anywhere (a string will do) held the server's GIL for about two
    # minutes, no token needed. Texts over STRUCTURAL_MAX_CHARS are not parsed: unverified.
    called = []
    monkeypatch.setattr(safety, "_structural", lambda *a: called.append(1) or ([], []))
    text = ("SELECT * WHERE { ?s ?p 'service' } # " + "x" * safety.STRUCTURAL_MAX_CHARS)
    found = safety.scan(text)
    assert called == [] and not found.verified
    assert safety.scan("SELECT * WHERE { ?s ?p 'service' }").verified and called == [1]


def test_unverified_text_is_refused_where_the_engine_keeps_its_network():
    # Reproduces: with a remote store (its engine has the network; kg cannot sandbox it) and no
    # allow-list, a text the grammar could not verify ran as written, so a SERVICE hidden from
    # the lexer reached the network from the remote store's machine.
    hidden = "SELECT * WHERE { ?a ?x ?b FILTER(?a<?b)SERVICE#>\n<http://127.0.0.1:9/x> {} }"
    assert safety._lexical(hidden).services == []  # what the lexer alone sees
    # what the scan reports for such a text when the grammar cannot verify it (over
    # STRUCTURAL_MAX_CHARS, or syntax beyond rdflib's grammar): nothing found, unverified
    found = safety.ScanResult(verified=False)
    with pytest.raises(ForbiddenError, match="could not verify"):
        safety.check_safety(found, [], lambda g: False, sandboxed=False)
    safety.check_safety(found, [], lambda g: False, sandboxed=True)  # the sandbox is the wall


def test_a_long_query_hiding_a_service_still_never_reaches_the_network(server, trap):
    # The same trick in a query over STRUCTURAL_MAX_CHARS, on the embedded store: unverified,
    # so it runs, in a worker without network.
    before = trap.hits
    pad = "# " + "x" * safety.STRUCTURAL_MAX_CHARS + "\n"
    q = (f"SELECT * WHERE {{ {pad} BIND(1 AS ?a) BIND(2 AS ?b) FILTER(?a<?b)SERVICE#>\n"
         f"<{trap.url}/sparql> {{ ?s ?p ?o }} }}")
    r = requests.post(server.sparql, data=q.encode(), timeout=60,
                      headers={"Content-Type": "application/sparql-query"})
    assert r.status_code in (400, 403), r.text[:300]
    assert trap.hits == before


# --- differential: whatever the scan lets through never reaches the network --------------------

_FRAGMENTS = [
    'BIND("x\\u0022" AS ?a1)', "BIND('x\\u0027' AS ?a2)", 'BIND("""a"b""" AS ?a3)',
    "BIND('''a'b''' AS ?a4)", 'BIND("a\\\\" AS ?a5)', 'BIND("y" AS ?a6)', "BIND('y' AS ?a7)",
    "?a ?x ?b .", "FILTER(?a<?b)", "FILTER(?a <?b)", "FILTER(?a>?b)", "# SERVICE <x:y>\n", "#>\n",
    "<http://e/#x> ?p ?o .", "OPTIONAL { ?s ?p ?o }", "{}", 'FILTER("x\\u003E" != "<")',
]
_SEPARATORS = ["", " ", "\n", "#>\n", "# x\n"]
_KEYWORDS = ["SERVICE", "SERVICE SILENT", "service", "Service", "\\u0053ERVICE"]


@st.composite
def _queries(draw, url: str) -> str:
    """Mostly valid queries with tricky strings, comments and comparisons around a SERVICE."""
    sep = st.sampled_from(_SEPARATORS)
    frags = st.lists(st.sampled_from(_FRAGMENTS), max_size=4)
    target = draw(st.sampled_from([f"<{url}/q>", f"<{url.replace(':', chr(92) + 'u003A', 1)}/q>",
                                   "t:q", "?e"]))
    service = "".join([draw(st.sampled_from(_KEYWORDS)), draw(sep), target, draw(sep),
                       draw(st.sampled_from(["{}", "{ ?s ?p ?o }"]))])
    body = [*draw(frags), service, *draw(frags)] if draw(st.booleans()) else draw(frags)
    joined = "".join(part + draw(sep) for part in body)
    values = f"VALUES ?e {{ <{url}/v> }} " if target == "?e" else ""
    return f"PREFIX t: <{url}/> SELECT * WHERE {{ {values}{joined} }}"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_what_the_scan_passes_never_reaches_the_network(trap, data):
    query = data.draw(_queries(trap.url))
    found = safety.scan(query)
    if found.services or found.loads or not found.verified:
        return  # refused before the engine sees it
    before = trap.hits
    try:
        result = ox.Store().query(query)
        if isinstance(result, ox.QuerySolutions):
            list(result)
    except (SyntaxError, OSError, ValueError, RuntimeError):
        pass
    assert trap.hits == before, query
