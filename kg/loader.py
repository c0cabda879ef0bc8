"""`kg load` and `kg validate`: read inputs, check them against the shapes, write all or nothing.

A load runs in three steps:

1. **Read** every input into units: one per article record (its article graph plus entity
   descriptions) and one per RDF file (its named graphs; default-graph triples go to
   `kgg:source/<file stem>`). Records stream from JSON Lines, so memory holds one batch at a time.
2. **Validate** units in batches through the one SHACL gate (`kg.gate.Gate`: the shapes plus
   the store context the units refer to), on worker processes for large inputs. Valid quads are
   spooled to a temporary N-Quads file.
3. **Write** only if nothing violates (and, with `strict`, nothing warns): the spool goes into the
   store in one transaction (`GraphStore.write_nquads`, the store's one write fed from a file),
   replacing the graphs of reloaded articles; or, for a process that has the store to itself
   (`exclusive`), each batch commits as it arrives under an undo journal that the end of the
   load drops (`GraphStore.staged_load`, kg.store.staging). A process killed at any point leaves
   the store exactly as it was before the load.

Inputs are files and directories, or documents held in memory (`Document`: the validation page
posts one, never through a temporary file).
"""

from __future__ import annotations

import errno
import hashlib
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kg import chunked
from kg import namespaces as ns
from kg.errors import InputError, RdfSyntaxError, RecordError, StoreError, ValidationFailed
from kg.events.resolve import Outcome, after_write, pending_marks
from kg.gate import BaseOverlay, Gate, check_writable, refuse, refused
from kg.limits import InputLimits, check_literals, guard_rdf, parser_limit_error
from kg.gate import context as gate_context
from kg.model import Record
from kg.rdf import record_to_quads, with_date_bounds
from kg.records import (
    check_length,
    check_size,
    iter_raw_records,
    parse_raw,
    raw_records_in,
    record_problems,
)
from kg.settings import Settings
from kg.shared_graphs import SharedQuads, remove_repeats
from kg.store import GraphStore
from kg.validate import RECORD_FORMAT, VIOLATION, ValidationReport, ValidationResult, Validator
from kg.write_ahead import WriteAhead

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
}
RECORD_SUFFIXES = {".json", ".jsonl"}
INPUT_SUFFIXES = set(RDF_FORMATS) | RECORD_SUFFIXES

Progress = Callable[..., None]  # (units, stage, **file progress): kg.progress.Progress


@dataclass
class Unit:
    """One thing that loads as a whole: an article record or an RDF file."""

    source: str
    label: str
    article: str | None
    replace: dict[NamedNode, list[Quad]]
    add: list[Quad]

    def quads(self) -> Iterator[Quad]:
        for quads in self.replace.values():
            yield from quads
        yield from self.add



@dataclass
class LoadSummary:
    files: int = 0
    articles: int = 0
    units: int = 0
    quads: int = 0
    written: bool = False
    report: ValidationReport = field(default_factory=ValidationReport)
    changes: dict[str, tuple[int, int]] = field(default_factory=dict)  # label -> (added, removed)
    seconds: float = 0.0
    write_seconds: float = 0.0
    events: Outcome | None = None  # what event resolution did after the write

    @property
    def unchanged(self) -> bool:
        """The load found everything already stored as it is: it changed nothing."""
        return self.written and self.changes.get("(total)") == (0, 0)

    def to_json(self) -> dict:
        return {"files": self.files, "articles": self.articles, "units": self.units,
                "quads": self.quads, "written": self.written, "unchanged": self.unchanged,
                "seconds": round(self.seconds, 3),
                "events": self.events.to_json() if self.events else None,
                "validation": self.report.to_json(),
                "changes": {k: {"added": a, "removed": r} for k, (a, r) in self.changes.items()}}


# --- reading ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Document:
    """An input held in memory (the validation page posts one): a name for messages, the
    suffix that says its format (as a file's does), and its bytes."""

    name: str
    suffix: str
    data: bytes

    @property
    def stem(self) -> str:
        return Path(self.name).stem


Input = Path | Document


def _suffix(item: Input) -> str:
    return item.suffix.lower()


def expand_paths(paths: Iterable[str | Path | Document]) -> list[Input]:
    """Files named, files with a known suffix under directories named (sorted), and documents
    held in memory."""
    out: list[Input] = []
    for raw in paths:
        if isinstance(raw, Document):
            if _suffix(raw) not in INPUT_SUFFIXES:
                raise InputError(f"unknown input type {raw.suffix or '(no suffix)'}",
                                 location=raw.name)
            out.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
            if not found:
                raise InputError("no loadable files in directory (.json, .jsonl, .ttl, .nt, .nq, "
                                 ".trig, .jsonld, .rdf)", location=str(p))
            out.extend(found)
        elif p.is_file():
            if p.suffix.lower() not in INPUT_SUFFIXES:
                raise InputError(f"unknown input type {p.suffix or '(no suffix)'}",
                                 location=str(p),
                                 hint="records are .json/.jsonl; RDF is .ttl .nt .nq .trig .jsonld .rdf; "
                                      "article text goes through `kg ingest`")
            out.append(p)
        else:
            raise InputError("no such file or directory", location=str(p))
    return out


