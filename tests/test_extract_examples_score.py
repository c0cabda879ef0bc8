"""Regression guard, not a measure of generalisation: score the extractor on the project's own
hand-annotated example articles (examples/records -> gold via tools/records_to_gold.py) and on
the probe articles in tests/data/probe. The rules were tuned on both (F1 1.0 here), so a drop
means a regression; how well extraction generalises is what the blind sets measure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.evaluate import evaluate, format_report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_F1 = 1.0  # overall F1 reached on examples/ (raised after the blind-set rules)
PROBE_F1 = 1.0  # ten probe articles (four added with the blind-set rules)
SLACK = 0.03


def test_examples_overall_f1_does_not_regress(tmp_path):
    gold = tmp_path / "gold"
    subprocess.run([sys.executable, str(ROOT / "tools" / "records_to_gold.py"),
                    str(ROOT / "examples" / "records"), str(gold)], check=True, cwd=ROOT)
    report = evaluate(gold, ROOT / "examples" / "articles")
    print(format_report(report, show_details=False))
    assert report.articles == len(list((ROOT / "examples" / "records").glob("*.json")))
    assert not report.errors
    assert report.overall.f1 >= HELDOUT_F1 - SLACK, format_report(report)


def test_probe_overall_f1_does_not_regress():
    probe = ROOT / "tests" / "data" / "probe"
    report = evaluate(probe / "gold", probe / "articles")
    print(format_report(report, show_details=False))
    assert not report.errors
    assert report.overall.f1 >= PROBE_F1 - SLACK, format_report(report)


# every development set's overall F1 after issue 11's thirteenth round (README's table; tuned on,
# so a drop is a regression, not news about generalisation). Round 80 lowered four: dev4,
# dev25b, dev26c and dev28c name bases and refugee camps without their kind ("Ain al-Asad",
# "Maghazi"), where round 80 keeps it, as the held-out golds mostly do ("X air base" 60 to 3).
# Round 81 lowered dev7a: its gold gives "Saudi Arabia" for the Saudi-led coalition, which every
# held-out gold names as a side of its own (18 of 18), and its second raid on Sanaa ("Saudi
# Arabia said its air force had also hit ...") is no longer read (left, docs/extraction.md).
DEV_F1 = {"dev2": 0.957, "dev3": 0.967, "dev4": 0.871, "dev5": 0.965, "dev6a": 0.839,
          "dev6b": 0.968, "dev7a": 0.909, "dev7b": 0.977, "dev7c": 1.0, "dev8a": 0.970,
          "dev8b": 0.955, "events": 0.935, "dev9a": 0.967, "dev9b": 0.979, "dev9c": 0.963,
          "dev10a": 1.0, "dev10b": 1.0, "dev10c": 0.975, "dev10d": 0.962, "dev11a": 0.991,
          "dev11b": 0.933, "dev11c": 0.939, "dev11d": 0.976, "dev12a": 0.945, "dev12b": 0.935,
          "dev12c": 1.0, "dev12d": 0.923, "dev13a": 0.879, "dev13b": 0.902, "dev13c": 0.776,
          "dev14a": 0.964, "dev14b": 0.919, "dev14c": 0.966, "dev14d": 0.923,
          "dev15a": 0.836, "dev15b": 0.949, "dev15c": 0.902, "dev15d": 0.950,
          "dev16a": 0.906, "dev16b": 0.857, "dev16c": 0.971, "dev16d": 0.949, "dev16e": 0.946,
          "dev17a": 0.885, "dev17b": 0.976, "dev17c": 0.951, "dev17d": 0.954, "dev17e": 0.862,
          "dev18a": 0.970, "dev18b": 1.0, "dev18c": 0.945, "dev18d": 0.961, "dev18e": 1.0,
          "dev19a": 0.889, "dev19b": 0.773, "dev19c": 0.984, "dev19d": 1.0, "dev19e": 1.0,
          "dev20a": 0.842, "dev20b": 1.0, "dev20c": 0.982, "dev20d": 0.898, "dev20e": 0.955,
          "dev21a": 0.850, "dev21b": 0.976, "dev21c": 0.981, "dev21d": 0.966, "dev21e": 0.971,
          "dev22a": 0.949, "dev22b": 0.909, "dev22c": 0.923, "dev22d": 1.0, "dev22e": 1.0,
          "dev23a": 0.884, "dev23b": 0.923, "dev23c": 0.984, "dev23d": 0.981, "dev23e": 0.971,
          "dev24a": 1.0, "dev24b": 0.936, "dev24c": 0.903, "dev24d": 0.971, "dev24e": 0.967,
          "dev25a": 0.842, "dev25b": 0.818, "dev25c": 1.0, "dev25d": 0.947, "dev25e": 0.969,
          "dev26a": 0.811, "dev26b": 0.929, "dev26c": 0.864, "dev26d": 0.881, "dev26e": 1.0,
          "dev27a": 0.952, "dev27b": 0.957, "dev27c": 0.862, "dev27d": 0.949, "dev27e": 1.0,
          "dev28a": 0.852, "dev28b": 0.955, "dev28c": 0.882, "dev28d": 0.931, "dev28e": 0.962,
          "dev29a": 0.792, "dev29b": 0.882, "dev29c": 0.950, "dev29d": 0.836, "dev29e": 1.0,
          "dev30a": 0.878, "dev30b": 0.930, "dev30c": 0.885, "dev30d": 0.915,
          "dev31a": 0.962, "dev31b": 0.879, "dev31c": 0.938, "dev31d": 0.818,
    "dev32a": 0.952,
    "dev32b": 0.947,
    "dev32c": 0.827,
    "dev32d": 0.983,
}


@pytest.mark.parametrize("name", sorted(DEV_F1))
def test_issue_11_development_sets_do_not_regress(name):
    d = ROOT / "tests" / "data" / name
    report = evaluate(d / "gold", d / "articles")
    assert not report.errors
    assert report.overall.f1 >= DEV_F1[name] - SLACK, (name, format_report(report))
