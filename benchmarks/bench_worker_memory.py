"""What the query workers' in-memory snapshots cost a server: memory, and the work after a write.

    .venv/bin/python benchmarks/bench_worker_memory.py --sizes 100000 1000000

For each size: an on-disk store of bench_endpoint.py's data, then `kg serve` on it with 1 and
with 2 query workers. Once every worker has its snapshot, two clients run the long queries of
bench_endpoint.py side by side (so both workers touch their copies), and the RSS and PSS of
every process of the server (web process, fork server, workers; from /proc/PID/smaps_rollup,
where PSS splits a shared page among the processes sharing it) are summed. Then one write
through the endpoint (a Graph Store PUT of a one-triple graph): the time from the write's
response to the first query that sees it, to the first query that sees it from a memory
snapshot, and until every worker is back on memory; what each worker did for it (/healthz:
a whole copy, `build_seconds`, or an update of the written graphs, `update_seconds`); and the
memory again. `--fork-probe` instead asks whether workers forked from one in-memory store
would share it: it builds one, forks, and reads in the child (point lookups, the long queries,
a full scan), printing how much of the child's memory stays shared and how much the reads made
private (copy-on-write). `--kg-root` serves another checkout of kg (PYTHONPATH), e.g. main before a
change, with the same Python. A script, not a test; every figure is compared within one run.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_endpoint import EX, QUERIES, free_port, generate, wait_snapshots, wait_up  # noqa: E402

LONG = ("filtered listing", "aggregation", "multi-hop join", "CONSTRUCT")
TOKEN = "bench-token"


def tree(root: int) -> list[int]:
    """`root` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def memory(root: int) -> dict:
    """RSS and PSS (MB) summed over the server's processes, and per process."""
    total = {"rss": 0.0, "pss": 0.0}
    per = []
    for pid in tree(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                vals = {ln.split()[0].rstrip(":"): int(ln.split()[1]) / 1024
                        for ln in fh if ln.rstrip().endswith("kB")}
        except OSError:
            continue
        total["rss"] += vals.get("Rss", 0)
        total["pss"] += vals.get("Pss", 0)
        per.append(f"{pid}:{vals.get('Rss', 0):.0f}/{vals.get('Pss', 0):.0f}")
    return {"rss": round(total["rss"]), "pss": round(total["pss"]), "per": " ".join(per)}


def healthz(base: str) -> dict:
    return requests.get(base + "/healthz", timeout=30).json()["query_snapshot"]


def long_queries(url: str, rounds: int = 2) -> None:
    """Two clients, each running the long queries `rounds` times: both workers work."""
    def client():
        with requests.Session() as s:
            for _ in range(rounds):
                for name in LONG:
                    r = s.get(url, params={"query": QUERIES[name]}, timeout=600,
                              headers={"Accept": "application/n-triples" if name == "CONSTRUCT"
                                       else "application/sparql-results+json"})
                    r.raise_for_status()
    threads = [threading.Thread(target=client) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def view_of(resp: requests.Response) -> str:
    for part in resp.headers.get("Server-Timing", "").split(","):
        if part.strip().startswith("snapshot;desc="):
            return part.strip().split("=", 1)[1]
    return "?"


def write_and_wait(base: str, url: str, n: int) -> dict:
    """One write, then: first query that sees it, first that sees it from memory, all workers
    back on memory at the new generation (queries from two clients keep both workers busy)."""
    graph = f"{EX}bench-write-{n}"
    ask = f"ASK {{ GRAPH <{graph}> {{ <{EX}w{n}> <{EX}name> 'written' }} }}"
    with requests.Session() as s:
        r = s.put(base + "/data", params={"graph": graph},
                  data=f"<{EX}w{n}> <{EX}name> 'written' .",
                  headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"},
                  timeout=600)
        r.raise_for_status()
        committed = time.perf_counter()
        out: dict = {}
        while "memory_s" not in out:
            r = s.get(url, params={"query": ask}, timeout=600)
            r.raise_for_status()
            if r.json()["boolean"]:
                now = time.perf_counter() - committed
                out.setdefault("visible_s", round(now, 3))
                out.setdefault("visible_view", view_of(r))
                if view_of(r) == "memory":
                    out["memory_s"] = round(now, 3)
            time.sleep(0.005)
    # every worker: keep both busy until all are on memory at the pool's generation
    stop = threading.Event()

    def client():
        with requests.Session() as s2:
            while not stop.is_set():
                s2.get(url, params={"query": QUERIES["filtered listing"]}, timeout=600)

    threads = [threading.Thread(target=client) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        while True:
            snap = healthz(base)
            if all(w["view"] == "memory" and w["generation"] == snap["generation"]
                   for w in snap["workers"]):
                out["all_memory_s"] = round(time.perf_counter() - committed, 3)
                break
            time.sleep(0.05)
    finally:
        stop.set()
        for t in threads:
            t.join()
    out["workers"] = [{k: w.get(k) for k in ("pid", "build_seconds", "update_seconds", "copies",
                                             "updates", "memory_quads")}
                      for w in snap["workers"]]
    return out


def _rollup(pid: int | str = "self") -> dict:
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        return {ln.split()[0].rstrip(":"): int(ln.split()[1]) // 1024
                for ln in fh if ln.rstrip().endswith("kB")}


def fork_probe(size: int, data: Path) -> None:
    """One in-memory store, a forked child reading it: how much stays shared (MB)."""
    mem = ox.Store()
    mem.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    parent = _rollup()
    print(f"fork probe: the parent holding the store: RSS {parent['Rss']} MB", flush=True)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, and report what is still shared after each step
        os.close(r)

        def report(step: str) -> None:
            m = _rollup()
            shared = m.get("Shared_Clean", 0) + m.get("Shared_Dirty", 0)
            os.write(w, f"  child after {step}: RSS {m['Rss']} MB, shared {shared} MB, "
                        f"private (copied on write) {m['Private_Dirty']} MB\n".encode())
        try:
            report("fork")
            for i in range(2000):
                list(mem.query(QUERIES["point lookup"].replace("{i}", str(i * 7 % (size // 5))),
                               use_default_graph_as_union=True))
            report("2,000 point lookups")
            for name in LONG:
                t = time.perf_counter()
                rows = sum(1 for _ in mem.query(QUERIES[name], use_default_graph_as_union=True))
                report(f"{name} ({rows} rows, {time.perf_counter() - t:.2f} s)")
            quads = sum(1 for _ in mem.quads_for_pattern(None, None, None, None))
            report(f"a full scan ({quads} quads)")
        finally:
            os._exit(0)
    os.close(w)
    out = b""
    while chunk := os.read(r, 65536):
        out += chunk
    os.waitpid(pid, 0)
    print(out.decode(), end="", flush=True)


def serve(store: Path, workers: int, kg_root: Path | None,
          threads: int | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "KG_STORE": str(store), "KG_PORT": str(port), "KG_QUERY_TIMEOUT": "600",
           "KG_MAX_ROWS": "1000000", "KG_QUERY_WORKERS": str(workers), "KG_WRITE_TOKEN": TOKEN}
    if threads is not None:  # query threads per worker (a kg that has the setting)
        env["KG_QUERY_THREADS"] = str(threads)
    if kg_root is not None:
        env["PYTHONPATH"] = str(kg_root)
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from kg.cli import main; "
                             "sys.argv[0] = 'kg'; sys.exit(main())", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=store.parent)  # not the checkout: `-c` puts the cwd on sys.path
    return proc, f"http://127.0.0.1:{port}"


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--writes", type=int, default=2, help="writes timed one after the other")
    ap.add_argument("--kg-root", type=Path, help="serve this checkout of kg (PYTHONPATH)")
    ap.add_argument("--threads", type=int,
                    help="query_threads per worker (default: the server's; kg before the "
                         "setting has one thread per worker)")
    ap.add_argument("--fork-probe", action="store_true",
                    help="only: do reads in a forked child dirty a shared in-memory store?")
    args = ap.parse_args()
    import kg
    root = args.kg_root or Path(kg.__file__).resolve().parent.parent
    with open("/proc/loadavg") as fh:
        load = " ".join(fh.read().split()[:3])
    print(f"bench_worker_memory.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {load}, "
          f"{os.cpu_count()} cores, pyoxigraph {ox.__version__}, kg from {root}", flush=True)
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as work:
            data = Path(work) / "data.nq"
            generate(size, data)
            print(f"\n## {size:,} triples\n", flush=True)
            if args.fork_probe:
                fork_probe(size, data)
                continue
            base_rss = None
            for workers in args.workers:
                store = Path(work) / f"store-{workers}"  # each server starts from the same data
                st = ox.Store(str(store))
                st.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
                st.flush()
                del st
                proc, base = serve(store, workers, args.kg_root, args.threads)
                try:
                    url = base + "/sparql"
                    wait_up(url, proc)
                    ready = wait_snapshots(base + "/healthz")
                    long_queries(url)
                    mem = memory(proc.pid)
                    base_rss = base_rss or mem
                    threads = requests.get(base + "/healthz", timeout=30).json().get(
                        "query_threads", 1)
                    print(f"{workers} worker(s) x {threads} thread(s), {ready}\n  after the long queries: RSS "
                          f"{mem['rss']} MB, PSS {mem['pss']} MB (x{mem['rss'] / base_rss['rss']:.2f}"
                          f" / x{mem['pss'] / base_rss['pss']:.2f} of 1 worker); per process "
                          f"RSS/PSS MB {mem['per']}", flush=True)
                    for n in range(args.writes):
                        with open("/proc/loadavg") as fh:
                            load = " ".join(fh.read().split()[:3])
                        w = write_and_wait(base, url, n)
                        mem = memory(proc.pid)
                        print(f"  write {n + 1} (load {load}): visible to the next query after "
                              f"{w['visible_s']} s ({w['visible_view']}), from memory after "
                              f"{w['memory_s']} s, every worker on memory after "
                              f"{w['all_memory_s']} s; workers {w['workers']}; then RSS "
                              f"{mem['rss']} MB, PSS {mem['pss']} MB", flush=True)
                finally:
                    stop(proc)


if __name__ == "__main__":
    main()
