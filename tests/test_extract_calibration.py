"""Extracted facts' confidence is calibrated: the precision of the fact's bucket on held-out
news, from a table that must match what the current rules give (kg.extract.calibration)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract.calibration import Calibration, default_calibration, table_path
from kg.extract.calibration_build import held_out_sets, table
from kg.extract.evaluate import evaluate, format_report
from kg.extract.records import extract_text

DATA = Path(__file__).parent / "data"

UNCLAIMED = ("Blast in market\n\nBAIDOA, May 6 (Staff) - A car bomb went off beside a crowded "
             "market in Mogadishu on Tuesday, killing five people and wounding twelve, police "
             "said.")
CLAIMED = ("Missiles hit port\n\nKYIV, May 6 (Staff) - Russian missiles struck the port city of "
           "Odesa on Monday, killing three people, regional officials said.")


def _strike(text):
    (fact,) = [f for f in extract_text(text, published="2025-05-08")["facts"]
               if f["type"] == "Strike"]
    return fact


def test_shipped_table_matches_the_rules_on_the_held_out_sets():
    sets = held_out_sets(DATA)
    assert len(sets) >= 35 and sets[0].name == "blind"
    assert table(sets) == table_path().read_text("utf-8"), \
        "the rules changed since the calibration table was built: run tools/calibrate.py"


def test_a_strike_with_no_attacker_reports_its_lower_measured_confidence():
    cal = default_calibration()
    unclaimed, claimed = _strike(UNCLAIMED), _strike(CLAIMED)
    assert unclaimed["attacker"] is None and claimed["attacker"] == "state/russia"
    low = {e["confidence"] for e in unclaimed["evidence"]}
    high = {e["confidence"] for e in claimed["evidence"]}
    assert len(low) == 1 and len(high) == 1  # every quote of a fact carries the fact's value
    assert low.pop() < 0.5 < high.pop()
    # the values are the table's rows for those buckets
    rows = {(b.kind, b.attacker): v for b, v in cal.rows.items() if b.raw == "*"}
    assert rows[("Strike", "no")] < rows[("Strike", "yes")]


def test_without_calibration_the_rules_raw_scores_come_back():
    from kg.extract.records import get_extractor

    ex = get_extractor()
    saved, ex.calibration = ex.calibration, None
    try:
        raw = _strike(UNCLAIMED)["evidence"][0]["confidence"]
    finally:
        ex.calibration = saved
    assert raw != _strike(UNCLAIMED)["evidence"][0]["confidence"]
    assert 0.5 <= raw <= 0.9


def test_an_unseen_raw_score_takes_its_kinds_row(tmp_path):
    p = tmp_path / "cal.tsv"
    p.write_text("# test\nkind\traw\tattacker\tright\twrong\tconfidence\n"
                 "Strike\t*\t-\t30\t10\t0.75\nStrike\t*\tno\t1\t9\t0.2\n"
                 "Strike\t0.6\tno\t1\t4\t0.3\nTreaty\t*\t-\t9\t1\t0.9\n")
    cal = Calibration.read(p)
    assert cal.confidence({"type": "Strike", "attacker": None}, 0.6) == 0.3
    assert cal.confidence({"type": "Strike", "attacker": None}, 0.8) == 0.2
    assert cal.confidence({"type": "Strike", "attacker": "state/x"}, 0.8) == 0.75
    assert cal.confidence({"type": "Treaty"}, 0.55) == 0.9
    assert cal.confidence({"type": "LeaderRole"}, 0.55) == 0.55  # a kind it does not know


def test_a_malformed_table_names_its_line(tmp_path):
    p = tmp_path / "cal.tsv"
    p.write_text("kind\traw\tattacker\tright\twrong\tconfidence\nStrike\t*\t-\t30\n")
    with pytest.raises(KgError, match=r"cal\.tsv:2: expected 6 tab-separated cells"):
        Calibration.read(p)


def test_eval_prints_how_well_confidence_predicts_being_right(tmp_path):
    texts, gold = tmp_path / "articles", tmp_path / "gold"
    texts.mkdir(), gold.mkdir()
    (texts / "a.txt").write_text(UNCLAIMED.replace("Blast in market\n\n",
                                                   "Blast in market\n2025-05-08\n\n"))
    (texts / "b.txt").write_text(CLAIMED.replace("Missiles hit port\n\n",
                                                 "Missiles hit port\n2025-05-08\n\n"))
    # gold for a: the attack, told by another attacker (so kg's unattributed strike matches);
    # gold for b: nothing (so kg's strike is a false alarm)
    (gold / "a.json").write_text(json.dumps({"article": "a", "published": "2025-05-08", "facts": [
        {"type": "Strike", "attacker": None, "target_place": "Mogadishu", "target_country": None,
         "weapon": None, "killed": 5, "injured": 12, "date": "2025-05-06", "evidence": "x"}]}))
    (gold / "b.json").write_text(json.dumps({"article": "b", "published": "2025-05-08",
                                             "facts": []}))
    report = evaluate(gold, texts)
    conf = report.as_dict()["confidence"]
    assert conf["facts"] == 2
    by_bin = {(b["from"], b["to"]): b for b in conf["bins"]}
    # (the unattributed strike's measured confidence is low, the claimed one's high: their bins)
    filled = sorted((lo, b) for (lo, _hi), b in by_bin.items() if b["facts"])
    assert len(filled) == 2
    (_, low), (_, high) = filled
    assert low["mean_confidence"] < 0.5 <= high["mean_confidence"]
    assert (low["facts"], low["right"]) == (1, 1.0) and (high["facts"], high["right"]) == (1, 0.0)
    # the error is each fact's gap between its confidence and what it turned out to be
    c_low, c_high = low["mean_confidence"], high["mean_confidence"]
    assert conf["ece"] == pytest.approx(((1 - c_low) + c_high) / 2, abs=0.002)
    assert conf["brier"] == pytest.approx(((1 - c_low) ** 2 + c_high ** 2) / 2, abs=0.002)
    text = format_report(report, show_details=False)
    assert f"calibration error {conf['ece']:.3f}" in text and "(2 facts reported)" in text
