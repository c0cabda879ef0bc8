"""Score extracted facts against gold files (format and matching rules of GOLD.md).

* Predicted facts are matched one-to-one to gold facts of the same type (maximum matching):
  Treaty - same set of parties; LeaderRole - same person and country; Strike - same attacker
  and target place; ArmsTransfer - same supplier, recipient and weapon. A gold ``null`` matches
  anything.
* Names match when equal after folding case/accents/punctuation, or when the gazetteer
  resolves both to the same entity (or Wikidata item), or, for places, to the same GeoNames
  place (spelling variants: "Poonch" and "Punch"; "Hodeidah province" and its unit). Weapons match when one name contains
  the other's head noun ("Shahed drones" ~ "Shahed attack drones") or both name the same
  gazetteer weapon system.
* Optional gold facts: matching one is neither a hit nor a false alarm; missing one is no miss.
* Slot accuracy for matched facts: date, duration_years, killed, injured, quantity,
  signatories, weapon - each right, wrong or missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.link.folding import ascii_letters

KINDS = ("Treaty", "LeaderRole", "Strike", "ArmsTransfer")
SLOTS = {
    "Treaty": ("date", "duration_years", "signatories"),
    "LeaderRole": (),
    "Strike": ("date", "killed", "injured", "weapon"),
    "ArmsTransfer": ("quantity",),
}


def _fold(s: str) -> str:
    s = ascii_letters(s).lower()  # "Radosław" is "Radoslaw", as in the gazetteer's keys
    s = re.sub(r"[’'`´]s\b", "", s)
    s = re.sub(r"[’'`´.]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _singular(w: str) -> str:
    if re.fullmatch(r"[a-z]*\d+[a-z]?s", w):  # a model's plural: "F-16s", "Leopard 2s", "K2s"
        return w[:-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _models(words: list[str]) -> set[str]:
    """The model designators of a folded weapon name: its words with a digit ("15", "2a4")."""
    return {w for w in words if any(ch.isdigit() for ch in w)}


class Matcher:
    """Name and weapon comparison, with the gazetteer when there is one."""

    def __init__(self, gazetteer: Any = None):
        self.gaz = gazetteer
        self._weapon_keys: dict[str, set[str]] = {}

    def same_name(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        if _fold(a) == _fold(b):
            return True
        if self.gaz is not None:
            try:
                return bool(self.gaz.same_entity(a, b))
            except Exception:  # a gazetteer problem must not stop the scoring
                return False
        return False

    def same_place(self, a: str | None, b: str | None) -> bool:
        """Names of places: also the GeoNames variants of one place ("Poonch" / "Punch"), a
        gazetteer place and its GeoNames row, "Hodeidah province" and its unit."""
        if self.same_name(a, b):
            return True
        if a is None or b is None or self.gaz is None:
            return False
        try:
            from kg.link.places import places_for

            return places_for(self.gaz).same_place(a, b)
        except Exception:  # a gazetteer problem must not stop the scoring
            return False

    def weapon_keys(self, name: str) -> set[str]:
        if self.gaz is None:
            return set()
        if name not in self._weapon_keys:
            keys = set()
            try:
                from kg.extract.entities import finder_for

                for m in finder_for(self.gaz).gaz_mentions(name):
                    w = m.weapon()
                    if w:
                        keys.add(w.key)
            except Exception:
                pass
            self._weapon_keys[name] = keys
        return self._weapon_keys[name]

    def same_weapon(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        fa, fb = _fold(a), _fold(b)
        if not fa or not fb:
            return False
        wa = [_singular(w) for w in fa.split()]
        wb = [_singular(w) for w in fb.split()]
        ma, mb = _models(wa), _models(wb)
        if ma and mb and not any(x.startswith(y) or y.startswith(x) for x in ma for y in mb):
            return False  # "F-15 fighter jets" and "F-35 fighter jets": other models, one noun
        if wa[-1] in wb or wb[-1] in wa:
            return True
        ka, kb = self.weapon_keys(a), self.weapon_keys(b)
        return bool(ka & kb)

    def same_set(self, xs: list[str] | None, ys: list[str] | None) -> bool:
        xs, ys = xs or [], ys or []
        if len(xs) != len(ys):
            return False
        used: set[int] = set()
        for x in xs:
            j = next((j for j, y in enumerate(ys) if j not in used and self.same_name(x, y)),
                     None)
            if j is None:
                return False
            used.add(j)
        return True

    def _slot_ok(self, gold_v, pred_v) -> bool:
        return gold_v is None or self.same_name(gold_v, pred_v)

    def matches(self, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
        t = gold["type"]
        if t == "Treaty":
            return self.same_set(gold.get("parties"), pred.get("parties"))
        if t == "LeaderRole":
            return self._slot_ok(gold.get("person"), pred.get("person")) and self._slot_ok(
                gold.get("country"), pred.get("country"))
        if t == "Strike":
            return self._slot_ok(gold.get("attacker"), pred.get("attacker")) and (
                gold.get("target_place") is None
                or self.same_place(gold.get("target_place"), pred.get("target_place")))
        if t == "ArmsTransfer":
            return (self._slot_ok(gold.get("supplier"), pred.get("supplier"))
                    and self._slot_ok(gold.get("recipient"), pred.get("recipient"))
                    and (gold.get("weapon") is None
                         or self.same_weapon(gold.get("weapon"), pred.get("weapon"))))
        return False

    def slot(self, kind: str, name: str, gold_v, pred_v) -> str:
        if name == "signatories":
            gold_v, pred_v = gold_v or None, pred_v or None
        if gold_v is None:
            return "right" if pred_v is None else "wrong"
        if pred_v is None:
            return "missing"
        if name == "signatories":
            return "right" if self.same_set(gold_v, pred_v) else "wrong"
        if name == "weapon":
            return "right" if self.same_weapon(str(gold_v), str(pred_v)) else "wrong"
        return "right" if str(gold_v) == str(pred_v) else "wrong"


_AGREEMENT = ("date", "killed", "injured", "quantity", "status", "weapon", "target_place")


def _agreement(gold: dict, pred: dict) -> int:
    """How many further fields agree: among gold facts that all match a predicted fact (two
    treaties between the same parties), the one that agrees more is tried first."""
    return sum(1 for k in _AGREEMENT if gold.get(k) is not None and gold.get(k) == pred.get(k))


def match_facts(gold: list[dict], pred: list[dict], ok) -> dict[int, int]:
    """Maximum one-to-one matching gold index -> predicted index (GOLD.md): required gold facts
    first, optional ones from the predictions left over (so an optional fact never takes a
    prediction from a required one); a gold fact's candidates are tried best-agreeing first.
    `ok(gold_fact, predicted_fact)` says whether the two may be paired. Both scorers (facts
    here, events in kg.events.evaluate) use it."""

    def max_matching(g_idx: list[int], p_idx: list[int]) -> dict[int, int]:
        adj = {i: sorted((j for j in p_idx if ok(gold[i], pred[j])),
                         key=lambda j, i=i: (-_agreement(gold[i], pred[j]), j))
               for i in g_idx}
        owner: dict[int, int] = {}

        def augment(i: int, seen: set[int]) -> bool:  # augmenting paths
            for j in adj[i]:
                if j in seen:
                    continue
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
            return False

        for i in g_idx:
            augment(i, set())
        return {i: j for j, i in owner.items()}

    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    first = max_matching(required, list(range(len(pred))))
    taken = set(first.values())
    return {**first, **max_matching(optional, [j for j in range(len(pred)) if j not in taken])}


def f1_of(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0): one formula for every score
    kg prints (facts here, event clusters in kg.events.evaluate)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    kinds: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    slots: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    # every reported fact scored: (kind, confidence, attacker read (strikes) or None, right)
    judged: list[tuple[str, float | None, bool | None, bool]] = field(default_factory=list)

    @property
    def confidence_pairs(self) -> list[tuple[float, bool]]:
        """(confidence, right) of every reported fact that states a confidence."""
        return [(c, ok) for _kind, c, _read, ok in self.judged if c is not None]

    @property
    def overall(self) -> Score:
        s = Score()
        for k in self.kinds.values():
            s.tp, s.fp, s.fn = s.tp + k.tp, s.fp + k.fp, s.fn + k.fn
        return s

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "overall": self.overall.as_dict(),
            "kinds": {k: v.as_dict() for k, v in self.kinds.items()},
            "slots": {k: {**v, "accuracy": round(v["right"] / max(1, sum(v.values())), 3)}
                      for k, v in sorted(self.slots.items())},
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "confidence": confidence_table(self.confidence_pairs),
            "errors": self.errors,
        }


def score_article(gold: dict[str, Any], pred: dict[str, Any], matcher: Matcher,
                  report: Report) -> None:
    aid = gold.get("article")
    report.articles += 1
    for kind in KINDS:
        g_all = [f for f in gold.get("facts", []) if f.get("type") == kind]
        p_all = [f for f in pred.get("facts", []) if f.get("type") == kind]
        m = match_facts(g_all, p_all, matcher.matches)
        required = [i for i, g in enumerate(g_all) if not g.get("optional")]
        fps = [j for j in range(len(p_all)) if j not in set(m.values())]
        sc = report.kinds[kind]
        sc.tp += sum(1 for i in required if i in m)
        sc.fn += sum(1 for i in required if i not in m)
        sc.fp += len(fps)
        for i in required:
            g = g_all[i]
            if i not in m:
                report.misses.append({"article": aid, "fact": _brief(g),
                                      "sentence": g.get("evidence")})
                continue
            p = p_all[m[i]]
            for name in SLOTS[kind]:
                gv = g.get(name)
                pv = p.get(name)
                res = matcher.slot(kind, name, gv, pv)
                key = f"{kind}.{name}"
                d = report.slots.setdefault(key, {"right": 0, "wrong": 0, "missing": 0})
                d[res] += 1
        optional_hits = {m[i] for i in range(len(g_all)) if i in m and g_all[i].get("optional")}
        for j, p in enumerate(p_all):
            if j not in optional_hits:
                read = bool(p.get("attacker")) if kind == "Strike" else None
                report.judged.append((kind, p.get("confidence"), read, j not in fps))
        for j in fps:
            alarm = {"article": aid, "fact": _brief(p_all[j]), "sentence": p_all[j].get("evidence")}
            # one-to-one matching: a second report of a gold fact another report already
            # matched is a false alarm all the same; say so, it is a duplicate, not a wrong fact
            if any(i in m and matcher.matches(g_all[i], p_all[j]) for i in range(len(g_all))):
                alarm["repeats_a_matched_fact"] = True
            report.false_alarms.append(alarm)


def _brief(f: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in f.items()
            if k not in ("evidence", "evidence_extra", "note", "confidence", "kind")}


def find_text(texts: Path, stem: str) -> Path | None:
    for ext in (".txt", ".html", ".htm", ".json", ".md"):
        p = texts / f"{stem}{ext}"
        if p.exists():
            return p
    return None


def evaluate(gold_dir: str | Path, texts_dir: str | Path, gazetteer: Any = None) -> Report:
    """Extract every text that has a gold file and score it."""
    from kg.extract.records import extract_article, get_extractor, record_to_gold_facts
    from kg.extract.textinput import ExtractInputError, read_articles

    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    ex = get_extractor(gazetteer)
    matcher = Matcher(ex.gaz)
    report = Report()
    for gp in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(gp.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            report.errors.append(f"{gp.name}: unreadable gold file ({e})")
            continue
        gold.setdefault("article", gp.stem)
        tp = find_text(texts_dir, gp.stem)
        if tp is None:
            report.errors.append(f"{gp.name}: no text {gp.stem}.* in {texts_dir}")
            pred = {"facts": []}
        else:
            try:
                arts = read_articles(tp, published=gold.get("published"))
                art = arts[0]
                art["id"] = gp.stem
                pred = record_to_gold_facts(extract_article(art, ex.gaz), ex.gaz)
            except ExtractInputError as e:
                report.errors.append(str(e))
                pred = {"facts": []}
        score_article(gold, pred, matcher, report)
    return report


#: confidence bins of the reliability table (lower edges)
CONFIDENCE_BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def confidence_table(scored: list[tuple[float, bool]]) -> dict[str, Any]:
    """How well (confidence, right) pairs of reported facts agree: per bin, the facts, their
    mean confidence and the share right; the expected calibration error (the facts' weighted
    gap between the two) and the Brier score (`Report.confidence_pairs` leaves out facts matched
    to optional gold, as the scores do)."""
    bins = []
    for lo, hi in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:] + (1.01,)):
        inside = [(c, ok) for c, ok in scored if lo <= c < hi]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            right = sum(ok for _, ok in inside) / len(inside)
            bins.append({"from": lo, "to": min(hi, 1.0), "facts": len(inside),
                         "mean_confidence": round(mean, 3), "right": round(right, 3)})
    n = len(scored)
    ece = sum(b["facts"] * abs(b["mean_confidence"] - b["right"]) for b in bins) / n if n else 0.0
    brier = sum((c - ok) ** 2 for c, ok in scored) / n if n else 0.0
    return {"facts": n, "bins": bins, "ece": round(ece, 3), "brier": round(brier, 3)}


def format_report(report: Report, show_details: bool = True) -> str:
    lines = [f"articles: {report.articles}", "",
             f"{'kind':<14}{'gold':>6}{'pred':>6}{'tp':>5}{'fp':>5}{'fn':>5}"
             f"{'P':>8}{'R':>8}{'F1':>8}"]
    for name, s in [*report.kinds.items(), ("overall", report.overall)]:
        lines.append(f"{name:<14}{s.tp + s.fn:>6}{s.tp + s.fp:>6}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                     f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    if report.slots:
        lines += ["", f"{'slot':<28}{'right':>6}{'wrong':>6}{'miss':>6}{'acc':>8}"]
        for k, v in sorted(report.slots.items()):
            n = sum(v.values())
            lines.append(f"{k:<28}{v['right']:>6}{v['wrong']:>6}{v['missing']:>6}"
                         f"{v['right'] / max(1, n):>8.3f}")
    conf = confidence_table(report.confidence_pairs)
    if conf["bins"]:
        lines += ["", f"{'confidence':<14}{'facts':>6}{'mean':>8}{'right':>8}"]
        for b in conf["bins"]:
            lines.append(f"{b['from']:.1f}-{b['to']:.1f}{'':<7}{b['facts']:>6}"
                         f"{b['mean_confidence']:>8.3f}{b['right']:>8.3f}")
        lines.append(f"calibration error {conf['ece']:.3f}, Brier score {conf['brier']:.3f} "
                     f"({conf['facts']} facts reported)")
    if show_details:
        if report.misses:
            lines += ["", "misses (gold facts not found):"]
            for m in report.misses:
                lines.append(f"  [{m['article']}] {json.dumps(m['fact'], ensure_ascii=False)}")
                lines.append(f"      {m['sentence']}")
        if report.false_alarms:
            repeats = sum(1 for m in report.false_alarms if m.get("repeats_a_matched_fact"))
            lines += ["", "false alarms (extracted, not in gold"
                      + (f"; {repeats} repeat a gold fact another report already matched"
                         if repeats else "") + "):"]
            for m in report.false_alarms:
                lines.append(f"  [{m['article']}] {json.dumps(m['fact'], ensure_ascii=False)}"
                             + ("  (repeats a matched fact)" if m.get("repeats_a_matched_fact")
                                else ""))
                lines.append(f"      {m['sentence']}")
    if report.errors:
        lines += ["", "errors:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)
