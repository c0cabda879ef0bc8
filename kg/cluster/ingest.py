"""The writer of a cluster ingest: keep the workers fed, commit what they return.

Partitions are submitted a window at a time (a few per worker thread), so the cluster always has
work queued while memory holds only the window's results. Two ways to commit:

* `all` (the default): results are put back in input order and handed to kg.loader's writer,
  exactly as local workers' batches are: staged under the undo journal (embedded store), or
  spooled and written after validation (remote store), all or nothing. A writer killed mid-run
  leaves the store as kg.store.staging (embedded) or kg.store.remote (remote: no partial
  article graph) promise.
* `per-article`: each article is written as its partition arrives, in its own transaction
  (replacing its graph, so running it again changes nothing): a killed writer leaves every
  article it wrote complete, and the rest unwritten.

A worker that dies mid-task (SIGKILL, lost machine) costs nothing here: the scheduler reruns its
tasks on other workers, and each partition's result is taken once, by its index. A task that
raises is reported with its files and the others go on, unless `strict`; a worker that cannot
open the store stops the run.
"""

from __future__ import annotations

import resource
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode

from kg.cluster.connect import Cluster, WorkerWatch, check_workers, connect, dashboard_line
from kg.cluster.inputs import Inputs, Partition
from kg.cluster.tasks import PartitionResult, RunSpec, run_partition
from kg.errors import ClusterError, InputError, KgError
from kg.events.resolve import after_write
from kg.extract.ingest import IngestReport
from kg.loader import BatchResult, LoadSummary, ensure_base_graphs, stale_base_graphs, write_results
from kg.progress import Progress
from kg.settings import Settings
from kg.store import GraphStore
from kg.store.staging import BULK_BYTES
from kg.validate import ValidationReport, Validator

COMMIT_MODES = ("all", "per-article")
_NQ = ox.RdfFormat.N_QUADS


@dataclass
class ClusterStats:
    """What the run cost where: for the summary line and the benchmark."""

    workers: int = 0
    threads: int = 0
    pipeline_loads: int = 0           # spaCy + matcher builds on the workers (once per process)
    worker_cpu: float = 0.0           # CPU seconds the tasks used on the workers
    writer_cpu: float = 0.0           # CPU seconds of this process (writer, client, LocalCluster)
    write_seconds: float = 0.0        # seconds spent writing into the store
    seconds: float = 0.0
    lost_workers: list[str] = field(default_factory=list)
    dashboard: str = ""


def ingest_on_cluster(address: str, inputs: Inputs, store: GraphStore, settings: Settings, *,
                      published: str | None = None, dry_run: bool = False,
                      keep_records: bool = False, commit: str = "all", strict: bool = False,
                      progress: Progress | None = None,
                      on_report: Callable[[IngestReport], None] | None = None,
                      ) -> tuple[LoadSummary, ClusterStats]:
    """Extract, link and validate `inputs` on the Dask cluster at `address`; write into `store`.

    `on_report` gets each partition's IngestReport (fact kinds, problems, kept records) in the
    order the partitions are committed. With `strict`, the first problem (an unreadable file, an
    article that fails, a task that raises, a warning) stops the run: nothing is written in
    `all` mode, the articles written so far stay in `per-article` mode.
    """
    if commit not in COMMIT_MODES:
        raise InputError(f"unknown commit mode {commit!r}", hint="--commit all or per-article")
    started, cpu_started = time.perf_counter(), _cpu()
    say = progress.say if progress else (lambda text: None)
    if not store.capabilities.shareable:
        raise ClusterError(f"the workers cannot open the store {store.location}",
                           hint="ingest into an on-disk store or a remote store")
    remote = not store.capabilities.on_disk
    # Workers run elsewhere, in another directory: they get the store's absolute path.
    location = store.location if remote else str(Path(store.location).resolve())
    total = inputs.count()
    stats = ClusterStats()
    cluster = connect(address)
    try:
        stats.dashboard = dashboard_line(cluster)
        say(f"cluster {address}: {stats.dashboard}")
        check_workers(cluster, location, remote, say)
        stats.workers, stats.threads = len(cluster.workers), cluster.threads
        say(f"{stats.workers} worker(s), {stats.threads} thread(s); {total} {inputs.unit} to go")
        # Stale ontology/gazetteer graphs: validation context on the workers until the writer
        # writes them, with the load (all) or before the first article (per-article).
        if commit == "per-article" and not dry_run:
            ensure_base_graphs(store)
        base = stale_base_graphs(store)
        spec = RunSpec(uuid.uuid4().hex, settings.with_(store=location).values,
                       tuple(g.value for g in base), published, dry_run, keep_records)
        size = _partition_size(total, stats.threads)
        stream = _Stream(cluster, inputs.partitions(size), spec, window=3 * stats.threads + 2,
                         ordered=commit == "all", strict=strict, progress=progress, stats=stats)
        with WorkerWatch(cluster, say) as watch:
            try:
                if commit == "all":
                    part = settings.values.get("cluster_part_bytes", BULK_BYTES)
                    summary = _commit_all(stream, store, base, strict, on_report, dry_run, part)
                else:
                    summary = _commit_each(stream, store, strict, on_report, dry_run)
            finally:
                stream.cancel()
        stats.lost_workers = watch.lost
    finally:
        cluster.close()
    stats.seconds = time.perf_counter() - started
    stats.writer_cpu = _cpu() - cpu_started
    stats.write_seconds = summary.write_seconds
    return summary, stats


