"""Staged loads (kg.store.staging): each batch commits at once under an undo journal, yet a load still
lands all or nothing -- on a violation, an error, or a process that died (real on-disk stores)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from load_helpers import jsonl, quads
from pyoxigraph import Literal, NamedNode, Quad

from kg import namespaces as ns
from kg.errors import InputError, ValidationFailed
from kg.loader import load
from kg.store import EmbeddedStore, staging


class Spy(EmbeddedStore):
    """The real embedded store, counting the parts its staged loads committed."""

    def staged_load(self):
        load = super().staged_load()
        self.stages.append(load)
        return load

    def __init__(self, path):
        super().__init__(path)
        self.stages = []




def journals(store) -> list:
    return [g for g in store.named_graphs() if g.value.startswith(staging.JOURNAL_PREFIX)]






VILLAGE = {"key": "place/test-village", "type": "Place", "label": "Test village", "wikidata": None}


def many(make_record, n=30):
    records = [make_record(article_id=f"s-{i:03d}") for i in range(n)]
    records[3]["entities"] = [VILLAGE]  # an entity description that goes to the shared graph
    records[3]["facts"][0]["target_place"] = VILLAGE["key"]
    return records


def seeded(tmp_path, make_record, write_json, name="store"):
    store = Spy(tmp_path / name)
    load([write_json(make_record(article_id="already-there"), f"{name}-seed.json")], store)
    store.stages.clear()
    return store


def test_staged_load_commits_in_parts_and_equals_a_single_transaction(
        tmp_path, make_record, write_json, small_batches):
    data = jsonl(tmp_path, many(make_record))
    staged = seeded(tmp_path, make_record, write_json)
    summary = load([data], staged, small_batches, exclusive=True)
    assert summary.written and summary.articles == 30
    (stage,) = staged.stages
    assert stage.parts == 6, "one transaction per batch of 5"
    assert journals(staged) == []
    single = seeded(tmp_path, make_record, write_json, name="single")
    load([data], single, small_batches)  # not exclusive: one streamed transaction
    assert single.stages == []
    assert quads(staged) == quads(single)


def test_a_late_violation_undoes_every_committed_part(tmp_path, make_record, write_json,
                                                      small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = many(make_record)
    records[-1]["facts"][0]["attacker"] = "state/atlantis"
    with pytest.raises(ValidationFailed):
        load([jsonl(tmp_path, records)], store, small_batches, exclusive=True)
    (stage,) = store.stages
    assert stage.parts == 5, "five batches had been committed before the sixth violated"
    assert quads(store) == before, "the village and every article graph must be gone again"
    assert journals(store) == []


def test_rollback_keeps_shared_quads_that_were_there_before(tmp_path, make_record, write_json,
                                                             small_batches):
    store = seeded(tmp_path, make_record, write_json)
    first = many(make_record, 5)
    load([jsonl(tmp_path, first, "first.jsonl")], store, small_batches, exclusive=True)
    village = Quad(NamedNode(ns.ID + VILLAGE["key"]), ns.rdfs.label, Literal("Test village", language="en"),
                   ns.GRAPH_ENTITIES)
    assert village in store.oxigraph, "the village's description is stored"
    before = quads(store)
    again = [make_record(article_id=f"t-{i:03d}", entities=[VILLAGE]) for i in range(12)]
    again[-1]["facts"][0]["attacker"] = "state/atlantis"
    with pytest.raises(ValidationFailed):
        load([jsonl(tmp_path, again, "again.jsonl")], store, small_batches, exclusive=True)
    assert village in store.oxigraph
    assert quads(store) == before


def test_a_duplicate_article_undoes_the_load(tmp_path, make_record, write_json, small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = many(make_record) + [make_record(article_id="s-001")]
    with pytest.raises(InputError, match="loaded twice"):
        load([jsonl(tmp_path, records)], store, small_batches, exclusive=True)
    assert store.stages[0].parts == 6
    assert quads(store) == before


def test_a_stored_article_in_the_load_falls_back_to_replacing(tmp_path, make_record, write_json,
                                                             small_batches):
    store = seeded(tmp_path, make_record, write_json)
    load([write_json(make_record(article_id="s-020", facts=[]), "old.json")], store,
         exclusive=True)
    data = jsonl(tmp_path, many(make_record))
    load([data], store, small_batches, exclusive=True)
    fresh = seeded(tmp_path, make_record, write_json, name="fresh")
    load([data], fresh, small_batches, exclusive=True)
    assert quads(store) == quads(fresh)
    assert journals(store) == []


def test_reopening_the_store_undoes_a_load_that_died(tmp_path, make_record, write_json,
                                                     small_batches):
    """What a SIGKILL leaves: committed parts and their journal, no commit. (test_load_faults
    kills real processes; this looks at the recovery itself.)"""
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    load([jsonl(tmp_path, many(make_record, 5), "five.jsonl")], store, small_batches,
         dry_run=True)
    stage = store.staged_load()
    graph = ns.article_graph("ghost")
    stage.add(f"<{ns.ID}ghost> <{ns.RDFS}label> \"ghost\" {graph} .\n".encode(), [graph.value])
    entity = f"<{ns.ID}place/ghost-town> <{ns.RDFS}label> \"Ghost town\" {ns.GRAPH_ENTITIES} .\n"
    stage.add(entity.encode(), [], added=entity.encode())
    assert len(journals(store)) == 1 and quads(store) != before
    journal = stage.journal.value
    store.close()
    reopened = EmbeddedStore(tmp_path / "store")
    assert reopened.recovered == [journal]
    assert quads(reopened) == before
    assert journals(reopened) == []
    reopened.close()
    assert EmbeddedStore(tmp_path / "store").recovered == []


def test_warnings_under_strict_undo_the_load(tmp_path, make_record, write_json, small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = [make_record(article_id=f"w-{i:03d}") for i in range(30)]
    records[-1]["entities"] = [VILLAGE]  # a place without a region warns; it does not violate
    records[-1]["facts"][0]["target_place"] = VILLAGE["key"]
    dry = load([jsonl(tmp_path, records, "warn.jsonl")], store, small_batches, dry_run=True)
    assert dry.report.conforms and dry.report.warnings
    with pytest.raises(ValidationFailed, match="under --strict"):
        load([jsonl(tmp_path, records)], store, small_batches, strict=True, exclusive=True)
    assert store.stages[-1].parts == 5
    assert quads(store) == before


def test_a_malformed_record_mid_load_names_its_line_and_undoes_the_load(
        tmp_path, make_record, write_json, small_batches):
    from kg.errors import RecordError

    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    path = jsonl(tmp_path, many(make_record))
    lines = path.read_text("utf-8").splitlines()
    lines[22] = lines[22][:-5]  # cut the JSON short, in the fifth batch
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(RecordError) as info:
        load([path], store, small_batches, exclusive=True)
    assert f"{path}:23" in str(info.value)
    assert store.stages[0].parts == 4
    assert quads(store) == before
    assert journals(store) == []


def _interrupted_load(store):
    """Leave a staged load uncommitted in `store`: one article graph and its journal."""
    stage = store.staged_load()
    graph = ns.article_graph("half-loaded")
    stage.add(f"<{ns.ID}article/half-loaded> <{ns.RDFS}label> \"half\" {graph} .\n".encode(),
              [graph.value])
    return stage


def test_a_read_only_view_never_shows_a_running_load(tmp_path, make_record, write_json):
    """`kg query`, `kg stats` and `kg export` open the store read-only, and may do so while a
    `kg load` in another process has committed some of its batches."""
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    _interrupted_load(store)  # `store` keeps the lock, as a running load's process does
    view = EmbeddedStore(tmp_path / "store", read_only=True)
    assert view.hidden and view.recovered == []
    graph = ns.article_graph("half-loaded")
    assert graph not in view.named_graphs() and not view.graph_exists(graph)
    assert view.graph_quads(graph) == []
    assert not bool(view.query(f"ASK {{ <{ns.ID}article/half-loaded> ?p ?o }}"))
    assert not bool(view.query(f"ASK {{ GRAPH ?g {{ <{ns.ID}article/half-loaded> ?p ?o }} }}"))
    assert bool(view.query(f"ASK {{ <{ns.ID}article/already-there> ?p ?o }}"))
    import io

    out = io.BytesIO()
    view.dump(out, ox.RdfFormat.N_QUADS)
    assert b"half-loaded" not in out.getvalue() and b"already-there" in out.getvalue()
    view.close()
    store.close()
    assert quads(EmbeddedStore(tmp_path / "store")) == before


def test_a_read_only_open_rolls_back_a_dead_load_first(tmp_path, make_record, write_json):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    journal = _interrupted_load(store).journal.value
    store.close()  # the loading process died: nobody holds the store
    view = EmbeddedStore(tmp_path / "store", read_only=True)
    assert view.recovered == [journal] and not view.hidden
    assert quads(view) == before


def _big_part(name: str, n: int = 25_000) -> tuple[bytes, list[str], bytes]:
    """A part over staging.BULK_BYTES: article graphs, and entity labels for the shared graph."""
    lines, graphs, added = [], [], []
    for i in range(n):
        graph = ns.article_graph(f"{name}-{i // 100}")
        lines.append(f"<{ns.ID}article/{name}-{i}> <{ns.RDFS}label> \"a rather long label that "
                     f"makes the part big {i}\" {graph} .\n")
        graphs.append(graph.value)
    for i in range(50):
        added.append(f"<{ns.ID}place/{name}-town-{i}> <{ns.RDFS}label> \"Town {i}\" "
                     f"{ns.GRAPH_ENTITIES} .\n")
    data = "".join(lines + added).encode()
    assert len(data) >= staging.BULK_BYTES
    return data, sorted(set(graphs)), "".join(added).encode()


def test_a_bulk_loaded_part_is_undone_like_any_other(tmp_path, make_record, write_json):
    """Parts of BULK_BYTES and more go through Oxigraph's bulk loader, journal first: a
    rollback, and the recovery of a load that died, remove them exactly."""
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    stage = store.staged_load()
    data, graphs, added = _big_part("bulk")
    stage.add(data, graphs, added)
    assert len(store.oxigraph) >= len(before[0]) + 25_050
    assert staging.in_progress(store.oxigraph) >= {NamedNode(g) for g in graphs}
    stage.rollback()
    assert quads(store) == before and journals(store) == []
    stage = store.staged_load()
    stage.add(data, graphs, added)
    stage.add(*_big_part("more"))
    store.close()  # the process "died" before the commit
    reopened = EmbeddedStore(tmp_path / "store")
    assert reopened.recovered == [stage.journal.value]
    assert quads(reopened) == before
    reopened.close()


def test_a_load_killed_inside_the_bulk_loader_is_undone(tmp_path, make_record, write_json):
    import signal
    import subprocess
    import sys
    import time

    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    store.close()
    child = (
        "import sys\n"
        "from test_store_staging import _big_part\n"
        "from kg.store import EmbeddedStore\n"
        "store = EmbeddedStore(sys.argv[1])\n"
        "stage = store.staged_load()\n"
        "parts = [_big_part(f'p{i}') for i in range(12)]\n"
        "print('loading', flush=True)\n"
        "for part in parts:\n"
        "    stage.add(*part)\n"
        "print('done', flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", child, str(tmp_path / "store")],
                            stdout=subprocess.PIPE, text=True,
                            cwd=str(__import__("pathlib").Path(__file__).parent))
    assert proc.stdout.readline().strip() == "loading"
    time.sleep(1.0)  # some parts are in, one is going through the bulk loader
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    reopened = EmbeddedStore(tmp_path / "store")
    assert len(reopened.recovered) == 1, "the killed load had committed parts"
    assert quads(reopened) == before
    reopened.close()
