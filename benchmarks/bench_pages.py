"""Entity pages stay bounded however many facts an entity has: the page of an entity with
10,000 facts (first, second and last of its 200 table pages) against the page of an entity with
50 facts, served by kg's own app over a temporary on-disk store in this process. The point is the
ratio, which tests cannot check without a wall clock (tests/test_pages.py checks that one page
of 50 rows is rendered). Each page is measured twice: its queries answered by the web process on
its disk view (an app whose query workers have not started), then, as `kg serve` runs, by the
query workers on their in-memory copy (kg.web.page_queries).

    .venv/bin/python benchmarks/bench_pages.py [--facts 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.settings import Settings  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.synthetic import busy_entity_quads  # noqa: E402
from kg.web import create_app  # noqa: E402
from kg.web.server import make_server  # noqa: E402

HTML = {"Accept": "text/html"}


def timed(url: str, repeat: int) -> float:
    requests.get(url, headers=HTML, timeout=120).raise_for_status()  # warm up
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        requests.get(url, headers=HTML, timeout=120).raise_for_status()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def measure(url: str, args, how: str) -> None:
    print(f"\n{how}; load average {Path('/proc/loadavg').read_text().split()[0]}")
    small = timed(f"{url}/id/state/quietland", args.repeat)
    pages = -(-args.facts // 50)
    print(f"entity with 50 facts: {small:.1f} ms")
    for page in (1, 2, pages):
        ms = timed(f"{url}/id/state/busyland?page={page}", args.repeat)
        print(f"entity with {args.facts} facts, page {page} of {pages}: {ms:.1f} ms "
              f"({ms / small:.2f}x the small entity)")


def wait_for_workers(ep, seconds: float = 120) -> str:
    """Wait until the query workers are up and on memory (or settled on disk); their view."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pool = ep.started_pool
        if pool is not None:
            status = pool.snapshot_status()
            workers = status["workers"]
            if workers and all(w["status"] in ("ready", "too_big", "failed") for w in workers):
                return ", ".join(f"{w['view']} ({w['status']}, {w['memory_quads']} quads)"
                                 for w in workers)
        time.sleep(0.2)
    return "workers not settled"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--facts", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"# bench_pages {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {load}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-pages-") as tmp:
        settings = Settings.from_env({}, store=str(Path(tmp) / "store"), query_workers=1)
        store = open_store(settings)
        app = create_app(settings, store=store)
        store.load_raw(busy_entity_quads(args.facts, "state/busyland")
                       + busy_entity_quads(50, "state/quietland"))
        server = make_server(app, "127.0.0.1", 0).start_thread()
        ep = app.extensions["kg_endpoint"]
        try:
            measure(server.url, args, "the web process answers the pages' queries (disk view)")
            ep.start_in_background()  # as `kg serve` does: the query workers start
            view = wait_for_workers(ep)
            measure(server.url, args, f"the query workers answer them ({view})")
        finally:
            server.close()
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
