"""Shared fixtures: settings and a real on-disk store in a temporary directory, never the user's.

Feature fixtures live beside their tests in tests/fixtures_*.py and load as plugins here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_RECORDS = ROOT / "examples" / "records"

pytest_plugins = [p.stem for p in sorted(Path(__file__).parent.glob("fixtures_*.py"))]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the developer's KG_* settings or writes to the default store."""
    import os

    for name in list(os.environ):
        if name.startswith("KG_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "default-store"))
    monkeypatch.setenv("KG_GAZETTEER_DIR", str(tmp_path / "user-gazetteer"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_env({}, store=str(tmp_path / "store"))


@pytest.fixture
def store(settings):
    """A real on-disk Oxigraph store, empty."""
    from kg.store import open_store

    s = open_store(settings)
    yield s
    s.close()


@pytest.fixture
def make_record():
    """Build a small valid article record; keyword arguments override its parts."""

    def make(article_id="test-article", facts=None, text=None, published="2024-07-08", entities=()):
        # Each article its own text (kg refuses a text it holds under another article id).
        text = text or ("Russian missiles hit Kyiv on Monday, killing two people. "
                        f"Turkey sold drones to Poland. (Report {article_id}.)")
        if facts is None:
            quote = text.split(". ")[0] + "."
            facts = [{"type": "Strike", "attacker": "state/russia", "target_place": "place/kyiv",
                      "target_country": "state/ukraine", "weapon_category": "missile",
                      "weapon_text": "missiles", "killed": 2, "date": published,
                      "evidence": [{"quote": quote, "start": 0, "end": len(quote),
                                    "confidence": 0.9, "extractor": "test",
                                    "extractor_version": "1"}]}]
        return {"record_version": 1,
                "article": {"id": article_id, "title": "A test article", "publisher": "kg tests",
                            "url": f"https://kg.example.org/tests/{article_id}",
                            "published": published, "language": "en", "text": text},
                "entities": list(entities), "facts": facts}

    return make


@pytest.fixture
def write_json(tmp_path):
    def write(obj, name="record.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(obj, ensure_ascii=False), "utf-8")
        return path

    return write


@pytest.fixture
def small_batches(settings):
    """Settings for loads of a few dozen records in several batches, in this process."""
    return settings.with_(batch_size=5, validation_workers=1)
