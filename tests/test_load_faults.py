"""All or nothing, for real: a `kg load` process killed mid-load leaves the store as it was;
a 100 MB input streams with bounded memory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from kg import namespaces as ns
from kg.store import EmbeddedStore
from kg.synthetic import write_jsonl

ARTICLES = 3000


def start_load(store_dir, path, *extra, workers="1"):
    env = {**os.environ, "KG_VALIDATION_WORKERS": workers, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store_dir), "load",
                             *extra, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def wait_for_line(proc, needle, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if needle in line:
            return line
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"never saw {needle!r}; exit {proc.poll()}")


def article_graph_sizes(store_dir):
    store = EmbeddedStore(store_dir)
    sizes = {g.value: len(store.graph_quads(g)) for g in store.named_graphs()
             if g.value.startswith(ns.GRAPH + "article/")}
    store.close()
    return sizes


@pytest.fixture(scope="module")
def big_input(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("atomic") / "big.jsonl", ARTICLES)


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_load_leaves_the_store_unchanged(tmp_path, big_input, make_record, write_json,
                                                workers):
    """`kg load` commits batch by batch under an undo journal (kg.store.staging): a load killed
    halfway has written some batches, and the next open of the store undoes them."""
    store_dir = tmp_path / "store"
    first = subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(store_dir), "load",
                            str(write_json(make_record(article_id="already-there")))],
                           capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    before = article_graph_sizes(store_dir)

    proc = start_load(store_dir, big_input, workers=workers)
    wait_for_line(proc, "validated")
    wait_for_line(proc, "validated")  # a second progress line: a second or more into the load
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the load finished before it could be killed"

    import pyoxigraph as ox

    view = ox.Store.read_only(str(store_dir))  # what is on disk, before anything recovers it
    on_disk = sum(1 for g in view.named_graphs() if g.value.startswith(ns.GRAPH + "article/"))
    del view
    assert len(before) < on_disk < ARTICLES + 1, "the kill came after some batches committed"
    after = article_graph_sizes(store_dir)  # opens the store for writing: recovery runs
    assert after == before, f"a killed load changed the store: {len(after)} article graphs"

    # and the same load, not killed, then writes every article whole
    done = start_load(store_dir, big_input)
    out, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    sizes = article_graph_sizes(store_dir)
    assert len(sizes) == ARTICLES + 1
    assert len(set(v for k, v in sizes.items() if "already-there" not in k)) == 1


@pytest.mark.slow
def test_100_mb_input_streams_with_bounded_memory(tmp_path):
    """A 100 MB JSON Lines file validates in batches: the checking process's peak memory stays
    far below what holding the file's records and quads at once would take."""
    path = tmp_path / "huge.jsonl"
    filler = "Background sentence of a deliberately long generated article. " * 800  # ~51 KB
    with path.open("w", encoding="utf-8") as fh:
        from kg.synthetic import records

        for rec in records(2000):
            text = rec["article"]["text"] + " " + filler
            rec["article"]["text"] = text
            fh.write(json.dumps(rec) + "\n")
    size = path.stat().st_size
    assert size > 100_000_000

    # The child reports its own peak from /proc (VmHWM): ru_maxrss would include the forked
    # copy of this (large) pytest process, which Linux carries across exec.
    probe = ("import sys\nfrom kg.cli import main\ntry:\n    main(sys.argv[1:])\nfinally:\n"
             "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
             "    print('PEAK_KB', hwm.split()[1], file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", probe, "--store", str(tmp_path / "s"),
                           "validate", str(path)], capture_output=True, text=True,
                          env={**os.environ, "KG_VALIDATION_WORKERS": "1", "KG_BATCH_SIZE": "100"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "0 violation(s)" in proc.stdout
    peak_mb = int(proc.stderr.split("PEAK_KB")[1].split()[0]) / 1024
    print(f"input {size / 2**20:.0f} MiB, peak RSS of kg validate {peak_mb:.0f} MiB")
    assert peak_mb < 400, f"validation held too much of the input at once: {peak_mb:.0f} MiB"

