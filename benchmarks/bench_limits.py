"""Timings the endpoint's limits promise, which tests check as behaviour only (no wall clock):

* small answers over a kept-alive connection, with TCP_NODELAY (what kg serve sets) and without
  it (delayed ACKs: ~40 ms per answer): the ratio is the point;
* how long a runaway query takes to be answered 504, as a ratio to `query_timeout`;
* quick queries while one runs away, as a ratio to the same queries with nothing running.

    .venv/bin/python benchmarks/bench_limits.py [--requests 200]

Each server is kg's own app and waitress server (kg.web.server.make_server) over a temporary
on-disk store, on 127.0.0.1, in this process. A script, not a test: it prints its figures.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.settings import Settings  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.web import create_app  # noqa: E402
from kg.web.server import make_server  # noqa: E402

_VALUES = " ".join(str(i) for i in range(1000))
RUNAWAY = (f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {_VALUES} }} VALUES ?b {{ {_VALUES} }} "
           f"VALUES ?c {{ {_VALUES} }} }}")
QUICK = "ASK { ?s ?p ?o }"


def serve(tmp: Path, nodelay: bool = True, **settings):
    s = Settings.from_env({}, store=str(tmp / "store"), **settings)
    store = open_store(s)
    app = create_app(s, store=store)
    server = make_server(app, "127.0.0.1", 0)
    if not nodelay:
        server._server.adj.socket_options = [
            o for o in server._server.adj.socket_options
            if o != (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    server.start_thread()
    app.extensions["kg_endpoint"].warm_up()
    return server, store


def keepalive_ms(url: str, n: int) -> float:
    s = requests.Session()
    s.get(url + "/sparql", params={"query": "ASK {}"})
    started = time.perf_counter()
    for _ in range(n):
        s.get(url + "/sparql", params={"query": "ASK {}"}).raise_for_status()
    return (time.perf_counter() - started) / n * 1000


def quick_ms(url: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        requests.get(url + "/sparql", params={"query": QUICK}).raise_for_status()
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=200, help="requests per keep-alive series")
    ap.add_argument("--timeout", type=float, default=1.0, help="query_timeout of the runaway test")
    args = ap.parse_args()
    print(f"# bench_limits {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    with tempfile.TemporaryDirectory(prefix="kg-bench-limits-") as tmp_name:
        tmp = Path(tmp_name)
        rows = []
        for nodelay in (True, False):
            server, store = serve(tmp / f"nodelay-{nodelay}", nodelay=nodelay)
            try:
                rows.append((nodelay, keepalive_ms(server.url, args.requests)))
            finally:
                server.close()
                store.close()
        with_, without = rows[0][1], rows[1][1]
        print(f"small answer over keep-alive: {with_:.2f} ms with TCP_NODELAY, {without:.2f} ms "
              f"without ({without / with_:.1f}x slower without)")

        server, store = serve(tmp / "limits", query_timeout=args.timeout, query_workers=2)
        try:
            idle = quick_ms(server.url, 20)
            started = time.perf_counter()
            result = {}
            t = threading.Thread(target=lambda: result.setdefault("r", requests.get(
                server.url + "/sparql", params={"query": RUNAWAY})))
            t.start()
            time.sleep(0.1)
            busy = quick_ms(server.url, 5)
            t.join(60)
            elapsed = time.perf_counter() - started
            status = result["r"].status_code
            print(f"runaway query answered {status} after {elapsed:.2f} s at query_timeout="
                  f"{args.timeout:g} s ({elapsed / args.timeout:.2f}x the limit)")
            print(f"quick query while one runs away: median {statistics.median(busy):.2f} ms, "
                  f"max {max(busy):.2f} ms; idle median {statistics.median(idle):.2f} ms "
                  f"({statistics.median(busy) / statistics.median(idle):.2f}x)")
        finally:
            server.close()
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
