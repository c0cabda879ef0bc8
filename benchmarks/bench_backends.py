"""Store backends side by side on this machine: load, reload (replace) and query throughput of the
embedded store, a real Oxigraph server and (when installed) Virtuoso, through kg's own code.

    .venv/bin/python benchmarks/bench_backends.py [--records 2000] [--virtuoso-records 300]
        [--repeat 20] [--backends embedded,oxigraph-server,virtuoso]

Servers are started on 127.0.0.1 in temporary directories (as the tests do) and stopped at the
end. Records come from kg.synthetic (about 100 quads each). Prints one table; docs/scaling.md
quotes it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixtures_backends import start_oxigraph, start_virtuoso, stop_virtuoso, virtuoso_missing  # noqa: E402
from pyoxigraph import NamedNode  # noqa: E402

from kg import namespaces as ns  # noqa: E402
from kg.loader import ensure_base_graphs, load  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.store import EmbeddedStore, open_store  # noqa: E402
from kg.synthetic import write_jsonl  # noqa: E402

P = ns.sparql_prefixes()
QUERIES = {
    "aggregate: killed per attacker (all strikes)":
        P + "SELECT ?a (SUM(?k) AS ?n) WHERE { ?s a kg:Strike ; kg:attacker ?a ; kg:killed ?k } "
            "GROUP BY ?a ORDER BY DESC(?n)",
    "lookup: facts of one article":
        P + "SELECT ?f ?t WHERE { ?f prov:wasDerivedFrom <" + ns.ID + "article/gen-0000007> ; "
            "a ?t }",
    "join: strikes in a place with its label":
        P + "SELECT ?s ?l WHERE { ?s a kg:Strike ; kg:targetPlace ?p . ?p rdfs:label ?l "
            "FILTER(?p = <" + ns.ID + "place/kyiv>) } LIMIT 100",
}


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench(name: str, store, settings: Settings, data: Path, n: int, repeat: int) -> dict:
    ensure_base_graphs(store)  # reference graphs first, so load figures are articles only
    marks: dict[str, float] = {}

    def progress(_n, stage):
        if stage == "writing":
            marks["writing"] = time.perf_counter()

    t0 = time.perf_counter()
    summary = load([data], store, settings, progress=progress)
    t_load = time.perf_counter() - t0
    t_write = time.perf_counter() - marks.get("writing", t0)
    t_reload, _ = timed(lambda: load([data], store, settings))
    out = {"backend": name, "records": n, "quads": summary.quads, "load_s": t_load,
           "write_s": t_write, "reload_s": t_reload, "queries": {}}
    for label, q in QUERIES.items():
        list(store.query(q))  # warm
        times = []
        for _ in range(repeat):
            t, rows = timed(lambda q=q: list(store.query(q)))
            times.append(t)
        out["queries"][label] = (statistics.median(times), len(rows))
    ids = [NamedNode(ns.ID + k) for k in ("state/russia", "state/ukraine", "place/kyiv",
                                              "place/kharkiv", "state/iran")] * 10
    times = [timed(lambda: store.context_for(ids))[0] for _ in range(repeat)]
    out["queries"]["context_for (50 IRIs, validation context)"] = (statistics.median(times), 0)
    out["count_s"], out["count"] = timed(store.count)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--virtuoso-records", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--backends", default="embedded,oxigraph-server,virtuoso")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-backends-"))
    wanted = args.backends.split(",")
    print(f"kg backend benchmark, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores")
    results = []
    for name in wanted:
        n = args.virtuoso_records if name == "virtuoso" else args.records
        data = write_jsonl(work / f"records-{n}.jsonl", n)
        if name == "embedded":
            settings = Settings.from_env({}, store=str(work / "embedded"))
            store = EmbeddedStore(work / "embedded")
            results.append(bench(name, store, settings, data, n, args.repeat))
            store.close()
        elif name == "oxigraph-server":
            server = start_oxigraph(work / "oxigraph")
            try:
                settings = Settings.from_env({}, store=server.url, store_timeout=300.0)
                store = open_store(settings)
                r = bench(f"{name} ({server.version})", store, settings, data, n, args.repeat)
                results.append(r)
            finally:
                server.stop()
        elif name == "virtuoso":
            why = virtuoso_missing()
            if why:
                print(f"virtuoso: skipped ({why})")
                continue
            server = start_virtuoso(work / "virtuoso")
            try:
                settings = Settings.from_env({}, store=server.url, store_timeout=300.0)
                store = open_store(settings)
                version = server.version.split("Version")[-1].strip().split(" ")[0]
                r = bench(f"virtuoso ({version})", store, settings, data, n, args.repeat)
                results.append(r)
            finally:
                stop_virtuoso(server)
    print()
    print(f"{'backend':32} {'records':>7} {'quads':>8} {'load rec/s':>10} {'write quads/s':>13} "
          f"{'reload rec/s':>12}")
    for r in results:
        print(f"{r['backend']:32} {r['records']:>7} {r['quads']:>8} "
              f"{r['records'] / r['load_s']:>10.0f} {r['quads'] / max(r['write_s'], 1e-9):>13.0f} "
              f"{r['records'] / r['reload_s']:>12.0f}")
    print()
    print("query latency, median ms (rows)")
    for label in list(QUERIES) + ["context_for (50 IRIs, validation context)"]:
        cells = "  ".join(f"{r['backend'].split(' ')[0]}: {r['queries'][label][0] * 1e3:7.1f}"
                          f" ({r['queries'][label][1]})" for r in results)
        print(f"  {label:44} {cells}")
    print()
    for r in results:
        print(f"{r['backend']}: COUNT(*) over {r['count']} quads in {r['count_s'] * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