def _rdf_unit(path: Input, settings: Settings) -> Unit:
    fmt = RDF_FORMATS[_suffix(path)]
    limits = InputLimits.from_settings(settings)
    default = ns.source_graph(path.stem)
    graphs: dict[NamedNode, list[Quad]] = {}
    name = path.name if isinstance(path, Document) else str(path)
    if isinstance(path, Document):
        check_length(len(path.data), name, settings.max_input_bytes)
        source = {"input": path.data, "base_iri": "file:///" + quote(path.name)}
    else:
        check_size(path, settings.max_input_bytes)
        source = {"path": str(path), "base_iri": path.resolve().as_uri()}
    guard_rdf(path.data if isinstance(path, Document) else path, fmt.name, name, limits)
    try:
        for q in ox.parse(format=fmt, **source):
            graph = q.graph_name if isinstance(q.graph_name, NamedNode) else default
            graphs.setdefault(graph, []).append(Quad(q.subject, q.predicate, q.object, graph))
    except SyntaxError as exc:
        line, col = _syntax_position(exc)
        where = f"{name}:{line}:{col}" if line else name
        hint = None
        if "LoadDocumentCallback" in str(exc):
            hint = "kg never fetches remote JSON-LD contexts: inline the @context in the file"
        raise RdfSyntaxError(f"malformed {fmt.name}: {_first_line(exc)}", location=where,
                             hint=hint) from exc
    except (ValueError, OSError, MemoryError) as exc:
        too_large = parser_limit_error(exc, name, limits)
        if too_large is not None:
            raise too_large from exc
        raise RdfSyntaxError(f"cannot read {fmt.name}: {exc}", location=name) from exc
    if not graphs:
        raise InputError("the file holds no triples", location=name)
    check_writable(graphs, where=name)
    for quads in graphs.values():
        check_literals(quads, name, limits.max_literal_bytes)
    graphs = {g: with_date_bounds(quads) for g, quads in graphs.items()}  # xsd:date bounds
    return Unit(name, path.name, None, graphs, [])


def _syntax_position(exc: SyntaxError) -> tuple[int | None, int | None]:
    if len(exc.args) > 1 and isinstance(exc.args[1], tuple) and len(exc.args[1]) >= 3:
        return exc.args[1][1], exc.args[1][2]
    return getattr(exc, "lineno", None), getattr(exc, "offset", None)


