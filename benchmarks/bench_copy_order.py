"""Does the order an in-memory copy is built in decide how fast it answers a query that stops at
its first solution? (issue 13: the ASK of bench_endpoint.py at 5,000,000 triples took 0.5 s from
kg's in-memory copy against 0.03 s from the disk view it was copied from.)

On bench_endpoint.py's store (`--work DIR` keeps it in DIR/<size>/kg-store; read-only here):

1. the ASK and the same pattern counted in full, on the read-only disk view;
2. the same on a copy made as the query workers make it (kg.web.snapshot.copy_to_memory: the
   disk's dump, bulk-loaded), with where the four solutions' subjects come in each store's
   scan of `ex:knows` (the order a pattern with only its predicate bound is evaluated in);
3. the same on a copy built predicate by predicate in the reverse of the disk's POSG order:
   Oxigraph's memory store walks a predicate's quads newest first, so this copy scans a
   predicate in the disk's own order. Built with quads_for_pattern + extend, which holds the
   GIL throughout: an experiment, not how a worker could build it.

    .venv/bin/python benchmarks/bench_copy_order.py /work/bench-cache/5000000/kg-store
"""

from __future__ import annotations

import argparse
import os
import time

import pyoxigraph as ox

from kg.web.snapshot import copy_to_memory

EX = "http://bench.example.org/"
PATTERN = "?s ex:knows ?s2 . ?s2 ex:knows ?s"
ASK = f"PREFIX ex: <{EX}> ASK {{ {PATTERN} }}"
COUNT = f"PREFIX ex: <{EX}> SELECT (COUNT(*) AS ?n) {{ {PATTERN} }}"
KNOWS = ox.NamedNode(EX + "knows")


def stamp() -> str:
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, load average {load}"


def timed(store: ox.Store, label: str, query: str, runs: int) -> None:
    for _ in range(runs):
        started = time.perf_counter()
        result = store.query(query, use_default_graph_as_union=True)
        value = bool(result) if isinstance(result, ox.QueryBoolean) else [
            row[0].value for row in result]
        print(f"{label}: {time.perf_counter() - started:.3f} s -> {value}", flush=True)


def first_solutions(store: ox.Store, label: str) -> None:
    """Where, in the store's scan of ex:knows, come the quads whose subject is in a solution."""
    subjects = {row[0].value for row in store.query(
        f"PREFIX ex: <{EX}> SELECT DISTINCT ?s {{ {PATTERN} }}", use_default_graph_as_union=True)}
    hits = [k for k, quad in enumerate(store.quads_for_pattern(None, KNOWS, None, None))
            if quad.subject.value in subjects]
    print(f"{label}: solutions' subjects at positions {hits} of the ex:knows scan", flush=True)


def posg_copy(disk: ox.Store) -> ox.Store:
    mem = ox.Store()
    for row in disk.query("SELECT DISTINCT ?p { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"):
        quads = list(disk.quads_for_pattern(None, row[0], None, None))
        quads.reverse()  # the memory store walks newest first
        mem.extend(quads)
    return mem


def probe(store: ox.Store, label: str, runs: int) -> None:
    """The ASK (best of `runs`), the full count, and where the first solutions sit."""
    timed(store, f"{label} ASK", ASK, runs)
    timed(store, f"{label} COUNT", COUNT, 1)
    first_solutions(store, label)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", help="bench_endpoint.py's kg-store (opened read-only)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"bench_copy_order.py, {stamp()}, pyoxigraph {ox.__version__}", flush=True)
    disk = ox.Store.read_only(args.store)
    probe(disk, "disk view", args.runs)
    for label, build in (("that copy", copy_to_memory), ("POSG-order copy", posg_copy)):
        started = time.perf_counter()
        mem = build(disk)
        print(f"{label} ({build.__name__}): built in {time.perf_counter() - started:.1f} s; "
              f"{stamp()}")
        probe(mem, label, args.runs)
        del mem
    print(f"done, {stamp()}", flush=True)


if __name__ == "__main__":
    main()
