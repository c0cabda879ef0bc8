"""Parallel ingest (issue 7): `kg ingest --workers N` on generated article texts.

    .venv/bin/python benchmarks/bench_ingest.py [--small 1000] [--large 10000]

Reports, in one run: articles/s with 1 and 2 workers on the small corpus (the speed-up), and
articles/s with 2 workers on the small and the large corpus (how throughput scales with size).
Each run is a real `kg ingest` process into a fresh on-disk store.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import DAYS, DEMONYMS, NUMS, PLACES, STATES, TEMPLATES, WEAPONS  # noqa: E402

FACTS, FILLER = TEMPLATES[:5], TEMPLATES[5:]


def article(rng: random.Random, size: int = 5000) -> str:
    """~5 KB of news-like text where about one sentence in six states a fact (the bench_extract
    articles state one in two, which makes every article a large load)."""
    parts, length = ["Generated headline about regional security", "2024-03-15", ""], 0
    while length < size:
        t = rng.choice(FACTS) if rng.random() < 0.17 else rng.choice(FILLER)
        s1, s2 = rng.sample(STATES, 2)
        dem, dem2 = rng.sample(DEMONYMS, 2)
        sent = t.format(n=rng.choice(NUMS), m=rng.choice(NUMS), dem=dem, dem2=dem2,
                        place=rng.choice(PLACES), day=rng.choice(DAYS), s1=s1, s2=s2,
                        k=rng.choice([10, 20, 100]), w=rng.choice(WEAPONS))
        parts.append(sent[0].upper() + sent[1:])
        length += len(sent) + 1
    return "\n".join(parts)


def corpus(directory: Path, n: int, seed: int) -> Path:
    directory.mkdir(parents=True)
    rng = random.Random(seed)
    for i in range(n):
        (directory / f"a{i:06d}.txt").write_text(article(rng), "utf-8")
    return directory


def ingest(texts: Path, store: Path, workers: int) -> tuple[float, float]:
    """One real `kg ingest` process; returns (wall seconds, CPU seconds of it and its workers)."""
    kg = Path(sys.executable).parent / "kg"
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.run([str(kg), "--store", str(store), "ingest", "--workers", str(workers),
                           str(texts)], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"kg ingest failed: {proc.stderr[-2000:]}")
    for line in proc.stdout.strip().splitlines():
        print("   ", line)
    return elapsed, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the small-corpus pair this many times (alternating), report each")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    atexit.register(shutil.rmtree, work, True)  # also when a run fails half-way
    print(f"kg ingest benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at start; generated ~5 KB articles")
    small = corpus(work / "small", args.small, 1)
    rows = []
    pairs = []
    for r in range(args.repeat):
        t1 = ingest(small, work / f"s1-{r}", 1)
        t2 = ingest(small, work / f"s2-{r}", 2)
        pairs.append((t1[0], t2[0]))
        rows += [(f"{args.small} articles, 1 worker", args.small, t1),
                 (f"{args.small} articles, 2 workers", args.small, t2)]
    t3 = None
    if args.large:
        large = corpus(work / "large", args.large, 2)
        t3 = ingest(large, work / "s3", 2)
        rows.append((f"{args.large} articles, 2 workers", args.large, t3))
    print("\n1 worker: one process extracts, validates and writes; 2 workers: two processes "
          "extract and validate\nwhile the first one commits each batch as it arrives, in order, "
          "under an undo journal (kg.store.staging)")
    print(f"\n{'run':36} {'seconds':>8} {'articles/s':>11} {'CPU s':>7} {'CPU ms/article':>15}")
    for label, n, (t, cpu) in rows:
        print(f"{label:36} {t:>8.1f} {n / t:>11.1f} {cpu:>7.1f} {1000 * cpu / n:>15.1f}")
    for t1, t2 in pairs:
        print(f"\nspeed-up 1 -> 2 workers: {t1 / t2:.2f}x (target >= 1.7)")
    if t3 is not None:
        t2 = pairs[-1][1]
        print(f"throughput {args.large} vs {args.small} articles (2 workers): "
              f"{(args.large / t3[0]) / (args.small / t2):.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