def _first_line(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text.split(" (line")[0]


# --- base graphs (ontology, gazetteer) --------------------------------------------------------

def _base_sources() -> dict[NamedNode, list[Path]]:
    from kg.link.gazetteer import DEFAULT_DIR, user_gazetteer_dir
    from kg.validate import default_ontology_files

    return {ns.GRAPH_ONTOLOGY: default_ontology_files(),
            ns.GRAPH_GAZETTEER: sorted(DEFAULT_DIR.glob("*.tsv"))
            + sorted(user_gazetteer_dir().glob("*.tsv"))}


def _sources_hash(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for p in paths:
        digest.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return digest.hexdigest()


def base_graphs() -> dict[NamedNode, list[Quad]]:
    """The graphs every store needs before records can validate: ontology and gazetteer.

    Each carries `<graph> kg:sourceHash "..."`, the hash of the files it was built from, so
    `ensure_base_graphs` rewrites it only when those files changed.
    """
    from kg.link.gazetteer import Gazetteer

    out: dict[NamedNode, list[Quad]] = {}
    for graph, paths in _base_sources().items():
        if graph == ns.GRAPH_ONTOLOGY:
            quads = [Quad(q.subject, q.predicate, q.object, graph)
                     for p in paths for q in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE)]
        else:
            quads = [Quad(q.subject, q.predicate, q.object, graph) for q in Gazetteer.load().to_quads()]
        quads.append(Quad(graph, ns.kg.sourceHash, ox.Literal(_sources_hash(paths)), graph))
        out[graph] = quads
    return out


def stale_base_graphs(store: GraphStore) -> dict[NamedNode, list[Quad]]:
    """The base graphs the store lacks or holds in an older version, with their new content."""
    stale = [g for g, paths in _base_sources().items()
             if not store.contains(Quad(g, ns.kg.sourceHash, ox.Literal(_sources_hash(paths)), g))]
    if not stale:
        return {}
    wanted = base_graphs()
    return {g: wanted[g] for g in stale}


def ensure_base_graphs(store: GraphStore) -> list[str]:
    """Bring the ontology and gazetteer graphs up to date (a no-op when they already are)."""
    stale = stale_base_graphs(store)
    if stale:
        store.write(stale)
        remove_repeats(store)
    return [g.value for g in stale]


# --- the load itself --------------------------------------------------------------------------

def _locate(report: ValidationReport, batch: list[Unit]) -> ValidationReport:
    """Name the input file and article of every result."""
    if not report.results:  # the common case: no need to index the batch's quads
        return report
    owner: dict[str, Unit] = {}
    for unit in batch:
        for q in unit.quads():
            owner.setdefault(str(q.subject), unit)
    located = ValidationReport(checked_nodes=report.checked_nodes)
    for r in report.results:
        unit = owner.get(r.focus)
        located.results.append(r if unit is None else
                               replace(r, source=unit.source, article=unit.article))
    return located


@dataclass
class BatchResult:
    """What one validated batch hands back to the loading process (plain, picklable data)."""

    nquads: bytes
    report: ValidationReport
    graphs: list[tuple[str, str]]  # (replaced graph IRI, source)
    units: int
    articles: int
    quads: int
    changes: dict[str, tuple[int, int]]
    existing: int = 0  # how many of the replaced graphs the store already holds
    added: bytes = b""  # the N-Quads (also in `nquads`) that go to shared graphs, not replaced ones
    extra: object = None  # whatever the batch's job reports besides (e.g. extraction problems)
    chunk: chunked.ChunkResult | None = None  # a chunk of a large file (kg.chunked): no nquads
    texts: list[tuple[str, str, str]] = field(default_factory=list)  # (sha256, article, source)


@dataclass
class RecordBatch:
    """A job: raw records from `iter_raw_records`, parsed where the batch runs (maybe a worker).

    `tolerant` (kg validate): a record that breaks the format does not stop the batch; its
    problems, each in words, come back as the job's extra (violations of the report) and the
    other records are validated as usual."""

    items: list[tuple[str, object]]
    limits: InputLimits = field(default_factory=InputLimits)
    tolerant: bool = False

    def records(self) -> tuple[list[tuple[str, Record]], object]:
        if not self.tolerant:
            return [(source, parse_raw(source, raw, self.limits)) for source, raw in self.items], None
        good: list[tuple[str, Record]] = []
        problems: list[ValidationResult] = []
        for source, raw in self.items:
            try:
                good.append((source, parse_raw(source, raw, self.limits)))
            except RecordError as exc:
                problems.extend(format_problems(source, raw, exc))
        return good, problems


def format_problems(source: str, raw: object, exc: RecordError) -> list[ValidationResult]:
    """A bad record's problems as report results: every schema problem in words, or the one
    the reader found (malformed JSON, a quote that is not at its offsets)."""
    obj = raw
    if isinstance(raw, str):
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError):
            obj = None
    article = obj.get("article", {}).get("id") if isinstance(obj, dict) and \
        isinstance(obj.get("article"), dict) else None
    focus = str(ns.article_iri(article)) if isinstance(article, str) and article else source
    found = record_problems(obj) if isinstance(obj, dict) else []
    if not found:
        found = [(None, None, exc.message)]
    return [ValidationResult(focus=focus, path=path, value=None if value is None else str(value),
                             severity=VIOLATION, message=message, component=RECORD_FORMAT,
                             shape="kg/schema/record.schema.json", source=exc.location or source,
                             article=article if isinstance(article, str) else None)
            for path, value, message in found]


class Job(Protocol):
    """A batch of work the loader validates as one: it yields typed records (and any extra
    report of its own) where it runs. `kg ingest` passes jobs that extract article texts."""

    def records(self) -> tuple[list[tuple[str, Record]], object]: ...


