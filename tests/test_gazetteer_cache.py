"""The gazetteer graph is built once per content and kept on disk (kg.base_cache): a second
build of the same content reads the kept quads, a changed gazetteer builds anew, and a cache
that cannot be written or read only costs the build (real files, a real cache folder)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_gazetteer import write_tables

from kg import base_cache
from kg.link.gazetteer import Gazetteer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "kg" / "base"


def tables(tmp_path, name: str, extra: list[list[str]] = ()):
    rows = [["state/a", "State", "Aland"], ["place/b", "Place", "Bree", "", "", "", "state/a"],
            *extra]
    d = tmp_path / name
    d.mkdir()
    return Gazetteer.load(write_tables(d, rows))


def test_the_second_build_of_the_same_content_reads_the_kept_quads(tmp_path, cache):
    built = tables(tmp_path, "one").to_quads()
    kept = list(cache.glob("*.nq"))
    assert len(kept) == 1
    calls = []
    again = tables(tmp_path, "two")  # the same content from another folder: another instance
    again._build_quads = lambda graph: calls.append(graph) or []  # noqa: SLF001 (a spy)
    assert set(again.to_quads()) == set(built) and built
    assert calls == []


def test_a_changed_gazetteer_is_built_anew(tmp_path, cache):
    first = set(tables(tmp_path, "one").to_quads())
    grown = set(tables(tmp_path, "two", [["state/c", "State", "Carn"]]).to_quads())
    assert grown > first
    assert any("state/c" in str(q.subject) for q in grown - first)
    assert len(list(cache.glob("*.nq"))) == 2


def test_an_unwritable_or_broken_cache_only_costs_the_build(tmp_path, cache):
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be")  # nothing can be kept here
    built = set(tables(tmp_path, "one").to_quads())
    assert built
    cache.unlink()
    tables(tmp_path, "two").to_quads()
    (kept,) = cache.glob("*.nq")
    kept.write_text("<not n-quads")  # half a file, as a crash of another tool might leave
    assert set(tables(tmp_path, "three").to_quads()) == built


def test_a_new_process_reads_what_another_kept(tmp_path, cache):
    """Across processes (what kg validate and kg load gain): the key must not depend on
    anything that changes per process, such as string hashing."""
    code = ("import sys; from kg.link.gazetteer import Gazetteer; "
            "print(len(Gazetteer.load(sys.argv[1]).to_quads()))")
    d = tables(tmp_path, "one")
    del d
    env = {**os.environ, "XDG_CACHE_HOME": str(cache.parent.parent)}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "one")], env=env,
                             capture_output=True, text=True, check=True)
        assert int(out.stdout) > 0
    assert len(list(cache.glob("*.nq"))) == 1
    assert base_cache.cache_dir() == cache
