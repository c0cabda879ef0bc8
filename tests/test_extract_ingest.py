"""`kg ingest`: extract, link, validate and load article texts into a fresh store."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")
pytest.importorskip("pyoxigraph")


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
