"""Load benchmark (issue 2): validation alone, validated load, and pyoxigraph's own load of the
same quads, side by side in one run on this machine; plus per-article validation time with 10
versus 10,000 articles already in the store.

    .venv/bin/python benchmarks/bench_load.py [--records 10000] [--probe 200]

Prints a table; figures are ratios within this run (absolute times drift on shared machines).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.loader import load, validate_paths
from kg.rdf import record_to_quads
from kg.records import parse_record
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.synthetic import records, write_jsonl


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--probe", type=int, default=200, help="records validated for the per-article figure")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-load-"))
    n = args.records
    print(f"kg load benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} cores, {n} records, "
          f"load average {os.getloadavg()[0]:.2f} at start")

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
