"""`kg ingest --cluster`: real `dask scheduler` and `dask worker` processes on 127.0.0.1
(tests/fixtures_cluster.py), the embedded store and a real Oxigraph server, workers and writers
killed with SIGKILL mid-run; every result is compared with a local `kg ingest` of the same input.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from load_helpers import write_texts

pytest.importorskip("distributed")

ARTICLES = 36
LONG = 6  # the last six articles are long ones (~150 KB, most of a second each to extract)
FILLER = ["Delegates spent the morning on harbour fees and the timetable for grain convoys.",
          "A spokesperson said the talks had been long but polite.",
          "Local reporters counted more buses than usual near the conference hall.",
          "The committee will publish its minutes after the summer recess."]


def write_corpus(directory: Path) -> Path:
    """Small articles of our own, then a few long ones, so that a run lasts a few seconds: the
    small ones are committed while the long ones keep the workers busy, and a worker or the
    writer can be killed in the middle."""
    write_texts(directory, ARTICLES - LONG)
    for i in range(LONG):
        body, size = [], 0
        while size < 150_000:
            body.append(FILLER[len(body) % len(FILLER)])
            size += len(body[-1]) + 1
        (directory / f"story-{9000 + i}-long.txt").write_text(
            f"Long security digest {i}\n2024-03-15\n\nSpain and Italy signed a {3 + i}-year "
            "defence agreement on Friday.\n" + "\n".join(body), encoding="utf-8")
    return directory


def kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=600, **kw)


def kg_popen(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})


def embedded_quads(path: Path) -> set:
    from load_helpers import quads

    from kg.store import EmbeddedStore

    store = EmbeddedStore(path)
    try:
        return quads(store)[0]
    finally:
        store.close()


def article_graphs(quads: set) -> dict[str, set]:
    out: dict[str, set] = {}
    for q in quads:
        if "/graph/article/" in str(q.graph_name):
            out.setdefault(q.graph_name.value, set()).add(q)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("cluster") / "texts")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The same input through a local `kg ingest` (two worker processes of this machine)."""
    store = tmp_path_factory.mktemp("reference") / "store"
    res = kg("--store", store, "ingest", "--workers", "2", corpus)
    assert res.returncode == 0, res.stderr
    return embedded_quads(store)


def kill_busy_worker(dask_cluster, run: subprocess.Popen) -> int:
    """SIGKILL a worker while the scheduler has one of the run's tasks on it."""
    _, pid = dask_cluster.busy_worker("kg-ingest-")
    assert run.poll() is None, "the ingest ended before a worker could be killed"
    os.kill(pid, signal.SIGKILL)
    return pid


def test_killed_worker_loses_and_duplicates_nothing(dask_cluster, corpus, reference, tmp_path):
    dask_cluster.ready()
    run = kg_popen("--store", tmp_path / "store", "ingest", "--cluster",
                   dask_cluster.scheduler_file, corpus)
    kill_busy_worker(dask_cluster, run)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert f"articles: {ARTICLES} extracted from {ARTICLES} file(s)" in out
    assert "workers lost: 1" in out, out + err
    assert "left the cluster; the scheduler reruns its tasks elsewhere" in err
    assert embedded_quads(tmp_path / "store") == reference
    # A run's tasks load spaCy and the matchers once per worker process, never per task.
    loads = int(out.split("spaCy and the matchers loaded ")[1].split(" ")[0])
    assert loads <= 2


def test_oxigraph_server_per_article_with_a_killed_worker(dask_cluster, corpus, reference,
                                                          oxigraph_server, tmp_path):
    from fixtures_backends import clean_remote, remote_settings

    from kg.store import open_store

    store = open_store(remote_settings(oxigraph_server.url, tmp_path))
    clean_remote(store)
    dask_cluster.ready()
    run = kg_popen("--store", oxigraph_server.url, "ingest", "--cluster",
                   dask_cluster.scheduler_file, "--commit", "per-article", corpus)
    kill_busy_worker(dask_cluster, run)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert "workers lost: 1" in out, out + err
    assert remote_quads(store) == reference
    # Running it again replaces each article's graph: nothing changes, nothing doubles.
    again = kg("--store", oxigraph_server.url, "ingest", "--cluster", dask_cluster.scheduler_file,
               "--commit", "per-article", corpus)
    assert again.returncode == 0, again.stderr
    assert remote_quads(store) == reference
    clean_remote(store)
    store.close()


def remote_quads(store) -> set:
    import io

    import pyoxigraph as ox

    from kg.store import has_blank_node

    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    return {q for q in ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS)
            if not has_blank_node(q)}


