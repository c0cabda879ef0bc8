"""Progress of long commands on stderr, at most once a second: a long load shows it is alive.

One reporter for `kg load`, `kg validate`, `kg up` and `kg ingest`; it is the `progress`
callback of kg.loader (`progress(n, stage)`), so the loader never prints anything itself.
"""

from __future__ import annotations

import sys
import time

# Stages announced once, as they begin, instead of counted.
_ANNOUNCE = {
    "writing": "writing {done} unit(s) in one transaction...",
    "undoing": "undoing the batches already committed...",
}


class Progress:
    """`Progress("load")(n, "validated")` adds n units; `total` (if known) is shown as done/total."""

    def __init__(self, what: str, total: int | None = None, unit: str = "unit(s)"):
        self.what, self.total, self.unit = what, total, unit
        self.done, self.last, self.start = 0, 0.0, time.perf_counter()

    def __call__(self, n: int, stage: str) -> None:
        if stage in _ANNOUNCE:
            self._say(_ANNOUNCE[stage].format(done=self.done))
            return
        self.done += n
        now = time.perf_counter()
        if now - self.last >= 1.0 or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            count = f"{self.done}/{self.total}" if self.total else str(self.done)
            self._say(f"{stage} {count} {self.unit}, {rate:.0f}/s")

    def _say(self, text: str) -> None:
        print(f"[{self.what}] {text}", file=sys.stderr, flush=True)