class BatchContext:
    """Everything a batch needs besides its input: the gate (store context, base overlay,
    validator) and the store to plan a dry run against. Worker processes (local, or on a Dask
    cluster: kg.cluster) each build their own."""

    def __init__(self, store: GraphStore, base: dict[NamedNode, list[Quad]], validator: Validator,
                 dry_run: bool):
        self.store, self.dry_run = store, dry_run
        self.gate = Gate(store, validator, BaseOverlay(base) if base else None)

    def run_job(self, job: Job | chunked.Chunk) -> BatchResult:
        if isinstance(job, chunked.Chunk):
            return self.run_chunk(job)
        records, extra = job.records()
        # a kg endpoint resolves the events of what it is sent itself (kg.web.writes)
        result = self.run(record_units(records, pending=not self.store.kg_endpoint))
        if isinstance(job, RecordBatch) and extra:  # format problems of a tolerant batch
            result.report.results.extend(extra)
            extra = None
        result.extra = extra
        return result

    def check(self, units: list[Unit]) -> ValidationReport:
        """Validate units together through the gate (every result names its input file and
        article), refuse articles whose text another article has (`same_text_results`), then
        drop from their shared-graph quads what the store already holds, so what they write
        keeps one home per triple (kg.shared_graphs)."""
        quads = [q for unit in units for q in unit.quads()]
        # What reloaded graphs held: the gate checks what depends on what the reload removes.
        # A load is judged whole, so old violations still count (only_added=False).
        replaced = [q for unit in units for g in unit.replace if self.store.graph_exists(g)
                    for q in self.store.graph_quads(g)]
        found = gate_context(self.store, quads, self.gate.overlay)
        report = _locate(self.gate.check(quads, replaced=replaced, only_added=False, known=found),
                         units)
        report.results.extend(same_text_results(self.store, _article_texts(units)))
        shared = SharedQuads(found)  # indexed once per batch, not once per unit
        for unit in units:  # validated as given; written without what is stored elsewhere
            unit.add = shared.new(unit.add)
        return report

    def run(self, units: list[Unit]) -> BatchResult:
        report = self.check(units)
        quads = [q for unit in units for q in unit.quads()]
        changes = {}
        if self.dry_run:
            for unit in units:
                plan, _ = self.store.plan(unit.replace, unit.add)
                changes[unit.label] = _content_changes(plan)
        added = [q for unit in units for q in unit.add]
        return BatchResult(
            nquads=b"" if self.dry_run else ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
            added=b"" if self.dry_run or not added else ox.serialize(added, format=ox.RdfFormat.N_QUADS),
            report=report, graphs=[(g.value, u.source) for u in units for g in u.replace],
            units=len(units), articles=sum(1 for u in units if u.article), quads=len(quads),
            changes=changes,
            existing=sum(1 for u in units for g in u.replace if self.store.graph_exists(g)),
            texts=_article_texts(units))

    def run_chunk(self, chunk: chunked.Chunk) -> BatchResult:
        """A chunk of a large file, parsed and checked without a Python object per quad; the
        loading process writes it from the file (no N-Quads travel back)."""
        found = chunked.check_chunk(chunk, self.gate)
        check_writable((NamedNode(g) for g in found.graphs), where=chunk.name)
        return BatchResult(nquads=b"", report=found.report,
                           graphs=[(g, chunk.name) for g in found.graphs],
                           units=1 if chunk.index == 0 else 0, articles=0, quads=found.quads,
                           changes={}, chunk=found)


SAME_TEXT = "urn:kg:check:same-text"


def _article_texts(units: list[Unit]) -> list[tuple[str, str, str]]:
    """(kg:textSha256, article id, source) of the articles among these units."""
    out = []
    for unit in units:
        if not unit.article:
            continue
        for quads in unit.replace.values():
            for q in quads:
                if q.predicate == ns.kg.textSha256 and isinstance(q.object, ox.Literal):
                    out.append((q.object.value, unit.article, unit.source))
    return out


def _same_text(article: str, other: str, sha: str, source: str, where: str) -> ValidationResult:
    return ValidationResult(
        focus=str(ns.article_iri(article)), path=str(ns.kg.textSha256), value=sha,
        severity=VIOLATION, component=SAME_TEXT, shape="kg loader: one article per text",
        message=(f"the text of article {article} is the text of article {other} {where} (same "
                 f"kg:textSha256): the same article under another name; load it with the id "
                 f"{other} to replace it, or leave it out"),
        source=source, article=article)


def same_text_results(store: GraphStore, texts: list[tuple[str, str, str]]
                      ) -> list[ValidationResult]:
    """Articles whose text the store already holds under another id, or that repeat another
    article's text in the same batch (`kg:textSha256`): refused, naming the other article."""
    if not texts:
        return []
    out: list[ValidationResult] = []
    first: dict[str, str] = {}
    for sha, article, source in texts:
        if sha in first and first[sha] != article:
            out.append(_same_text(article, first[sha], sha, source, "earlier in this load"))
        first.setdefault(sha, article)
    values = " ".join(ox.Literal(sha).__str__() for sha in first)
    stored: dict[str, set[str]] = {}
    for r in store.query(f"SELECT ?a ?h WHERE {{ VALUES ?h {{ {values} }} "
                         f"?a <{ns.KG}textSha256> ?h }}"):
        iri = r["a"].value
        if iri.startswith(ns.ID + "article/"):
            stored.setdefault(r["h"].value, set()).add(iri[len(ns.ID + "article/"):])
    for sha, article, source in texts:
        for other in sorted(stored.get(sha, set()) - {article}):
            out.append(_same_text(article, other, sha, source, "in the store"))
    return out



def record_units(records: list[tuple[str, Record]], pending: bool = True) -> list[Unit]:
    """One unit per record: its article graph (replaced as a whole) and the quads it adds to
    shared graphs; with `pending`, the mark that its events await resolution (kg.events)."""
    units = []
    for source, record in records:
        try:
            quads = record_to_quads(record)
        except RecordError as exc:
            exc.location = f"{source} ({exc.location})" if exc.location else source
            raise
        graph = ns.article_graph(record.article.id)
        units.append(Unit(source, record.article.id, record.article.id,
                          {graph: [q for q in quads if q.graph_name == graph]},
                          [q for q in quads if q.graph_name != graph]
                          + (pending_marks([record.article.id]) if pending else [])))
    return units


_WORKER: BatchContext | None = None


