"""Endpoint benchmark: kg vs Oxigraph's own server vs rdflib-endpoint, same data, same queries.

    .venv/bin/python benchmarks/bench_endpoint.py --sizes 100000 1000000

Generates data of the given sizes (triples), serves it from the three servers (each as its own
process on 127.0.0.1), checks that all return the same answers, then measures latency (median,
p95) and throughput with 1 and 8 concurrent clients (keep-alive HTTP sessions) and prints a
table with ratios to Oxigraph's server. Before the table, the point lookup is measured with a
lean client (http.client; `requests` costs about a millisecond per request itself): latency
(median, p99) and throughput with 8 client processes, kg against Oxigraph's server, in turns,
with each server's CPU time per lookup (its process tree, from /proc: unlike throughput, it
hardly depends on what else shares the machine) and a third server, `hello`: a bare WSGI app on
kg's own server that answers every request with a fixed body, the floor under any lookup
answered by one kg process. A script, not a test.

rdflib-endpoint runs from its own venv (it wants another rdflib): create it with
    python3.11 -m venv benchmarks/.venv-rdflib-endpoint
    benchmarks/.venv-rdflib-endpoint/bin/pip install rdflib-endpoint uvicorn
or pass --no-rdflib.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import multiprocessing
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import requests

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
RDFLIB_VENV = ROOT / "benchmarks" / ".venv-rdflib-endpoint"
EX = "http://bench.example.org/"
TYPES = 10

QUERIES = {
    "point lookup": f"SELECT ?p ?o WHERE {{ <{EX}e{{i}}> ?p ?o }}",
    "filtered listing": (f"PREFIX ex: <{EX}> SELECT ?s ?v WHERE {{ ?s a ex:Type3 ; ex:value ?v "
                         f"FILTER(?v >= 1000 && ?v < 3000) }} ORDER BY ?v LIMIT 100"),
    "aggregation": (f"PREFIX ex: <{EX}> SELECT ?t (COUNT(?s) AS ?n) (SUM(?v) AS ?total) WHERE "
                    f"{{ ?s a ?t ; ex:value ?v }} GROUP BY ?t ORDER BY ?t"),
    "multi-hop join": (f"PREFIX ex: <{EX}> SELECT ?a ?c WHERE {{ ?a a ex:Type2 ; ex:knows ?b . "
                       f"?b ex:knows ?c . ?c a ex:Type4 ; ex:value ?v FILTER(?v < 5000) }} "
                       f"ORDER BY ?a ?c LIMIT 100"),
    "CONSTRUCT": (f"PREFIX ex: <{EX}> CONSTRUCT {{ ?s ex:name ?n }} WHERE {{ ?s a ex:Type5 ; "
                  f"ex:name ?n ; ex:value ?v FILTER(?v < 2000) }}"),
    "ASK": f"PREFIX ex: <{EX}> ASK {{ ?s ex:knows ?s2 . ?s2 ex:knows ?s }}",
}


def generate(n_triples: int, path: Path) -> None:
    """About 5 triples per entity, spread over 100 named graphs, deterministic."""
    entities = n_triples // 5
    with open(path, "w") as fh:
        for i in range(entities):
            s = f"<{EX}e{i}>"
            g = f"<{EX}graph/{i % 100}>"
            fh.write(f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Type{i % TYPES}> {g} .\n")
            fh.write(f'{s} <{EX}name> "entity {i}" {g} .\n')
            value = f'"{(i * 7919) % 100000}"^^<http://www.w3.org/2001/XMLSchema#integer>'
            fh.write(f"{s} <{EX}value> {value} {g} .\n")
            fh.write(f"{s} <{EX}knows> <{EX}e{(i * 31 + 7) % entities}> {g} .\n")
            fh.write(f"{s} <{EX}knows> <{EX}e{(i * 17 + 3) % entities}> {g} .\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, timeout: float = 900) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {proc.returncode}")
        try:
            r = requests.get(url, params={"query": "ASK {}"},
                             headers={"Accept": "application/sparql-results+json"}, timeout=5)
            if r.status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up")


def wait_snapshots(healthz: str, timeout: float = 600) -> str:
    """Wait until kg's query workers have finished their in-memory snapshots (or say they will
    stay on disk) and the server's compaction after its start has ended (kg.web.compaction),
    so no cell measures a worker still copying or a store still being compacted. Returns what
    they ended on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = requests.get(healthz, timeout=10).json()
        snap = health.get("query_snapshot") or {}
        workers = snap.get("workers") or []
        compaction = health.get("compaction") or {"status": "off"}
        if (workers and all(w["status"] in ("ready", "too_big", "off", "failed") for w in workers)
                and compaction["status"] != "running"):
            return (", ".join(f"{w['view']} ({w['status']}, {w['memory_quads']} quads, copy "
                              f"{w['build_seconds']} s)" for w in workers)
                    + f"; compaction after the start: {compaction['status']}"
                    + (f" in {compaction['seconds']} s" if "seconds" in compaction else ""))
        time.sleep(0.5)
    sys.exit("kg's query workers did not finish their snapshots")


