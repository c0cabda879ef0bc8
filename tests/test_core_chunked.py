"""Large N-Triples and N-Quads files load in chunks (kg.chunked): validated chunk by chunk,
written by bulk load under the undo journal, and judged exactly as the whole file would be,
also where a record or an entity is cut across chunks (real on-disk stores; a small
`load_chunk_bytes` cuts small files into many chunks)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from load_helpers import quads

from kg import chunked
from kg import namespaces as ns
from kg.errors import RdfSyntaxError, TooLarge, ValidationFailed
from kg.loader import load
from kg.settings import Settings
from kg.store import EmbeddedStore, staging
from kg.synthetic import write_ntriples

CHUNK = 8192
KG = "https://kg.example.org/ontology#"


class Recorder:
    """A progress callback that keeps what it was told."""

    def __init__(self):
        self.calls: list[tuple[int, str, dict]] = []

    def __call__(self, n, stage, **detail):
        self.calls.append((n, stage, detail))

    @property
    def file_progress(self) -> list[dict]:
        return [d for _, _, d in self.calls if d.get("done_bytes") is not None]


def settings_for(tmp_path: Path, name: str, chunk: int = CHUNK) -> Settings:
    return Settings.from_env({}, store=str(tmp_path / name), load_chunk_bytes=chunk,
                             validation_workers=1)


def run_load(tmp_path, name, data, chunk=CHUNK, progress=None):
    settings = settings_for(tmp_path, name, chunk)
    store = EmbeddedStore(settings.store)
    return store, load([data], store, settings, exclusive=True, progress=progress)


def refused_load(tmp_path, name, data, chunk=CHUNK):
    settings = settings_for(tmp_path, name, chunk)
    store = EmbeddedStore(settings.store)
    with pytest.raises(ValidationFailed) as failed:
        load([data], store, settings, exclusive=True)
    return store, failed.value.report


def source_graph(store, path: Path) -> set:
    return set(store.oxigraph.quads_for_pattern(None, None, None, ns.source_graph(path.stem)))


def results(report) -> set:
    return {(r.focus, r.path, r.value, r.component, r.severity) for r in report.results}


def nothing_written(store, path: Path) -> bool:
    graphs = {g.value for g in store.named_graphs()}
    return ns.source_graph(path.stem).value not in graphs and \
        not any(g.startswith(staging.JOURNAL_PREFIX) for g in graphs)


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """About 2,000 lines (20 generated articles) of N-Triples: a dozen chunks of 8 KiB."""
    return write_ntriples(tmp_path_factory.mktemp("chunked") / "news.nt", 20)


def lines_of(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines(keepends=True)


def test_a_large_file_loads_in_chunks_exactly_as_it_loads_whole(tmp_path, news):
    progress = Recorder()
    chunked, summary = run_load(tmp_path, "chunked", news, progress=progress)
    whole, whole_summary = run_load(tmp_path, "whole", news, chunk=0)
    assert summary.written and whole_summary.written
    assert quads(chunked) == quads(whole)
    assert results(summary.report) == results(whole_summary.report)
    assert summary.report.warnings and summary.report.conforms
    reported = progress.file_progress
    assert len(reported) > 5, "the file was not cut into chunks"
    assert reported[-1]["done_bytes"] == reported[-1]["total_bytes"] == news.stat().st_size
    assert reported[-1]["triples"] == len(lines_of(news))
    assert not any(g.value.startswith(staging.JOURNAL_PREFIX) for g in chunked.named_graphs())


def test_records_cut_across_chunks_are_judged_on_their_whole_neighbourhood(tmp_path, news):
    """Every evidence moved to the end of the file: each chunk holds facts whose evidence it
    cannot see, yet the load conforms, as the whole file does."""
    lines = lines_of(news)
    evidence = [line for line in lines if "/evidence/" in line.split(" ", 1)[0]]
    moved = tmp_path / "moved.nt"
    moved.write_text("".join([line for line in lines if line not in set(evidence)] + evidence))
    chunked, summary = run_load(tmp_path, "chunked", moved)
    whole, whole_summary = run_load(tmp_path, "whole", moved, chunk=0)
    assert summary.written and summary.report.conforms
    assert results(summary.report) == results(whole_summary.report)
    assert source_graph(chunked, moved) == source_graph(whole, moved)


def test_a_violation_split_across_chunks_is_found(tmp_path, news):
    """A second attacker for the first strike, at the end of the file: no chunk alone sees two."""
    lines = lines_of(news)
    strike = next(line.split(" ")[0] for line in lines if f"<{KG}attacker>" in line)
    extra = f"{strike} <{KG}attacker> <https://kg.example.org/id/state/france> .\n"
    split = tmp_path / "split.nt"
    split.write_text("".join(lines) + extra)
    store, report = refused_load(tmp_path, "chunked", split)
    _, whole = refused_load(tmp_path, "whole", split, chunk=0)
    assert results(report) == results(whole)
    assert any(r.focus == strike and r.component.endswith("MaxCountConstraintComponent")
               for r in report.violations)
    assert nothing_written(store, split)


def test_a_missing_value_far_from_its_node_is_not_a_violation_but_a_real_one_is(tmp_path, news):
    """A fact's only evidence link moved to the end is found there; a fact with none is refused."""
    lines = lines_of(news)
    link = next(line for line in lines if f"<{KG}hasEvidence>" in line)
    far = tmp_path / "far.nt"
    far.write_text("".join([line for line in lines if line != link] + [link]))
    _, summary = run_load(tmp_path, "far", far)
    assert summary.written and summary.report.conforms
    gone = tmp_path / "gone.nt"
    gone.write_text("".join(line for line in lines if line != link))
    store, report = refused_load(tmp_path, "gone", gone)
    fact = link.split(" ")[0]
    assert any(r.focus == fact for r in report.violations)
    assert nothing_written(store, gone)


