"""The store behind one interface: embedded Oxigraph (on disk or in memory) or a remote SPARQL
store, chosen by the `store` setting.

    base      GraphStore (the interface), Capabilities, WriteSummary
    embedded  EmbeddedStore: on-disk Oxigraph (RocksDB), or in memory
    staging   StagedLoad: a load committed in parts under an undo journal (embedded stores)
    remote    RemoteStore: SPARQL 1.1 Protocol and Graph Store Protocol over HTTP

`open_store(settings)` is the one way in; everything else takes a `GraphStore`.
"""

from __future__ import annotations

from pathlib import Path

from kg import serving
from kg.errors import StoreLocked
from kg.settings import Settings
from kg.store.base import Capabilities, GraphStore, WriteSummary, data_block, has_blank_node
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore


def open_store(settings: Settings, *, read_only: bool = False, via_endpoint: bool = False,
               missing_ok: bool = False, command: str | None = None) -> GraphStore:
    """The store the settings name: a directory (embedded Oxigraph) or an http(s) URL (remote).

    `read_only` opens a read-only view of an on-disk store, which does not take its lock (with
    `missing_ok`, a store directory that does not exist yet reads as an empty store).
    `via_endpoint` (kg's commands): when `kg serve` holds an on-disk store, write through that
    server instead (found from the store directory, kg.serving, or the `endpoint` setting),
    with its write token; the endpoint's SHACL gate checks every write again. `command` (the
    kg command, as "kg load" or "kg gazetteer import") is named in the writes a remote store
    sends, so a kg endpoint lets it write the kg-managed graphs it owns (kg.gate)."""
    if settings.is_remote_store:
        return _named(RemoteStore.from_settings(settings), command)
    if read_only:
        if missing_ok and not Path(settings.store).exists():
            return EmbeddedStore(None)
        return EmbeddedStore(settings.store, read_only=True)
    try:
        return EmbeddedStore(settings.store)
    except StoreLocked:
        if not via_endpoint:
            raise
        store = endpoint_store(settings)
        if store is None:
            raise
        return _named(store, command)


def _named(store: RemoteStore, command: str | None) -> RemoteStore:
    """The remote store with its writes naming kg's command ("kg gazetteer import" is
    "gazetteer"; load, ingest and up are "load"; kg.gate.COMMAND_GRAPHS)."""
    words = (command or "").split()
    if words and words[0] == "kg":
        words = words[1:]
    if words:
        store.as_command({"ingest": "load", "up": "load"}.get(words[0], words[0]))
    return store


def endpoint_store(settings: Settings) -> RemoteStore | None:
    """The running `kg serve` that holds the store, as a remote store that writes through it:
    the `endpoint` setting if given, else the server the store directory names."""
    found = serving.find(settings.store)
    url = str(settings.values.get("endpoint") or "") or (found.url if found else "")
    if not url:
        return None
    token = str(settings.values.get("store_token") or "") or (found.token if found else "") \
        or str(settings.values.get("write_token") or "")
    cap = settings.store_max_request_bytes
    if found and found.max_body_bytes:  # a request over the server's body cap would be a 413
        cap = min(cap, max(64 * 1024, found.max_body_bytes - 64 * 1024))
    base = url.rstrip("/")
    base = base[: -len("/sparql")] if base.endswith("/sparql") else base
    via = settings.with_(store=base + "/sparql", store_update_url=base + "/sparql",
                         store_gsp_url=base + "/data", store_token=token,
                         store_max_request_bytes=cap, store_dialect="kg")
    store = RemoteStore.from_settings(via)
    store.serving = base  # type: ignore[attr-defined]  # what the CLI tells the analyst
    return store


__all__ = ["Capabilities", "EmbeddedStore", "GraphStore", "RemoteStore", "WriteSummary",
           "data_block", "endpoint_store", "has_blank_node", "open_store"]
