"""Reference quads kept on disk between runs (the gazetteer graph).

Building the gazetteer graph costs 2-3 s of CPU in every process that needs it, mostly the
GeoNames index behind its coordinates (150,000 names folded), which every `kg validate`, every
load into a new store and every command that checks shared graphs paid before reading a single
record. Kept here as N-Quads under a key of everything they are built from (the caller's content
fingerprint, the GeoNames table and kg's own code), they read back in milliseconds. The cache is
only a cache: a missing, unreadable or unwritable one means building again, never an error; it
is written atomically, so a killed process leaves the old file or the new one, not half of one.

Where: `$XDG_CACHE_HOME/kg/base` (default `~/.cache/kg/base`), as the Wikidata cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Quad

from kg import packagedata

__all__ = ["cache_dir", "cache_key", "cached_quads"]

_CODE = Path(__file__).resolve().parent  # the kg package: any change to its code is a new key
_KEEP = 8  # versions kept side by side (several checkouts, a user gazetteer edited)


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "base"


def cache_key(parts: Iterable[bytes]) -> str:
    """A digest of `parts`, the GeoNames table and every module of kg."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    for p in (packagedata.gazetteer_dir() / "geonames.tsv.gz", *sorted(_CODE.rglob("*.py"))):
        try:
            digest.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
        except OSError:
            digest.update(p.name.encode() + b"\0missing\0")
    return digest.hexdigest()[:32]


def cached_quads(parts: Iterable[bytes], build: Callable[[], list[Quad]]) -> list[Quad]:
    """The quads kept under the key of `parts`, else `build()`'s, kept for the next run."""
    key = cache_key(parts)
    path = cache_dir() / f"{key}.nq"
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    except (OSError, SyntaxError, ValueError):
        pass
    quads = build()
    _write(path, quads)
    return quads


def _write(path: Path, quads: list[Quad]) -> None:
    """Best effort: a read-only home only costs the next run the build."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=".nq")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        kept = sorted(path.parent.glob("*.nq"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in kept[_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
