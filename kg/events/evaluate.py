"""`kg eval --events`: score event resolution against gold event clusters.

The texts are ingested into a scratch in-memory store exactly as `kg ingest` does (extraction,
linking, validation, the load, and event resolution after it). Predicted facts are matched
one-to-one to the gold facts of the same article as GOLD.md describes (kg.extract.evaluate's
`Matcher`); each matched gold fact then carries the event its predicted fact was linked to.

Scores, per kind and for the event kinds together (Strike, ArmsTransfer, Treaty):

* pairwise precision, recall and F1 over pairs of matched facts from different articles: a pair
  is predicted when both facts were linked to one event, gold when both carry one `event` id.
  A pair with an optional gold fact is counted only when it is wrongly predicted;
* B-cubed precision, recall and F1 over the matched required facts;
* end to end: the share of all gold pairs (required facts, different articles) found, so the
  gold facts extraction missed count as missed pairs;
* near misses: pairs of matched facts (any articles) of *different* gold events that the index
  brought together and the rules compared (the same city on consecutive days, two packages from
  one supplier); how many were kept apart.

The resolution figures measure the resolver on what extraction found; the end-to-end recall
says how much extraction leaves out.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.evaluate import f1_of

EVENT_KINDS = ("Strike", "ArmsTransfer", "Treaty")
ALL_KINDS = (*EVENT_KINDS, "LeaderRole")


@dataclass
class Item:
    """One gold fact matched to one predicted fact."""

    article: str
    kind: str
    gold_event: str
    predicted_event: str | None
    optional: bool
    sentence: str
    fact: str


@dataclass
class PairScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)


@dataclass
class Bcubed:
    precision: float = 1.0
    recall: float = 1.0
    items: int = 0

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)


@dataclass
class EventReport:
    articles: int = 0
    gold_required: int = 0
    matched_required: int = 0
    items: list[Item] = field(default_factory=list)
    pairs: dict[str, PairScore] = field(default_factory=dict)
    bcubed: dict[str, Bcubed] = field(default_factory=dict)
    gold_pairs: dict[str, int] = field(default_factory=dict)  # all required cross-article pairs
    wrong_merges: list[dict[str, Any]] = field(default_factory=list)
    missed_links: list[dict[str, Any]] = field(default_factory=list)
    near_misses: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (n, apart)
    errors: list[str] = field(default_factory=list)

    def end_to_end_recall(self, group: str) -> float:
        total = self.gold_pairs.get(group, 0)
        return self.pairs[group].tp / total if total else 1.0

    def as_dict(self) -> dict[str, Any]:
        def pair(s: PairScore) -> dict:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3), "f1": round(s.f1, 3)}

        def b3(b: Bcubed) -> dict:
            return {"precision": round(b.precision, 3), "recall": round(b.recall, 3),
                    "f1": round(b.f1, 3), "facts": b.items}

        return {
            "articles": self.articles,
            "gold_required_facts": self.gold_required,
            "matched_required_facts": self.matched_required,
            "pairwise": {k: pair(v) for k, v in self.pairs.items()},
            "bcubed": {k: b3(v) for k, v in self.bcubed.items()},
            "end_to_end_recall": {k: round(self.end_to_end_recall(k), 3) for k in self.pairs},
            "gold_pairs": self.gold_pairs,
            "wrong_merges": self.wrong_merges,
            "missed_links": self.missed_links,
            "near_misses": {k: {"compared": n, "kept_apart": apart}
                            for k, (n, apart) in self.near_misses.items()},
            "errors": self.errors,
        }


GROUPS = {**{k: (k,) for k in ALL_KINDS}, "events": EVENT_KINDS}


def _same(items: list[Item], i: int, j: int) -> tuple[bool, bool]:
    a, b = items[i], items[j]
    predicted = a.predicted_event is not None and a.predicted_event == b.predicted_event
    return a.gold_event == b.gold_event, predicted


def score_items(items: list[Item], gold_facts: list[tuple[str, str, str, bool]],
                report: EventReport) -> None:
    """Pairwise and B-cubed scores of matched items; `gold_facts` = (article, kind, event,
    optional) of every gold fact, for the end-to-end pair count."""
    for group, kinds in GROUPS.items():
        members = [it for it in items if it.kind in kinds]
        score = PairScore()
        for i, j in combinations(range(len(members)), 2):
            a, b = members[i], members[j]
            if a.article == b.article:
                continue
            gold, predicted = _same(members, i, j)
            required = not a.optional and not b.optional
            if gold and predicted and required:
                score.tp += 1
            elif predicted and not gold:
                score.fp += 1
            elif gold and not predicted and required:
                score.fn += 1
        report.pairs[group] = score
        required_gold = [g for g in gold_facts if g[1] in kinds and not g[3]]
        report.gold_pairs[group] = sum(
            1 for x, y in combinations(required_gold, 2) if x[0] != y[0] and x[2] == y[2])
        report.bcubed[group] = _bcubed([it for it in members if not it.optional])


def _bcubed(items: list[Item]) -> Bcubed:
    if not items:
        return Bcubed()
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for i, it in enumerate(items):
        by_gold[it.gold_event].add(i)
        by_pred[it.predicted_event or f"none:{i}"].add(i)
    precision = recall = 0.0
    for i, it in enumerate(items):
        gold = by_gold[it.gold_event]
        pred = by_pred[it.predicted_event or f"none:{i}"]
        both = len(gold & pred)
        precision += both / len(pred)
        recall += both / len(gold)
    return Bcubed(precision / len(items), recall / len(items), len(items))


def near_misses(items: list[Item], compared: set[tuple[str, str]],
                report: EventReport) -> None:
    """Per kind: pairs of facts of different gold events that the resolver compared, and how
    many of them it kept apart."""
    by_fact = {it.fact: it for it in items}
    counts: dict[str, list[int]] = {k: [0, 0] for k in (*EVENT_KINDS, "events")}
    for a, b in compared:
        x, y = by_fact.get(a), by_fact.get(b)
        if x is None or y is None or x.kind not in EVENT_KINDS or x.gold_event == y.gold_event:
            continue
        apart = x.predicted_event is None or x.predicted_event != y.predicted_event
        for group in (x.kind, "events"):
            counts[group][0] += 1
            counts[group][1] += apart
    report.near_misses = {k: (n, apart) for k, (n, apart) in counts.items()}


def _errors_of_clusters(items: list[Item], report: EventReport) -> None:
    by_pred: dict[str, list[Item]] = defaultdict(list)
    by_gold: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        if it.predicted_event:
            by_pred[it.predicted_event].append(it)
        if not it.optional:
            by_gold[it.gold_event].append(it)
    for event, members in sorted(by_pred.items()):
        golds = sorted({m.gold_event for m in members})
        if len(golds) > 1:
            report.wrong_merges.append({"event": event, "gold_events": golds, "facts": [
                {"article": m.article, "gold_event": m.gold_event, "sentence": m.sentence}
                for m in members]})
    for gold, members in sorted(by_gold.items()):
        predicted = sorted({m.predicted_event or "(none)" for m in members})
        if len(predicted) > 1:
            report.missed_links.append({"gold_event": gold, "events": predicted, "facts": [
                {"article": m.article, "event": m.predicted_event, "sentence": m.sentence}
                for m in members]})


# --- running it -----------------------------------------------------------------------------

def _match(gold: list[dict], pred: list[dict], matcher) -> dict[int, int]:
    """GOLD.md's one-to-one matching (kg.extract.evaluate.match_facts) over the facts of every
    kind at once; the gold facts themselves (a test's oracle) pair by their index."""
    from kg.extract.evaluate import match_facts

    if pred and all("gold_index" in p for p in pred):
        return {p["gold_index"]: j for j, p in enumerate(pred)}
    return match_facts(gold, pred, lambda g, p: g["type"] == p["type"] and matcher.matches(g, p))


def _gold_files(gold_dir: Path) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise InputError(f"unreadable gold file ({e})", location=str(path)) from e
        gold.setdefault("article", path.stem)
        for n, f in enumerate(gold.get("facts", [])):
            if "event" not in f:
                raise InputError(f"fact {n} has no \"event\" key",
                                 location=str(path), hint="event gold gives every fact the id of "
                                 "the real-world event it reports (tests/data/events/README.md)")
        out.append((path, gold))
    if not out:
        raise InputError("no gold files (NAME.json)", location=str(gold_dir))
    return out


_TYPES = {"attacker": {"State", "Organization", "ArmedForce", "ArmedGroup"},
          "supplier": {"State", "Organization", "ArmedForce", "ArmedGroup"},
          "recipient": {"State", "Organization", "ArmedForce", "ArmedGroup"},
          "parties": {"State", "Organization", "ArmedForce", "ArmedGroup"},
          "target_place": {"Place"}, "target_country": {"State"}, "country": {"State"},
          "signatories": {"Person"}, "person": {"Person"}, "weapon": {"WeaponSystem"}}
_MINT = {"Place": "place", "State": "state", "Person": "person", "Organization": "org",
         "WeaponSystem": "weapon"}


class _GoldRecords:
    """Gold facts as article records, so the resolver can be scored on its own (`--facts
    gold`): names become gazetteer keys (or new entities), evidence gets its offsets."""

    def __init__(self, gazetteer):
        self.gaz = gazetteer

    def record(self, gold: dict, text: str, article: str) -> dict:
        from kg.extract.textinput import article_from_text
        from kg.link.gazetteer import slugify

        art = article_from_text(text, article_id=article, published=gold.get("published"))
        entities: dict[str, dict] = {}

        def key(name: str | None, field: str) -> str | None:
            if not name:
                return None
            types = _TYPES[field]
            found = [m for m in self.gaz.lookup(name, types)] if self.gaz else []
            if found:
                return found[0].key
            typ = min(types) if field != "attacker" else "Organization"
            k = f"{_MINT[typ]}/{slugify(name) or 'x'}"
            entities.setdefault(k, {"key": k, "type": typ, "label": name, "aliases": [],
                                    "wikidata": None})
            return k

        facts = []
        for n, g in enumerate(gold.get("facts", [])):
            quote = g.get("evidence") or ""
            start = art["text"].find(quote) if quote else -1
            evidence = [{"quote": quote, "start": start if start >= 0 else None,
                         "end": start + len(quote) if start >= 0 else None,
                         "confidence": 1.0, "extractor": "gold", "extractor_version": "1"}]
            base = {"type": g["type"], "id": f"gold-{n}", "evidence": evidence}
            if g["type"] == "Strike":
                facts.append({**base, "attacker": key(g.get("attacker"), "attacker"),
                              "target_place": key(g.get("target_place"), "target_place"),
                              "target_country": key(g.get("target_country"), "target_country"),
                              "weapon_text": g.get("weapon"), "killed": g.get("killed"),
                              "injured": g.get("injured"), "date": g.get("date")})
            elif g["type"] == "ArmsTransfer":
                facts.append({**base, "supplier": key(g.get("supplier"), "supplier"),
                              "recipient": key(g.get("recipient"), "recipient"),
                              "weapon": self._weapon(g.get("weapon")),
                              "weapon_text": g.get("weapon"), "quantity": g.get("quantity"),
                              "status": g.get("status"), "date": g.get("date")})
            elif g["type"] == "Treaty":
                facts.append({**base, "parties": [key(p, "parties") for p in g["parties"]],
                              "signatories": [key(p, "signatories")
                                              for p in g.get("signatories") or []],
                              "date": g.get("date"), "duration_years": g.get("duration_years")})
            else:
                facts.append({**base, "person": key(g.get("person"), "person"),
                              "office": g.get("role") or "leader",
                              "state": key(g.get("country"), "country")})
        clean = [{k: v for k, v in f.items() if v is not None} for f in facts]
        return {"record_version": 1, "article": art, "entities": list(entities.values()),
                "facts": clean}

    def _weapon(self, name: str | None) -> str | None:
        found = self.gaz.lookup(name, {"WeaponSystem"}) if (name and self.gaz) else []
        return found[0].key if found else None


def evaluate(gold_dir: str | Path, texts_dir: str | Path,
             predictions: str | Path | None = None, facts: str = "extracted") -> EventReport:
    """Ingest the texts into a scratch store, resolve events, score against the gold clusters.

    With `facts="gold"`, the gold facts themselves are loaded instead of extracted ones, which
    scores the resolver alone."""
    from kg.events.resolve import Resolver
    from kg.extract.evaluate import Matcher, find_text
    from kg.extract.ingest import TextBatch
    from kg.extract.records import get_extractor, record_to_gold_facts
    from kg.loader import RecordBatch, load_jobs
    from kg.rdf import fact_iri
    from kg.records import parse_record
    from kg.settings import Settings
    from kg.store import EmbeddedStore

    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    golds = _gold_files(gold_dir)
    report = EventReport(articles=len(golds))
    jobs: list = []
    raws: dict[str, dict] = {}
    gaz = get_extractor().gaz
    facts_mode_gold = facts == "gold"
    as_records = _GoldRecords(gaz) if facts_mode_gold else None
    for path, gold in golds:
        text = find_text(texts_dir, path.stem)
        if text is None:
            report.errors.append(f"{path.name}: no text {path.stem}.* in {texts_dir}")
            continue
        if as_records is None:
            jobs.append(TextBatch((str(text),), gold.get("published"), keep_records=True))
            continue
        raw = as_records.record(gold, text.read_text("utf-8"), path.stem)
        raws[path.stem] = raw
        jobs.append(RecordBatch([(str(path), raw)]))

    def keep(result) -> None:
        if result.extra is None:
            return
        report.errors.extend(result.extra.problems)
        for raw in result.extra.records:
            raws[raw["article"]["id"]] = raw

    store = EmbeddedStore(None)
    settings = Settings.from_env().with_(store=":memory:")
    load_jobs(jobs, store, settings, workers=1, on_result=keep)
    event_of = {r["f"]: r["e"] for r in _select(store, """
        SELECT ?f ?e WHERE { GRAPH <https://kg.example.org/graph/events> {
        ?f <http://www.w3.org/ns/prov#specializationOf> ?e } }""")}

    matcher = Matcher(gaz)
    gold_facts: list[tuple[str, str, str, bool]] = []
    out_lines = []
    for path, gold in golds:
        article = path.stem
        facts = gold.get("facts", [])
        gold_facts += [(article, f["type"], f["event"], bool(f.get("optional"))) for f in facts]
        raw = _raw_for(raws, path, article)
        predicted: list[dict] = []
        if raw is not None:
            typed = parse_record(raw, source=str(path))
            for raw_fact, fact in zip(raw["facts"], typed.facts, strict=True):
                shaped = record_to_gold_facts({**raw, "facts": [raw_fact]}, gaz)["facts"]
                if not shaped:
                    continue
                iri = fact_iri(typed.article.id, fact).value
                predicted.append({**shaped[0], "event": event_of.get(iri), "fact": iri})
                if facts_mode_gold and fact.id and fact.id.startswith("gold-"):
                    predicted[-1]["gold_index"] = int(fact.id[len("gold-"):])
        matched = _match(facts, predicted, matcher)
        report.gold_required += sum(1 for f in facts if not f.get("optional"))
        report.matched_required += sum(1 for i in matched if not facts[i].get("optional"))
        for i, j in matched.items():
            g, p = facts[i], predicted[j]
            report.items.append(Item(article, g["type"], g["event"], p["event"],
                                     bool(g.get("optional")), g.get("evidence", ""), p["fact"]))
        out_lines.append({"article": article, "published": gold.get("published"),
                          "facts": [{k: v for k, v in p.items()
                                     if k not in ("confidence", "gold_index")}
                                    for p in predicted]})
    score_items(report.items, gold_facts, report)
    near_misses(report.items, Resolver(store).compared_pairs(), report)
    _errors_of_clusters(report.items, report)
    if predictions:
        with open(predictions, "w", encoding="utf-8") as out:
            for line in out_lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    store.close()
    return report


def _raw_for(raws: dict[str, dict], path: Path, article: str) -> dict | None:
    """The extracted record of a gold file's article (ids come from the text's file name)."""
    from kg.extract.textinput import slug

    return raws.get(article) or raws.get(slug(article))


def _select(store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def format_report(report: EventReport, details: bool = True) -> str:
    lines = [f"articles: {report.articles}; required gold facts matched by extraction: "
             f"{report.matched_required} of {report.gold_required}", "",
             "pairwise over matched facts from different articles, and B-cubed:",
             f"{'kind':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"
             f"{'B3-P':>8}{'B3-R':>8}{'B3-F1':>8}{'e2e-R':>8}"]
    for group in (*EVENT_KINDS, "events", "LeaderRole"):
        s, b = report.pairs[group], report.bcubed[group]
        name = "events (S+A+T)" if group == "events" else group
        lines.append(f"{name:<14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}"
                     f"{s.recall:>8.3f}{s.f1:>8.3f}{b.precision:>8.3f}{b.recall:>8.3f}"
                     f"{b.f1:>8.3f}{report.end_to_end_recall(group):>8.3f}")
    lines += ["", "e2e-R: share of all gold pairs found (gold facts extraction missed count as "
                  "missed pairs)"]
    if report.near_misses:
        n, apart = report.near_misses["events"]
        per_kind = ", ".join(f"{k} {a}/{m}" for k in EVENT_KINDS
                             for m, a in [report.near_misses[k]])
        lines += ["", f"near misses (facts of different gold events the rules compared): "
                      f"{apart} of {n} kept apart ({per_kind})"]
    if details:
        if report.wrong_merges:
            lines += ["", "wrong merges (one predicted event holds facts of several gold events):"]
            for m in report.wrong_merges:
                lines.append(f"  {m['event']}")
                for f in m["facts"]:
                    lines.append(f"    [{f['article']}] {f['gold_event']}: {f['sentence']}")
        if report.missed_links:
            lines += ["", "missed links (one gold event, several predicted events):"]
            for m in report.missed_links:
                lines.append(f"  {m['gold_event']}")
                for f in m["facts"]:
                    lines.append(f"    [{f['article']}] {f['event']}: {f['sentence']}")
    if report.errors:
        lines += ["", "errors:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)
