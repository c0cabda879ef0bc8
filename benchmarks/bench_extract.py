"""Extraction speed: articles/s and words/s on generated and example articles, one core.

    python benchmarks/bench_extract.py [--articles N] [--examples DIR]
    python benchmarks/bench_extract.py --against /path/to/other/tree [--rounds 3]

Generated articles are ~5 KB of varied news sentences (strikes, treaties, transfers, roles and
filler) built from templates here; example articles are any .txt files in --examples (default:
../shared/dev/articles when present). A last run doubles the article length to show that time
grows linearly with length. With --against, the same benchmark runs alternately on another
checkout's kg (say main, before a change) and on this one, each in its own process, and prints
the ratio of the rates per round: on a shared machine only ratios within one run mean much.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STATES = ["Russia", "Ukraine", "Iran", "Turkey", "Poland", "North Korea", "the United States",
          "Britain", "France", "Germany"]
DEMONYMS = ["Russian", "Ukrainian", "Iranian", "Turkish", "Polish", "British", "American"]
PLACES = ["Kyiv", "Kryvyi Rih", "Belgorod", "Moscow", "Tehran", "Ankara", "London"]
WEAPONS = ["ballistic missiles", "attack drones", "artillery shells", "cruise missiles",
           "Storm Shadow missiles", "Bayraktar TB2 drones", "tanks"]
NUMS = ["two", "three", "four", "at least five", "more than 20", "12", "seven"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{n} people were killed and {m} injured when a {dem} missile hit a residential area in "
    "{place} on {day}.",
    "{s1} and {s2} signed a {k}-year partnership agreement on {day}, officials said.",
    "{s1} has provided {s2} with {w}, according to officials in {place}.",
    "{s1} has sent troops, {w} and fuel to {s2}, the ministry said.",
    "{dem} president Vladimir Putin met his {dem2} counterpart in {place} on {day}.",
    "The talks in {place} focused on trade, energy and the price of grain this season.",
    "Analysts said the economy would grow slowly next year as inflation eased in {place}.",
    "A spokesperson declined to comment on the reports, saying the matter was under review.",
    "Officials in {place} said the weather had delayed road repairs for several weeks.",
    "“We will continue to work together for peace and stability,” the minister said.",
]


def generated_article(rng: random.Random, size: int = 5000) -> str:
    parts = ["Generated headline about regional security", "2024-03-15", ""]
    length = 0
    while length < size:
        t = rng.choice(TEMPLATES)
        s1, s2 = rng.sample(STATES, 2)
        dem, dem2 = rng.sample(DEMONYMS, 2)
        sent = t.format(n=rng.choice(NUMS), m=rng.choice(NUMS), dem=dem, dem2=dem2,
                        place=rng.choice(PLACES), day=rng.choice(DAYS), s1=s1, s2=s2,
                        k=rng.choice([10, 20, 100]), w=rng.choice(WEAPONS))
        sent = sent[0].upper() + sent[1:]
        parts.append(sent)
        length += len(sent) + 1
    return "\n".join(parts)


def run(label: str, texts: list[str], extract) -> tuple[float, float]:
    """Print the rates; return (articles/s, articles per CPU-second)."""
    words = sum(len(t.split()) for t in texts)
    kb = sum(len(t.encode()) for t in texts) / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    facts = 0
    for t in texts:
        facts += len(extract(t)["facts"])
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # per CPU second too: when other processes share the cores, wall time says little
    print(f"{label:<34} {len(texts):>5} articles {kb / max(1, len(texts)):>6.1f} KB avg  "
          f"{len(texts) / dt:>8.1f} articles/s  {words / dt:>9.0f} words/s  "
          f"({facts} facts, {dt:.2f}s; {len(texts) / cpu:.1f} articles per CPU-second)")
    return len(texts) / dt, len(texts) / cpu


def reference_cpu() -> float:
    """CPU seconds of a fixed workload that does not touch kg (regular expressions, string
    splitting, dict counting: what extraction spends its time on), the least of seven tries with
    the garbage collector off, as timeit takes it. The machines are shared and their speed drifts
    by 10% or more within a day: a rate times this figure compares across runs, where the rate
    alone compares only within one run."""
    import gc

    rng = random.Random(1)
    words = [w for t in TEMPLATES for w in t.split()] + STATES + PLACES + WEAPONS
    text = " ".join(rng.choice(words) for _ in range(20_000))
    pattern = re.compile(r"\b(?:[A-Z][\w-]+|\d+|(?:missiles?|drones?|tanks?))\b", re.I)
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(7):
            c0 = time.process_time()
            pattern.findall(text)
            counts: dict[str, int] = {}
            for w in text.split():
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
            sorted(counts.items(), key=lambda kv: -kv[1])
            best = min(best, time.process_time() - c0)
    finally:
        if enabled:
            gc.enable()
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--examples", default=str(ROOT.parent / "shared" / "dev" / "articles"))
    ap.add_argument("--root", default=str(ROOT), help="the checkout whose kg is measured")
    ap.add_argument("--against", default=None, metavar="DIR",
                    help="another checkout (before a change): alternate the two, print ratios")
    ap.add_argument("--rounds", type=int, default=3, help="with --against: rounds of the pair")
    args = ap.parse_args(argv)
    if args.against:
        return compare(args)
    sys.path.insert(0, str(Path(args.root).resolve()))

    from kg.extract.records import extract_text, get_extractor

    ref = reference_cpu()
    print(f"machine reference: {ref * 1000:.2f} ms CPU for a fixed workload that does not touch kg "
          "(lower: a faster machine at this moment)")
    t0 = time.perf_counter()
    get_extractor()
    print(f"setup (gazetteer + matchers): {time.perf_counter() - t0:.2f}s")

    def extract(text):
        return extract_text(text, published="2024-03-15")

    rng = random.Random(7)
    extract(generated_article(rng))  # warm up
    gen = [generated_article(rng) for _ in range(args.articles)]
    rate, cpu_rate = run("generated ~5 KB", gen, extract)
    gen2 = [generated_article(rng, 10000) for _ in range(args.articles // 2)]
    rate2, cpu_rate2 = run("generated ~10 KB (linearity)", gen2, extract)
    print(f"  time per article grows x{rate / rate2:.2f} for x2 length, CPU time "
          f"x{cpu_rate / cpu_rate2:.2f} (linear: ~2; wall time is noisy when other processes "
          "share the cores)")
    ex_dir = Path(args.examples)
    examples = [p.read_text("utf-8") for p in sorted(ex_dir.glob("*.txt"))] if ex_dir.is_dir() \
        else []
    if examples:
        reps = max(1, args.articles // len(examples))
        run(f"examples ({len(examples)} files x{reps})", examples * reps, extract)
    # Issue 11 item 6: 40 articles of 5 KB per second on one core. Per CPU-second is that
    # figure on a shared machine; the wall-clock rate equals it only on an idle core.
    print(f"target: >= 40 articles/s of 5 KB on one core -> per CPU-second {cpu_rate:.1f}: "
          f"{'met' if cpu_rate >= 40 else 'NOT met'} (wall clock {rate:.1f}/s)")
    # the same rate scaled by the machine's speed at this moment (articles per CPU-second x
    # reference seconds): comparable across runs and sessions where the rate alone is not
    ref2 = reference_cpu()
    print(f"machine reference after: {ref2 * 1000:.2f} ms; rate x reference (machine-scaled): "
          f"{cpu_rate * (ref + ref2) / 2 * 1000:.0f}")
    return 0


def compare(args) -> int:
    """Alternate --against and this checkout, each in a fresh process, and print ratios."""
    rates: dict[str, list[float]] = {"before": [], "after": []}
    refs: list[float] = []  # the machine reference of every run (reference_cpu)
    for r in range(args.rounds):
        for label, root in (("before", args.against), ("after", str(ROOT))):
            print(f"--- round {r + 1} {label}: {root}  ({os.getloadavg()[0]:.2f} load)",
                  flush=True)
            out = subprocess.run(
                [sys.executable, __file__, "--root", root, "--articles", str(args.articles),
                 "--examples", args.examples], capture_output=True, text=True, check=True).stdout
            print(out, end="", flush=True)
            m = re.search(r"generated ~5 KB .*?([\d.]+) articles per CPU-second", out)
            rates[label].append(float(m.group(1)))
            refs.extend(float(x) for x in
                        re.findall(r"machine reference(?: after)?: ([\d.]+)", out))
        print(f"round {r + 1}: generated ~5 KB articles per CPU-second, after/before = "
              f"{rates['after'][-1] / rates['before'][-1]:.2f}x", flush=True)
    b, a = sorted(rates["before"]), sorted(rates["after"])
    print(f"generated ~5 KB articles per CPU-second, median of {args.rounds}: "
          f"before {b[len(b) // 2]:.1f}, "
          f"after {a[len(a) // 2]:.1f} ({a[len(a) // 2] / b[len(b) // 2]:.2f}x)")
    refs.sort()
    if refs:
        print(f"machine reference, median of {len(refs)}: {refs[len(refs) // 2]:.2f} ms CPU "
              f"(range {refs[0]:.2f}-{refs[-1]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