def test_a_bad_value_stops_the_load_before_its_chunk_is_written(tmp_path, news):
    lines = lines_of(news)
    i = next(k for k, line in enumerate(lines) if f"<{KG}killed>" in line)
    lines[i] = re.sub(r'"\d+"', '"many"', lines[i])
    bad = tmp_path / "bad.nt"
    bad.write_text("".join(lines))
    progress = Recorder()
    settings = settings_for(tmp_path, "store")
    store = EmbeddedStore(settings.store)
    with pytest.raises(ValidationFailed) as failed:
        load([bad], store, settings, exclusive=True, progress=progress)
    assert any(r.value and "many" in r.value for r in failed.value.report.violations)
    assert not any(stage == "validated and written" for _, stage, _ in progress.calls)
    assert nothing_written(store, bad)


class BulkWrites:
    """Counts the bulk loads of chunks by the loading process, and the bytes they wrote."""

    def __init__(self, monkeypatch):
        self.calls = self.bytes = 0
        real = staging.StagedLoad.add_bulk

        def counted(load_, data, *args, **kwargs):
            self.calls += 1
            self.bytes += len(data)
            return real(load_, data, *args, **kwargs)

        monkeypatch.setattr(staging.StagedLoad, "add_bulk", counted)


def test_with_workers_a_chunk_is_written_while_checked_and_undone_when_it_fails(
        tmp_path, news, monkeypatch):
    """Two validation workers: the loading process writes each chunk while a worker checks it
    (kg.write_ahead), so the chunk with a bad value is on disk when its check fails; the load
    is refused all the same and leaves nothing."""
    lines = lines_of(news)
    i = max(k for k, line in enumerate(lines) if f"<{KG}killed>" in line)  # in a late chunk
    lines[i] = re.sub(r'"\d+"', '"many"', lines[i])
    bad = tmp_path / "bad.nt"
    bad.write_text("".join(lines))
    writes, progress = BulkWrites(monkeypatch), Recorder()
    settings = settings_for(tmp_path, "store").with_(validation_workers=2)
    store = EmbeddedStore(settings.store)
    with pytest.raises(ValidationFailed) as failed:
        load([bad], store, settings, exclusive=True, progress=progress)
    assert any(r.value and "many" in r.value for r in failed.value.report.violations)
    passed = [d["done_bytes"] for _, stage, d in progress.calls if stage == "validated and written"]
    assert passed and writes.bytes > passed[-1], "the failing chunk was not written ahead"
    assert nothing_written(store, bad)


