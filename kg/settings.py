"""One table of settings: it drives the CLI defaults, the environment, the docs and a test.

Every setting has a name, a default, an environment variable (KG_ + upper-case name) and help.
Limits name their setting in their error messages, so an operator knows what to change.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share"))


def _default_store_path() -> str:
    return str(_data_home() / "kg" / "store")


def _default_gazetteer_dir() -> str:
    return str(_data_home() / "kg" / "gazetteer")


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting("store", _default_store_path(),
            "On-disk Oxigraph store directory, or an http(s):// SPARQL endpoint for a remote store."),
    Setting("store_update_url", "", "Remote store: SPARQL update URL (default: the store URL)."),
    Setting("store_gsp_url", "", "Remote store: Graph Store Protocol URL (optional)."),
    Setting("store_user", "", "Remote store: user name for HTTP basic auth."),
    Setting("store_password", "", "Remote store: password for HTTP basic auth."),
    Setting("store_token", "",
            "Remote store: bearer token sent with every request (a kg endpoint's write token)."),
    Setting("endpoint", "",
            "URL of the `kg serve` holding the store, for writes while it runs (default: read "
            "from the store directory)."),
    Setting("store_timeout", 30.0, "Remote store: seconds to wait for one HTTP request.", float),
    Setting("gazetteer_dir", _default_gazetteer_dir(),
            "Your own gazetteer rows (entities.tsv, offices.tsv), merged over the shipped "
            "gazetteer; `kg gazetteer import` writes here, never into the installed package."),
    Setting("host", "127.0.0.1", "Address `kg serve` binds to."),
    Setting("port", 8000, "Port `kg serve` listens on.", int),
    Setting("write_token", "", "Token that allows writes through the endpoint; empty: read-only."),
    Setting("query_timeout", 30.0, "Seconds a query may run before it is stopped.", float),
    Setting("max_rows", 100_000, "Most rows a SELECT returns; a truncated result says so.", int),
    Setting("max_body_bytes", 10 * 1024 * 1024, "Largest request body the endpoint accepts.", int),
    Setting("max_connections", 200,
            "Connections the server holds open; at the cap, the one stalled longest is closed "
            "to make room for a new client.", int),
    Setting("request_read_timeout", 30.0,
            "Seconds a client has to send a whole request (headers and body) from its first "
            "byte; slower ones are closed.", float),
    Setting("connection_idle_timeout", 60.0,
            "Seconds an idle keep-alive connection stays open.", float),
    Setting("max_concurrent_queries", 8, "Queries evaluated at once; more get 503.", int),
    Setting("query_workers", 1,
            "Worker processes that evaluate endpoint queries (each holds its own in-memory copy "
            "of the store).", int),
    Setting("query_threads", 4,
            "Queries each query worker evaluates at once, one thread each, all on its one copy; "
            "a query past the time limit stops its whole worker, and the others on it are run "
            "again.", int),
    Setting("query_threads_on_disk", 8,
            "Queries each query worker evaluates at once while it answers from the store on disk "
            "(above the snapshot limit, or until its copy is built): there queries wait on reads "
            "more than on the cores, so more of them at once help; on a memory copy "
            "query_threads applies.", int),
    Setting("query_snapshot_max_quads", -1,
            "Query workers evaluate on an in-memory copy of the store when it holds at most this "
            "many quads (about 470 MB per million quads per worker); 0: always on disk; -1: as "
            "many as fit in query_snapshot_memory_fraction of the memory available at start.",
            int),
    Setting("query_snapshot_memory_fraction", 0.2,
            "With query_snapshot_max_quads=-1: the share of the memory available when the server "
            "starts (MemAvailable) that the workers' in-memory copies may take, all together.",
            float),
    Setting("compact_on_start", 1,
            "1: after the server starts, compact the on-disk store once in the background, then "
            "move the query views onto the compacted files (after a bulk load, queries on the "
            "files as loaded were 1.6-3.9x slower at 5M triples); 0: never.", int),
    Setting("lookup_max_rows", 1000,
            "Point lookups (one triple pattern with a fixed subject) with at most this many "
            "answers are answered by the web process itself, without a query worker; more go to "
            "a worker. 0: every query goes to a worker.", int),
    Setting("service_allowlist", "",
            "Space-separated IRI prefixes that SERVICE, LOAD and FROM may reach; empty: none."),
    Setting("max_input_bytes", 512 * 1024 * 1024, "Largest input file `kg load` reads.", int),
    Setting("max_nesting_depth", 100,
            "Deepest nesting accepted in JSON, RDF/XML and SPARQL (brackets); deeper input is "
            "refused before parsing (the parsers recurse per level).", int),
    Setting("max_query_operators", 1000,
            "Most UNION/OPTIONAL/MINUS branches and operators (logical, arithmetic, path) a "
            "SPARQL query or update may chain outside its data blocks.", int),
    Setting("max_xml_entity_bytes", 1024 * 1024,
            "Most text the internal entities of an RDF/XML document may expand to.", int),
    Setting("max_literal_bytes", 8 * 1024 * 1024,
            "Longest literal (UTF-8 bytes) kg stores; must stay below the parsers' 16 MiB.", int),
    Setting("batch_size", 500, "Articles validated together in one batch.", int),
    Setting("validation_workers", 0, "Processes that validate batches; 0: one per core.", int),
    Setting("cluster", "",
            "Dask scheduler `kg ingest` runs its tasks on (tcp://host:8786, a scheduler file, or "
            "local:N to start N local workers); empty: processes of this machine (--workers)."),
    Setting("cluster_part_bytes", 4 * 1024 * 1024,
            "Cluster ingest: the writer commits validated articles in parts of at least this many "
            "bytes of N-Quads (parts of 4 MiB and more take Oxigraph's bulk loader, at about half "
            "the writer's CPU per quad); 0: each partition as it arrives.", int),
    Setting("load_chunk_bytes", 16 * 1024 * 1024,
            "`kg load` cuts an N-Triples or N-Quads file larger than twice this into chunks of "
            "about this size, validated in parallel and written by bulk load; 0: never.", int),
    Setting("store_dialect", "auto",
            "Remote store: oxigraph, virtuoso or generic; auto: from the server's Server header."),
    Setting("store_max_request_bytes", 32 * 1024 * 1024,
            "Remote store: largest update request; a bigger load is cut between articles.", int),
    Setting("store_retries", 3,
            "Remote store: retries of reads (and of requests that never reached the server).", int),
    Setting("store_retry_backoff", 0.5,
            "Remote store: seconds before the first retry, doubled for each next one.", float),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, value: Any) -> Any:
    if value is None or isinstance(value, setting.type):
        return value
    try:
        return setting.type(value)
    except (TypeError, ValueError) as exc:
        from kg.errors import InputError

        raise InputError(
            f"setting {setting.name!r} must be a {setting.type.__name__}, got {value!r}",
            hint=f"fix KG_{setting.name.upper()} or the --{setting.name.replace('_', '-')} flag",
        ) from exc


@dataclass(frozen=True)
class Settings:
    """Resolved settings: defaults, overridden by KG_* environment variables, then by flags."""

    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = os.environ if environ is None else environ
        values = {s.name: s.default for s in SETTINGS}
        for s in SETTINGS:
            raw = env.get(f"KG_{s.name.upper()}")
            if raw is not None:
                values[s.name] = _coerce(s, raw)
        for name, value in overrides.items():
            if name not in _BY_NAME:
                raise KeyError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = _coerce(_BY_NAME[name], value)
        return cls(values)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # pickling looks for __getstate__ etc. before `values` is set
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def with_(self, **changes: Any) -> Settings:
        merged = dict(self.values)
        for name, value in changes.items():
            merged[name] = _coerce(_BY_NAME[name], value)
        return replace(self, values=merged)

    @property
    def is_remote_store(self) -> bool:
        return str(self.store).startswith(("http://", "https://"))


def settings_table_markdown() -> str:
    """The settings as a Markdown table (docs/configuration.md embeds it; a test keeps them in step)."""
    rows = ["| setting | environment | default | meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = {"store": "~/.local/share/kg/store",
                   "gazetteer_dir": "~/.local/share/kg/gazetteer"}.get(s.name, repr(s.default))
        rows.append(f"| `{s.name}` | `KG_{s.name.upper()}` | `{default}` | {s.help} |")
    return "\n".join(rows)


__all__ = ["SETTINGS", "Setting", "Settings", "settings_table_markdown"]
