"""One benchmark, two checkouts, interleaved: did a change make kg slower?

    .venv/bin/python benchmarks/bench_regression.py pages --old ../pre15 --pairs 3
    .venv/bin/python benchmarks/bench_regression.py endpoint --old ../pre15 --pairs 3 \
        -- --sizes 100000 --no-rdflib --budget 3

Runs one of this tree's benchmark scripts against each checkout (its own `.venv`, its own `kg`
package), old, new, old, new, ..., so that the noise of a shared machine hits both alike. Each run
prints its figures; at the end, per figure: every run's value, new/old as a ratio of medians
(oriented so that > 1 means the new tree is slower), and the old-vs-old spread (the worst ratio
between two old runs): a ratio inside that spread is noise, not a regression. The load average is
printed before every run.

The script is this tree's (`--script-tree` picks another) so both checkouts are measured the same
way; a checkout whose `kg.synthetic` lacks a generator the script needs gets this tree's (data
generation only, no code under test). A script, not a test.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = {"endpoint": "bench_endpoint.py", "load": "bench_load.py", "pages": "bench_pages.py",
           "ingest": "bench_ingest.py", "extract": "bench_extract.py"}

# Run inside the checkout's venv: bind `kg` to that checkout before the script can put its own
# tree first on sys.path, lend it missing data generators, then run the script as __main__.
BOOT = r"""
import importlib.util, runpy, sys
from pathlib import Path
script, tree, gen = sys.argv[1], Path(sys.argv[2]).resolve(), sys.argv[3]
sys.path.insert(0, str(tree))
import kg, kg.synthetic as syn
if not Path(kg.__file__).resolve().is_relative_to(tree):
    sys.exit(f"kg imported from {kg.__file__}, not from {tree}")
spec = importlib.util.spec_from_file_location("_bench_synthetic", gen)
lent = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lent)
for name in ("write_ntriples", "busy_entity_quads"):
    if not hasattr(syn, name):
        setattr(syn, name, getattr(lent, name))
