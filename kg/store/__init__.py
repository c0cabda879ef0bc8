"""The store behind one interface: embedded Oxigraph (on disk or in memory) or a remote SPARQL
store, chosen by the `store` setting.

    base      GraphStore (the interface), Capabilities, WriteSummary
    embedded  EmbeddedStore: on-disk Oxigraph (RocksDB), or in memory
    staging   StagedLoad: a load committed in parts under an undo journal (embedded stores)
    remote    RemoteStore: SPARQL 1.1 Protocol and Graph Store Protocol over HTTP

`open_store(settings)` is the one way in; everything else takes a `GraphStore`.
"""

from __future__ import annotations

from kg.settings import Settings
from kg.store.base import Capabilities, GraphStore, WriteSummary, data_block, has_blank_node
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore


def open_store(settings: Settings, *, read_only: bool = False) -> GraphStore:
    """The store the settings name: a directory (embedded Oxigraph) or an http(s) URL (remote).

    `read_only` opens a read-only view of an on-disk store, which does not take its lock."""
    if settings.is_remote_store:
        return RemoteStore.from_settings(settings)
    return EmbeddedStore(settings.store, read_only=read_only)


__all__ = ["Capabilities", "EmbeddedStore", "GraphStore", "RemoteStore", "WriteSummary",
           "data_block", "has_blank_node", "open_store"]