def test_with_workers_a_chunked_load_equals_the_whole_file_load(tmp_path, news, monkeypatch):
    writes = BulkWrites(monkeypatch)
    settings = settings_for(tmp_path, "chunked").with_(validation_workers=2)
    store = EmbeddedStore(settings.store)
    summary = load([news], store, settings, exclusive=True)
    whole, _ = run_load(tmp_path, "whole", news, chunk=0)
    assert summary.written and summary.report.conforms and writes.calls > 2
    assert quads(store) == quads(whole)
    assert not any(g.value.startswith(staging.JOURNAL_PREFIX) for g in store.named_graphs())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_syntax_error_names_its_line_in_the_file(tmp_path, news, workers):
    """With workers the broken chunk is written ahead (leniently) while it is checked: the
    error raised is still the parser's, naming the line."""
    lines = lines_of(news)
    at = len(lines) - 40  # in a late chunk
    lines[at] = lines[at].replace("> <", "> <not an iri", 1)
    broken = tmp_path / "broken.nt"
    broken.write_text("".join(lines))
    settings = settings_for(tmp_path, "store").with_(validation_workers=workers)
    store = EmbeddedStore(settings.store)
    with pytest.raises(RdfSyntaxError) as failed:
        load([broken], store, settings, exclusive=True)
    assert failed.value.location.startswith(f"{broken}:{at + 1}:")
    assert nothing_written(store, broken)


def test_a_literal_over_max_literal_bytes_is_refused_with_its_line(tmp_path, news):
    """A whole-file load refuses a literal over max_literal_bytes; a chunked one must too,
    naming the line, before anything is written."""
    lines = lines_of(news)
    at = len(lines) // 2
    subject = lines[at].split(" ")[0]
    lines.insert(at, f'{subject} <http://www.w3.org/2000/01/rdf-schema#comment> "{"é" * 2500}" .\n')
    big = tmp_path / "big.nt"
    big.write_text("".join(lines))
    settings = Settings.from_env({}, store=str(tmp_path / "store"), load_chunk_bytes=CHUNK,
                                 validation_workers=1, max_literal_bytes=4096)
    store = EmbeddedStore(settings.store)
    with pytest.raises(TooLarge) as refused:
        load([big], store, settings, exclusive=True)
    assert refused.value.location == f"{big}:{at + 1}"
    assert "5000 bytes" in str(refused.value) and refused.value.setting == "max_literal_bytes"
    assert nothing_written(store, big)


def test_a_file_with_blank_nodes_loads_whole(tmp_path, news):
    with_blank = tmp_path / "blank.nt"
    with_blank.write_text(news.read_text("utf-8") + '_:note <http://www.w3.org/2000/01/rdf-schema#comment> "a note" .\n')
    progress = Recorder()
    store, summary = run_load(tmp_path, "store", with_blank, progress=progress)
    assert summary.written and not progress.file_progress
    assert len(source_graph(store, with_blank)) == len(set(lines_of(with_blank)))