sys.path.insert(0, str(Path(script).parent))
sys.argv = [script, *sys.argv[4:]]
runpy.run_path(script, run_name="__main__")
"""

# Figures each script prints: (name, pattern with one number group, higher is better).
NUM = r"([0-9]+(?:\.[0-9]+)?)"
FIGURES: dict[str, list[tuple[str, str, bool]]] = {
    "endpoint": [
        ("lookup median ms (lean client)", r"^\| kg \| " + NUM + r" \| ", False),
        ("lookup p99 ms (lean client)", r"^\| kg \| [0-9.]+ \| " + NUM + r" \| ", False),
        ("lookup req/s, 8 client processes", r"^\| kg \| [0-9.]+ \| [0-9.]+ \| " + NUM + r" \|$",
         True),
        ("oxigraph lookup median ms (control)", r"^\| oxigraph \| " + NUM + r" \| ", False),
        ("oxigraph lookup req/s (control)", r"^\| oxigraph \| [0-9.]+ \| [0-9.]+ \| " + NUM
         + r" \|$", True),
    ],
    "load": [
        ("file: kg load s", r"^kg load: +" + NUM + r" s, peak RSS", False),
        ("file: kg load peak RSS MB", r"^kg load: +[0-9.]+ s, peak RSS " + NUM, False),
        ("file: oxigraph load s (control)", r"^oxigraph load: " + NUM + r" s", False),
        ("file: first kg serve to /healthz s", r"answered " + NUM + r" s after the first start",
         False),
        ("records: kg validate records/s", r"^kg validate \(parse.*? +" + NUM + r" +[0-9]+ +[0-9.]+x$",
         True),
        ("records: kg load records/s", r"^kg load \(parse.*? +" + NUM + r" +[0-9]+ +[0-9.]+x$",
         True),
        ("records: pyoxigraph load records/s (control)",
         r"^pyoxigraph load of the same quads.*? +" + NUM + r" +[0-9]+ +[0-9.]+x$", True),
        ("per-article validation ms, 10 in store", r"with 10 articles in the store: +" + NUM,
         False),
        ("per-article validation ms, N in store",
         r"with (?!10 )[0-9]+ articles in the store: +" + NUM, False),
    ],
    "pages": [
        ("entity page, 50 facts, ms", r"^entity with 50 facts: " + NUM + " ms", False),
        ("entity page, busy, page 1, ms", r"^entity with [0-9]+ facts, page 1 of [0-9]+: " + NUM,
         False),
        ("entity page, busy, page 2, ms", r"^entity with [0-9]+ facts, page 2 of [0-9]+: " + NUM,
         False),
        ("entity page, busy, last page, ms",
         r"^entity with [0-9]+ facts, page ([0-9]+) of \1: " + NUM, False),
    ],
    "ingest": [
        ("ingest 1 worker articles/s", r"articles, 1 worker +[0-9.]+ +" + NUM, True),
        ("ingest 2 workers articles/s", r"^[0-9]+ articles, 2 workers +[0-9.]+ +" + NUM, True),
        ("ingest 1 worker CPU ms/article",
         r"articles, 1 worker +[0-9.]+ +[0-9.]+ +[0-9.]+ +" + NUM + "$", False),
    ],
    "extract": [
        ("extract articles/s", r"articles/s[^0-9]*" + NUM, True),
    ],
}
# bench_endpoint's table of queries: kg's row of every (query, clients) cell.
QUERY_ROW = re.compile(r"^\| (.+?) \| (1|8) \| (kg|oxigraph) \| [0-9]+ \| " + NUM + r" \| "
                       + NUM + r" \| " + NUM + r" \| " + NUM + r" \|$")


def load_average() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def parse(bench: str, text: str) -> dict[str, tuple[float, bool]]:
    found: dict[str, tuple[float, bool]] = {}
    for line in text.splitlines():
        line = line.strip()
        for name, pattern, higher in FIGURES.get(bench, []):
            m = re.search(pattern, line)
            if m and name not in found:
                found[name] = (float(m.groups()[-1]), higher)
        m = QUERY_ROW.match(line) if bench == "endpoint" else None
        if m:
            q, clients, srv = m.group(1), m.group(2), m.group(3)
            who = "" if srv == "kg" else " (oxigraph, control)"
            found.setdefault(f"{q}, {clients} client(s): req/s{who}", (float(m.group(6)), True))
            if srv == "kg":
                found.setdefault(f"{q}, {clients} client(s): kg/oxigraph", (float(m.group(7)), True))
    return found


def run_one(tree: Path, script: Path, gen: Path, args: list[str], log: Path) -> str:
    python = tree / ".venv" / "bin" / "python"
    if not python.exists():
        sys.exit(f"{tree}: no .venv (run `python3 tools/dev.py test --co -q` there first)")
    started = time.perf_counter()
    proc = subprocess.run([str(python), "-c", BOOT, str(script), str(tree), str(gen), *args],
                          cwd=tree, capture_output=True, text=True)
    text = proc.stdout + proc.stderr
    log.write_text(text)
    if proc.returncode != 0:
        sys.exit(f"{script.name} against {tree} failed ({proc.returncode}); output in {log}:\n"
                 + text[-3000:])
    print(f"   ({time.perf_counter() - started:.0f} s; output in {log})", flush=True)
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", choices=sorted(SCRIPTS))
    ap.add_argument("--old", required=True, type=Path, help="the checkout measured against")
    ap.add_argument("--new", type=Path, default=HERE.parent, help="default: this checkout")
    ap.add_argument("--script-tree", type=Path, default=HERE.parent,
                    help="whose benchmark script runs against both (default: this checkout)")
    ap.add_argument("--also", action="append", default=[], metavar="NAME=PATH",
                    help="another checkout measured in each round, between old and new (e.g. "
                         "a commit in the middle of a series, to tell which part costs)")
    ap.add_argument("--pairs", type=int, default=3, help="rounds (each runs every checkout)")
    ap.add_argument("--logs", type=Path, default=None, help="directory for every run's output")
    ap.add_argument("--from-logs", action="store_true",
                    help="run nothing: summarize the outputs already in --logs")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = ap.parse_args(argv[:split])
    args.script_args = argv[split + 1:]  # after --: passed to the benchmark script
    trees = {"old": args.old.resolve()}
    trees.update({n: Path(p).resolve() for n, p in (a.split("=", 1) for a in args.also)})
    trees["new"] = args.new.resolve()
    script = args.script_tree.resolve() / "benchmarks" / SCRIPTS[args.bench]
    gen = args.script_tree.resolve() / "kg" / "synthetic.py"
    if args.from_logs and not args.logs:
        sys.exit("--from-logs needs --logs DIR")
    logs = args.logs or Path(f"/tmp/bench_regression-{args.bench}-{os.getpid()}")
    logs.mkdir(parents=True, exist_ok=True)
    print(f"bench_regression {args.bench}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
          f"{os.cpu_count()} cores; script {script}; args {' '.join(args.script_args) or '-'}\n"
          + "".join(f"\n{side} {tree}" for side, tree in trees.items()), flush=True)
    values: dict[str, dict[str, list[float]]] = {}
    higher_better: dict[str, bool] = {}
    for i in range(args.pairs):
        for side in trees:
            log = logs / f"{i + 1}-{side}.txt"
            when = f"from {log}" if args.from_logs else \
                f"{datetime.now(UTC):%H:%M:%S} UTC, load average {load_average()}"
            print(f"pair {i + 1}/{args.pairs}, {side}: {when}", flush=True)
            text = log.read_text() if args.from_logs else \
                run_one(trees[side], script, gen, args.script_args, log)
            figures = parse(args.bench, text)
            if not figures:
                sys.exit(f"no figures found in the output of {side} (see {logs})")
            for name, (value, higher) in figures.items():
                values.setdefault(name, {side: [] for side in trees})[side].append(value)
                higher_better[name] = higher
            print("   " + "; ".join(f"{k} {v[0]:g}" for k, v in figures.items()), flush=True)
    print(f"\nsummary, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {load_average()} at "
          f"the end. 'slower' = X/old oriented so that > 1 is worse (times X/old, rates "
          f"old/X); 'old spread' = worst old/old ratio, the noise floor")
    others = [side for side in trees if side != "old"]
    print("| figure | " + " | ".join(f"{side} runs" for side in trees) + " | "
          + " | ".join(f"{side} slower" for side in others) + " | old spread | verdict (new) |")
    print("|---" * (len(trees) + len(others) + 3) + "|")
    for name, v in values.items():
        old = v["old"]
        if not old or any(not v[side] for side in others):
            print(f"| {name} | " + " | ".join(str(v[side]) for side in trees)
                  + " | only some printed it |")
            continue
        mo = statistics.median(old)
        spread = max(old) / min(old) if min(old) else float("nan")
        ratios = {}
        for side in others:
            mx = statistics.median(v[side])
            ratios[side] = (mo / mx if higher_better[name] else mx / mo) if mo and mx \
                else float("nan")
        slower = ratios["new"]
        verdict = ("slower beyond noise" if slower > spread and slower > 1.05 else
                   "faster beyond noise" if 1 / slower > spread and slower < 0.95 else
                   "within noise")
        print(f"| {name} | " + " | ".join(", ".join(f"{x:g}" for x in v[side]) for side in trees)
              + " | " + " | ".join(f"{ratios[side]:.2f}" for side in others)
              + f" | {spread:.2f} | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
