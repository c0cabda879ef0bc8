"""What runs on a Dask worker: one partition in, validated N-Quads per article out.

A worker process keeps what is costly to build across tasks: the spaCy pipeline and the
gazetteer matchers (module caches of kg.extract, filled by the first task), the compiled
validator, the base graphs, and, per ingest run, its read-only view of the store for validation
context. Tasks of one process run one at a time (a lock): extraction is pure Python and holds the
GIL, so threads would not run it faster, and the caches are filled once, not once per thread.
Start workers with `--nthreads 1` and as many processes as cores (`--nworkers N`).

The store is opened read-only, as kg's local workers do: an embedded store only where its
directory is visible (the writer's machine, or shared storage), a remote store over HTTP.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from pyoxigraph import NamedNode

from kg.extract.ingest import IngestReport
from kg.validate import ValidationReport

_NQ = ox.RdfFormat.N_QUADS


@dataclass(frozen=True)
class RunSpec:
    """What every task of one ingest run shares."""

    run_id: str
    settings: dict[str, Any]       # store settings the workers open it with (read-only)
    base: tuple[str, ...] = ()     # stale base graphs: validation context until the writer writes them
    published: str | None = None
    dry_run: bool = False
    keep_records: bool = False
    engine: str = "compiled"


@dataclass
class ArticleResult:
    """One article, validated: its graph's N-Quads, the quads it adds to shared graphs, and the
    part of the partition's report about it."""

    source: str
    article: str
    graph: str
    nquads: bytes
    added: bytes
    quads: int
    report: ValidationReport
    existing: bool = False                     # the store already holds this article's graph
    changes: tuple[int, int] | None = None     # dry run: (added, removed)


@dataclass
class PartitionResult:
    index: int
    articles: list[ArticleResult]
    ingest: IngestReport                       # files, fact kinds, problems, kept records
    report: ValidationReport = field(default_factory=ValidationReport)  # results of no article
    worker: str = ""                           # host:pid that ran the task
    cpu_seconds: float = 0.0
    pipeline_loads: int = 0                    # times this task built spaCy + the matchers


_LOCK = threading.Lock()
_RUN: dict[str, Any] = {}        # the current run's id and BatchContext
_CACHE: dict[str, Any] = {}      # validators per engine, base graphs: built once per process


def run_partition(partition, spec: RunSpec) -> PartitionResult:
    """Read, extract, link and validate one partition's articles (kg.extract.ingest), and
    return each article's N-Quads with its report. Problems of single articles are reported in
    the result and never raise; what does raise (a store the worker cannot open) stops the run."""
    from kg.cluster.inputs import read_item
    from kg.extract.ingest import extract_articles
    from kg.extract.textinput import ExtractInputError
    from kg.loader import record_units

    with _LOCK:
        started = time.thread_time()
        loads = _pipeline_loads()
        context = _context(spec)
        ingest = IngestReport(files=len(partition.items))
        records = []
        for item in partition.items:
            try:
                articles = read_item(item, spec.published)
            except ExtractInputError as e:
                ingest.problems.append(str(e))
                continue
            for raw, record in extract_articles(articles, item.source, ingest.problems):
                records.append((item.source, record))
                ingest.count(raw)
                if spec.keep_records:
                    ingest.records.append(raw)
        units = record_units(records)
        report = context.check(units) if units else ValidationReport()
        by_article: dict[str | None, list] = {}
        for r in report.results:
            by_article.setdefault(r.article, []).append(r)
        articles = []
        for unit in units:
            graph, quads = next(iter(unit.replace.items()))
            articles.append(ArticleResult(
                unit.source, unit.article or unit.label, graph.value,
                b"" if spec.dry_run else ox.serialize(quads, format=_NQ),
                b"" if spec.dry_run or not unit.add else ox.serialize(unit.add, format=_NQ),
                len(quads) + len(unit.add), ValidationReport(by_article.get(unit.article, [])),
                existing=context.store.graph_exists(graph),
                changes=_planned(context.store, unit) if spec.dry_run else None))
        return PartitionResult(
            partition.index, articles, ingest,
            ValidationReport(by_article.get(None, []), checked_nodes=report.checked_nodes),
            worker=f"{socket.gethostname()}:{os.getpid()}",
            cpu_seconds=time.thread_time() - started, pipeline_loads=_pipeline_loads() - loads)


def _planned(store, unit) -> tuple[int, int]:
    plan, _ = store.plan(unit.replace, unit.add)
    return plan.total_added, plan.total_removed


def _pipeline_loads() -> int:
    """How often this process built the spaCy pipeline and gazetteer matchers (cached after the
    first time: a count that grows per task would mean the cache does not hold)."""
    from kg.extract.entities import finder_for

    return finder_for.cache_info().misses


def _context(spec: RunSpec):
    """This run's BatchContext: a read-only view of the store opened once per run and worker
    (a view opened for an earlier run would not show what that run wrote)."""
    from kg.loader import BatchContext

    if _RUN.get("id") == spec.run_id:
        return _RUN["context"]
    if "context" in _RUN:
        _RUN.pop("context").store.close()
    store = _open_view(spec.settings)
    base = {g: q for g, q in _base_graphs().items() if g.value in spec.base}
    _RUN.update(id=spec.run_id, context=BatchContext(store, base, _validator(spec.engine),
                                                     spec.dry_run))
    return _RUN["context"]


def _open_view(settings: dict[str, Any], attempts: int = 8):
    """A read-only view of the store. Opening one while the writer commits can race with
    RocksDB renaming its files (seen here: "No such file or directory", "Corruption: Mismatch
    in unique ID"); a moment later the open succeeds."""
    from kg.errors import StoreError
    from kg.settings import Settings
    from kg.store import open_store

    for attempt in range(attempts):
        try:
            return open_store(Settings(settings), read_only=True)
        except (StoreError, OSError, RuntimeError) as exc:
            if attempt == attempts - 1:
                raise StoreError(f"cannot open a read-only view of {settings['store']} on "
                                 f"{socket.gethostname()}: {exc}") from exc
            time.sleep(0.05 * 2 ** attempt)
    raise AssertionError("unreachable")


def _validator(engine: str):
    from kg.validate import Validator

    key = f"validator-{engine}"
    if key not in _CACHE:
        _CACHE[key] = Validator(engine=engine)
    return _CACHE[key]


def _base_graphs() -> dict[NamedNode, list]:
    from kg.loader import base_graphs

    if "base" not in _CACHE:
        _CACHE["base"] = base_graphs()
    return _CACHE["base"]


def probe(store_location: str, remote: bool) -> dict[str, Any]:
    """What the writer checks on every worker before it submits anything: kg's version, and
    whether the worker can see an embedded store's directory. Quick: it runs on the worker's
    event loop (Client.run)."""
    from pathlib import Path

    import kg

    return {"kg": kg.__version__, "host": socket.gethostname(), "pid": os.getpid(),
            "store_visible": remote or Path(store_location).is_dir()}


__all__ = ["ArticleResult", "PartitionResult", "RunSpec", "probe", "run_partition"]