def _partition_size(items: int, threads: int) -> int:
    """Enough partitions for every worker thread to stay busy to the end (about 8 each), none
    so large that the last one leaves the others idle for long, nor so small that the cost of a
    task (scheduling, a round trip, pickling) shows."""
    return max(1, min(20, -(-items // (threads * 8))))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- the stream of results --------------------------------------------------------------------

class _Stream:
    """Partitions go out a window at a time; results come back in input order (`ordered`) or
    as they complete. Each partition's result is taken once, whatever the workers went through."""

    def __init__(self, cluster: Cluster, partitions: Iterator[Partition], spec: RunSpec, *,
                 window: int, ordered: bool, strict: bool, progress: Progress | None,
                 stats: ClusterStats):
        self.cluster, self.partitions, self.spec = cluster, partitions, spec
        self.window, self.ordered, self.strict = window, ordered, strict
        self.progress, self.stats = progress, stats
        self.inflight: dict[str, tuple[object, Partition]] = {}

    def __iter__(self) -> Iterator[PartitionResult]:
        from distributed import as_completed

        done = as_completed()
        ready: dict[int, PartitionResult] = {}
        following = 0
        self._submit(done, ready)
        for future in done:
            _, partition = self.inflight.pop(future.key)
            result = self._outcome(future, partition)
            future.release()
            self._count(partition, result)
            if not self.ordered:
                self._submit(done, ready)
                yield result
                continue
            ready[partition.index] = result
            batch = []
            while following in ready:
                batch.append(ready.pop(following))
                following += 1
            self._submit(done, ready)  # the workers get more before this process writes
            yield from batch

    def _submit(self, done, ready: dict) -> None:
        while len(self.inflight) + len(ready) < self.window:
            partition = next(self.partitions, None)
            if partition is None:
                return
            future = self.cluster.client.submit(
                run_partition, partition, self.spec, pure=False,
                key=f"kg-ingest-{self.spec.run_id[:12]}-{partition.index}")
            self.inflight[future.key] = (future, partition)
            done.add(future)

    def _outcome(self, future, partition: Partition) -> PartitionResult:
        """The task's result; a task that raised becomes a result whose problem names its files
        (or stops the run, when the worker cannot work at all)."""
        try:
            return future.result()
        except KgError as exc:
            if isinstance(exc, InputError):
                return self._failed(partition, exc)
            raise ClusterError(f"a worker cannot do kg's tasks: {exc}",
                               hint="check that every worker reaches the store") from exc
        except Exception as exc:  # the task's own exception, or KilledWorker after retries
            return self._failed(partition, exc)

    def _failed(self, partition: Partition, exc: BaseException) -> PartitionResult:
        what = f"{type(exc).__name__}: {exc}".strip()
        report = IngestReport(files=len(partition.items),
                              problems=[f"{', '.join(partition.sources)}: the task failed on "
                                        f"the cluster ({what})"])
        return PartitionResult(partition.index, [], report)

    def _count(self, partition: Partition, result: PartitionResult) -> None:
        self.stats.pipeline_loads += result.pipeline_loads
        self.stats.worker_cpu += result.cpu_seconds
        failed = len(result.ingest.problems) + sum(1 for a in result.articles
                                                   if not a.report.conforms)
        if self.progress:
            self.progress(len(partition.items), "extracted and validated", failed=failed)
        if self.strict and (result.ingest.problems or _refused(result, strict=True)):
            first = (result.ingest.problems or [_first_result(result)])[0]
            raise InputError(f"stopped at the first problem (--strict): {first}",
                             location=partition.sources[0],
                             hint="fix or remove that input, or run without --strict to load "
                                  "the others and list every problem")

    def cancel(self) -> None:
        futures = [f for f, _ in self.inflight.values()]
        self.inflight.clear()
        if futures:
            try:
                self.cluster.client.cancel(futures)
            except Exception:  # the cluster is going away anyway
                pass


def _refused(result: PartitionResult, strict: bool) -> bool:
    reports = [result.report] + [a.report for a in result.articles]
    return any(not r.conforms or (strict and r.warnings) for r in reports)


def _first_result(result: PartitionResult) -> str:
    for r in [*result.report.results, *(x for a in result.articles for x in a.report.results)]:
        return f"{r.source or '?'}: {r.severity_name()}: {r.message}"
    return "?"


# --- commit: all or nothing, in input order ---------------------------------------------------

def _commit_all(stream: _Stream, store: GraphStore, base: dict, strict: bool,
                on_report: Callable[[IngestReport], None] | None, dry_run: bool,
                part_bytes: int) -> LoadSummary:
    def on_result(batch: BatchResult) -> None:
        for report in batch.extra:
            if on_report:
                on_report(report)

    announce = stream.progress
    batches = joined((as_batch(result) for result in stream), part_bytes)
    return write_results(batches, store, base, dry_run=dry_run, strict=strict,
                         progress=(lambda n, stage: announce(0, stage)
                                   if stage in ("writing", "undoing") else None)
                         if announce else None,
                         on_result=on_result, exclusive=True)


def as_batch(result: PartitionResult) -> BatchResult:
    """A partition's articles as one kg.loader batch (what local workers hand the writer);
    `extra` is the list of the partitions' IngestReports."""
    report = ValidationReport(list(result.report.results), result.report.checked_nodes)
    for a in result.articles:
        report.results.extend(a.report.results)
    return BatchResult(
        nquads=b"".join(a.nquads + a.added for a in result.articles), report=report,
        graphs=[(a.graph, a.source) for a in result.articles], units=len(result.articles),
        articles=len(result.articles), quads=sum(a.quads for a in result.articles),
        changes={a.article: a.changes for a in result.articles if a.changes is not None},
        existing=sum(1 for a in result.articles if a.existing),
        added=b"".join(a.added for a in result.articles), extra=[result.ingest])


def joined(batches: Iterator[BatchResult], min_bytes: int) -> Iterator[BatchResult]:
    """Consecutive batches joined into parts of at least `min_bytes` of N-Quads (the last may be
    smaller): the staged write takes parts that big through Oxigraph's bulk loader, at about
    half the writer's CPU per quad (kg.store.staging), which leaves the cores to the workers."""
    pending: list[BatchResult] = []
    size = 0
    for batch in batches:
        pending.append(batch)
        size += len(batch.nquads)
        if size >= min_bytes:
            yield _join(pending)
            pending, size = [], 0
    if pending:
        yield _join(pending)


def _join(batches: list[BatchResult]) -> BatchResult:
    if len(batches) == 1:
        return batches[0]
    report = ValidationReport()
    for b in batches:
        report.extend(b.report)
    return BatchResult(
        nquads=b"".join(b.nquads for b in batches), report=report,
        graphs=[g for b in batches for g in b.graphs], units=sum(b.units for b in batches),
        articles=sum(b.articles for b in batches), quads=sum(b.quads for b in batches),
        changes={k: v for b in batches for k, v in b.changes.items()},
        existing=sum(b.existing for b in batches), added=b"".join(b.added for b in batches),
        extra=[r for b in batches for r in b.extra])


# --- commit: each article as it arrives -------------------------------------------------------

def _commit_each(stream: _Stream, store: GraphStore, strict: bool,
                 on_report: Callable[[IngestReport], None] | None, dry_run: bool) -> LoadSummary:
    """Write every conforming article in its own transaction, replacing its graph; articles
    that violate the shapes are reported as problems and not written."""
    summary = LoadSummary()
    seen: dict[str, str] = {}
    added = removed = 0
    validator = Validator()
    for result in stream:
        written_graphs = []
        problems = result.ingest.problems
        spoiled = not result.report.conforms  # results no article owns: trust none of them
        summary.report.extend(result.report)
        for a in result.articles:
            summary.report.extend(a.report)
            if a.graph in seen:
                problems.append(f"{a.source}: article {a.article} is loaded twice in one ingest "
                                f"(also from {seen[a.graph]}); this one was not written")
                continue
            seen[a.graph] = a.source
            if spoiled or not a.report.conforms or (strict and a.report.warnings):
                why = _first_result(PartitionResult(0, [a], result.ingest, result.report))
                problems.append(f"{a.source}: article {a.article} not written: {why}")
                continue
            summary.articles += 1
            summary.units += 1
            summary.quads += a.quads
            if dry_run:
                if a.changes:
                    summary.changes[a.article] = a.changes
                continue
            written = time.perf_counter()
            change = store.write({NamedNode(a.graph): list(ox.parse(a.nquads, format=_NQ))},
                                 list(ox.parse(a.added, format=_NQ)) if a.added else [])
            summary.write_seconds += time.perf_counter() - written
            added, removed = added + change.total_added, removed + change.total_removed
            written_graphs.append(a.graph)
        if written_graphs and not store.kg_endpoint:  # the events these articles report
            after_write(store, written_graphs, validator)  # (kg.events), a partition at a time
        if on_report:
            on_report(result.ingest)
    summary.written = not dry_run and summary.articles > 0
    summary.changes["(total)"] = (added, removed)
    return summary


__all__ = ["COMMIT_MODES", "ClusterStats", "as_batch", "ingest_on_cluster", "joined"]
