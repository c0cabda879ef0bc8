"""Build the confidence calibration table (kg.extract.calibration) from held-out sets.

Every held-out set (`tests/data/blind*`: articles and gold written by helpers who never saw the
rules, see the README) is extracted with the rules' raw scores and scored as `kg eval` scores it;
each reported fact counts as right or wrong in its bucket (kind, raw score, attacker read). The
output is deterministic: the same rules and sets give the same bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kg.extract.calibration import ANY, COLUMNS, PRIOR_WEIGHT, Bucket, Calibration, smoothed
from kg.extract.evaluate import confidence_table, evaluate
from kg.extract.records import get_extractor


def held_out_sets(data_root: Path) -> list[Path]:
    """The held-out sets under tests/data, in their order of writing (blind, blind2, ...)."""
    found = [d for d in data_root.iterdir()
             if re.fullmatch(r"blind\d*", d.name) and (d / "gold").is_dir()]
    return sorted(found, key=lambda d: int(d.name[5:] or 1))


def judged_by_set(sets: list[Path]) -> dict[str, list[tuple[Bucket, bool]]]:
    """Each set's reported facts as (bucket, right?), with the rules' raw scores."""
    gaz = get_extractor().gaz
    ex = get_extractor(gaz)  # the instance evaluate() below uses (extractors are kept per gazetteer)
    saved, ex.calibration = ex.calibration, None
    out: dict[str, list[tuple[Bucket, bool]]] = {}
    try:
        for d in sets:
            report = evaluate(d / "gold", d / "articles", gaz)
            if report.errors:
                raise ValueError(f"{d.name}: {report.errors[0]}")
            out[d.name] = [(Bucket.of(kind, conf, bool(read)), right)
                           for kind, conf, read, right in report.judged]
    finally:
        ex.calibration = saved
    return out


def rows_of(judged: list[tuple[Bucket, bool]]) -> list[tuple]:
    """The table's rows (COLUMNS) for judged facts: per kind its pooled row, for strikes one per
    attacker class, then one per bucket, each smoothed toward the row above it."""
    counts = Counter(judged)
    buckets = sorted({b for b, _ in counts}, key=lambda b: (b.kind, b.attacker, float(b.raw)))

    def tally(keep) -> tuple[int, int]:  # (right, wrong) over the buckets `keep` accepts
        return (sum(n for (b, ok), n in counts.items() if ok and keep(b)),
                sum(n for (b, ok), n in counts.items() if not ok and keep(b)))

    rows: list[tuple] = []
    for kind in sorted({b.kind for b in buckets}):
        right, wrong = tally(lambda b: b.kind == kind)
        prior = right / (right + wrong)
        rows.append((kind, ANY, "-", right, wrong, round(prior, 2)))
        for attacker in (["yes", "no"] if kind == "Strike" else ["-"]):
            group_prior = prior
            if attacker != "-":
                r, w = tally(lambda b: b.kind == kind and b.attacker == attacker)
                group_prior = smoothed(r, w, prior)
                rows.append((kind, ANY, attacker, r, w, group_prior))
            for b in buckets:
                if b.kind == kind and b.attacker == attacker:
                    r, w = counts[(b, True)], counts[(b, False)]
                    rows.append((kind, b.raw, attacker, r, w, smoothed(r, w, group_prior)))
    return rows


def table(sets: list[Path]) -> str:
    """The calibration table's text for the sets."""
    judged = [x for facts in judged_by_set(sets).values() for x in facts]
    lines = ["# kg's confidence calibration: a reported fact's confidence is the precision of its",
             "# bucket (kind, rule's raw score, attacker read) over the held-out sets below,",
             f"# pulled toward the kind's precision with a weight of {PRIOR_WEIGHT} facts.",
             "# Built by tools/calibrate.py; do not edit by hand.",
             f"# sets: {' '.join(d.name for d in sets)}",
             "\t".join(COLUMNS)]
    lines += ["\t".join(str(c) for c in row) for row in rows_of(judged)]
    return "\n".join(lines) + "\n"


def _errors(pairs: list[tuple[float, bool]]) -> tuple[float, float]:
    """(expected calibration error over the eval bins, Brier score) of (confidence, right)."""
    t = confidence_table(pairs)
    return t["ece"], t["brier"]


def cross_check(sets: list[Path]) -> dict[str, tuple[float, float]]:
    """Out-of-sample calibration: each set scored with a table built from the other sets
    (leave one set out), against the rules' raw scores; (ECE, Brier) of each, pooled."""
    by_set = judged_by_set(sets)
    raw, held = [], []
    for name, facts in by_set.items():
        others = [x for n, xs in by_set.items() if n != name for x in xs]
        cal = Calibration({Bucket(*row[:3]): row[5] for row in rows_of(others)})
        for b, ok in facts:
            raw.append((float(b.raw), ok))
            held.append((cal.of(b), ok))
    return {"raw scores": _errors(raw), "calibrated, leave one set out": _errors(held)}
