"""Load benchmark: one large N-Triples file loaded by `kg load` (validated, all or nothing) and
by `oxigraph load` (Oxigraph's own bulk loader, no validation), side by side, with the peak RSS
of each (all processes) and the time until `kg serve` answers /healthz on the first start after
the load (issue 13); then validation alone, validated load, and pyoxigraph's own load of the
same quads from records, side by side in one run on this machine; plus per-article validation
time with 10 versus 10,000 articles already in the store.

    .venv/bin/python benchmarks/bench_load.py [--triples 1000000] [--only-file]
    .venv/bin/python benchmarks/bench_load.py [--records 10000] [--probe 200] [--triples 0]

Prints a table; figures are ratios within this run (absolute times drift on shared machines).
"""

from __future__ import annotations

import argparse
import atexit
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
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from kg.loader import load, validate_paths
from kg.rdf import record_to_quads
from kg.records import parse_record
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.synthetic import records, write_jsonl, write_ntriples

PAGE = os.sysconf("SC_PAGE_SIZE")
TRIPLES_PER_RECORD = 106  # of the generated news graph (kg.synthetic)


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


# --- one large N-Triples file: kg load vs oxigraph load, then the first start ---------------------

def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants (bytes), from /proc (Linux)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            pass  # it ended meanwhile
    return total


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Run `cmd`; its wall time, the peak RSS of its process tree (sampled every 50 ms) and
    the tail of its output. Fails loudly when it fails."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    peak = 0
    out: list[bytes] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - t
    reader.join(10)
    text = b"".join(out).decode("utf-8", "replace")
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{text[-3000:]}")
    return wall, peak, text.strip().splitlines()[-1] if text.strip() else ""


