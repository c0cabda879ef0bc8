"""kg with different query worker layouts against Oxigraph's server, on one query, in turns.

    .venv/bin/python benchmarks/bench_layouts.py --work .bench --size 100000 \\
        --query "filtered listing" --layout 1x4 1x8 --rounds 3

Uses the data and stores bench_endpoint.py --work left in WORK/<size> (each kg layout serves its
own copy of the kg store, so each can open it). Every round measures Oxigraph's server and each
layout one after the other with 8 clients (bench_endpoint.measure), so all see the same moments
of a shared machine; prints each cell with the load average and its ratio to the Oxigraph cell
of the same round. A script, not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import bench_endpoint as b


def start_kg(store: Path, workers: int, threads: int, extra: dict) -> tuple[subprocess.Popen, str]:
    port = b.free_port()
    env = {**os.environ, "KG_STORE": str(store), "KG_PORT": str(port), "KG_QUERY_TIMEOUT": "600",
           "KG_MAX_ROWS": "1000000", "KG_QUERY_WORKERS": str(workers),
           "KG_QUERY_THREADS": str(threads), **extra}
    proc = subprocess.Popen([str(b.VENV_BIN / "kg"), "serve"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    b.wait_up(url, proc)
    return proc, url


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--query", default="filtered listing", choices=list(b.QUERIES))
    ap.add_argument("--layout", nargs="+", default=["1x4", "1x8"],
                    help="WORKERSxTHREADS per kg server")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--requests", type=int, default=60, help="requests per client per cell")
    ap.add_argument("--budget", type=float, default=8.0)
    ap.add_argument("--env", nargs="*", default=[], help="KG_X=Y settings for every kg server")
    args = ap.parse_args()
    work = args.work / str(args.size)
    extra = dict(kv.split("=", 1) for kv in args.env)
    procs: dict[str, subprocess.Popen] = {}
    urls: dict[str, str] = {}
    try:
        port = b.free_port()
        procs["oxigraph"] = subprocess.Popen(
            [str(b.VENV_BIN / "oxigraph"), "serve-read-only", "--location",
             str(work / "oxigraph-store"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        urls["oxigraph"] = f"http://127.0.0.1:{port}/query"
        b.wait_up(urls["oxigraph"], procs["oxigraph"])
        for layout in args.layout:
            workers, threads = (int(x) for x in layout.split("x"))
            store = work / f"kg-store-{layout}"
            if not store.exists():
                shutil.copytree(work / "kg-store", store)
            procs[layout], urls[layout] = start_kg(store, workers, threads, extra)
            print(f"kg {layout}: {b.wait_snapshots(urls[layout].rsplit('/', 1)[0] + '/healthz')}",
                  flush=True)
        entities = args.size // 5
        q = b.QUERIES[args.query]
        print(f"{args.query}, {args.size:,} triples, 8 clients, {args.rounds} rounds, "
              f"extra {extra}")
        for r in range(args.rounds):
            base = None
            for name, url in urls.items():
                load = b._load()
                res = b.measure(url, q, 8, args.requests, args.budget, entities)
                base = res["qps"] if name == "oxigraph" else base
                print(f"{time.strftime('%H:%M:%S')} round {r + 1} {name}: {res['qps']:.1f} req/s "
                      f"(median {res['median'] * 1000:.1f} ms, n {res['n']}) "
                      f"{res['qps'] / base:.2f}x  load {load}", flush=True)
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGINT)
        for proc in procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
