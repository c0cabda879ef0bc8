"""Real store backends for the backend-parametrized suite (loaded by tests/conftest.py).

* `oxigraph_server` (session): a real Oxigraph server (`oxigraph serve`, PyPI package `oxigraph`)
  on 127.0.0.1 with its data in a temporary directory; stopped at the end of the session.
* `virtuoso_server` (session): a private Virtuoso Open Source instance started with
  scripts/install-virtuoso.sh when `virtuoso-t` is installed (Debian package
  virtuoso-opensource); tests that need it are skipped, saying why, when it is not.
* `backend_store`: a clean GraphStore per test, parametrized over the backends; `backend_settings`
  are the matching settings. Servers start only when a selected test needs them.

Between tests the remote stores are cleared except for the two reference graphs (`kgg:ontology`,
`kgg:gazetteer`): they are identical for every test, `ensure_base_graphs` checks their hash, and
writing them again would cost ~3 s per test on Virtuoso.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from kg import namespaces as ns
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["embedded", "oxigraph-server", "virtuoso"]
KEEP = {ns.GRAPH_ONTOLOGY, ns.GRAPH_GAZETTEER}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen | None, seconds: float = 30.0) -> None:
    """Poll a SPARQL endpoint with a trivial query until it answers (bounded)."""
    deadline = time.monotonic() + seconds
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            r = requests.get(url, params={"query": "ASK { }"}, timeout=2,
                             headers={"Accept": "application/sparql-results+json"})
            if r.status_code == 200:
                return
        except requests.RequestException as exc:
            last = exc
        time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {seconds}s: {last}")


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


@dataclass
class Server:
    """A server process the tests started (stop() is bounded: TERM, then KILL)."""

    name: str
    url: str
    proc: subprocess.Popen | None
    directory: Path
    version: str = ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def start_oxigraph(directory: Path, port: int | None = None) -> Server:
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("the `oxigraph` server binary is missing: pip install oxigraph==0.5.13 "
                           "(the project's `test` extra)")
    port = port or free_port()
    directory.mkdir(parents=True, exist_ok=True)
    log = open(directory / "server.log", "ab")
    proc = subprocess.Popen([binary, "serve", "--location", str(directory / "data"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    log.close()
    server = Server("oxigraph-server", f"http://127.0.0.1:{port}", proc, directory)
    try:
        wait_until_up(server.url + "/query", proc)
    except Exception:
        server.stop()
        raise
    server.version = subprocess.run([binary, "--version"], capture_output=True, text=True,
                                    timeout=10).stdout.strip()
    return server


VIRTUOSO_SCRIPT = ROOT / "scripts" / "install-virtuoso.sh"


def virtuoso_missing() -> str | None:
    """Why Virtuoso cannot run here, or None when it can."""
    if os.environ.get("KG_TEST_NO_VIRTUOSO"):
        return "KG_TEST_NO_VIRTUOSO is set"
    if not shutil.which("virtuoso-t") or not (shutil.which("isql-vt") or shutil.which("isql")):
        return ("virtuoso-t is not installed (Debian: scripts/install-virtuoso.sh install, "
                "i.e. apt-get install virtuoso-opensource)")
    return None


def start_virtuoso(directory: Path) -> Server:
    http = free_port()
    sql = free_port()
    out = subprocess.run(["bash", str(VIRTUOSO_SCRIPT), "start", str(directory), str(http),
                          str(sql)], capture_output=True, text=True, timeout=120)
    server = Server("virtuoso", f"http://127.0.0.1:{http}/sparql", None, directory)
    if out.returncode != 0:
        stop_virtuoso(server)
        raise RuntimeError(f"virtuoso did not start: {out.stderr.strip()[-2000:]}")
    version = subprocess.run(["bash", str(VIRTUOSO_SCRIPT), "version"], capture_output=True,
                             text=True, timeout=30).stdout.strip()
    server.version = version
    wait_until_up(server.url, None)
    return server


def stop_virtuoso(server: Server) -> None:
    subprocess.run(["bash", str(VIRTUOSO_SCRIPT), "stop", str(server.directory)],
                   capture_output=True, timeout=60)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    why = virtuoso_missing()
    if why:
        pytest.skip(f"Virtuoso backend not run: {why}")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    stop_virtuoso(server)


def remote_settings(url: str, tmp_path: Path, **extra) -> Settings:
    return Settings.from_env({}, store=url, store_timeout=60.0, **extra)


def clean_remote(store) -> None:
    """Drop every graph except the reference graphs (see the module docstring)."""
    graphs = [g for g in store.named_graphs() if g not in KEEP]
    for i in range(0, len(graphs), 100):
        store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs[i:i + 100]))


@pytest.fixture(params=BACKENDS)
def store_backend(request, tmp_path):
    """(name, store, settings) for one backend, clean; the store is closed afterwards."""
    from kg.store import EmbeddedStore, open_store

    name = request.param
    if name == "embedded":
        settings = Settings.from_env({}, store=str(tmp_path / "store"))
        store = EmbeddedStore(tmp_path / "store")
    else:
        server = request.getfixturevalue("oxigraph_server" if name == "oxigraph-server"
                                         else "virtuoso_server")
        settings = remote_settings(server.url, tmp_path)
        store = open_store(settings)
        clean_remote(store)
    yield name, store, settings
    if name != "embedded":
        clean_remote(store)
    store.close()


@pytest.fixture
def backend_store(store_backend):
    return store_backend[1]


@pytest.fixture
def backend_settings(store_backend):
    return store_backend[2]
