"""Hostile conditions, class 5 (issue #14): the disk fills up during a staged load.

Reproduces: a full disk during `kg load` gave chained OSError tracebacks, and when the undo
itself failed (no space to write it) the store could not be opened at all until space was
freed. Now the load ends with kg's store error (exit 4) naming the full disk, the store opens
for reading with the unfinished load hidden, and the next open with space free undoes it.

Two ways to fill the disk: a real 24 MB tmpfs (needs root and mount; skipped otherwise) and
OSError(ENOSPC) injected where the staged load writes (runs everywhere).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess

import pytest
from hostile_helpers import ROOT, run_kg

from kg.errors import StoreError
from kg.loader import load
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.store.staging import JOURNAL_PREFIX, StagedLoad


def big_records(path, n: int = 400) -> None:
    """n records of ~45 KB of article text each: more than a 24 MB disk holds once stored."""
    quote = "Russian missiles hit Kyiv on Monday, killing two people."
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = quote + " " + f"Filler sentence number {i} for the disk test. " * 1000
            fh.write(json.dumps({
                "record_version": 1,
                "article": {"id": f"disk-{i}", "title": "Disk test", "published": "2024-07-08",
                            "text": text},
                "facts": [{"type": "Strike", "attacker": "state/russia",
                           "target_place": "place/kyiv", "date": "2024-07-08",
                           "evidence": [{"quote": quote, "start": 0, "end": len(quote)}]}]}) + "\n")


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a tmpfs mount needs root; the injected test covers the same paths")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_full_disk_mid_load_is_a_store_error_and_the_store_still_opens(tmp_path, small_disk):
    records = tmp_path / "big.jsonl"
    big_records(records)
    store = small_disk / "store"
    env = {"KG_BATCH_SIZE": "20"}
    proc = run_kg("load", str(records), store=store, env=env, timeout=300)
    assert proc.returncode == 4, proc.stderr[-2000:]
    assert "disk is full" in proc.stderr
    # readable at once, without the unfinished load
    stats = run_kg("stats", "--format", "json", store=store)
    assert stats.returncode == 0, stats.stderr
    assert not any(g.startswith("article") for g in json.loads(stats.stdout)["graphs"])
    # space freed: the next open undoes the load, and loads work again
    subprocess.run(["mount", "-o", "remount,size=300m", str(small_disk)], check=True)
    proc = run_kg("load", str(ROOT / "examples" / "records"), store=store, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    stats = json.loads(run_kg("stats", "--format", "json", store=store).stdout)
    assert stats["classes"].get("kg:Article") == 12


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _records(tmp_path, make_record, n: int = 6):
    path = tmp_path / "few.jsonl"
    path.write_text("".join(json.dumps(make_record(article_id=f"a-{i}")) + "\n" for i in range(n)),
                    "utf-8")
    return path


def test_injected_full_disk_with_the_undo_failing_too(tmp_path, make_record, monkeypatch):
    store_dir = tmp_path / "store"
    settings = Settings.from_env({}, store=str(store_dir), batch_size=2, validation_workers=1)
    real_add = StagedLoad.add
    parts = []

    def add_then_fail(self, *args, **kwargs):
        if parts:
            _no_space()
        parts.append(1)
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(StagedLoad, "add", add_then_fail)
    monkeypatch.setattr(StagedLoad, "rollback", _no_space)
    store = EmbeddedStore(store_dir)
    with pytest.raises(StoreError, match="could not be undone yet") as info:
        load([_records(tmp_path, make_record)], store, settings, exclusive=True)
    assert "disk is full" in info.value.hint
    store.close()
    # the store opens for reading, with the part that was written hidden
    view = EmbeddedStore(store_dir, read_only=True)
    assert view.hidden and view.named_graphs() == []
    view.close()
    # with space back, the next writer undoes the load
    monkeypatch.undo()
    store = EmbeddedStore(store_dir)
    assert len(store.recovered) == 1
    assert not any(g.value.startswith(JOURNAL_PREFIX) for g in store.named_graphs())
    assert store.named_graphs() == []
    store.close()


def test_injected_full_disk_with_the_undo_working(tmp_path, make_record, monkeypatch):
    store_dir = tmp_path / "store"
    settings = Settings.from_env({}, store=str(store_dir), batch_size=2, validation_workers=1)
    real_add = StagedLoad.add
    parts = []

    def add_then_fail(self, *args, **kwargs):
        if len(parts) == 2:
            _no_space()
        parts.append(1)
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(StagedLoad, "add", add_then_fail)
    store = EmbeddedStore(store_dir)
    with pytest.raises(StoreError, match="was undone; nothing was written"):
        load([_records(tmp_path, make_record)], store, settings, exclusive=True)
    assert store.named_graphs() == []
    store.close()


def test_a_full_temp_directory_is_a_store_error(tmp_path, make_record, monkeypatch):
    # The load's spool lives in the temp directory; a full one was an OSError traceback too.
    import kg.loader as loader

    class FullSpool:
        name = str(tmp_path / "spool.nq")

        def write(self, data):
            _no_space()

        def close(self):
            pass

    (tmp_path / "spool.nq").write_bytes(b"")
    monkeypatch.setattr(loader.tempfile, "NamedTemporaryFile", lambda **kw: FullSpool())
    store = EmbeddedStore(tmp_path / "store")
    with pytest.raises(StoreError, match="nothing was written"):
        load([_records(tmp_path, make_record)], store,
             Settings.from_env({}, store=str(tmp_path / "store"), validation_workers=1))
    store.close()
