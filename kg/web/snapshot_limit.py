"""How many quads a query worker may copy into memory (kg.web.snapshot): the setting
`query_snapshot_max_quads` when it is 0 or more, else (the default, -1) sized by the memory the
machine has available when the pool starts.

Sized by memory, a copy may take `query_snapshot_memory_fraction` of MemAvailable (/proc/meminfo)
at start, shared among the `query_workers` (each holds its own copy), at BYTES_PER_QUAD a quad:
with 22 GB available, the default fraction 0.2 allows ~10 million quads to one worker, so
a store of 5 million is answered from memory (docs/endpoint.md, "Sizing the snapshot by memory").
Where MemAvailable cannot be read (not Linux), the fixed FALLBACK_QUADS applies.
"""

from __future__ import annotations

from dataclasses import dataclass

AUTO = -1  # query_snapshot_max_quads: sized by memory
# RSS of an in-memory copy per quad, measured on bench_endpoint.py's data: 430-470 bytes at
# 1,000,000 quads, 396-422 at 5,000,000 (docs/endpoint.md); the larger figure errs on the safe side
BYTES_PER_QUAD = 470
FALLBACK_QUADS = 2_000_000  # sized by memory, but no MemAvailable to size it by
MEMINFO = "/proc/meminfo"


@dataclass(frozen=True)
class SnapshotLimit:
    """The quads a worker may copy, and how that number was reached (for /healthz)."""

    quads: int
    source: str  # "setting", "memory" or "fallback"
    available_bytes: int | None = None
    fraction: float | None = None

    def describe(self) -> dict:
        out: dict = {"max_quads_from": self.source}
        if self.source == "memory":
            out["memory_available_mb_at_start"] = round((self.available_bytes or 0) / 2**20)
            out["memory_fraction"] = self.fraction
        return out


def mem_available(meminfo: str | None = None) -> int | None:
    """MemAvailable in bytes, from the text of /proc/meminfo (read when not given); None when
    there is no such line or file."""
    if meminfo is None:
        try:
            with open(MEMINFO, encoding="ascii") as f:
                meminfo = f.read()
        except OSError:
            return None
    for line in meminfo.splitlines():
        if line.startswith("MemAvailable:"):
            parts = line.split()
            try:
                value = int(parts[1])
            except (IndexError, ValueError):
                return None
            unit = parts[2].lower() if len(parts) > 2 else "b"
            return value * {"kb": 1024, "mb": 2**20, "gb": 2**30}.get(unit, 1)
    return None


def snapshot_limit(max_quads: int, fraction: float, workers: int,
                   available: int | None) -> SnapshotLimit:
    """The limit for `query_snapshot_max_quads` = `max_quads` (0 or more: as set; negative:
    sized by `fraction` of `available` bytes, shared by `workers` copies)."""
    if max_quads >= 0:
        return SnapshotLimit(int(max_quads), "setting")
    if available is None:
        return SnapshotLimit(FALLBACK_QUADS, "fallback")
    share = max(0.0, float(fraction)) * available / max(1, int(workers))
    return SnapshotLimit(int(share // BYTES_PER_QUAD), "memory", available, float(fraction))


__all__ = ["AUTO", "BYTES_PER_QUAD", "FALLBACK_QUADS", "SnapshotLimit", "mem_available",
           "snapshot_limit"]