class Servers:
    def __init__(self, data: Path, work: Path, with_rdflib: bool):
        self.procs: dict[str, subprocess.Popen] = {}
        self.urls: dict[str, str] = {}
        self.data, self.work, self.with_rdflib = data, work, with_rdflib

    def start(self) -> None:
        # kg: the production path (`kg serve`) over an on-disk store loaded by pyoxigraph.
        kg_store = self.work / "kg-store"
        if not (self.work / "kg-store.done").exists():  # --work: loaded once, then reused
            st = ox.Store(str(kg_store))
            st.bulk_load(path=str(self.data), format=ox.RdfFormat.N_QUADS)
            st.flush()
            del st
            (self.work / "kg-store.done").touch()
        port = free_port()
        env = {**os.environ, "KG_STORE": str(kg_store), "KG_PORT": str(port),
               "KG_QUERY_TIMEOUT": "600", "KG_MAX_ROWS": "1000000"}
        self.procs["kg"] = subprocess.Popen([str(VENV_BIN / "kg"), "serve"], env=env,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.urls["kg"] = f"http://127.0.0.1:{port}/sparql"
        # Oxigraph's own server (PyPI `oxigraph`), union default graph like kg.
        ox_store = self.work / "oxigraph-store"
        if not (self.work / "oxigraph-store.done").exists():
            subprocess.run([str(VENV_BIN / "oxigraph"), "load", "--location", str(ox_store),
                            "--file", str(self.data)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            (self.work / "oxigraph-store.done").touch()
        if not (self.work / "oxigraph-store.optimized").exists():
            # `oxigraph load` leaves its store uncompacted, and serve-read-only never compacts
            # it (Oxigraph's docs: optimize is for a read-only endpoint under load). Measured at
            # 5,000,000 triples: the aggregation took 27-28 s read-only before, 6.0 s after
            # the store had been compacted; at 1,000,000 no difference. kg's store is compacted
            # by kg's own read-write open, so Oxigraph gets the same.
            subprocess.run([str(VENV_BIN / "oxigraph"), "optimize", "--location", str(ox_store)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            (self.work / "oxigraph-store.optimized").touch()
        port = free_port()
        self.procs["oxigraph"] = subprocess.Popen(
            [str(VENV_BIN / "oxigraph"), "serve-read-only", "--location", str(ox_store), "--bind",
             f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.urls["oxigraph"] = f"http://127.0.0.1:{port}/query"
        if self.with_rdflib:
            nt = self.work / "data.nt"
            with open(self.data) as src, open(nt, "w") as dst:
                for line in src:
                    dst.write(line.rsplit(" <", 1)[0] + " .\n")
            self._start_rdflib()
        for name, url in self.urls.items():
            wait_up(url, self.procs[name])
        self.kg_snapshot = wait_snapshots(self.urls["kg"].rsplit("/", 1)[0] + "/healthz")
        self.kg_snapshot += "; RSS " + ", ".join(f"{name} {rss_mb(proc.pid):,.0f} MB"
                                                for name, proc in self.procs.items())

    def _start_rdflib(self) -> None:
        port = free_port()
        self.procs["rdflib-endpoint"] = subprocess.Popen(
            [str(RDFLIB_VENV / "bin" / "rdflib-endpoint"), "serve", str(self.work / "data.nt"),
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.urls["rdflib-endpoint"] = f"http://127.0.0.1:{port}/"

    def restart_rdflib(self) -> None:
        """After a request gave up on it: rdflib-endpoint goes on evaluating an abandoned query
        (no cancellation), which would slow every later measurement."""
        proc = self.procs["rdflib-endpoint"]
        proc.kill()
        proc.wait(10)
        self._start_rdflib()
        wait_up(self.urls["rdflib-endpoint"], self.procs["rdflib-endpoint"])

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        for proc in self.procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def ask(session: requests.Session, url: str, query: str, timeout: float = 600) -> requests.Response:
    forms = ("PREFIX EX: <HTTP://BENCH.EXAMPLE.ORG/> CONSTRUCT", "CONSTRUCT")
    kind = "graph" if query.lstrip().upper().startswith(forms) else "results"
    accept = "application/n-triples" if kind == "graph" else "application/sparql-results+json"
    r = session.get(url, params={"query": query}, headers={"Accept": accept}, timeout=timeout)
    r.raise_for_status()
    return r


def normalize(resp: requests.Response, query: str):
    """An answer comparable across servers (numbers as numbers, rows as a sorted list)."""
    if "CONSTRUCT" in query:
        return sorted(line.strip() for line in resp.text.splitlines() if line.strip())
    data = resp.json()
    if "boolean" in data:
        return data["boolean"]

    def val(b):
        if b is None:
            return None
        v = b["value"]
        if b.get("datatype", "").startswith("http://www.w3.org/2001/XMLSchema#") and \
                b["datatype"].rsplit("#", 1)[1] in ("integer", "decimal", "double", "int", "long"):
            return round(float(v), 6)
        return v
    names = data["head"]["vars"]
    return sorted(tuple(val(row.get(n)) for n in names) for row in data["results"]["bindings"])


def check_answers(servers: Servers, entities: int, cap: float,
                  only: list[str] | None = None) -> tuple[dict[str, str], set]:
    """Whether every server gives Oxigraph's answer; rdflib-endpoint gets `cap` seconds per
    query (and is restarted when it overran). Returns the status per query and the
    (server, query) pairs that gave no answer within the cap."""
    status, gave_up = {}, set()
    s = requests.Session()
    for name, q in QUERIES.items():
        if only is not None and name not in only:
            continue
        q = q.replace("{i}", str(entities // 3))
        answers = {}
        for srv, url in list(servers.urls.items()):
            try:
                answers[srv] = normalize(ask(s, url, q, timeout=cap if srv == "rdflib-endpoint"
                                             else 600), q)
            except requests.Timeout:
                gave_up.add((srv, name))
                servers.restart_rdflib()
                s = requests.Session()
        ref = answers["oxigraph"]
        bad = [srv for srv, a in answers.items() if a != ref]
        status[name] = "same" if not bad else "DIFFERENT: " + ", ".join(bad)
        status[name] += "".join(f" ({srv}: no answer within {cap:.0f} s)"
                                for srv, qn in sorted(gave_up) if qn == name)
        if isinstance(ref, list) and not ref:
            status[name] += " (empty!)"
    return status, gave_up


def measure(url: str, query: str, clients: int, requests_per_client: int, budget: float,
            entities: int, warm: bool = True, timeout: float = 600) -> dict:
    latencies: list[float] = []
    timeouts: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + budget

    def client(k: int):
        s = requests.Session()
        if warm:
            ask(s, url, query.replace("{i}", str(k)))  # warm the connection
        for j in range(requests_per_client):
            if j and time.monotonic() > stop_at:
                break
            q = query.replace("{i}", str((k * 7919 + j * 104729) % entities))
            t = time.perf_counter()
            try:
                ask(s, url, q, timeout=timeout)
            except requests.Timeout:
                with lock:
                    timeouts.append(q)
                return
            dt = time.perf_counter() - t
            with lock:
                latencies.append(dt)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if timeouts or not latencies:
        return {"timeouts": len(timeouts)}
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, math.ceil(0.95 * len(latencies)) - 1)]
    return {"n": len(latencies), "median": statistics.median(latencies), "p95": p95,
            "qps": len(latencies) / wall}


# --- point lookups with a lean client ------------------------------------------------------------
# `requests` costs ~1 ms per request itself and 8 client threads share one GIL, which hid the
# servers' own latency; these use http.client on one keep-alive connection per client, and
# separate client processes for the concurrent figure.

def _lookup_path(url: str, i: int, entities: int) -> str:
    q = QUERIES["point lookup"].replace("{i}", str((i * 7919) % entities))
    return urlsplit(url).path + "?" + urlencode({"query": q})


def _lookup_loop(url: str, entities: int, start: int, count: int, until: float | None) -> list[float]:
    """Point lookups on one keep-alive connection; the latency of each (seconds)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    out: list[float] = []
    headers = {"Accept": "application/sparql-results+json"}
    try:
        for j in range(count):
            path = _lookup_path(url, start + j, entities)
            t = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            resp.read()
            out.append(time.perf_counter() - t)
            if resp.status != 200:
                raise RuntimeError(f"{url}: HTTP {resp.status}")
            if until is not None and time.perf_counter() > until:
                break
    finally:
        conn.close()
    return out


def lookup_latency(url: str, entities: int, n: int) -> dict:
    """Median and p99 of `n` sequential point lookups (after 200 to warm up)."""
    _lookup_loop(url, entities, 10_000, 200, None)
    lat = sorted(_lookup_loop(url, entities, 0, n, None))
    return {"n": len(lat), "median": statistics.median(lat),
            "p99": lat[min(len(lat) - 1, math.ceil(0.99 * len(lat)) - 1)]}


def _client_process(url: str, entities: int, k: int, seconds: float, out) -> None:
    t = time.perf_counter()
    done = len(_lookup_loop(url, entities, k * 100_003, 10**9, t + seconds))
    out.put(done / (time.perf_counter() - t))


def lookup_throughput(url: str, entities: int, clients: int, seconds: float,
                      pid: int | None = None) -> tuple[float, float | None]:
    """Point lookups per second, summed over `clients` client processes running for `seconds`
    each (separate processes: one Python client process would be the bottleneck), and the
    server's CPU time per lookup (its process and children, from /proc; None elsewhere)."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_client_process, args=(url, entities, k, seconds, out))
             for k in range(clients)]
    cpu0 = cpu_seconds(pid)
    t = time.perf_counter()
    for p in procs:
        p.start()
    rate = sum(out.get(timeout=seconds + 120) for _ in procs)
    for p in procs:
        p.join(10)
    elapsed, cpu1 = time.perf_counter() - t, cpu_seconds(pid)
    per = None if cpu0 is None or cpu1 is None or not rate else (cpu1 - cpu0) / (rate * elapsed)
    return rate, per


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of process `pid` and its living descendants (Linux /proc).

    The CPU a server spends per request does not depend on what else shares the machine, where
    its throughput does: with both cores busy, throughput is about cores / (CPU per request)."""
    if pid is None or not os.path.exists(f"/proc/{pid}/stat"):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}  # pid -> (parent, cpu seconds)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    tree, total = {pid}, 0.0
    changed = True
    while changed:
        changed = False
        for child, (parent, _) in stats.items():
            if parent in tree and child not in tree:
                tree.add(child)
                changed = True
    for member in tree:
        if member in stats:
            total += stats[member][1]
    return total


# A bare WSGI app on kg's own server (waitress, the connection guard, TCP_NODELAY), answering
# every request with a fixed 5-row JSON body: the floor under any single-process kg lookup.
HELLO = """
import sys
from kg.web.server import make_server
BODY = b'{"head":{"vars":["p","o"]},"results":{"bindings":[' + b",".join(
    b'{"p":{"type":"uri","value":"http://bench.example.org/p%d"},'
    b'"o":{"type":"literal","value":"x"}}' % i for i in range(5)) + b"]}}"
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/sparql-results+json"),
                              ("Content-Length", str(len(BODY)))])
    return [BODY]
server = make_server(app, "127.0.0.1", int(sys.argv[1]))
server.serve()
"""


def lookups(urls: dict[str, str], entities: int, n: int, clients: int, seconds: float,
            rounds: int = 3, pids: dict[str, int] | None = None) -> list[str]:
    """The point lookup, kg vs Oxigraph's server, with a lean client: latency (median and p99
    of `n` sequential lookups; the best of `rounds` runs, the servers taking turns so both see
    the same moments of a shared machine), then throughput with `clients` client processes
    (the best of `rounds` runs each, in turns) and the server CPU per lookup (the least of the
    rounds). A third row, `hello`, is a bare WSGI app on kg's own server (kg.web.server) that
    answers every request with a fixed body: what a single kg process costs before the app."""
    pids = dict(pids or {})
    port = free_port()
    hello = subprocess.Popen([sys.executable, "-c", HELLO, str(port)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        urls = {**urls, "hello": f"http://127.0.0.1:{port}/sparql"}
        pids["hello"] = hello.pid
        _wait_port(port, hello)
        names = ("kg", "oxigraph", "hello")
        lat: dict[str, list[dict]] = {name: [] for name in names}
        qps: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(rounds):
            for name in names:
                lat[name].append(lookup_latency(urls[name], entities, n))
        for _ in range(rounds):
            for name in names:
                rate, per = lookup_throughput(urls[name], entities, clients, seconds,
                                              pids.get(name))
                qps[name].append(rate)
                if per is not None:
                    cpu[name].append(per)
    finally:
        hello.kill()
        hello.wait(10)
    best = {name: min(runs, key=lambda r: r["median"]) for name, runs in lat.items()}
    p99 = {name: min(r["p99"] for r in runs) for name, runs in lat.items()}
    rate = {name: max(runs) for name, runs in qps.items()}
    per = {name: (min(runs) if runs else None) for name, runs in cpu.items()}

    def us(value):
        return "n/a" if value is None else f"{value * 1e6:.0f}"

    out = [f"point lookup, lean client (http.client, keep-alive), best of {rounds} rounds; "
           f"load average {_load()}",
           "| server | median ms | p99 ms | req/s, " + f"{clients} client processes | "
           "server CPU µs per lookup |",
           "|---|---|---|---|---|"]
    for name in names:
        out.append(f"| {name} | {best[name]['median'] * 1000:.3f} | {p99[name] * 1000:.3f} | "
                   f"{rate[name]:.0f} | {us(per[name])} |")
    ratio = ("n/a" if per["kg"] is None or not per["oxigraph"]
             else f"{per['kg'] / per['oxigraph']:.2f}x")
    out.append(f"kg / oxigraph: median {best['kg']['median'] / best['oxigraph']['median']:.2f}x "
               f"(target <= 2), p99 {p99['kg'] / p99['oxigraph']:.2f}x (target <= 3), "
               f"throughput {rate['kg'] / rate['oxigraph']:.2f}x (target >= 2), "
               f"CPU per lookup {ratio}")
    out.append(f"hello (kg's server, no app) / oxigraph: median "
               f"{best['hello']['median'] / best['oxigraph']['median']:.2f}x, throughput "
               f"{rate['hello'] / rate['oxigraph']:.2f}x")
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid` and its descendants (Linux /proc), in MB; 0 elsewhere.
    Pages of a forked child still shared with its parent count twice: an upper bound."""
    total = 0.0
    for member in _tree(pid):
        try:
            with open(f"/proc/{member}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _tree(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    tree, changed = {pid}, True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in tree and child not in tree:
                tree.add(child)
                changed = True
    return tree


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the hello server exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("the hello server did not start")


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def ratio(value: float, base: float | None) -> str:
    return f"{value / base:.2f}" if base else "n/a"


def summary(cells: dict, cap: float, with_rdflib: bool) -> list[str]:
    """The issue's targets, from the cells just measured: kg vs Oxigraph's server on every
    query, and kg vs rdflib-endpoint on the join and the aggregation (a lower bound where
    rdflib-endpoint gave no answer within the cap)."""
    out = ["", "| query | clients | kg vs oxigraph | kg vs rdflib-endpoint |", "|---|---|---|---|"]
    for (qname, clients), results in cells.items():
        kg, oxi = results["kg"], results["oxigraph"]
        measured = isinstance(kg, dict) and isinstance(oxi, dict)
        vs_ox = f"{kg['qps'] / oxi['qps']:.2f}" if measured else "not measured (skipped)"
        vs_rdf = ""
        if with_rdflib and measured and qname in ("aggregation", "multi-hop join"):
            r = results.get("rdflib-endpoint")
            if isinstance(r, dict):
                vs_rdf = f"{kg['qps'] / r['qps']:.1f}"
            elif r and r.startswith("no answer"):
                vs_rdf = f"> {kg['qps'] * cap:.0f} (no answer within {cap:.0f} s)"
            else:
                vs_rdf = "not measured"
        out.append(f"| {qname} | {clients} | {vs_ox} | {vs_rdf} |")
    return out


def run(sizes: list[int], with_rdflib: bool, per_client: int, budget: float,
        slow_cap: float = 300, lookup_n: int = 2000, lookup_seconds: float = 5.0,
        lookups_only: bool = False, keep: Path | None = None,
        only: list[str] | None = None) -> str:
    lines = []
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines.append(f"bench_endpoint.py, {stamp}, {os.cpu_count()} cores, pyoxigraph "
                 f"{ox.__version__ if hasattr(ox, '__version__') else '?'}, load average "
                 f"{_load()} at start")
    for size in sizes:
        if keep is not None:  # generated and loaded once, reused by later runs
            work = keep / str(size)
            work.mkdir(parents=True, exist_ok=True)
        else:
            work = Path(tempfile.mkdtemp(prefix=f"kg-bench-{size}-"))
        data = work / "data.nq"
        if keep is None or not (work / "data.done").exists():
            generate(size, data)
            (work / "data.done").touch()
        servers = Servers(data, work, with_rdflib)
        try:
            t = time.perf_counter()
            servers.start()
            lines.append(f"\n## {size:,} triples (servers up in {time.perf_counter() - t:.0f} s; "
                         f"kg query workers: {servers.kg_snapshot})\n")
            entities = size // 5
            status, gave_up = check_answers(servers, entities, slow_cap, only)
            lines.append("answers: " + "; ".join(f"{k}: {v}" for k, v in status.items()))
            print(lines[-2] + "\n" + lines[-1], flush=True)
            lines.append("")
            if only is None:
                lines.extend(lookups(servers.urls, entities, lookup_n, 8, lookup_seconds,
                                     pids={k: p.pid for k, p in servers.procs.items()}))
                print("\n".join(lines[-8:]), flush=True)
                lines.append("")
            if lookups_only:
                continue
            header = ("| query | clients | server | n | median ms | p95 ms | req/s | "
                      "throughput vs oxigraph |")
            lines.append(header)
            lines.append("|---|---|---|---|---|---|---|---|")
            cells: dict = {}
            slow: dict = {}
            for qname, q in QUERIES.items():
                if only is not None and qname not in only:
                    continue
                for clients in (1, 8):
                    results = {}
                    for srv, url in servers.urls.items():
                        single = slow.get((srv, qname))
                        if (srv, qname) in gave_up:
                            results[srv] = f"no answer within {slow_cap:.0f} s"
                            continue
                        if clients > 1 and single is not None and single * clients > slow_cap:
                            results[srv] = (f"skipped: one request alone took {single:.0f} s, "
                                            f"{clients} at once would pass {slow_cap:.0f} s")
                            continue
                        results[srv] = measure(url, q, clients, per_client, budget, entities,
                                               warm=srv != "rdflib-endpoint", timeout=slow_cap)
                        if "timeouts" in results[srv]:
                            if srv != "rdflib-endpoint":
                                sys.exit(f"{srv} gave no answer within {slow_cap} s to {qname}")
                            results[srv] = f"no answer within {slow_cap:.0f} s"
                            gave_up.add((srv, qname))
                            servers.restart_rdflib()
                            continue
                        if clients == 1:
                            slow[(srv, qname)] = results[srv]["median"]
                    # Oxigraph's cell may be skipped too (one request alone took most of the cap,
                    # as the aggregation does at 5,000,000 triples on a busy machine).
                    ref = results["oxigraph"]
                    base = ref["qps"] if isinstance(ref, dict) else None
                    cells[(qname, clients)] = results
                    for srv, r in results.items():
                        if isinstance(r, str):
                            lines.append(f"| {qname} | {clients} | {srv} | {r} | | | | |")
                            continue
                        lines.append(f"| {qname} | {clients} | {srv} | {r['n']} | "
                                     f"{r['median'] * 1000:.2f} | {r['p95'] * 1000:.2f} | "
                                     f"{r['qps']:.1f} | {ratio(r['qps'], base)} |")
                    print("\n".join(lines[-len(results):]), flush=True)
            lines.extend(summary(cells, slow_cap, "rdflib-endpoint" in servers.urls))
            print("\n".join(lines[-8:]), flush=True)
        finally:
            servers.stop()
            if keep is None:
                shutil.rmtree(work, ignore_errors=True)
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    ap.add_argument("--requests", type=int, default=40, help="requests per client per cell")
    ap.add_argument("--budget", type=float, default=8.0, help="seconds per cell, at most")
    ap.add_argument("--slow-cap", type=float, default=300,
                    help="seconds rdflib-endpoint gets per request before it counts as no answer")
    ap.add_argument("--lookups", type=int, default=2000,
                    help="sequential point lookups per latency run (lean client)")
    ap.add_argument("--lookup-seconds", type=float, default=5.0,
                    help="seconds per concurrent point lookup run (8 client processes)")
    ap.add_argument("--lookups-only", action="store_true",
                    help="only the point lookup comparison, not the table of queries")
    ap.add_argument("--json", help="also write the table to this file")
    ap.add_argument("--work", type=Path,
                    help="keep the generated data and both stores in WORK/<size> and reuse them "
                         "in later runs (the kg store must not be written between runs)")
    ap.add_argument("--queries", nargs="+", choices=[q for q in QUERIES if q != "point lookup"],
                    help="check and measure only these queries (no point lookup comparison)")
    args = ap.parse_args()
    with_rdflib = (not args.no_rdflib and not args.lookups_only
                   and (RDFLIB_VENV / "bin" / "rdflib-endpoint").exists())
    table = run(args.sizes, with_rdflib, args.requests, args.budget, args.slow_cap, args.lookups,
                args.lookup_seconds, args.lookups_only, args.work, args.queries)
    print("\n" + table)
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table}))


if __name__ == "__main__":
    main()
