"""tools/heldout_counts.py prints numbers and categories only, and they add up."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kg.extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
SETS = ("dev2", "dev4")


def run(*args):
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "heldout_counts.py"), *args],
                          capture_output=True, text=True, cwd=ROOT)
    return done.returncode, done.stdout, done.stderr


def test_table_pools_what_kg_eval_scores():
    rc, out, err = run("table", *SETS)
    assert rc == 0, err
    last = out.splitlines()[-1]
    assert last.startswith("pooled 2")
    cells = re.findall(r"(\d\.\d{3})\s+(\d+)/\s*(\d+)/\s*(\d+)", last)
    assert len(cells) == 4  # one per kind, in kg eval's order
    for kind, cell in zip(("Treaty", "LeaderRole", "Strike", "ArmsTransfer"), cells):
        tp = fp = fn = 0
        for name in SETS:
            d = ROOT / "tests" / "data" / name
            s = evaluate(d / "gold", d / "articles").kinds[kind]
            tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
        assert tuple(int(x) for x in cell[1:]) == (tp, fp, fn), kind


def test_strike_categories_account_for_every_gold_strike():
    rc, out, err = run("strikes", *SETS)
    assert rc == 0, err
    counts = {}
    for line in out.splitlines():
        n, label = line.strip().split("  ", 1)
        counts[label] = int(n)
    missed = sum(v for k, v in counts.items() if k.startswith("missed"))
    assert counts["right"] + missed == counts["gold strikes (required)"] > 0
    # numbers and fixed category names only: no sentence, name or file of a set
    assert all(re.fullmatch(r"[a-z ,()]+", k) for k in counts)


def test_an_unknown_set_is_named():
    rc, _out, err = run("table", "no-such-set")
    assert rc == 2 and "tests/data/no-such-set" in err
