"""Who serves this store: the small file `kg serve` keeps in the store directory while it runs.

An on-disk store is opened for writing by one process at a time (RocksDB's lock). While
`kg serve` holds it, other kg commands read through a read-only view and write through the
running endpoint (kg.store.open_store(..., via_endpoint=True)); this file tells them where that
is and how to be let in:

    <store>/kg-serving.json   {"url": "http://127.0.0.1:8000", "pid": 1234,
                               "token": "<local write token>", "max_body_bytes": 10485760}

The token is made fresh by each server and accepted for writes beside the configured
`write_token`; the file is readable by its owner only (mode 0600), so only users who may
write the store directory anyway can write through the endpoint with it. The server removes
the file when it stops; a file whose process is gone is ignored (and replaced by the next
server).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "kg-serving.json"


@dataclass(frozen=True)
class Serving:
    """A running `kg serve`: its address, process, local write token and request body cap."""

    url: str
    pid: int
    token: str
    max_body_bytes: int

    @property
    def sparql(self) -> str:
        return self.url.rstrip("/") + "/sparql"


def serving_file(store_dir: str | Path) -> Path:
    return Path(store_dir) / FILE_NAME


def new_token() -> str:
    return secrets.token_urlsafe(32)


def announce(store_dir: str | Path, serving: Serving) -> Path:
    """Write the serving file (owner-only) where other kg processes look for it."""
    path = serving_file(store_dir)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(serving), fh)
    os.replace(tmp, path)
    return path


def withdraw(store_dir: str | Path, pid: int | None = None) -> None:
    """Remove the serving file, if it is this process's (another server may have replaced it)."""
    path = serving_file(store_dir)
    current = _read(path)
    if current is not None and current.pid != (pid or os.getpid()):
        return
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def find(store_dir: str | Path) -> Serving | None:
    """The server holding this store, when its serving file names a live process."""
    serving = _read(serving_file(store_dir))
    if serving is None or not _alive(serving.pid):
        return None
    return serving


def via_message(store) -> str | None:
    """What a command says when its writes go through a running `kg serve`
    (kg.store.open_store(..., via_endpoint=True) marks such a store with `serving`)."""
    url = getattr(store, "serving", None)
    if not url:
        return None
    return (f"kg: the store is served by kg serve at {url}; writing through it (its SHACL gate "
            "checks every write)")


def _read(path: Path) -> Serving | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Serving(str(data["url"]), int(data["pid"]), str(data["token"]),
                       int(data.get("max_body_bytes") or 0))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["FILE_NAME", "Serving", "announce", "find", "new_token", "serving_file", "via_message",
           "withdraw"]
