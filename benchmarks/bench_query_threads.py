"""Do threads of one process evaluate pyoxigraph in-memory queries in parallel? (issue 13 item 4)

    .venv/bin/python benchmarks/bench_query_threads.py --size 100000 --seconds 6

Loads bench_endpoint.py's data into one in-memory `pyoxigraph.Store()`, then runs the query mix
of bench_endpoint.py (the long queries and the ASK, in turn) from 1, 2 and 4 threads of this one
process for a fixed time each, serializing every answer the way a query worker does
(kg.web.evaluation.evaluate: Python-side row serialization), and prints queries per second and
the ratio to one thread. A ratio near the number of free cores says one process holding one copy
can serve that many queries at once; near 1.0 says the GIL serializes them. A script, not a
test; compare figures within one run only (print the load average with them).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_endpoint import QUERIES, generate  # noqa: E402

from kg.web.evaluation import QueryRequest, evaluate  # noqa: E402

MIX = ("filtered listing", "aggregation", "multi-hop join", "CONSTRUCT", "ASK")


def one(store: ox.Store, query: str, serializer: str) -> None:
    if serializer == "python":
        out: list = []
        evaluate(store, QueryRequest(query, accept="application/sparql-results+json"), out.append)
        assert out and out[0][0] in ("full", "head"), out[:1]
        return
    results = store.query(query, use_default_graph_as_union=True)
    if serializer == "rust":
        if isinstance(results, ox.QuerySolutions):
            results.serialize(format=ox.QueryResultsFormat.JSON)
        elif isinstance(results, ox.QueryTriples):
            results.serialize(format=ox.RdfFormat.N_TRIPLES)
    elif serializer == "none":
        if not isinstance(results, ox.QueryBoolean):
            for _ in results:
                pass


def run(store: ox.Store, threads: int, seconds: float, serializer: str,
        processes: bool = False) -> tuple[int, float]:
    if processes:
        return run_processes(store, threads, seconds, serializer)
    done = [0] * threads
    stop = time.monotonic() + seconds

    def loop(k: int) -> None:
        i = k
        while time.monotonic() < stop:
            one(store, QUERIES[MIX[i % len(MIX)]], serializer)
            done[k] += 1
            i += 1

    started = time.monotonic()
    ts = [threading.Thread(target=loop, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sum(done), time.monotonic() - started


def run_processes(store: ox.Store, n: int, seconds: float, serializer: str) -> tuple[int, float]:
    """The same loop in n forked processes, one thread each (each reads the store forked from
    this one: what N worker processes with N copies would do, without the copies' memory)."""
    started = time.monotonic()
    stop = started + seconds
    pids, reads = [], []
    for k in range(n):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            count, i = 0, k
            while time.monotonic() < stop:
                one(store, QUERIES[MIX[i % len(MIX)]], serializer)
                count += 1
                i += 1
            os.write(w, str(count).encode())
            os._exit(0)
        os.close(w)
        pids.append(pid)
        reads.append(r)
    total = 0
    for pid, r in zip(pids, reads, strict=True):
        total += int(os.read(r, 64) or b"0")
        os.close(r)
        os.waitpid(pid, 0)
    return total, time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--serializers", nargs="+", default=["python", "rust"],
                    choices=["python", "rust", "none"],
                    help="python: kg.web.evaluation as a worker does; rust: QuerySolutions."
                         "serialize (JSON) / QueryTriples.serialize; none: iterate only")
    ap.add_argument("--processes", action="store_true",
                    help="also run each count as forked processes (one thread each)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.nq"
        generate(args.size, path)
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    print(f"bench_query_threads.py, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cores, "
          f"{args.size} triples, pyoxigraph {ox.__version__}")
    for r in range(args.rounds):
        for ser in args.serializers:
            base = None
            for n in args.threads:
                for procs in ((False, True) if args.processes else (False,)):
                    count, took = run(store, n, args.seconds, ser, procs)
                    qps = count / took
                    base = base or qps
                    unit = "process(es)" if procs else "thread(s)"
                    print(f"round {r + 1}, {ser} serializer: {n} {unit}: {count} queries in "
                          f"{took:.1f} s = {qps:.1f}/s ({qps / base:.2f}x one thread)  "
                          f"load {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
