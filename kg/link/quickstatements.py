"""QuickStatements (V1, tab-separated) export of the facts that map to Wikidata properties.

Each strike and treaty becomes a new item (``CREATE``) with an English label, an English
description and its class (P31: ``CLASSES``), and, where our store knows a Wikidata item or a
value:

* P710 participant (attacker and target country; treaty parties), P276 location (target
  place; place of signing), P585 point in time (date, with its precision), P1120 number of
  deaths, P1339 number of injured;
* every statement referenced with P854 reference URL (the article) and P813 retrieved (the
  export date).

Entities without a Wikidata link are left out (never guessed). A fact that already has a
Wikidata item (an analyst linked it: ``kg link article/<id>/strike/<h> Q…``, for instance after
QuickStatements created it) is skipped, so a second export never creates it again. A statement
without a reference (its article has no URL) is written, and reported in ``warnings``; the P31
class statement carries no reference (it classifies our own new item). Analysts review the file
before pasting it into https://quickstatements.toolforge.org/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

__all__ = ["CLASSES", "Export", "build_export", "quickstatements_export",
           "quickstatements_lines"]

_PREFIXES = """PREFIX kg: <https://kg.example.org/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
WD = "http://www.wikidata.org/entity/"

#: P31 (instance of) of the items we create, with where each QID was verified (never typed
#: from memory: a wrong class silently misfiles the item).
CLASSES = {
    "Strike": ("Q645883", "military operation",
               "Wikidata-derived class lists in public code, cross-checked in several independent "
               "files (label 'military operation', description 'coordinated military actions of a "
               "state or a non-state actor')"),
    "Treaty": ("Q131569", "treaty",
               "Wikidata-derived item-type mappings in public code (a citation translator's "
               "'treaty' type and event-class lists), cross-checked in several files"),
}


@dataclass
class Export:
    """What an export produced: its lines, the items it creates, the facts it skipped because
    Wikidata has them already, and the statements that carry no reference."""

    lines: list[str] = field(default_factory=list)
    created: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (fact, its QID)
    unreferenced: list[tuple[str, int]] = field(default_factory=list)  # (fact, statements)

    @property
    def warnings(self) -> list[str]:
        return [f"{n} statement(s) of {fact} have no reference: its article has no URL"
                for fact, n in self.unreferenced]


def _q(store, sparql: str) -> list[dict[str, str]]:
    res = store.query(_PREFIXES + sparql)
    rows = []
    for sol in res:
        rows.append({v.value: sol[v].value for v in res.variables if sol[v] is not None})
    return rows


def _time(value: str) -> str | None:
    """A QuickStatements time value for xsd:date / gYearMonth / gYear text."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            date.fromisoformat(value)
            return f"+{value}T00:00:00Z/11"
        if len(parts) == 2 and len(parts[0]) == 4:
            return f"+{parts[0]}-{int(parts[1]):02d}-00T00:00:00Z/10"
        if len(parts) == 1 and len(parts[0]) == 4 and parts[0].isdigit():
            return f"+{parts[0]}-00-00T00:00:00Z/9"
    except ValueError:
        return None
    return None


def _string(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\t", " ").replace("\n", " ") + '"'


def _qids(store, fact: str, prop: str) -> list[tuple[str, str]]:
    rows = _q(store, f"""SELECT DISTINCT ?wd ?label WHERE {{
      <{fact}> {prop} ?e . ?e owl:sameAs ?wd . OPTIONAL {{ ?e rdfs:label ?label }}
      FILTER(STRSTARTS(STR(?wd), "{WD}")) }} ORDER BY ?wd""")
    return [(r["wd"][len(WD):], r.get("label", "")) for r in rows]


def _labels(store, fact: str, prop: str) -> list[str]:
    return [r["l"] for r in _q(store, f"SELECT DISTINCT ?l WHERE {{ <{fact}> {prop}/rdfs:label ?l }} "
                                      "ORDER BY ?l")]


def build_export(store, retrieved: date | None = None) -> Export:
    """The export, with what it skipped and what it could not reference."""
    retrieved = retrieved or date.today()
    ret = f"+{retrieved.isoformat()}T00:00:00Z/11"
    facts = _q(store, """SELECT ?f ?type ?url ?date ?killed ?injured ?name ?wd WHERE {
      VALUES ?type { kg:Strike kg:Treaty }
      ?f a ?type .
      OPTIONAL { ?f prov:wasDerivedFrom/schema:url ?url }
      OPTIONAL { ?f kg:date ?date } OPTIONAL { ?f kg:signedOn ?date }
      OPTIONAL { ?f kg:killed ?killed } OPTIONAL { ?f kg:injured ?injured }
      OPTIONAL { ?f schema:name ?name }
      OPTIONAL { ?f owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
    } ORDER BY ?f""")
    seen: set[str] = set()
    out = Export()
    for r in facts:
        f = r["f"]
        if f in seen:
            continue
        seen.add(f)
        if r.get("wd"):
            out.skipped.append((f, r["wd"][len(WD):]))
            continue
        ref = f"\tS854\t{_string(r['url'])}\tS813\t{ret}" if r.get("url") else ""
        stmts: list[str] = []
        kind = "Strike" if r["type"].endswith("Strike") else "Treaty"
        if kind == "Strike":
            participants = _qids(store, f, "kg:attacker") + _qids(store, f, "kg:targetCountry")
            locations = _qids(store, f, "kg:targetPlace")
            attacker = (_labels(store, f, "kg:attacker") or ["unknown attacker"])[0]
            target = (_labels(store, f, "kg:targetPlace") or _labels(store, f, "kg:targetCountry")
                      or ["unknown target"])[0]
            label = f"{attacker} strike on {target}" + (f", {r['date']}" if r.get("date") else "")
            description = (f"strike by {attacker} on {target}"
                           + (f" on {r['date']}" if r.get("date") else "")
                           + ", as reported in the news")
            if r.get("killed"):
                stmts.append(f"P1120\t{int(r['killed'])}")
            if r.get("injured"):
                stmts.append(f"P1339\t{int(r['injured'])}")
        else:
            participants = _qids(store, f, "kg:party")
            locations = _qids(store, f, "kg:signedAt")
            parties = _labels(store, f, "kg:party")
            label = r.get("name") or ("Treaty between " + " and ".join(parties) if parties
                                      else "Treaty")
            description = ("treaty between " + " and ".join(parties) if parties else "treaty") + (
                f" signed {r['date']}" if r.get("date") else "")
        for qid, _ in dict.fromkeys(participants):
            stmts.append(f"P710\t{qid}")
        for qid, _ in locations:
            stmts.append(f"P276\t{qid}")
        t = _time(r["date"]) if r.get("date") else None
        if t:
            stmts.append(f"P585\t{t}")
        if not stmts:
            continue
        out.lines.append("CREATE")
        out.lines.append(f"LAST\tLen\t{_string(label)}")
        out.lines.append(f"LAST\tDen\t{_string(description)}")
        out.lines.append(f"LAST\tP31\t{CLASSES[kind][0]}")
        out.lines.extend(f"LAST\t{s}{ref}" for s in stmts)
        out.created += 1
        if not ref:
            out.unreferenced.append((f, len(stmts)))
    return out


def quickstatements_lines(store, retrieved: date | None = None) -> list[str]:
    """The export as lines (without newlines)."""
    return build_export(store, retrieved).lines


def quickstatements_export(store, out: TextIO, retrieved: date | None = None) -> Export:
    """Write the export to ``out``; return what it holds (items created, skipped, warnings)."""
    export = build_export(store, retrieved)
    for line in export.lines:
        out.write(line + "\n")
    return export
