"""Large N-Triples and N-Quads files: validated in parallel chunks, written by bulk load.

A line-based file larger than twice `load_chunk_bytes` is cut on line boundaries (`plan`).
A validation worker parses each chunk with the engine straight into an in-memory store (no
Python object per quad) and checks it through the SHACL gate's validator with the store's
context (`check_chunk`); the loading process writes each checked chunk with
`pyoxigraph.Store.bulk_load` into graphs that are new, under the staged load's undo journal
(kg.store.staging): no spool, no transaction holding the file in memory, nothing left in the
write-ahead log for the next open to replay, and the write of one chunk overlaps the check of
the next.

Exact at the boundaries. SHACL judges a node by what it reaches: its values, their types, paths
of a few steps (`neighbourhood_depth`). A chunk may hold only part of that: a record cut in two,
an entity described in several places. So each chunk also reports the subjects it holds, with
their number of triples, and the IRIs it points at without describing them. Once the whole file
is on disk (`Boundaries.finish`), a subject that some chunk held only part of, or that one chunk
points at and another describes, is a *boundary node*; every node that reaches one within the
depth is checked again on its whole neighbourhood, read back from the store, and its chunk
results are replaced by that check's. Violations that more data cannot take back
(kg.validate.MONOTONE_COMPONENTS: a bad value, too many values) are final at once and stop the
load early; the others wait for `finish`.

Not cut: files with blank nodes (a blank node's label is scoped to its file, and each parse gives
blank nodes fresh labels, so two chunks would split one node in two) and small files. They load
as one unit, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import NamedNode

from kg.errors import RdfSyntaxError
from kg.gate import ARTICLE_IRIS, Gate, context_for_iris, mentioned_iris
from kg.limits import check_literals
from kg.validate import MONOTONE_COMPONENTS, Shapes, ValidationReport, ValidationResult

FORMATS = {".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
           ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS}
_READ = 1 << 20


@dataclass(frozen=True)
class Chunk:
    """A job for a validation worker: lines [first_line, ...) of a file, `length` bytes from
    `offset` (whole lines)."""

    path: str
    name: str  # as messages name the file
    index: int
    offset: int
    length: int
    first_line: int
    lines: int
    total_bytes: int  # of the whole file, for progress
    suffix: str
    default_graph: str  # where the file's default-graph triples go (kgg:source/<stem>)
    base_iri: str
    max_literal_bytes: int = 0  # 0: no limit of kg's own (the parser's 16 MiB line limit stays)

    @property
    def format(self) -> ox.RdfFormat:
        return FORMATS[self.suffix]

    def read(self) -> bytes:
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            return fh.read(self.length)


def plan(path: Path, default_graph: NamedNode, chunk_bytes: int,
         max_literal_bytes: int = 0) -> list[Chunk] | None:
    """The chunks of a large N-Triples/N-Quads file, or None when it loads as one unit (not
    line-based, not larger than twice `chunk_bytes`, or holding a blank node: `_:`)."""
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if suffix not in FORMATS or chunk_bytes <= 0 or size <= 2 * chunk_bytes:
        return None
    chunks: list[Chunk] = []
    start, line, lines, pos, last = 0, 1, 0, 0, b""
    step = min(_READ, max(1024, chunk_bytes))
    with open(path, "rb") as fh:
        while True:
            block = fh.read(step)
            if not block:
                break
            # b"_" first: one memchr, where searching for b"_:" is a pass several times slower
            # (the plan of the 1M-triple benchmark file, which has no underscore: 0.08 s of CPU
            # instead of 0.27 s); nothing else of the load starts before the plan is made.
            if (b"_" in block or last.endswith(b"_")) and b"_:" in last[-1:] + block:
                return None
            last = block
            pos += len(block)
            lines += block.count(b"\n")
            cut = block.rfind(b"\n")
            if pos - start >= chunk_bytes and cut >= 0:  # cut after the block's last newline
                end = pos - len(block) + cut + 1
                chunks.append(_chunk(path, len(chunks), start, end, line, lines, size,
                                     default_graph, max_literal_bytes))
                line += lines
                lines, start = 0, end
    if start < size:
        chunks.append(_chunk(path, len(chunks), start, size, line, lines, size, default_graph,
                             max_literal_bytes))
    return chunks if len(chunks) > 1 else None


def _chunk(path: Path, index: int, start: int, end: int, line: int, lines: int, size: int,
           default_graph: NamedNode, max_literal_bytes: int) -> Chunk:
    return Chunk(str(path), str(path), index, start, end - start, line, lines, size,
                 path.suffix.lower(), default_graph.value, path.resolve().as_uri(),
                 max_literal_bytes)


@dataclass
class ChunkResult:
    """What a worker found in one chunk (plain, picklable data)."""

    chunk: Chunk
    report: ValidationReport  # final results (MONOTONE_COMPONENTS)
    provisional: list[ValidationResult]  # results a boundary check may take back
    graphs: list[str]  # the graphs its quads go to
    quads: int
    subjects: dict[str, int]  # subject IRI -> its quads in this chunk
    dangling: set[str]  # IRIs it points at but holds no triple about


def check_chunk(chunk: Chunk, gate: Gate) -> ChunkResult:
    """Parse one chunk into an in-memory store and check it (in a validation worker)."""
    mem = ox.Store()
    data = chunk.read()
    try:
        mem.load(data, format=chunk.format, base_iri=chunk.base_iri,
                 to_graph=NamedNode(chunk.default_graph))
    except SyntaxError as exc:
        raise _syntax_error(exc, chunk) from exc
    _check_literal_sizes(data, mem, chunk)
    graphs = [g.value for g in mem.named_graphs()]
    subjects, dangling = subjects_and_dangling(mem)
    quads = sum(subjects.values())
    # The IRIs the chunk mentions are its subjects and the ones it points at without describing.
    refs = {NamedNode(i) for i in (*subjects, *dangling) if not i.startswith(ARTICLE_IRIS)}
    context = context_for_iris(gate.store, refs, gate.overlay)
    report = gate.validator.validate_store(mem, context)
    lines = _subject_lines(data, chunk.first_line, {r.focus for r in report.results})
    results = [replace(r, source=f"{chunk.name}:{lines[r.focus]}" if r.focus in lines
                       else chunk.name) for r in report.results]
    final = ValidationReport(checked_nodes=report.checked_nodes)
    final.results = [r for r in results if r.component in MONOTONE_COMPONENTS]
    provisional = [r for r in results if r.component not in MONOTONE_COMPONENTS]
    return ChunkResult(chunk, final, provisional, graphs, quads, subjects, dangling)


# Every IRI as a subject (?p bound: counted) or as an object (?p unbound: not counted), grouped
# once: an IRI counted zero times is pointed at and never described.
_IRI_USES = ("SELECT ?x (COUNT(?p) AS ?n) WHERE { { GRAPH ?g { ?x ?p ?o } FILTER(isIRI(?x)) } "
             "UNION { GRAPH ?g { ?s ?q ?x } FILTER(isIRI(?x)) } } GROUP BY ?x")


def subjects_and_dangling(mem: ox.Store) -> tuple[dict[str, int], set[str]]:
    """The IRIs that are subjects in the store, with their number of quads, and the IRIs it
    points at without describing them, in one grouping of the store's IRIs (two queries, one
    per answer, cost 90 ms of CPU per 100,000-triple chunk of the benchmark file; this 66)."""
    subjects: dict[str, int] = {}
    dangling: set[str] = set()
    for row in mem.query(_IRI_USES):
        n = int(row[1].value)
        if n:
            subjects[row[0].value] = n
        else:
            dangling.add(row[0].value)
    return subjects, dangling


_SUBJECT = re.compile(rb"^(<[^>\s]*>)[ \t]", re.MULTILINE)
_FEW = 64  # up to this many nodes, each is searched for; more, the text is scanned once


def _subject_lines(data: bytes, first_line: int, nodes: set[str]) -> dict[str, int]:
    """The line of the file where each of these nodes (N-Triples form) first is a subject in
    this chunk's text, to name it in the report (only when there are results). A few nodes
    (a chunk's warnings, nearly always) are each found with a byte search: scanning every
    subject of a 16 MB chunk took 0.3 s of a worker's 1.3-2.2 s per chunk."""
    if not nodes:
        return {}
    if len(nodes) > _FEW:
        return _subject_lines_scan(data, first_line, nodes)
    at: dict[str, int] = {}
    for node in nodes:
        start = _first_subject_at(data, node.encode("utf-8"))
        if start >= 0:
            at[node] = start
    found: dict[str, int] = {}
    line, pos = first_line, 0
    for node, start in sorted(at.items(), key=lambda item: item[1]):  # one count over the text
        line += data.count(b"\n", pos, start)
        pos = start
        found[node] = line
    return found


def _first_subject_at(data: bytes, node: bytes) -> int:
    """Where a line of `data` first starts with `node` then a space or tab (-1: nowhere)."""
    end = len(node)
    if data.startswith(node) and data[end:end + 1] in (b" ", b"\t"):
        return 0
    at = data.find(b"\n" + node)
    while at >= 0:
        if data[at + 1 + end:at + 2 + end] in (b" ", b"\t"):
            return at + 1
        at = data.find(b"\n" + node, at + 1)
    return -1


def _subject_lines_scan(data: bytes, first_line: int, nodes: set[str]) -> dict[str, int]:
    """_subject_lines in one pass over every subject of the text (for many nodes)."""
    found: dict[str, int] = {}
    line, pos = first_line, 0
    for m in _SUBJECT.finditer(data):
        subject = m.group(1).decode("utf-8", "replace")
        if subject in nodes and subject not in found:
            line += data.count(b"\n", pos, m.start())
            pos = m.start()
            found[subject] = line
            if len(found) == len(nodes):
                break
    return found


def _check_literal_sizes(data: bytes, mem: ox.Store, chunk: Chunk) -> None:
    """max_literal_bytes, as a whole-file load applies it. A literal sits on one line, so a
    chunk no longer than the limit (nearly all of them) needs no look; otherwise the first
    line over it is found and its literals measured."""
    limit = chunk.max_literal_bytes
    if not limit or len(data) <= limit or not may_hold_longer_line(data, limit):
        return
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if end - start > limit:
            line = chunk.first_line + data.count(b"\n", 0, start)
            one = ox.Store()
            one.load(data[start:end + 1], format=chunk.format, base_iri=chunk.base_iri,
                     to_graph=NamedNode(chunk.default_graph))
            check_literals(one.quads_for_pattern(None, None, None, None),
                           f"{chunk.name}:{line}", limit)
        start = end + 1


def may_hold_longer_line(data: bytes, limit: int) -> bool:
    """False when no line of `data` is longer than `limit` bytes, in a few searches: such a
    line would hold a whole window [k*h, (k+1)*h) of h = limit // 2 bytes with no newline, so
    a newline in every window rules it out (a line-by-line look at a 16 MB chunk took 16 ms
    of CPU). True: some window has none, and only a look at the lines can tell."""
    step = max(1, limit // 2)
    return any(data.find(b"\n", start, start + step) < 0
               for start in range(0, len(data) - step + 1, step))


def _syntax_error(exc: SyntaxError, chunk: Chunk) -> RdfSyntaxError:
    """The parser's error with its line counted from the start of the file, not the chunk."""
    line = col = None
    if len(exc.args) > 1 and isinstance(exc.args[1], tuple) and len(exc.args[1]) >= 3:
        line, col = exc.args[1][1], exc.args[1][2]
    text = str(exc.args[0] if exc.args else exc)
    detail = text.split(": ", 1)[1] if ": " in text else text
    where = f"{chunk.name}:{chunk.first_line + line - 1}:{col}" if line else chunk.name
    return RdfSyntaxError(f"malformed {chunk.format.name}: {detail}", location=where)


def neighbourhood_depth(shapes: Shapes) -> int:
    """How many steps from a focus node SHACL may look: the longest path of the shapes, plus
    one for the types of the values at its end (and a margin for SPARQL constraints that step
    from a value to its class)."""
    longest = max((c.path.count(">/") + 1 for c in shapes.constraints if c.path), default=1)
    return max(3, longest + 1)


@dataclass
class Boundaries:
    """The loading process's record of what the chunks held, to find the nodes a chunk could
    not judge alone (see the module docstring)."""

    depth: int
    first: dict[str, tuple[int, int]] = field(default_factory=dict)  # subject -> (chunk, quads)
    more: dict[str, dict[int, int]] = field(default_factory=dict)  # subjects in several chunks
    dangling: list[set[str]] = field(default_factory=list)
    graphs: set[str] = field(default_factory=set)
    provisional: list[ValidationResult] = field(default_factory=list)
    source: str | None = None
    chunks: dict[int, Chunk] = field(default_factory=dict)

    def add(self, result: ChunkResult) -> None:
        index = result.chunk.index
        self.source = result.chunk.name
        self.chunks[index] = result.chunk
        for subject, n in result.subjects.items():
            seen = self.first.get(subject)
            if seen is None:
                self.first[subject] = (index, n)
            else:
                self.more.setdefault(subject, {seen[0]: seen[1]})[index] = n
        self.dangling.append(result.dangling)
        self.graphs.update(result.graphs)
        self.provisional.extend(result.provisional)

    def boundary_nodes(self, store: ox.Store) -> set[str]:
        """Subjects some chunk held only part of, and IRIs one chunk points at that another
        describes."""
        graphs = [NamedNode(g) for g in self.graphs]
        nodes = set()
        for subject, counts in self.more.items():
            node = NamedNode(subject)
            total = sum(1 for g in graphs for _ in store.quads_for_pattern(node, None, None, g))
            if any(n != total for n in counts.values()):
                nodes.add(subject)
        for dangling in self.dangling:
            nodes.update(iri for iri in dangling if iri in self.first)
        return nodes

    def finish(self, store, gate: Gate) -> ValidationReport:
        """The results the chunks could not give alone (`store`: the kg store the chunks were
        written to, `gate`: the loading process's gate). Returns the provisional chunk results
        that stand plus the results of checking again every node near a boundary node."""
        raw = store.oxigraph
        boundary = self.boundary_nodes(raw)
        report = ValidationReport()
        provisional, seen = [], set()  # an entity in every chunk: once, at its first line
        for r in self.provisional:
            if (key := replace(r, source=None)) not in seen:
                seen.add(key)
                provisional.append(r)
        if not boundary:
            report.results = provisional
            return report
        graphs = [NamedNode(g) for g in self.graphs]
        near = _reaching(raw, graphs, {NamedNode(n) for n in boundary}, self.depth)
        quads = _neighbourhood(raw, graphs, near, self.depth)
        mem = ox.Store()
        mem.extend(quads)
        context = context_for_iris(store, mentioned_iris(quads), gate.overlay)
        again = gate.validator.validate_store(mem, context, focus=near)
        names = {str(n) for n in near}
        report.results = [r for r in provisional if r.focus not in names]
        report.results += self._located(again.results)
        return report

    def _located(self, results: list[ValidationResult]) -> list[ValidationResult]:
        """The results naming the file and the line where their node is first a subject (the
        file alone where none is): one pass over each chunk that holds such a node."""
        by_chunk: dict[int, set[str]] = {}
        for r in results:
            seen = self.first.get(r.focus[1:-1]) if r.focus.startswith("<") else None
            if seen is not None:
                by_chunk.setdefault(seen[0], set()).add(r.focus)
        where: dict[str, str] = {}
        for index, nodes in by_chunk.items():
            chunk = self.chunks[index]
            where.update({node: f"{chunk.name}:{line}" for node, line in
                          _subject_lines(chunk.read(), chunk.first_line, nodes).items()})
        return [replace(r, source=where.get(r.focus, self.source)) for r in results]


def _reaching(store: ox.Store, graphs: list[NamedNode], targets: set[NamedNode],
              depth: int) -> set[NamedNode]:
    """The targets and every node that reaches one of them within `depth` steps."""
    found, frontier = set(targets), set(targets)
    for _ in range(depth):
        step = {q.subject for node in frontier for g in graphs
                for q in store.quads_for_pattern(None, None, node, g)}
        frontier = step - found
        found |= frontier
        if not frontier:
            break
    return found


def _neighbourhood(store: ox.Store, graphs: list[NamedNode], nodes: Iterable[NamedNode],
                   depth: int) -> list[ox.Quad]:
    """Every quad (in `graphs`) of the nodes and of what they reach within `depth` steps."""
    out: list[ox.Quad] = []
    seen: set = set()
    frontier = set(nodes)
    for _ in range(depth + 1):
        seen |= frontier
        step = set()
        for node in frontier:
            for g in graphs:
                for q in store.quads_for_pattern(node, None, None, g):
                    out.append(q)
                    if isinstance(q.object, NamedNode) and q.object not in seen:
                        step.add(q.object)
        frontier = step
        if not frontier:
            break
    return out


__all__ = ["Boundaries", "Chunk", "ChunkResult", "FORMATS", "check_chunk",
           "neighbourhood_depth", "plan"]