def test_a_blank_node_label_cut_by_the_planner_s_reads_is_still_seen(tmp_path, news):
    """The planner reads the file in blocks (of `load_chunk_bytes` here) and looks for a blank
    node's `_:` in each, together with the byte before it: a label whose `_` ends one block and
    whose `:` starts the next keeps the file whole; an underscore elsewhere does not."""
    text = news.read_bytes()
    graph = ox.NamedNode("urn:kg:test:graph")
    for name, insert, whole in (("cut.nt", b"_:", True), ("underscore.nt", b"_x", False)):
        at = text.rfind(b"\n<", 0, CHUNK) + 1  # the start of a line of the first block
        line = b"<http://e/a" + b"a" * (CHUNK - at - len(b"<http://e/a") - 1)
        data = text[:at] + line + insert + b"> <http://e/p> \"x\" .\n" + text[at:]
        assert data[CHUNK - 1:CHUNK + 1] == insert  # across the first two blocks
        path = tmp_path / name
        path.write_bytes(data)
        chunks = chunked.plan(path, graph, CHUNK)
        assert (chunks is None) == whole, name


def test_a_reload_replaces_the_graph_as_before(tmp_path, news):
    settings = settings_for(tmp_path, "store")
    store = EmbeddedStore(settings.store)
    load([news], store, settings, exclusive=True)
    lines = lines_of(news)
    fewer = tmp_path / "news.nt"  # the same name: the same graph
    fewer.write_text("".join(line for line in lines if "gen-0000003" not in line))
    progress = Recorder()
    load([fewer], store, settings, exclusive=True, progress=progress)
    assert not progress.file_progress  # a reload replaces the graph in one transaction
    graph = source_graph(store, fewer)
    assert graph and not any("gen-0000003" in str(q) for q in graph)


def nquads(tmp_path: Path, n: int = 20) -> Path:
    """The generated records with their graphs, as N-Quads."""
    from kg.rdf import record_to_quads
    from kg.records import parse_record
    from kg.synthetic import records

    from kg.gate import managed_owner

    # Entity descriptions go to kgg:entities, which only kg load of records writes: a file of
    # one's own keeps them in a graph of its own.
    own = ox.NamedNode(ns.GRAPH + "generated-entities")
    path = tmp_path / "news.nq"
    with path.open("wb") as fh:
        for rec in records(n):
            quads = [q if managed_owner(q.graph_name) is None
                     else ox.Quad(q.subject, q.predicate, q.object, own)
                     for q in record_to_quads(parse_record(rec))]
            fh.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return path


def test_nquads_chunks_keep_their_graphs_and_an_existing_graph_is_replaced(tmp_path):
    data = nquads(tmp_path)
    progress = Recorder()
    chunked, summary = run_load(tmp_path, "chunked", data, progress=progress)
    whole, _ = run_load(tmp_path, "whole", data, chunk=0)
    assert summary.written and progress.file_progress
    assert quads(chunked) == quads(whole)
    # A graph the file holds exists already: the file loads whole and replaces it.
    settings = settings_for(tmp_path, "seeded")
    seeded = EmbeddedStore(settings.store)
    article = ns.article_graph("gen-0000002")
    stale = ox.Quad(ox.NamedNode(ns.ID + "article/gen-0000002"),
                    ox.NamedNode(KG + "staleNote"), ox.Literal("old"), article)
    seeded.oxigraph.add(stale)
    load([data], seeded, settings, exclusive=True)
    assert stale not in seeded.oxigraph
    assert set(seeded.graph_quads(article)) == set(whole.graph_quads(article))


@pytest.mark.slow
def test_a_killed_chunked_load_is_undone_on_the_next_open(tmp_path):
    data = write_ntriples(tmp_path / "big.nt", 1500)
    store_dir = tmp_path / "store"
    env = {**os.environ, "KG_LOAD_CHUNK_BYTES": str(256 * 1024), "KG_VALIDATION_WORKERS": "1",
           "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store_dir), "load",
                             str(data)], stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stderr:
        if "validated and written" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    view = ox.Store.read_only(str(store_dir))  # on disk, before anything recovers it
    written = sum(1 for _ in view.quads_for_pattern(None, None, None, ns.source_graph("big")))
    del view
    assert written > 0, "the kill came after a chunk was written"
    store = EmbeddedStore(store_dir)  # opening for writing rolls the load back
    assert store.recovered
    assert nothing_written(store, data)