def time_to_healthz(cmd: list[str], url: str, env: dict | None = None,
                    timeout: float = 900) -> float:
    """Seconds from starting a server to its first 200 on `url`; stops the server."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while time.perf_counter() - t < timeout:
            if proc.poll() is not None:
                sys.exit(f"{' '.join(cmd)} exited with {proc.returncode} while starting")
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    if resp.status == 200:
                        return time.perf_counter() - t
            except OSError:
                pass
            time.sleep(0.02)
        sys.exit(f"{url} did not answer within {timeout:.0f} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def big_file(work: Path, triples: int) -> None:
    """`kg load` (validated, all or nothing) and `oxigraph load` of one N-Triples file of the
    generated news graph, side by side; then the first `kg serve` on the loaded store."""
    bin_dir = Path(sys.executable).parent
    records = max(1, triples // TRIPLES_PER_RECORD)
    work.mkdir(parents=True, exist_ok=True)
    nt = work / "news.nt"
    write_ntriples(nt, records)
    lines = sum(1 for _ in nt.open("rb"))
    print(f"\n## one N-Triples file: {lines:,} triples, {nt.stat().st_size / 1e6:.0f} MB "
          f"(kg.synthetic, {records:,} records); load average {_load()}")
    ox_wall, ox_rss, _ = run_measured([str(bin_dir / "oxigraph"), "load", "--location",
                                       str(work / "ox-store"), "--file", str(nt)])
    print(f"oxigraph load: {ox_wall:.1f} s, peak RSS {ox_rss / 1e6:.0f} MB; "
          f"load average {_load()}", flush=True)
    kg_store = work / "kg-store"
    kg_wall, kg_rss, last = run_measured([str(bin_dir / "kg"), "--store", str(kg_store), "load",
                                          str(nt)])
    print(f"kg load:       {kg_wall:.1f} s, peak RSS {kg_rss / 1e6:.0f} MB (all processes); "
          f"load average {_load()}\n  kg said: {last}", flush=True)
    print(f"kg load speed / oxigraph load speed: {ox_wall / kg_wall:.2f} (target >= 0.5); "
          f"kg peak RSS {kg_rss / 1e9:.2f} GB (target <= 1 GB)", flush=True)
    # The first start after the load: the store has never been opened since.
    port = free_port()
    env = {**os.environ, "KG_STORE": str(kg_store), "KG_PORT": str(port)}
    first = time_to_healthz([str(bin_dir / "kg"), "serve"], f"http://127.0.0.1:{port}/healthz", env)
    second = time_to_healthz([str(bin_dir / "kg"), "serve"], f"http://127.0.0.1:{port}/healthz",
                             env)
    port = free_port()
    ox_start = time_to_healthz([str(bin_dir / "oxigraph"), "serve-read-only", "--location",
                                str(work / "ox-store"), "--bind", f"127.0.0.1:{port}"],
                               f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")
    print(f"kg serve: /healthz answered {first:.2f} s after the first start following the load "
          f"(target <= 2 s), {second:.2f} s after the next; oxigraph serve-read-only answered "
          f"{ox_start:.2f} s after its start; load average {_load()}", flush=True)


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--probe", type=int, default=200, help="records validated for the per-article figure")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--triples", type=int, default=1_000_000,
                    help="size of the one N-Triples file loaded by kg load and oxigraph load "
                         "(0: skip)")
    ap.add_argument("--only-file", action="store_true",
                    help="only the one-file comparison and the first start, not the records")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-load-"))
    atexit.register(shutil.rmtree, work, True)  # also when a run fails half-way
    n = args.records
    print(f"kg load benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} cores, {n} records, "
          f"load average {_load()} at start")
    if args.triples:
        try:
            big_file(work / "file", args.triples)
        finally:
            shutil.rmtree(work / "file", ignore_errors=True)
    if args.only_file:
        shutil.rmtree(work, ignore_errors=True)
        return 0

    data = write_jsonl(work / "records.jsonl", n)
    quads = [q for rec in records(n) for q in record_to_quads(parse_record(rec))]
    nq = work / "same-quads.nq"
    nq.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    nquads = len(quads)
    print(f"input: {data.stat().st_size / 1e6:.1f} MB JSON Lines, {nquads} quads "
          f"({nquads / n:.0f} per record)")

    settings = Settings.from_env({}, store=str(work / "unused"))

    base_store = EmbeddedStore(work / "pyoxigraph-only")
    t_raw, _ = timed(lambda: base_store.oxigraph.load(path=str(nq), format=ox.RdfFormat.N_QUADS))

    val_store = EmbeddedStore(work / "validate-only")
    t_val, summary = timed(lambda: validate_paths([data], val_store, settings))
    assert summary.report.conforms, summary.report.to_text(5)

    kg_store = EmbeddedStore(work / "kg-load")
    # exclusive=True: what `kg load` does (batches commit under an undo journal as they arrive)
    t_load, summary = timed(lambda: load([data], kg_store, settings, exclusive=True))
    assert summary.written
    print(f"kg load: {summary.write_seconds:.2f}s of {t_load:.2f}s spent committing batches "
          f"(staged, overlapping validation in the workers)")

    rows = [("pyoxigraph load of the same quads (no validation)", t_raw),
            ("kg validate (parse + convert + SHACL, no write)", t_val),
            ("kg load (parse + convert + SHACL + write)", t_load)]
    print(f"\n{'':52} {'records/s':>10} {'triples/s':>10} {'vs pyoxigraph':>14}")
    for label, secs in rows:
        print(f"{label:52} {n / secs:>10.0f} {nquads / secs:>10.0f} {t_raw / secs:>13.2f}x")

    # Per-article validation time, 10 versus N articles already in the store (one process, so
    # the figure is the validation's own cost, not the pool's).
    small = EmbeddedStore(work / "small")
    load([write_jsonl(work / "ten.jsonl", 10)], small, settings)
    probe = write_jsonl(work / "probe.jsonl", args.probe, seed=99, start=n + 100)
    one = settings.with_(validation_workers=1)

    def per_article(store):
        times = []
        for _ in range(args.repeat):
            t, s = timed(lambda: validate_paths([probe], store, one))
            assert s.report.conforms
            times.append(t / args.probe)
        return statistics.median(times)

    t_small, t_big = per_article(small), per_article(kg_store)
    print(f"\nper-article validation ({args.probe} new articles, median of {args.repeat}):")
    print(f"  with 10 articles in the store:     {t_small * 1000:.3f} ms")
    print(f"  with {n} articles in the store: {t_big * 1000:.3f} ms")
    print(f"  ratio: {t_big / t_small:.2f} (target <= 1.3)")
    print(f"\nvalidated load / pyoxigraph load throughput: {t_raw / t_load:.2f} (target >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