def _worker_init(settings: dict, base_file: str, dry_run: bool, engine: str) -> None:
    """Worker process: its own read-only view of the store gives the validation context; the
    base graphs the store lacks come from the loading process as an N-Quads file (building
    them anew costs each worker seconds: the GeoNames table behind the gazetteer's
    coordinates). A file, not the arguments: a spawned worker reads its arguments only once it
    has imported kg, and the loading process waits at each worker's pipe until then when
    they do not fit in it (about a megabyte here: the workers started one after the other)."""
    global _WORKER
    from kg.store import open_store

    _exit_with_parent()
    store = open_store(Settings(settings), read_only=True)
    base: dict[NamedNode, list[Quad]] = {}
    for q in ox.parse(path=base_file, format=ox.RdfFormat.N_QUADS) if base_file else ():
        base.setdefault(q.graph_name, []).append(q)
    _WORKER = BatchContext(store, base, Validator(engine=engine), dry_run)


def _exit_with_parent() -> None:
    """A worker whose loading process was killed has nothing left to do: it exits within half a
    second instead of finishing its batch as an orphan (the pool's pipes do not tell it)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-exit-with-parent", daemon=True).start()


def _worker_run(job: Job) -> BatchResult:
    assert _WORKER is not None
    return _WORKER.run_job(job)


def _file_jobs(files: Sequence[Input], settings: Settings, store: GraphStore | None = None,
               tolerant: bool = False) -> Iterator[Job | Input | chunked.Chunk]:
    """Batches of raw records (parsed later, maybe in a worker), and RDF files one by one; with
    `store` (a load that can write in stages), large N-Triples/N-Quads files whose graph is new
    as chunks (kg.chunked)."""
    batch: list = []
    limits = InputLimits.from_settings(settings)
    for path in files:
        if _suffix(path) in RECORD_SUFFIXES:
            if isinstance(path, Document):
                check_length(len(path.data), path.name, settings.max_input_bytes)
                raw = raw_records_in(path.data, path.name, _suffix(path), limits)
            else:
                raw = iter_raw_records(path, settings.max_input_bytes, limits)
            for item in raw:
                batch.append(item)
                if len(batch) >= settings.batch_size:
                    yield RecordBatch(batch, limits, tolerant)
                    batch = []
        else:
            if batch:
                yield RecordBatch(batch, limits, tolerant)
                batch = []
            chunks = _chunks(path, settings, store) if store is not None else None
            if chunks:
                yield from chunks
            else:
                yield path
    if batch:
        yield RecordBatch(batch, limits, tolerant)


def _chunks(path: Input, settings: Settings, store: GraphStore) -> list[chunked.Chunk] | None:
    """The chunks of a large line-based file whose default graph is new, else None."""
    if isinstance(path, Document) or _suffix(path) not in chunked.FORMATS:
        return None
    check_size(path, settings.max_input_bytes)
    graph = ns.source_graph(path.stem)
    if store.graph_exists(graph):  # a reload replaces the graph: one transaction, as before
        return None
    return chunked.plan(path, graph, settings.load_chunk_bytes, settings.max_literal_bytes)


def _worth_processes(files: Sequence[Input], settings: Settings) -> bool:
    """Worker processes cost about a second to start: worth it only for larger record inputs."""
    record_bytes = sum(len(f.data) if isinstance(f, Document) else f.stat().st_size
                       for f in files if _suffix(f) in RECORD_SUFFIXES)
    chunk_bytes = settings.load_chunk_bytes
    big_lines = any(not isinstance(f, Document) and _suffix(f) in chunked.FORMATS
                    and chunk_bytes > 0 and f.stat().st_size > 2 * chunk_bytes for f in files)
    return big_lines or record_bytes > 2 * settings.batch_size * 4096


def load(paths: Sequence[str | Path | Document], store: GraphStore,
         settings: Settings | None = None, *,
         dry_run: bool = False, strict: bool = False, validator: Validator | None = None,
         progress: Progress | None = None, exclusive: bool = False,
         tolerant: bool = False) -> LoadSummary:
    """Validate every input, then write all of it in one transaction (or nothing at all).

    Raises ValidationFailed (with the report) when anything violates the shapes, or warns
    under `strict`; InputError and its subclasses for unusable input. Nothing is written then.
    `tolerant` (with dry_run: kg validate): records that break the format are reported, each
    with every problem, instead of stopping at the first.
    """
    settings = settings or Settings.from_env()
    files = expand_paths(paths)
    workers = settings.validation_workers or os.cpu_count() or 1
    # Remote stores validate in this process (as before): their context look-ups are requests.
    parallel = workers > 1 and store.capabilities.on_disk and _worth_processes(files, settings)
    validator = validator or Validator()
    # Large line-based files are cut into chunks when the load can write in stages (kg.chunked).
    staged = exclusive and not dry_run and store.capabilities.on_disk and \
        validator.engine == "compiled"
    options = dict(files=len(files), workers=workers if parallel else 1, dry_run=dry_run,
                   strict=strict, validator=validator, progress=progress, exclusive=exclusive)
    if staged:
        try:
            return load_jobs(_file_jobs(files, settings, store, tolerant and dry_run), store,
                             settings, **options)
        except _Unchunked:  # a chunk's graph exists already: load the file whole instead
            pass
    return load_jobs(_file_jobs(files, settings, tolerant=tolerant and dry_run), store, settings,
                     **options)


def _base_file(base: dict[NamedNode, list[Quad]]) -> str:
    """The base graphs as a temporary N-Quads file for the validation workers (_worker_init)."""
    try:
        with tempfile.NamedTemporaryFile(prefix="kg-base-", suffix=".nq", delete=False) as fh:
            try:
                fh.write(ox.serialize([q for quads in base.values() for q in quads],
                                      format=ox.RdfFormat.N_QUADS))
            except OSError:
                os.unlink(fh.name)
                raise
            return fh.name
    except OSError as exc:
        raise StoreError(f"the load could not start, nothing was written: {exc}",
                         hint=_io_hint(exc)) from exc


class _Unchunked(Exception):
    """A chunked file cannot be written in stages after all (an N-Quads graph it holds exists
    already): the load was undone and starts again with the file as one unit."""


def load_jobs(jobs: Iterable[Job | Path], store: GraphStore, settings: Settings | None = None, *,
              files: int = 0, workers: int = 1, dry_run: bool = False, strict: bool = False,
              validator: Validator | None = None, progress: Progress | None = None,
              on_result: Callable[[BatchResult], None] | None = None,
              exclusive: bool = False) -> LoadSummary:
    """The load itself, over jobs (record batches, RDF files, or any `Job`): validate each on
    `workers` processes (1: in this process), in input order, then commit all or nothing.

    With `exclusive` (the caller has the store to itself, as the CLI does), a load that replaces
    no stored graph is written while its batches still validate: each batch commits at once
    under an undo journal (kg.store.staging), which the end of the load drops and any failure rolls
    back. Otherwise the validated quads are spooled and written in one transaction once
    everything conformed.
    """
    settings = settings or Settings.from_env()
    validator = validator or Validator()
    started = time.perf_counter()
    # Missing or outdated ontology/gazetteer graphs are written in the same transaction as the
    # load, and serve as validation context until then.
    base = stale_base_graphs(store)
    local = BatchContext(store, base, validator, dry_run)
    pool = None
    base_file = ""
    # A staged load writes each chunk of a large N-Triples file while it is checked (kg.write_ahead).
    ahead = WriteAhead() if exclusive and not dry_run else None
    try:
        if workers > 1 and store.capabilities.shareable:  # workers open the store for context
            base_file = _base_file(base) if base else ""
            pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
                initargs=(settings.with_(store=store.location).values, base_file, dry_run,
                          validator.engine))
        return write_results(_results(jobs, pool, local, workers, settings, ahead), store, base,
                             files=files, dry_run=dry_run, strict=strict, progress=progress,
                             on_result=on_result, exclusive=exclusive, started=started,
                             gate=local.gate, ahead=ahead)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)  # waits for the workers: then the file can go
        if base_file:
            os.unlink(base_file)


def write_results(results: Iterable[BatchResult], store: GraphStore,
                  base: dict[NamedNode, list[Quad]], *, files: int = 0, dry_run: bool = False,
                  strict: bool = False, progress: Progress | None = None,
                  on_result: Callable[[BatchResult], None] | None = None,
                  exclusive: bool = False, started: float | None = None,
                  gate: Gate | None = None, ahead: WriteAhead | None = None) -> LoadSummary:
    """The writing side of a load: validated batches (in input order) go into the store all or
    nothing, staged when `exclusive` allows it (see `load_jobs`), else spooled and written once
    everything conformed. `base` are the stale base graphs (`stale_base_graphs`) the batches were
    validated with; they are written with the load. Whoever produced the batches (this
    process, local workers, a Dask cluster) makes no difference here. `gate` (the loading
    process's) judges again what chunks of a large file could not (kg.chunked). `ahead`: the
    chunks `results` wrote before their check (kg.write_ahead), enabled while a staged write runs."""
    started = time.perf_counter() if started is None else started
    summary = LoadSummary(files=files)
    results = iter(results)
    spool = tempfile.NamedTemporaryFile(prefix="kg-load-", suffix=".nq", delete=False)
    try:
        boundaries = None if gate is None else \
            chunked.Boundaries(chunked.neighbourhood_depth(gate.validator.shapes))
        run = _LoadRun(summary, spool, strict, progress, on_result, boundaries)
        run.replaced.update({g.value: "(base graph)" for g in base})
        head = b"" if dry_run else b"".join(
            ox.serialize(quads, format=ox.RdfFormat.N_QUADS) for quads in base.values())
        spool.write(head)
        staged = False
        staging = store.staged_load() if exclusive and not dry_run else None
        if staging is not None and not any(store.graph_exists(g) for g in base):
            staged = _staged_write(staging, results, run, head, [g.value for g in base], gate,
                                   ahead)
        for result in results:  # what a stopped staged write left (or everything, without it)
            if result.chunk is not None and not run.refused:
                raise _Unchunked  # chunks are written in stages only
            run.collect(result)
        spool.close()
        run.check()
        if not dry_run and summary.quads and not staged:
            if progress:
                progress(summary.units, "writing")
            write_started = time.perf_counter()
            written = store.write_nquads(Path(spool.name), {NamedNode(g) for g in run.replaced})
            summary.write_seconds = time.perf_counter() - write_started
            summary.changes["(total)"] = _content_changes(written)
        if staged:
            summary.changes["(total)"] = (summary.quads, 0)
        summary.written = not dry_run and bool(summary.quads)
        if summary.written:
            remove_repeats(store)  # base graphs this load brought may hold what others held
            # Flushed, the next open of an on-disk store is instant; left in RocksDB's
            # write-ahead log, the next open replays it (measured: 185 s after 1M quads
            # written in 50,000-line transactions, 0.7 s after a flush that took 16 s).
            store.flush()
    except ValidationFailed as exc:
        summary.seconds = time.perf_counter() - started
        exc.summary = summary  # what the load would have changed, for dry runs
        raise
    except OSError as exc:  # the spool (in the temp directory) or the store's disk failed
        raise StoreError(f"the load could not be written, nothing was written: {exc}",
                         hint=_io_hint(exc)) from exc
    finally:
        spool.close()
        os.unlink(spool.name)
    if summary.written and not store.kg_endpoint:  # the events of the written articles
        summary.events = after_write(store, run.replaced,  # follow them (kg.events)
                                     gate.validator if gate is not None else Validator())
    summary.seconds = time.perf_counter() - started
    return summary


def _content_changes(written) -> tuple[int, int]:
    """(added, removed) of a write without the pending marks a load leaves in kgg:events for
    event resolution (bookkeeping, gone once the events are resolved)."""
    events = ns.GRAPH_EVENTS.value
    return (sum(n for g, n in written.added.items() if g != events),
            sum(n for g, n in written.removed.items() if g != events))


def _results(jobs: Iterable[Job | Input], pool: ProcessPoolExecutor | None,
             local: BatchContext, workers: int, settings: Settings,
             ahead: WriteAhead | None = None) -> Iterator[BatchResult]:
    """Each job's validated batch, in input order; a few batches in flight on the workers.
    With `ahead`, a chunk of a large file is written while its worker checks it (kg.write_ahead)."""
    pending: list[tuple[object, Future]] = []

    def next_result() -> BatchResult:
        if ahead is not None:
            ahead.before_wait([job for job, _ in pending])
        return pending.pop(0)[1].result()

    for job in jobs:
        if pool is not None and not isinstance(job, (Path, Document)):
            pending.append((job, pool.submit(_worker_run, job)))
            while len(pending) > 2 * workers:  # bounded memory: a few batches in flight
                yield next_result()
            continue
        while pending:  # keep input order around an RDF file validated here
            yield next_result()
        yield (local.run([_rdf_unit(job, settings)]) if isinstance(job, (Path, Document))
               else local.run_job(job))
    while pending:
        yield next_result()


class _LoadRun:
    """The loading process's side of a load: collects batch results in order into the summary
    and the spool, and refuses the load when anything failed."""

    def __init__(self, summary: LoadSummary, spool, strict: bool, progress: Progress | None,
                 on_result: Callable[[BatchResult], None] | None,
                 boundaries: chunked.Boundaries | None = None):
        self.summary, self.spool, self.strict = summary, spool, strict
        self.progress, self.on_result = progress, on_result
        self.texts: dict[str, str] = {}  # kg:textSha256 -> the first article with it
        self.replaced: dict[str, str] = {}
        self.existing = 0
        self.boundaries = boundaries  # what chunks of large files held (kg.chunked)
        self.chunks = 0
        self.chunk_bytes = 0  # of large files, checked and written so far
        self.chunk_lines = 0

    def collect(self, result: BatchResult, stage: str | None = "validated") -> None:
        """Take one batch's result; report progress as `stage` (None: the caller will)."""
        summary = self.summary
        for graph, source in result.graphs:
            if result.chunk is not None and self.replaced.get(graph) == source:
                continue  # the file's earlier chunks went to the same graph
            if graph in self.replaced:
                raise InputError(f"{graph} is loaded twice in one load (also from "
                                 f"{self.replaced[graph]})", location=source,
                                 hint="give each article a distinct id")
            self.replaced[graph] = source
        for sha, article, source in result.texts:  # one article per text across batches
            other = self.texts.setdefault(sha, article)
            if other != article and not any(r.component == SAME_TEXT and r.article == article
                                            for r in result.report.results):
                result.report.results.append(
                    _same_text(article, other, sha, source, "earlier in this load"))
        summary.report.extend(result.report)
        summary.units += result.units
        summary.articles += result.articles
        summary.quads += result.quads
        summary.changes.update(result.changes)
        self.existing += result.existing
        self.spool.write(result.nquads)
        if result.chunk is not None and self.boundaries is not None:
            self.boundaries.add(result.chunk)
            self.chunks += 1
        if self.on_result:
            self.on_result(result)
        if self.progress and stage:
            self.report_progress(result, stage)

    def report_progress(self, result: BatchResult, stage: str) -> None:
        """Units for batches; for a chunk of a large file, bytes and triples of the file."""
        chunk = result.chunk.chunk if result.chunk is not None else None
        if chunk is None:
            self.progress(result.units, stage)
            return
        self.chunk_bytes += chunk.length
        self.chunk_lines += chunk.lines
        self.progress(result.units, stage, done_bytes=chunk.offset + chunk.length,
                      total_bytes=chunk.total_bytes, triples=self.chunk_lines)

    @property
    def refused(self) -> bool:
        return refused(self.summary.report, strict=self.strict)

    def check(self) -> None:
        """Raise ValidationFailed if anything violates (or, under strict, warns)."""
        refuse(self.summary.report, strict=self.strict)


def _staged_write(staging, results: Iterator[BatchResult], run: _LoadRun, head: bytes,
                  base: list[str], local_gate: Gate | None = None,
                  ahead: WriteAhead | None = None) -> bool:
    """Commit each batch as it arrives under the undo journal; drop the journal at the end.
    False (everything undone) when the load must finish another way: a batch replaces a stored
    graph, or the load is refused (the caller then raises) or empty. Errors undo and raise.
    Chunks `ahead` wrote before their check are not written again."""
    def undo() -> None:
        if ahead is not None:
            ahead.staging = None  # nothing more is written ahead once the load is undone
        if staging.parts and run.progress:
            run.progress(0, "undoing")
        staging.rollback()

    try:
        if head:
            staging.add(head, base)
        if ahead is not None:
            ahead.staging = staging
        for result in results:
            run.collect(result, stage=None)
            if run.refused or run.existing:
                if run.progress:
                    run.report_progress(result, "validated")
                undo()
                return False
            started = time.perf_counter()
            if result.chunk is not None:
                chunk = result.chunk.chunk
                if ahead is not None and ahead.take(chunk):
                    pass  # written while it was checked
                elif any(staging.owner.graph_exists(NamedNode(g)) for g in result.chunk.graphs
                         if not staging.created(g)):
                    undo()  # an N-Quads graph exists: the file must replace it, whole
                    raise _Unchunked
                else:
                    staging.add_bulk(chunk.read(), chunk.format, NamedNode(chunk.default_graph),
                                     result.chunk.graphs)
            else:
                staging.add(result.nquads, [g for g, _ in result.graphs], result.added)
            run.summary.write_seconds += time.perf_counter() - started
            if run.progress:
                run.report_progress(result, "validated and written")
        if run.chunks and run.boundaries is not None and local_gate is not None:
            # Every chunk is on disk: judge the nodes no single chunk could judge alone.
            if run.progress:
                run.progress(0, "checking chunk boundaries")
            _merge(run.summary.report, run.boundaries.finish(staging.owner, local_gate))
        if run.refused or not run.summary.quads:
            undo()
            return False
        if ahead is not None:
            ahead.staging = None
            run.summary.write_seconds += ahead.seconds
        staging.commit()
        return True
    except BaseException as exc:
        try:
            undo()
        except OSError as undo_failed:
            raise StoreError(
                f"the load failed ({exc}) and could not be undone yet ({undo_failed}): kg undoes "
                f"it the next time it opens the store for writing; until then nothing shows it",
                hint=_io_hint(undo_failed)) from exc
        if isinstance(exc, OSError):
            raise StoreError(f"writing the load failed, so it was undone; nothing was written: "
                             f"{exc}", hint=_io_hint(exc)) from exc
        raise


def _io_hint(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC or "No space left" in str(exc):
        return "the disk is full: free space where the store lives, then run the load again"
    return "check the store's disk and permissions, then run the load again"


def _merge(report: ValidationReport, more: ValidationReport) -> None:
    """Add results not already in the report (a chunk's final result may be found again)."""
    have = set(report.results)
    report.results.extend(r for r in more.results if r not in have)


def validate_paths(paths: Sequence[str | Path | Document], store: GraphStore,
                   settings: Settings | None = None,
                   validator: Validator | None = None,
                   progress: Progress | None = None) -> LoadSummary:
    """`kg validate`: the load's checks, writing nothing; returns the summary with its report."""
    try:
        return load(paths, store, settings, dry_run=True, validator=validator, progress=progress,
                    tolerant=True)
    except ValidationFailed as exc:
        return exc.summary


__all__ = ["BatchContext", "BatchResult", "Document", "Job", "LoadSummary", "RecordBatch", "Unit",
           "base_graphs", "ensure_base_graphs", "expand_paths", "load", "load_jobs",
           "record_units", "stale_base_graphs", "validate_paths", "write_results"]
