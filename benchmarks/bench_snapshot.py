"""How to copy an on-disk store into memory inside a query worker, and what it costs.

    .venv/bin/python benchmarks/bench_snapshot.py --sizes 100000 1000000

For each size: builds an on-disk store from bench_endpoint.py's data, then, in a fresh process
per method, opens it read-only (as a query worker does) and copies it into a `pyoxigraph.Store()`
on a background thread while the main thread keeps answering a small query and serializing it
in Python (what a worker does while it copies). It reports the copy time, the RSS the copy
adds, and how much the main thread was held up: probe queries per second and the longest gap
between two probes (a call that holds the GIL shows as one long gap and a low rate); then the
time to free the copy and the gap that causes. It also times the long queries of
bench_endpoint.py on the disk view and on the memory copy. "kg" is what the workers do
(kg.web.snapshot.copy_to_memory); "count" is the bounded size check they make first. A script,
not a test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

METHODS = ("none", "len", "count", "extend", "bulk_extend", "dump+bulk_load", "dump_file+bulk_load",
           "kg")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def copy(disk: ox.Store, method: str, tmp: str) -> ox.Store | int | None:
    if method == "none":
        time.sleep(3)
        return None
    if method == "len":
        return len(disk)
    if method == "count":
        from kg.web.snapshot import count_quads

        return count_quads(disk, 2_000_000)
    if method == "kg":  # what the workers do: dump + bulk_load, blank nodes kept, empty graphs
        from kg.web.snapshot import copy_to_memory

        return copy_to_memory(disk)
    mem = ox.Store()
    if method == "extend":
        mem.extend(disk.quads_for_pattern(None, None, None, None))
    elif method == "bulk_extend":
        mem.bulk_extend(disk.quads_for_pattern(None, None, None, None))
    elif method == "dump+bulk_load":
        data = disk.dump(format=ox.RdfFormat.N_QUADS)
        mem.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        del data
    elif method == "dump_file+bulk_load":
        path = os.path.join(tmp, "snapshot.nq")
        disk.dump(path, format=ox.RdfFormat.N_QUADS)
        mem.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=True)
        os.unlink(path)
    else:
        raise ValueError(method)
    return mem


def _probing(disk: ox.Store, entities: int, work: Callable[[], object]) -> tuple[object, dict]:
    """Run `work` on a thread while this thread answers point lookups (parse, evaluate and
    serialize in Python, as a worker does); the gaps between probes show how long the main
    thread was held up (a call that holds the GIL shows as one long gap)."""
    from bench_endpoint import QUERIES

    from kg.web.results import write_solutions

    probe_q = QUERIES["point lookup"]
    done = threading.Event()
    out: dict = {}

    def run():
        t = time.perf_counter()
        try:
            out["result"] = work()
        finally:
            out["s"] = time.perf_counter() - t
            done.set()

    gaps: list[float] = []
    thread = threading.Thread(target=run)
    last = started = time.perf_counter()
    thread.start()
    i = 0
    while not done.is_set():
        sols = disk.query(probe_q.replace("{i}", str((i * 7919) % entities)),
                          use_default_graph_as_union=True)
        write_solutions(sols, "json", io.BytesIO(), 1000)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        i += 1
    elapsed = time.perf_counter() - started
    thread.join()
    return out["result"], {"s": round(out["s"], 2), "probe_rate": round(len(gaps) / elapsed, 1),
                           "probe_median_ms": round(statistics.median(gaps) * 1000, 3) if gaps else None,
                           "probe_max_ms": round(max(gaps) * 1000, 1) if gaps else None}


def child(store_path: str, method: str, entities: int) -> dict:
    """One method in this (fresh) process: copy on a thread while the main thread probes."""
    disk = ox.Store.read_only(store_path)
    rss0 = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        result, probe = _probing(disk, entities, lambda: copy(disk, method, tmp))
    rec = {"method": method, "copy_s": probe["s"], **{k: v for k, v in probe.items() if k != "s"},
           "rss_added_mb": round(rss_mb() - rss0)}
    if isinstance(result, ox.Store):
        from kg.web.snapshot import count_quads

        rec["quads"] = count_quads(result, 10**9)
        # the long queries, disk vs memory (best of 3)
        from bench_endpoint import QUERIES

        times = {}
        for name in ("filtered listing", "aggregation", "multi-hop join", "CONSTRUCT"):
            q = QUERIES[name]
            times[name] = [round(min(_timed(store, q) for _ in range(3)) * 1000)
                           for store in (disk, result)]
        rec["query_ms_disk_vs_memory"] = times
        # freeing the copy (it holds the GIL: the workers do it between queries)
        holder = [result]
        del result
        _, free = _probing(disk, entities, holder.clear)
        rec["free_s"], rec["free_max_gap_ms"] = free["s"], free["probe_max_ms"]
    elif isinstance(result, int):
        rec["quads"] = result
    return rec


def _timed(store: ox.Store, q: str) -> float:
    t = time.perf_counter()
    res = store.query(q, use_default_graph_as_union=True)
    if isinstance(res, ox.QuerySolutions):
        for _ in res:
            pass
    elif not isinstance(res, ox.QueryBoolean):
        for _ in res:
            pass
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    ap.add_argument("--child", nargs=3, metavar=("STORE", "METHOD", "ENTITIES"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], int(args.child[2]))))
        return
    from bench_endpoint import generate

    print(f"bench_snapshot.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
          f"pyoxigraph {ox.__version__}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as work:
            data = Path(work) / "data.nq"
            generate(size, data)
            store_path = str(Path(work) / "store")
            st = ox.Store(store_path)
            st.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
            st.flush()
            del st
            print(f"\n## {size:,} triples\n")
            print("| method | copy s | probe q/s | probe median ms | probe max gap ms | RSS added MB "
                  "| free s | free max gap ms |")
            print("|---|---|---|---|---|---|---|---|")
            extra = []
            for method in args.methods:
                proc = subprocess.run([sys.executable, __file__, "--child", store_path, method,
                                       str(size // 5)], capture_output=True, text=True,
                                      check=True)
                rec = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"| {method} | {rec['copy_s'] if method != 'none' else '-'} | "
                      f"{rec['probe_rate']} | {rec['probe_median_ms']} | {rec['probe_max_ms']} | "
                      f"{rec['rss_added_mb']} | {rec.get('free_s', '-')} | "
                      f"{rec.get('free_max_gap_ms', '-')} |", flush=True)
                if "query_ms_disk_vs_memory" in rec and not extra:
                    extra = rec["query_ms_disk_vs_memory"]
            if extra:
                print("\nlong queries, best of 3, disk view vs memory copy (ms):")
                for name, (d, m) in extra.items():
                    print(f"  {name}: {d} -> {m}")


if __name__ == "__main__":
    main()