def test_json_lines_and_manifest_rows_on_an_oxigraph_server(dask_cluster, oxigraph_server,
                                                            tmp_path):
    """Records of a JSON Lines file and rows of a manifest are partitions too; all of it goes
    into the server in one staged, all-or-nothing load, and equals the local ingest."""
    from fixtures_backends import clean_remote, remote_settings

    from kg.store import open_store

    texts = write_texts(tmp_path / "texts", 8)
    records = tmp_path / "records.jsonl"
    records.write_text("".join(
        json.dumps({"id": f"wire-{i}", "title": f"Wire item {i}", "published": "2024-05-02",
                    "text": f"Wire item {i}\n\nFrance and Germany signed a {2 + i}-year "
                            f"defence agreement on Monday.\n"}) + "\n" + "\n" * (i % 2)
        for i in range(7)), "utf-8")
    manifest = tmp_path / "lists" / "manifest.txt"
    manifest.parent.mkdir()
    manifest.write_text("# our articles on shared storage\n" + "".join(
        f"../texts/{p.name}\n" for p in sorted(texts.iterdir())), "utf-8")
    local = kg("--store", tmp_path / "local", "ingest", records, texts)
    assert local.returncode == 0, local.stderr
    store = open_store(remote_settings(oxigraph_server.url, tmp_path))
    clean_remote(store)
    dask_cluster.ready()
    res = kg("--store", oxigraph_server.url, "ingest", "--cluster", dask_cluster.scheduler_file,
             records, "--manifest", manifest)
    assert res.returncode == 0, res.stderr
    assert "articles: 15 extracted from 15 input(s)" in res.stdout
    assert "[ingest] extracted and validated 15/15 input(s)" in res.stderr
    assert remote_quads(store) == embedded_quads(tmp_path / "local")
    clean_remote(store)
    store.close()


def test_bad_input_is_reported_and_strict_stops(dask_cluster, tmp_path):
    texts = write_texts(tmp_path / "texts", 6)
    (texts / "junk.txt").write_bytes(b"\x00\x01" * 50)
    (texts / "wire.jsonl").write_text(
        json.dumps({"id": "wire-ok", "published": "2024-05-02",
                    "text": "Wire\n\nJapan and Australia signed a 4-year defence agreement."})
        + "\n{not json\n", "utf-8")
    dask_cluster.ready()
    res = kg("--store", tmp_path / "store", "ingest", "--cluster", dask_cluster.scheduler_file,
             texts)
    assert res.returncode == 0, res.stderr
    assert "articles: 7 extracted" in res.stdout
    assert f"{texts / 'junk.txt'}: looks like a binary file" in res.stderr
    assert f"{texts / 'wire.jsonl'}:2" in res.stderr and "malformed JSON" in res.stderr
    assert "failures: 2" in res.stderr
    assert len(article_graphs(embedded_quads(tmp_path / "store"))) == 7

    strict = kg("--store", tmp_path / "strict", "ingest", "--cluster",
                dask_cluster.scheduler_file, "--strict", texts)
    assert strict.returncode == 2, strict.stdout + strict.stderr
    assert "stopped at the first problem (--strict)" in strict.stderr
    assert article_graphs(embedded_quads(tmp_path / "strict")) == {}


def test_a_task_that_raises_is_reported_and_the_others_load(dask_cluster, tmp_path):
    """A task that raises (here: an item the worker cannot even decode) is reported with its
    file; the other partitions load. Under strict the run stops and writes nothing."""
    from kg.cluster.ingest import ingest_on_cluster
    from kg.cluster.inputs import Inputs, Item
    from kg.errors import InputError
    from kg.extract.ingest import IngestReport
    from kg.settings import Settings
    from kg.store import EmbeddedStore

    class WithBrokenItem(Inputs):
        def items(self):
            yield from super().items()
            yield Item("broken.txt", data="text where bytes belong")  # type: ignore[arg-type]

    texts = write_texts(tmp_path / "texts", 5)
    inputs = WithBrokenItem.from_args([str(texts)])
    reports: list[IngestReport] = []
    dask_cluster.ready()
    store = EmbeddedStore(tmp_path / "store")
    summary, stats = ingest_on_cluster(
        str(dask_cluster.scheduler_file), inputs, store,
        Settings.from_env({}, store=str(tmp_path / "store")), on_report=reports.append)
    problems = [p for r in reports for p in r.problems]
    assert summary.articles == 5 and summary.written
    assert len(problems) == 1 and problems[0].startswith("broken.txt: the task failed on the "
                                                          "cluster (TypeError")
    assert stats.workers == 2
    store.close()

    strict_store = EmbeddedStore(tmp_path / "strict")
    with pytest.raises(InputError, match="stopped at the first problem"):
        ingest_on_cluster(str(dask_cluster.scheduler_file), WithBrokenItem.from_args([str(texts)]),
                          strict_store, Settings.from_env({}, store=str(tmp_path / "strict")),
                          strict=True)
    assert not [g for g in strict_store.named_graphs() if "/article/" in g.value]
    strict_store.close()


