"""Progress of long commands on stderr, at most once a second: a long load shows it is alive.

One reporter for `kg load`, `kg validate`, `kg up` and `kg ingest` (local or on a cluster); it is
the `progress` callback of kg.loader (`progress(n, stage)`), so the loader never prints anything
itself. With a known total it shows an ETA; units that failed (`failed=`) count as done and are
shown apart, so a long ingest says how much of it did not load while it runs.
"""

from __future__ import annotations

import sys
import time

# Stages announced once, as they begin, instead of counted.
_ANNOUNCE = {
    "writing": "writing {done} unit(s) in one transaction...",
    "undoing": "undoing the batches already committed...",
    "checking chunk boundaries": "checking the nodes at chunk boundaries again...",
}


class Progress:
    """`Progress("load")(n, "validated")` adds n units; `total` (if known) is shown as done/total."""

    def __init__(self, what: str, total: int | None = None, unit: str = "unit(s)"):
        self.what, self.total, self.unit = what, total, unit
        self.done, self.failed, self.last, self.start = 0, 0, 0.0, time.perf_counter()

    def __call__(self, n: int, stage: str, failed: int = 0, *, done_bytes: int | None = None,
                 total_bytes: int | None = None, triples: int | None = None) -> None:
        """Count `n` units; with `done_bytes`/`total_bytes` (a large file cut in chunks,
        kg.chunked) report triples and bytes with their rates and the time left instead."""
        if stage in _ANNOUNCE:
            self._say(_ANNOUNCE[stage].format(done=self.done))
            return
        if done_bytes is not None and total_bytes:
            self._file(stage, done_bytes, total_bytes, triples or 0)
            return
        self.done += n
        self.failed += failed
        now = time.perf_counter()
        if now - self.last >= 1.0 or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            count = f"{self.done}/{self.total}" if self.total else str(self.done)
            text = f"{stage} {count} {self.unit}, {rate:.1f}/s" if rate < 10 else \
                f"{stage} {count} {self.unit}, {rate:.0f}/s"
            if self.failed:
                text += f", {self.failed} failed"
            if self.total and 0 < self.done < self.total and rate > 0:
                text += f", ETA {_duration((self.total - self.done) / rate)}"
            self._say(text)

    def say(self, text: str) -> None:
        """A one-off line (a worker lost, the dashboard's address) in the same voice."""
        self._say(text)

    def _file(self, stage: str, done: int, total: int, triples: int) -> None:
        now = time.perf_counter()
        if now - self.last < 1.0 and done < total:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0.0
        self._say(f"{stage} {triples:,} triples, {done / 1e6:.1f}/{total / 1e6:.1f} MB "
                  f"({100 * done / total:.0f}%), {triples / elapsed:,.0f} triples/s, "
                  f"{rate / 1e6:.1f} MB/s, ETA {_duration(eta)}")

    def _say(self, text: str) -> None:
        print(f"[{self.what}] {text}", file=sys.stderr, flush=True)


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
