#!/usr/bin/env python3
"""Numbers only about the extractor on held-out sets: what the lead may look at without reading them.

    python3 tools/heldout_counts.py table [SET...]     # F1 and tp/fp/fn per kind, per set and pooled
    python3 tools/heldout_counts.py strikes [SET...]   # pooled categories of strike errors (and
                                                       # whether the missing piece is named in
                                                       # the gold's evidence sentence)

SET names folders under tests/data (default: every blind* set). Nothing here prints a sentence,
a name or a file name of a set: the blind-set discipline (docs/blind-sets.md) lets the lead work
from error categories and counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.calibration_build import held_out_sets  # noqa: E402
from kg.extract.evaluate import KINDS, Matcher, Score, evaluate, find_text, match_facts  # noqa: E402
from kg.extract.records import extract_article, get_extractor, record_to_gold_facts  # noqa: E402
from kg.extract.textinput import read_articles  # noqa: E402
from kg.progress import Progress  # noqa: E402

DATA = ROOT / "tests" / "data"


def table(sets: list[Path]) -> list[str]:
    pooled = {k: Score() for k in KINDS}
    out = [f"{'set':<10}{'F1':>7} " + " ".join(f"{k[:12]:>17}" for k in KINDS)]

    def row(name, kinds, overall):
        cells = [f"{s.f1:.3f} {s.tp:>3}/{s.fp:>3}/{s.fn:>3}" for s in kinds.values()]
        return f"{name:<10}{overall.f1:>7.3f} " + " ".join(f"{c:>17}" for c in cells)

    progress = Progress("heldout_counts", total=len(sets), unit="set(s)")
    for d in sets:
        r = evaluate(d / "gold", d / "articles")
        progress(1, "scored")
        for k, s in r.kinds.items():
            p = pooled[k]
            p.tp, p.fp, p.fn = p.tp + s.tp, p.fp + s.fp, p.fn + s.fn
        out.append(row(d.name, r.kinds, r.overall) + (" ERRORS" if r.errors else ""))
    total = Score(sum(s.tp for s in pooled.values()), sum(s.fp for s in pooled.values()),
                  sum(s.fn for s in pooled.values()))
    out.append(row(f"pooled {len(sets)}", pooled, total))
    return out


def _told_where(name: str | None, evidence: str, word: int) -> str:
    """Whether the gold's attacker or place is named in the gold's evidence sentence (its last,
    resp. first, word appears there) or only in other sentences: a discourse step across
    sentences can reach only the second kind. A rough test: aliases are not folded."""
    if not name:
        return ""
    told = name.split()[word].lower() in evidence.lower()
    return " (named in its evidence)" if told else " (named only in other sentences)"


def strike_errors(sets: list[Path]) -> list[str]:
    """Each missed gold strike paired with a spare prediction of the article when one shares its
    place or its attacker; what is left over is a miss or a false alarm."""
    ex = get_extractor()
    m_ = Matcher(ex.gaz)
    c: Counter = Counter()
    progress = Progress("heldout_counts", total=len(sets), unit="set(s)")
    for d in sets:
        for gp in sorted((d / "gold").glob("*.json")):
            gold = json.loads(gp.read_text("utf-8"))
            art = read_articles(find_text(d / "articles", gp.stem),
                                published=gold.get("published"))[0]
            art["id"] = gp.stem
            pred = record_to_gold_facts(extract_article(art, ex.gaz), ex.gaz)
            g_all = [f for f in gold.get("facts", []) if f["type"] == "Strike"]
            p_all = [f for f in pred["facts"] if f["type"] == "Strike"]
            m = match_facts(g_all, p_all, m_.matches)
            c["gold strikes (required)"] += sum(not g.get("optional") for g in g_all)
            c["reported strikes"] += len(p_all)
            c["right"] += sum(1 for i in m if not g_all[i].get("optional"))
            spare = [j for j in range(len(p_all)) if j not in m.values()]
            for i, g in enumerate(g_all):
                if i in m or g.get("optional"):
                    continue
                same_place = [j for j in spare if g.get("target_place") is None or
                              m_.same_place(g["target_place"], p_all[j].get("target_place"))]
                same_att = [j for j in spare if g.get("attacker") is None or
                            m_.same_name(g["attacker"], p_all[j].get("attacker"))]
                ev = g.get("evidence") or ""
                if same_place:
                    j = same_place[0]
                    c[("missed, a report at its place has another attacker" if p_all[j].get("attacker")
                       else "missed, a report at its place has no attacker")
                      + _told_where(g.get("attacker"), ev, -1)] += 1
                elif same_att:
                    j = same_att[0]
                    c[("missed, a report by its attacker has another place"
                       if p_all[j].get("target_place")
                       else "missed, a report by its attacker has no place")
                      + _told_where(g.get("target_place"), ev, 0)] += 1
                elif spare:
                    j = spare[0]
                    c["missed, a report with both wrong"] += 1
                else:
                    c["missed, nothing reported in its place"] += 1
                    continue
                spare.remove(j)
            for j in spare:
                p = p_all[j]
                same = sum(1 for q in p_all if q.get("attacker") == p.get("attacker"))
                c["false alarm" + (", no attacker" if not p.get("attacker") else
                                   ", its attacker has other reports in the article" if same > 1
                                   else "")] += 1
        progress(1, "read")
    return [f"{v:6d}  {k}" for k, v in sorted(c.items())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("table", "strikes"))
    ap.add_argument("sets", nargs="*", help="folders under tests/data (default: blind*)")
    args = ap.parse_args()
    sets = [DATA / s for s in args.sets] if args.sets else held_out_sets(DATA)
    missing = [s.name for s in sets if not (s / "gold").is_dir()]
    if missing:
        print(f"no gold folder in tests/data/{missing[0]}: name a set under tests/data",
              file=sys.stderr)
        return 2
    print("\n".join(table(sets) if args.what == "table" else strike_errors(sets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