def test_killed_writer_leaves_the_embedded_store_as_it_was(dask_cluster, corpus, tmp_path):
    import pyoxigraph as ox

    from kg.store.staging import in_progress

    (tmp_path / "seed").mkdir()  # an article of its own: the load replaces no stored graph
    # (with a line of its own: kg refuses a text it holds under another article id)
    (tmp_path / "seed" / "seed.txt").write_text((corpus / "story-0001.txt").read_text()
                                                + "\n\nThe seed copy of this story.\n")
    seed = kg("--store", tmp_path / "store", "ingest", "--workers", "1", tmp_path / "seed")
    assert seed.returncode == 0, seed.stderr
    before = embedded_quads(tmp_path / "store")
    dask_cluster.ready()
    # Each partition a part of its own: this small input would otherwise be one part.
    run = kg_popen("--store", tmp_path / "store", "ingest", "--cluster",
                   dask_cluster.scheduler_file, corpus, env={"KG_CLUSTER_PART_BYTES": "0"})
    deadline, staged = time.monotonic() + 300, set()
    while time.monotonic() < deadline and not staged:  # until parts are committed on disk
        try:
            view = ox.Store.read_only(str(tmp_path / "store"))
            staged = in_progress(view)
            del view
        except (OSError, RuntimeError):  # the open raced with the writer's commit: again
            pass
        assert run.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    assert staged, "the writer committed no part before it was killed"
    assert embedded_quads(tmp_path / "store") == before  # opening it undoes the journal


def test_killed_writer_leaves_no_partial_article_in_the_server(dask_cluster, corpus, reference,
                                                                oxigraph_server, tmp_path):
    from fixtures_backends import clean_remote, remote_settings

    from kg.store import open_store

    store = open_store(remote_settings(oxigraph_server.url, tmp_path))
    clean_remote(store)
    dask_cluster.ready()
    run = kg_popen("--store", oxigraph_server.url, "ingest", "--cluster",
                   dask_cluster.scheduler_file, "--commit", "per-article", corpus)
    deadline = time.monotonic() + 300
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " \
            "FILTER(CONTAINS(STR(?g), '/graph/article/')) }"
    while time.monotonic() < deadline and not int(next(iter(store.query(count)))["n"].value):
        assert run.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    written = article_graphs(remote_quads(store))
    expected = article_graphs(reference)
    assert 0 < len(written) < len(expected)
    for graph, quads in written.items():
        assert quads == expected[graph], f"{graph} is partial"
    clean_remote(store)
    store.close()


def test_local_cluster_for_trying_it_out(tmp_path):
    texts = write_texts(tmp_path / "texts", 3)
    (texts / "zz-car-bomb.txt").write_text(CAR_BOMB, "utf-8")
    res = kg("--store", tmp_path / "store", "ingest", "--cluster", "local:1", texts)
    assert res.returncode == 0, res.stderr
    if not _has_bokeh():
        assert "dashboard: not available (it needs bokeh" in res.stderr
    else:
        assert "dashboard: http://127.0.0.1:" in res.stderr
    assert "cluster: 1 worker(s), 1 thread(s)" in res.stdout
    local = kg("--store", tmp_path / "local", "ingest", "--workers", "1", texts)
    assert local.returncode == 0, local.stderr
    assert embedded_quads(tmp_path / "store") == embedded_quads(tmp_path / "local")
    # both paths say how many facts are right less than half the time (the unattributed strike)
    for out in (res.stdout, local.stdout):
        assert re.search(r"below confidence 0\.5 .*: Strike 1\b", out), out


CAR_BOMB = ("Car bomb in market\n2025-05-08\n\nNAIROBI, May 6 (Staff) - A car bomb went off "
            "beside a crowded market in Mogadishu on Tuesday, killing five people and wounding "
            "twelve, police said.\n")


def _has_bokeh() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def test_unreachable_scheduler_says_what_to_do(tmp_path):
    from fixtures_backends import free_port

    texts = write_texts(tmp_path / "texts", 1)
    res = kg("--store", tmp_path / "store", "ingest", "--cluster",
             f"tcp://127.0.0.1:{free_port()}", texts)
    assert res.returncode == 4, res.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in res.stderr
    assert "dask scheduler" in res.stderr and "Traceback" not in res.stderr


def test_cluster_options_need_a_cluster(tmp_path):
    texts = write_texts(tmp_path / "texts", 1)
    res = kg("--store", tmp_path / "store", "ingest", "--commit", "per-article", texts)
    assert res.returncode == 2 and "--commit and --strict go with --cluster" in res.stderr
