"""The streamed write: a load that only adds graphs commits while its batches still validate, in
one transaction, and still writes nothing when any batch fails (real on-disk stores)."""

from __future__ import annotations

import pytest
from load_helpers import jsonl, quads

from kg import namespaces as ns
from kg.errors import InputError, RecordError, ValidationFailed
from kg.loader import load
from kg.store import EmbeddedStore


class StreamSpy(EmbeddedStore):
    """The real embedded store, counting what its streaming write read before it ended."""

    def __init__(self, path):
        super().__init__(path)
        self.streams, self.bytes_read = 0, 0

    def load_nquads_stream(self, reader):
        spy = self
        original = reader.readinto

        def readinto(out):
            n = original(out)
            spy.bytes_read += n
            return n

        reader.readinto = readinto
        self.streams += 1
        return super().load_nquads_stream(reader)


class NoStreaming(EmbeddedStore):
    streams_writes = False
    streams = bytes_read = 0




def article_graphs(store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if g.value.startswith(ns.GRAPH + "article/"))






def many(make_record, n=30, prefix="a"):
    return [make_record(article_id=f"{prefix}-{i:03d}") for i in range(n)]


def seeded(tmp_path, make_record, write_json, cls=StreamSpy, name="store"):
    """A store that already holds one article (so the base graphs are in place)."""
    store = cls(tmp_path / name)
    load([write_json(make_record(article_id="already-there"), f"{name}-seed.json")], store)
    store.streams = store.bytes_read = 0
    return store


def test_streamed_load_equals_the_spooled_load(tmp_path, make_record, write_json, small_batches):
    data = jsonl(tmp_path, many(make_record))
    streamed = seeded(tmp_path, make_record, write_json)
    spooled = seeded(tmp_path, make_record, write_json, cls=NoStreaming, name="spooled")
    summary = load([data], streamed, small_batches)
    assert streamed.streams == 1 and streamed.bytes_read > 0
    assert summary.written and summary.articles == 30
    load([data], spooled, small_batches)
    assert quads(streamed) == quads(spooled)
    assert len(article_graphs(streamed)) == 31


def test_a_late_violation_aborts_the_stream_and_writes_nothing(tmp_path, make_record, write_json,
                                                               small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = many(make_record)
    records[-1]["facts"][0]["attacker"] = "state/atlantis"  # in the last of six batches
    with pytest.raises(ValidationFailed) as info:
        load([jsonl(tmp_path, records)], store, small_batches)
    assert store.streams == 1 and store.bytes_read > 0, "the write had begun streaming"
    assert quads(store) == before
    (violation,) = info.value.report.violations
    assert violation.article == "a-029"


def test_warnings_under_strict_abort_the_stream(tmp_path, make_record, write_json, small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = many(make_record)
    # a place without a region warns (it is not a violation)
    records[-1]["entities"] = [{"key": "place/test-village", "type": "Place",
                                "label": "Test village", "wikidata": None}]
    records[-1]["facts"][0]["target_place"] = "place/test-village"
    dry = load([jsonl(tmp_path, records, "warn.jsonl")], store, small_batches, dry_run=True)
    assert dry.report.conforms and dry.report.warnings
    with pytest.raises(ValidationFailed, match="under --strict"):
        load([jsonl(tmp_path, records)], store, small_batches, strict=True)
    assert quads(store) == before


def test_a_duplicate_article_in_a_later_batch_writes_nothing(tmp_path, make_record, write_json,
                                                             small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    records = many(make_record) + [make_record(article_id="a-002")]
    with pytest.raises(InputError, match="loaded twice"):
        load([jsonl(tmp_path, records)], store, small_batches)
    assert store.bytes_read > 0
    assert quads(store) == before


def test_a_malformed_record_mid_stream_names_its_line_and_writes_nothing(
        tmp_path, make_record, write_json, small_batches):
    store = seeded(tmp_path, make_record, write_json)
    before = quads(store)
    path = jsonl(tmp_path, many(make_record))
    lines = path.read_text("utf-8").splitlines()
    lines[22] = lines[22][:-5]  # cut the JSON short
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(RecordError) as info:
        load([path], store, small_batches)
    assert f"{path}:23" in str(info.value)
    assert quads(store) == before


def test_replacing_a_stored_article_falls_back_and_replaces_it(tmp_path, make_record, write_json,
                                                               small_batches):
    store = seeded(tmp_path, make_record, write_json)
    old = make_record(article_id="a-020", text="Turkey sold drones to Poland. Nothing else.",
                      facts=[])
    load([write_json(old, "old.json")], store, small_batches)
    data = jsonl(tmp_path, many(make_record))
    load([data], store, small_batches)
    assert store.streams == 2  # old, and the stream that stopped at a-020's batch
    fresh = seeded(tmp_path, make_record, write_json, cls=NoStreaming, name="fresh")
    load([data], fresh, small_batches)
    assert quads(store) == quads(fresh), "a-020 must hold exactly its new content"
