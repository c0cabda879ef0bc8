"""Event resolution cost per article with 100 versus 10,000 events stored (issue 12: flat in
store size, at most 1.3x).

    .venv/bin/python benchmarks/bench_events.py [--small 100] [--large 10000] [--probes 30] [--warmup 6]

Two on-disk stores hold strike events on a grid of places x days (10 x 10 and 100 x 100): one
article per event, the same attacker, the same weapon, so every place-day looks like every other.
The same probe articles (a new report of a strike at one of the first ten places, on a day
inside both grids, plus a leader role) are then loaded into both stores through `kg.loader.load`,
alternating between the stores so that the machine's load falls on both alike. Each probe's
neighbourhood (the reports its index keys find) is the same in both stores; only the number of
unrelated events differs. A few probes per store go first, uncounted (the first writes after
the bulk build pay for its compaction). Printed: median seconds per article for event resolution
(`kg.events.resolve.update`, which the loader runs after its write) and for the whole load, and
the ratio large/small. Figures are ratios within this run; the load average is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kg.loader import load
from kg.settings import Settings
from kg.store import EmbeddedStore

START = date(2024, 1, 1)


def _record(article: str, place: int, day: int, killed: int, role: bool = False) -> dict:
    when = (START + timedelta(days=day)).isoformat()
    # every article its own text (kg refuses a text it already holds under another id)
    sentence = (f"On {when} a Russian missile hit Benchtown {place}, killing {killed} people "
                f"({article}).")
    text = sentence
    facts = [{"type": "Strike", "attacker": "state/russia", "target_place": f"place/bench-{place}",
              "target_country": "state/ukraine", "weapon_category": "missile",
              "weapon_text": "missile", "killed": killed, "date": when,
              "evidence": [{"quote": sentence, "start": 0, "end": len(sentence),
                            "confidence": 0.9, "extractor": "bench", "extractor_version": "1"}]}]
    if role:
        extra = " President Volodymyr Zelenskyy condemned it."
        text += extra
        facts.append({"type": "LeaderRole", "person": "person/volodymyr-zelenskyy",
                      "office": "president", "state": "state/ukraine",
                      "evidence": [{"quote": extra.strip(), "start": len(sentence) + 1,
                                    "end": len(text), "confidence": 0.9, "extractor": "bench",
                                    "extractor_version": "1"}]})
    return {"record_version": 1,
            "article": {"id": article, "title": f"Bench article {article}", "publisher": "bench",
                        "published": when, "language": "en", "text": text},
            "entities": [{"key": f"place/bench-{place}", "type": "Place",
                          "label": f"Benchtown {place}", "part_of": "state/ukraine"}],
            "facts": facts}


def build(directory: Path, places: int, days: int) -> EmbeddedStore:
    """A store holding places x days strike events, one report each."""
    records = directory / "grid.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for p in range(places):
            for d in range(days):
                out.write(json.dumps(_record(f"grid-{p}-{d}", p, d, (p * 7 + d) % 30)) + "\n")
    store = EmbeddedStore(directory / "store")
    started = time.perf_counter()
    summary = load([records], store, Settings.from_env().with_(store=str(directory / "store")),
                   exclusive=True)
    print(f"  built {places * days} events in {time.perf_counter() - started:.1f}s "
          f"(resolution {summary.events.seconds:.1f}s)", flush=True)
    return store


def probe(store: EmbeddedStore, directory: Path, i: int) -> tuple[float, float, int]:
    path = directory / f"probe-{i}.json"
    path.write_text(json.dumps(_record(f"probe-{i}", i % 10, 5, 3 + i, role=True)), "utf-8")
    started = time.perf_counter()
    summary = load([path], store, Settings.from_env().with_(store=store.location))
    return time.perf_counter() - started, summary.events.seconds, summary.events.lookups


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--large", type=int, default=10_000)
    ap.add_argument("--probes", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=6,
                    help="probes per store first, not counted: the first writes after the bulk "
                         "build pay for its compaction")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}", flush=True)
    sides = {}
    for name, n in (("small", args.small), ("large", args.large)):
        side = int(round(n ** 0.5))
        directory = Path(tempfile.mkdtemp(prefix=f"kg-bench-events-{name}-"))
        print(f"{name}: {side} places x {side} days", flush=True)
        sides[name] = (build(directory, side, side), directory)
    for i in range(args.warmup):
        for name in ("small", "large"):
            store, directory = sides[name]
            probe(store, directory, 1000 + i)
    times: dict[str, list[tuple[float, float, int]]] = {"small": [], "large": []}
    for i in range(args.probes):
        order = ("small", "large") if i % 2 == 0 else ("large", "small")
        for name in order:
            store, directory = sides[name]
            times[name].append(probe(store, directory, i))
    print(f"\nper article, median of {args.probes} probes (load average now "
          f"{os.getloadavg()[0]:.2f}):")
    print(f"{'store':<8}{'events':>9}{'resolution s':>14}{'load s':>10}{'look-ups':>10}")
    medians = {}
    for name, n in (("small", args.small), ("large", args.large)):
        rows = times[name]
        medians[name] = (statistics.median(r[1] for r in rows),
                         statistics.median(r[0] for r in rows))
        print(f"{name:<8}{n:>9}{medians[name][0]:>14.4f}{medians[name][1]:>10.4f}"
              f"{statistics.median(r[2] for r in rows):>10.0f}")
    ratio = medians["large"][0] / medians["small"][0]
    load_ratio = medians["large"][1] / medians["small"][1]
    print(f"\nresolution per article, large/small: {ratio:.2f}x (target at most 1.3x)")
    print(f"whole load per article, large/small: {load_ratio:.2f}x")
    for store, directory in sides.values():
        store.close()
        shutil.rmtree(directory, ignore_errors=True)
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
