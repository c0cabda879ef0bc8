"""Cluster ingest (issue 17): `kg ingest --cluster` on 1 and 2 Dask workers of this machine.

    .venv/bin/python benchmarks/bench_cluster.py [--articles 2000] [--repeat 2] [--local]

Each run starts a fresh `dask scheduler` and N `dask worker` processes (one thread each, no
dashboard, on 127.0.0.1), then times one real `kg ingest --cluster` process into a fresh
on-disk store: the workers start cold, so each loads spaCy and the gazetteer matchers once
(the run reports how often that happened). CPU is read per process (psutil): the workers (tasks
and Dask's own work), the scheduler, and the writer (`kg ingest`: the Dask client and the
store's writes). The writer's share is its write time and its CPU against the run's wall time.
`--local` adds `kg ingest --workers 2` (this machine's process pool) on the same input.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ingest import corpus  # noqa: E402

BIN = Path(sys.executable).parent


def start_cluster(directory: Path, workers: int) -> tuple[Path, list[subprocess.Popen]]:
    directory.mkdir(parents=True)
    scheduler_file = directory / "scheduler.json"
    procs = []

    def spawn(name: str, *args: str) -> None:
        with open(directory / f"{name}.log", "ab") as log:
            procs.append(subprocess.Popen([str(BIN / "dask"), *args], stdout=log,
                                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))

    spawn("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
          "--scheduler-file", str(scheduler_file))
    while not scheduler_file.exists():
        time.sleep(0.1)
    for i in range(workers):
        spawn(f"worker{i}", "worker", "--scheduler-file", str(scheduler_file), "--host",
              "127.0.0.1", "--nthreads", "1", "--no-dashboard",
              "--local-directory", str(directory / f"w{i}"))
    from distributed import Client

    with Client(scheduler_file=str(scheduler_file), timeout=60) as client:
        client.wait_for_workers(workers, timeout=120)
    return scheduler_file, procs


def stop(procs: list[subprocess.Popen]) -> None:
    for p in reversed(procs):
        p.terminate()
    for p in reversed(procs):
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def tree_cpu(procs: list[subprocess.Popen]) -> dict[int, float]:
    """CPU seconds of each process and its children (a worker runs under its nanny)."""
    out = {}
    for p in procs:
        try:
            root = psutil.Process(p.pid)
            total = sum(_cpu(x) for x in [root, *root.children(recursive=True)])
        except psutil.NoSuchProcess:
            total = 0.0
        out[p.pid] = total
    return out


def _cpu(proc: psutil.Process) -> float:
    try:
        t = proc.cpu_times()
        return t.user + t.system
    except psutil.NoSuchProcess:
        return 0.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cluster(texts: Path, work: Path, workers: int, n: int) -> dict:
    load = os.getloadavg()[0]
    scheduler_file, procs = start_cluster(work / "cluster", workers)
    try:
        before = tree_cpu(procs)
        writer_before = children_cpu()
        started = time.perf_counter()
        proc = subprocess.run([str(BIN / "kg"), "--store", str(work / "store"), "ingest",
                               "--cluster", str(scheduler_file), str(texts)],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - started
        writer_cpu = children_cpu() - writer_before
        after = tree_cpu(procs)
    finally:
        stop(procs)
        shutil.rmtree(work / "cluster", ignore_errors=True)
    if proc.returncode != 0:
        sys.exit(f"kg ingest --cluster failed: {proc.stderr[-3000:]}")
    out = proc.stdout
    cpu = {pid: after[pid] - before[pid] for pid in after}
    scheduler_pid = procs[0].pid
    write = float(re.search(r"writer: ([\d.]+)s writing", out).group(1))
    loads = int(re.search(r"loaded (\d+) time", out).group(1))
    quads = int(re.search(r"loaded: yes; (\d+) quads", out).group(1))
    store_bytes = sum(f.stat().st_size for f in (work / "store").rglob("*") if f.is_file())
    return {"label": f"{n} articles, {workers} Dask worker(s)", "n": n, "seconds": seconds,
            "load": load, "workers_cpu": sum(v for k, v in cpu.items() if k != scheduler_pid),
            "scheduler_cpu": cpu[scheduler_pid], "writer_cpu": writer_cpu, "write": write,
            "loads": loads, "quads": quads, "store_bytes": store_bytes, "stdout": out}


def run_local(texts: Path, work: Path, n: int) -> dict:
    load = os.getloadavg()[0]
    before = children_cpu()
    started = time.perf_counter()
    proc = subprocess.run([str(BIN / "kg"), "--store", str(work / "store"), "ingest",
                           "--workers", "2", str(texts)], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"kg ingest failed: {proc.stderr[-3000:]}")
    return {"label": f"{n} articles, kg ingest --workers 2", "n": n, "seconds": seconds,
            "load": load, "cpu": children_cpu() - before}


def _row_so_far(row: dict) -> None:
    """Each run as it ends (a long benchmark on a busy machine shows what it has)."""
    print(f"  done: {row['label']}, {row['seconds']:.1f} s, load average {row['load']:.2f} at "
          f"its start", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1, help="pairs of runs (1 then 2 workers)")
    ap.add_argument("--local", action="store_true", help="also time kg ingest --workers 2")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-cluster-"))
    print(f"kg ingest --cluster benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"{args.articles} generated ~5 KB articles (benchmarks/bench_ingest.py)")
    texts = corpus(work / "texts", args.articles, 1)
    rows, pairs = [], []
    for r in range(args.repeat):
        one = run_cluster(texts, work / f"one-{r}", 1, args.articles)
        _row_so_far(one)
        two = run_cluster(texts, work / f"two-{r}", 2, args.articles)
        _row_so_far(two)
        rows += [one, two]
        pairs.append((one, two))
    local = run_local(texts, work / "local", args.articles) if args.local else None
    print("\nEach run: a fresh scheduler and N workers (cold: each loads spaCy and the matchers "
          "once), one `kg ingest --cluster` into a fresh on-disk store (staged, all or nothing).")
    head = (f"{'run':34} {'load':>5} {'seconds':>8} {'art/s':>6} {'workers CPU':>12} "
            f"{'sched CPU':>10} {'writer CPU':>11} {'writing s':>10} {'writer share':>13} "
            f"{'loads':>6}")
    print("\n" + head)
    for row in rows:
        share = f"{row['write'] / row['seconds']:.0%} / {row['writer_cpu'] / row['seconds']:.0%}"
        print(f"{row['label']:34} {row['load']:>5.2f} {row['seconds']:>8.1f} "
              f"{row['n'] / row['seconds']:>6.1f} {row['workers_cpu']:>12.1f} "
              f"{row['scheduler_cpu']:>10.1f} {row['writer_cpu']:>11.1f} {row['write']:>10.1f} "
              f"{share:>13} {row['loads']:>6}")
    if local:
        print(f"{local['label']:34} {local['load']:>5.2f} {local['seconds']:>8.1f} "
              f"{local['n'] / local['seconds']:>6.1f} {'(all processes) ' + format(local['cpu'], '.1f'):>12}")
    print("\nwriter share: time spent writing into the store / CPU of the kg ingest process, "
          "both against the run's wall time")
    for one, two in pairs:
        print(f"speed-up 1 -> 2 Dask workers: {one['seconds'] / two['seconds']:.2f}x "
              f"(target >= 1.7; load average {one['load']:.2f} / {two['load']:.2f} at the starts)")
    last = rows[-1]
    n = last["n"]
    print(f"\nper article (last run): worker CPU {1000 * last['workers_cpu'] / n:.1f} ms, writer "
          f"CPU {1000 * last['writer_cpu'] / n:.1f} ms, scheduler CPU "
          f"{1000 * last['scheduler_cpu'] / n:.2f} ms, writing {1000 * last['write'] / n:.1f} ms; "
          f"{last['quads'] / n:.0f} quads; store on disk {last['store_bytes'] / last['quads']:.0f} "
          f"bytes/quad ({last['store_bytes'] / 1e6:.0f} MB, not compacted)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