# --- the checks a chunk runs (issue 13: the SHACL gate's constraints screened per path and
# skipped for classes a chunk has no node of) ----------------------------------------------------

GEO = "http://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"


def with_coordinates(tmp_path: Path, news: Path, name: str, *facts: str) -> tuple[Path, int]:
    """The news file with one schema:GeoCoordinates node (a type no other line has) in the
    middle, its triples `facts`; returns the file and the node's first line."""
    lines = lines_of(news)
    assert not any(f"<{GEO}GeoCoordinates>" in line for line in lines)
    at = len(lines) // 2
    node = "<https://kg.example.org/id/geo/only-here>"
    lines[at:at] = [f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{GEO}GeoCoordinates> .\n"]
    lines[at + 1:at + 1] = [f"{node} {fact} .\n" for fact in facts]
    path = tmp_path / name
    path.write_text("".join(lines))
    return path, at + 1


@pytest.mark.parametrize("facts, component", [
    # a bad value: final at once, the load stops at its chunk
    ((f'<{GEO}latitude> "95.5"^^<{XSD}decimal>', f'<{GEO}longitude> "10.0"^^<{XSD}decimal>'),
     "MaxInclusiveConstraintComponent"),
    # a missing value: provisional, judged once the whole file is on disk
    ((f'<{GEO}latitude> "45.5"^^<{XSD}decimal>',), "MinCountConstraintComponent"),
])
def test_a_node_of_a_type_only_one_chunk_has_is_still_checked(tmp_path, news, facts, component):
    """A chunk skips the constraints of classes it has no node of; a class that only one chunk
    has is checked there, and the refusal names the file and the node's line."""
    bad, line = with_coordinates(tmp_path, news, "geo.nt", *facts)
    store, report = refused_load(tmp_path, "chunked", bad)
    _, whole = refused_load(tmp_path, "whole", bad, chunk=0)
    violations = {r for r in results(report) if r[-1] == SH + "Violation"}
    assert violations == {r for r in results(whole) if r[-1] == SH + "Violation"}
    found = [r for r in report.violations if r.component == SH + component]
    assert [r.focus for r in found] == ["<https://kg.example.org/id/geo/only-here>"]
    assert found[0].source == f"{bad}:{line}"
    assert nothing_written(store, bad)



def broken_news(news: Path, every: int = 97) -> str:
    """The news file with many constraints broken: ill-typed and negative integers, dates of the
    wrong type, attackers of the wrong class, values missing (every `every`-th line) and second
    values."""
    text = news.read_text("utf-8")
    integer, date = f"^^<{XSD}integer>", f"^^<{XSD}date>"
    text = re.sub(r'"(\d+)"' + re.escape(integer), r'"\1x"' + integer, text, count=3)  # ill-typed
    text = re.sub(r'"(\d+)"' + re.escape(integer), r'"-\1"' + integer, text, count=3)  # < 0
    text = re.sub(r'"(\d{4})-\d\d-\d\d"' + re.escape(date), r'"\1"^^<' + XSD + 'string>', text,
                  count=3)
    text = re.sub(f"<{KG}attacker> <[^>]*>", f"<{KG}attacker> <{ns.ID}place/nowhere>", text,
                  count=3)  # not of the class the shape names
    lines = text.splitlines(keepends=True)
    lines = [line for i, line in enumerate(lines) if i % every != 5]  # missing values here and there
    lines += [line.replace('" .', ' again" .') for line in lines[:30] if '"' in line]  # 2nd values
    return "".join(lines)


def store_results(validator, data: str) -> set[tuple]:
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:g"))
    return {(r.focus, r.path, r.value, r.component, r.shape, r.message)
            for r in validator.validate_store(store).results}


def test_screened_constraints_find_what_each_constraint_finds_alone(tmp_path, news, monkeypatch):
    """Constraints on one path are screened by one query (kg.validate.ConstraintGroup); on data
    that breaks many of them, the results are those of every constraint's own query."""
    from kg.validate import ConstraintGroup, Shapes, Validator

    data = broken_news(news)
    screened = store_results(Validator(), data)
    alone = Validator()
    singles = tuple(ConstraintGroup(c.target_class, (i,))
                    for i, c in enumerate(alone.shapes.constraints))
    monkeypatch.setattr(Shapes, "groups", property(lambda self: singles))
    assert len({r[3] for r in screened}) >= 5, "the data breaks too few kinds of constraint"
    assert screened == store_results(alone, data)


def test_a_validator_that_skips_screens_finds_what_a_fresh_one_finds(news):
    """A validator runs at once the members of a group that found results the last time (chunk
    after chunk of a load); its results are a fresh validator's, on data broken another way,
    on data that conforms, and on the first data again."""
    from kg.validate import Validator

    first, other, clean = broken_news(news), broken_news(news, every=61), news.read_text("utf-8")
    reused = Validator()
    assert store_results(reused, first) == store_results(Validator(), first)
    assert reused._found, "no group found anything: nothing would be skipped"
    for data in (other, clean, first, clean):
        fresh = store_results(Validator(), data)
        assert store_results(reused, data) == fresh


def attackers(text: str) -> list[tuple[str, str]]:
    """(strike, attacker) of every kg:attacker line of N-Triples text."""
    return re.findall(rf"^(<[^>]*>) <{KG}attacker> (<[^>]*>) \.$", text, re.MULTILINE)


def test_a_class_test_by_minus_selects_what_not_exists_selects(news):
    """sh:class members and screens test a value's class by MINUS (an anti-join with the nodes
    of the class); on values of the class, of a subclass only, of no class, literals and blank
    nodes they select the (focus, value) pairs of the FILTER NOT EXISTS they replace."""
    from kg.validate import Validator, _focus

    data = broken_news(news)
    (strike, _), *_ = attackers(data)
    data += f'{strike} <{KG}attacker> "a literal attacker" .\n{strike} <{KG}attacker> _:b1 .\n'
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:g"))
    validator = Validator()
    validator.validate_store(store)  # the helper graphs (focus nodes, SUPERS) the queries read
    classed = [c for c in validator.shapes.constraints if c.value_class]
    assert len(classed) > 10
    selected = 0
    for c in classed:
        by_minus = store.query(c.query, use_default_graph_as_union=True)
        not_exists = store.query(f"SELECT ?focus ?value WHERE {{ {_focus('?focus', c.target_class)} "
                                 f"?focus {c.path} ?value . FILTER({c.condition}) }}",
                                 use_default_graph_as_union=True)
        rows = sorted((str(r["focus"]), str(r["value"])) for r in by_minus)
        assert "MINUS" in c.query and "NOT EXISTS" in c.condition
        assert rows == sorted((str(r["focus"]), str(r["value"])) for r in not_exists), c.path
        selected += len(rows)
    assert selected >= 5, "the data breaks too few class constraints"


def test_a_member_that_found_before_runs_and_the_screen_still_covers_the_others(news):
    """A validator runs at once a constraint that found results the last time; the other
    constraints of its path stay screened: after attackers of the wrong class, a strike with a
    second attacker of the right class still breaks sh:maxCount, as a fresh validator says."""
    from kg.validate import Validator

    clean = news.read_text("utf-8")
    pairs = attackers(clean)
    (strike, attacker), other = pairs[0], next(a for _, a in pairs if a != pairs[0][1])
    twice = clean + f"{strike} <{KG}attacker> {other} .\n"
    reused = Validator()
    store_results(reused, broken_news(news))
    assert any(reused.shapes.constraints[i].component == SH + "ClassConstraintComponent"
               for i in reused._found), "no class constraint found anything: nothing runs at once"
    fresh = store_results(Validator(), twice)
    assert (strike, f"<{KG}attacker>", None, SH + "MaxCountConstraintComponent") in \
        {r[:4] for r in fresh}
    assert store_results(reused, twice) == fresh


def test_the_line_of_a_node_is_where_it_first_starts_a_line_as_a_subject(news):
    """A report names the line where its node is first a subject: found by a byte search for a
    few nodes and by one scan for many; both agree (objects, longer IRIs, tabs)."""
    text = (b'<http://e/a> <http://e/p> <http://e/b> .\n'
            b'<http://e/bb> <http://e/p> "x" .\n'
            b'<http://e/b>\t<http://e/p> "y" .\n'
            b'<http://e/c> <http://e/p> <http://e/a> .\n')
    nodes = {"<http://e/a>", "<http://e/b>", "<http://e/c>", "<http://e/none>"}
    expected = {"<http://e/a>": 10, "<http://e/b>": 12, "<http://e/c>": 13}
    assert chunked._subject_lines(text, 10, nodes) == expected
    assert chunked._subject_lines_scan(text, 10, nodes) == expected
    data = news.read_bytes()
    subjects = sorted({line.split(b" ", 1)[0].decode() for line in data.splitlines()})
    many = set(subjects[::max(1, len(subjects) // (chunked._FEW * 2))])
    few = set(subjects[1::len(subjects) // 10])
    for nodes in (few, many):
        assert chunked._subject_lines(data, 1, nodes) == chunked._subject_lines_scan(data, 1, nodes)
        assert len(chunked._subject_lines(data, 1, nodes)) == len(nodes)


def test_the_window_test_never_misses_a_line_longer_than_the_limit():
    """may_hold_longer_line may say yes for nothing (the lines are then measured), never no
    for a line over the limit: every line length around the limit, at every offset of the
    windows, with the newline first, last or missing."""
    for limit in (1, 2, 3, 7, 8, 64):
        for length in range(max(0, limit - 3), limit + 4):
            for before in range(0, limit + 2):
                for tail in (b"", b"\n", b"\nab"):
                    data = b"x" * before + b"\n" + b"y" * length + tail
                    longest = max(len(line) for line in data.split(b"\n"))
                    if longest > limit:
                        assert chunked.may_hold_longer_line(data, limit), (limit, data)
    lines = b"".join(b"<http://e/s> <http://e/p> \"%d\" .\n" % i for i in range(2000))
    assert not chunked.may_hold_longer_line(lines, 4096)  # the usual case: nothing to measure
    assert chunked.may_hold_longer_line(lines + b"z" * 4097, 4096)


def test_subjects_and_dangling_are_what_two_queries_would_say():
    """One grouping of the IRIs gives what the two queries it replaced gave: subjects counted in
    every graph, IRIs pointed at and described in no graph, not literals or blank nodes."""
    mem = ox.Store()
    mem.load(b'<http://e/a> <http://e/p> <http://e/b> <http://e/g1> .\n'
             b'<http://e/a> <http://e/p> "lit" <http://e/g2> .\n'
             b'<http://e/b> <http://e/p> <http://e/c> <http://e/g2> .\n'
             b'<http://e/b> <http://e/q> <http://e/d> <http://e/g2> .\n'
             b'_:n <http://e/p> <http://e/e> <http://e/g1> .\n'
             b'<http://e/a> <http://e/p> _:n <http://e/g1> .\n'
             b'<http://e/d> <http://e/p> <http://e/d> <http://e/g1> .\n', format=ox.RdfFormat.N_QUADS)
    subjects = {row[0].value: int(row[1].value) for row in mem.query(
        "SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) } GROUP BY ?s")}
    dangling = {row[0].value for row in mem.query(
        "SELECT DISTINCT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o)) "
        "FILTER NOT EXISTS { GRAPH ?h { ?o ?q ?v } } }")}
    assert subjects == {"http://e/a": 3, "http://e/b": 2, "http://e/d": 1}
    assert dangling == {"http://e/c", "http://e/e"}
    assert chunked.subjects_and_dangling(mem) == (subjects, dangling)
