"""`kg ingest`: extract, link, validate and load article texts into a fresh store."""

from __future__ import annotations

import json

import pytest
from load_helpers import write_texts


def test_ingest_loads_traceable_facts(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import cli

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(
        "Pact signed\n2024-03-15\n\nPoland and Ukraine signed a 10-year security agreement on "
        "Friday.\nA Russian missile hit Kryvyi Rih on Thursday, killing three people.",
        encoding="utf-8")
    (texts / "junk.txt").write_bytes(b"\x00\x01" * 50)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    res = CliRunner().invoke(cli, ["ingest", str(texts)], catch_exceptions=False)
    assert "articles: 1" in res.output, res.output
    assert "Strike 1" in res.output and "Treaty 1" in res.output
    res = CliRunner().invoke(cli, ["query", "PREFIX oa: <http://www.w3.org/ns/oa#> "
                                   "SELECT ?q WHERE { ?e oa:hasTarget ?t . ?t oa:hasSelector ?s . "
                                   "?s oa:exact ?q }"], catch_exceptions=False)
    assert "Kryvyi Rih" in res.output


def ingest(store_dir, *args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(store_dir), "ingest",
                           *map(str, args)], capture_output=True, text=True, timeout=600)


def store_quads(store_dir):
    from kg.store import EmbeddedStore, has_blank_node

    store = EmbeddedStore(store_dir)
    every = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    store.close()
    return {q for q in every if not has_blank_node(q)}, len(every)


def test_two_workers_load_what_one_loads(tmp_path):
    texts = write_texts(tmp_path / "texts", 12)
    one = ingest(tmp_path / "one", "--workers", "1", texts)
    two = ingest(tmp_path / "two", "--workers", "2", "--keep", tmp_path / "kept.jsonl", texts)
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert "articles: 12 extracted" in two.stdout and "loaded: yes" in two.stdout
    assert "Treaty 12" in two.stdout and "Strike 12" in two.stdout
    assert "[ingest] extracted and validated 12/12 file(s)" in two.stderr
    assert store_quads(tmp_path / "one") == store_quads(tmp_path / "two")
    kept = (tmp_path / "kept.jsonl").read_text("utf-8").splitlines()
    assert sorted(json.loads(line)["article"]["id"] for line in kept) == [
        f"story-{i:04d}" for i in range(12)]


def test_ingesting_again_replaces_each_article(tmp_path):
    texts = write_texts(tmp_path / "texts", 6)
    assert ingest(tmp_path / "store", texts).returncode == 0
    first = store_quads(tmp_path / "store")
    (texts / "story-0002.txt").write_text(
        "Regional security roundup 2\n2024-03-15\n\nSpain and Italy signed a 3-year defence "
        "agreement on Friday.\n", encoding="utf-8")
    again = ingest(tmp_path / "store", "--workers", "2", texts)
    assert again.returncode == 0, again.stderr
    second = store_quads(tmp_path / "store")
    assert second != first
    fresh = ingest(tmp_path / "fresh", texts)
    assert fresh.returncode == 0
    assert second == store_quads(tmp_path / "fresh"), "the changed article must hold only its new facts"


def test_dry_run_writes_nothing(tmp_path):
    texts = write_texts(tmp_path / "texts", 3)
    res = ingest(tmp_path / "store", "--dry-run", texts)
    assert res.returncode == 0, res.stderr
    assert "loaded: no (dry run)" in res.stdout
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    assert [g for g in store.named_graphs() if "/article/" in g.value] == []
    store.close()


@pytest.mark.slow
def test_killed_ingest_leaves_the_store_unchanged(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    texts = write_texts(tmp_path / "texts", 400)
    seed = write_texts(tmp_path / "seed", 1)
    assert ingest(tmp_path / "store", seed).returncode == 0
    before = store_quads(tmp_path / "store")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(tmp_path / "store"),
                             "ingest", "--workers", "2", str(texts)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until batches are being written
        line = proc.stderr.readline()
        if line.startswith("[ingest]") and "400/400" not in line:
            break
        assert line or proc.poll() is None, "ingest ended before it could be killed"
    workers = children(proc.pid)
    assert len(workers) >= 2, "the workers run as processes of their own"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert store_quads(tmp_path / "store") == before
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if os.path.exists(f"/proc/{pid}")]
    assert not left, f"workers outlived the killed ingest: {left}"


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc)."""
    from pathlib import Path

    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def test_ingest_says_how_many_facts_are_right_less_than_half_the_time(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "market.txt").write_text(
        "Car bomb in market\n2025-05-08\n\nNAIROBI, May 6 (Staff) - A car bomb went off beside a "
        "crowded market in Mogadishu on Tuesday, killing five people and wounding twelve, police "
        "said.\n", encoding="utf-8")
    (texts / "port.txt").write_text(
        "Missiles hit port\n2025-05-08\n\nKYIV, May 6 (Staff) - Russian missiles struck the port "
        "city of Odesa on Monday, killing three people, regional officials said.\n",
        encoding="utf-8")
    res = ingest(tmp_path / "store", "--workers", "1", texts)
    assert res.returncode == 0, res.stderr
    assert "facts: " in res.stdout and "Strike 2" in res.stdout
    # the unattributed strike (about one in four right on held-out news), not the attributed one
    assert "of which below confidence 0.5" in res.stdout and res.stdout.count("Strike 1") == 1
