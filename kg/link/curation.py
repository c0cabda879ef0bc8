"""Analysts' link decisions, the review queue and the link check.

Decisions live in the named graph ``kgg:curation``, which loads never replace, so they survive
reloads and re-extraction. A decision is a ``kg:LinkDecision`` node recording the entity, the
QID (or none), who decided and when; the current decision for an entity is also materialized as
``<entity> owl:sameAs wd:Q…`` in the same graph, so joins see it with one triple pattern.

All functions take a store with the ``kg.store.GraphStore`` interface (``query``/``update``);
with the embedded store any pyoxigraph-backed store works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kg.errors import InputError
from kg.link.gazetteer import GAZETTEER_GRAPH, KEY_RE, QID_RE, Gazetteer, slugify
from kg.link.linker import Candidate, Linker
from kg.shared_graphs import remove_repeats

__all__ = [
    "CURATION_GRAPH", "Decision", "LinkIssue", "ReviewItem", "check_links", "current_decisions",
    "record_decision", "review_queue",
]

CURATION_GRAPH = "https://kg.example.org/graph/curation"
KG = "https://kg.example.org/ontology#"
KGID = "https://kg.example.org/id/"
WD = "http://www.wikidata.org/entity/"
_PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
_TYPES = ("State", "Person", "Organization", "ArmedForce", "ArmedGroup", "Place", "WeaponSystem")


@dataclass(frozen=True)
class Decision:
    entity: str           # entity key
    qid: str | None       # None: the analyst decided there is no Wikidata item
    who: str
    when: datetime
    note: str | None = None


@dataclass(frozen=True)
class ReviewItem:
    entity: str
    label: str
    type: str
    sentences: tuple[str, ...]
    candidates: tuple[Candidate, ...] = field(default=())

    @property
    def status(self) -> str:
        return "ambiguous" if len(self.candidates) > 1 else "unlinked"


@dataclass(frozen=True)
class LinkIssue:
    entity: str
    kind: str      # 'conflict' | 'changed' | 'shared-qid'
    detail: str


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _key_of(iri: str) -> str:
    return iri[len(KGID):] if iri.startswith(KGID) else iri


def _rows(store, sparql: str) -> list[dict[str, str]]:
    res = store.query(_PREFIXES + sparql)
    out = []
    for sol in res:
        row = {}
        for var in res.variables:
            term = sol[var]
            if term is not None:
                row[var.value] = term.value
        out.append(row)
    return out


def record_decision(store, entity: str, qid: str | None, who: str,
                    when: datetime | None = None, note: str | None = None) -> Decision:
    """Record an analyst's link decision for ``entity`` (a key) in the curation graph.

    ``qid`` None records "no Wikidata item". The previous materialized ``owl:sameAs`` of the
    entity in the curation graph is replaced; earlier decision nodes stay as history.
    Raises :class:`kg.errors.InputError` for a malformed key or QID or an empty ``who``.
    """
    if not KEY_RE.match(entity):
        raise InputError(f"not an entity key: {entity!r}", hint="keys look like state/russia")
    if qid is not None and not QID_RE.match(qid):
        raise InputError(f"not a Wikidata QID: {qid!r}", hint="QIDs look like Q159")
    if not who.strip():
        raise InputError("who made the decision is required", hint="pass --who NAME")
    when = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    node = f"<{KGID}curation/{entity}/{stamp}>"
    ent = f"<{KGID}{entity}>"
    agent = f"<{KGID}agent/analyst/{slugify(who)}>"
    body = [
        f"{node} a kg:LinkDecision, prov:Activity ; prov:used {ent} ;",
        f"  prov:wasAssociatedWith {agent} ;",
        f'  prov:endedAtTime "{when.isoformat().replace("+00:00", "Z")}"^^xsd:dateTime ;',
        f"  kg:decision {_lit('link' if qid else 'no-match')}"
        + (f" ; kg:wikidataItem <{WD}{qid}>" if qid else "")
        + (f" ; rdfs:comment {_lit(note)}" if note else "") + " .",
        f"{agent} a prov:Agent ; rdfs:label {_lit(who.strip())} .",
    ]
    if qid:
        body.append(f"{ent} owl:sameAs <{WD}{qid}> .")
    store.update(
        _PREFIXES
        + f"DELETE WHERE {{ GRAPH <{CURATION_GRAPH}> {{ {ent} owl:sameAs ?old }} }} ;\n"
        + f"INSERT DATA {{ GRAPH <{CURATION_GRAPH}> {{\n" + "\n".join(body) + "\n} }"
    )
    remove_repeats(store)  # a link the gazetteer already makes is not stated twice
    return Decision(entity, qid, who.strip(), when, note)


def current_decisions(store) -> dict[str, Decision]:
    """The latest decision per entity key."""
    rows = _rows(store, f"""SELECT ?e ?when ?decision ?item ?who ?note WHERE {{
      GRAPH <{CURATION_GRAPH}> {{
        ?d a kg:LinkDecision ; prov:used ?e ; prov:endedAtTime ?when ; kg:decision ?decision ;
           prov:wasAssociatedWith ?a .
        ?a rdfs:label ?who .
        OPTIONAL {{ ?d kg:wikidataItem ?item }}
        OPTIONAL {{ ?d rdfs:comment ?note }}
      }} }} ORDER BY ?e ?when""")
    out: dict[str, Decision] = {}
    for r in rows:
        qid = r["item"][len(WD):] if "item" in r else None
        when = datetime.fromisoformat(r["when"].replace("Z", "+00:00"))
        out[_key_of(r["e"])] = Decision(_key_of(r["e"]), qid, r["who"], when, r.get("note"))
    return out


def review_queue(store, linker: Linker | None = None, limit_sentences: int = 3) -> list[ReviewItem]:
    """Entities in the store without a Wikidata link and without a decision, with the sentences
    (evidence quotes) that mention them and the gazetteer's candidates for their label."""
    linker = linker or Linker()
    types = " ".join(f"kg:{t}" for t in _TYPES)
    rows = _rows(store, f"""SELECT ?e ?label ?type ?quote WHERE {{
      VALUES ?type {{ {types} }}
      ?e a ?type ; rdfs:label ?label .
      FILTER(STRSTARTS(STR(?e), "{KGID}"))
      FILTER NOT EXISTS {{ ?e owl:sameAs ?wd }}
      FILTER NOT EXISTS {{ GRAPH <{CURATION_GRAPH}> {{ ?d prov:used ?e }} }}
      OPTIONAL {{ ?f ?p ?e . ?f kg:hasEvidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote }}
    }} ORDER BY ?e""")
    grouped: dict[str, dict] = {}
    for r in rows:
        g = grouped.setdefault(r["e"], {"label": r["label"], "type": r["type"], "quotes": []})
        if "quote" in r and r["quote"] not in g["quotes"]:
            g["quotes"].append(r["quote"])
    items = []
    for iri, g in grouped.items():
        typ = g["type"][len(KG):]
        key = _key_of(iri)
        res = linker.link(g["label"], {typ})
        cands = tuple(c for c in res.candidates if c.key != key and c.wikidata)
        items.append(ReviewItem(key, g["label"], typ, tuple(g["quotes"][:limit_sentences]), cands))
    return items


def check_links(store, gazetteer: Gazetteer | None = None) -> list[LinkIssue]:
    """Entities whose QID changed (store's gazetteer graph vs. the gazetteer tables, or an
    analyst decision vs. the gazetteer) or conflicts (several QIDs for one entity, one QID for
    several entities)."""
    gaz = gazetteer or Gazetteer.load()
    issues: list[LinkIssue] = []
    rows = _rows(store, "SELECT DISTINCT ?e ?wd ?g WHERE { GRAPH ?g { ?e owl:sameAs ?wd } }")
    by_entity: dict[str, set[str]] = {}
    by_qid: dict[str, set[str]] = {}
    loaded_gaz: dict[str, str] = {}
    curated: dict[str, str] = {}
    for r in rows:
        if not r["wd"].startswith(WD) or not r["e"].startswith(KGID):
            continue
        key, qid = _key_of(r["e"]), r["wd"][len(WD):]
        by_entity.setdefault(key, set()).add(qid)
        by_qid.setdefault(qid, set()).add(key)
        if r["g"] == GAZETTEER_GRAPH:
            loaded_gaz[key] = qid
        elif r["g"] == CURATION_GRAPH:
            curated[key] = qid
    for key, qids in sorted(by_entity.items()):
        if len(qids) > 1:
            issues.append(LinkIssue(key, "conflict", "several QIDs: " + ", ".join(sorted(qids))))
    for qid, keys in sorted(by_qid.items()):
        if len(keys) > 1:
            issues.append(LinkIssue(", ".join(sorted(keys)), "shared-qid",
                                    f"{qid} is linked from several entities"))
    for key, qid in sorted(loaded_gaz.items()):
        e = gaz.get(key)
        now = e.wikidata if e else None
        if now != qid:
            issues.append(LinkIssue(key, "changed",
                                    f"store has {qid}, gazetteer tables have {now or 'none'}: "
                                    "reload the gazetteer"))
    for key, qid in sorted(curated.items()):
        e = gaz.get(key)
        if e and e.wikidata and e.wikidata != qid:
            issues.append(LinkIssue(key, "changed",
                                    f"analyst linked {qid}, gazetteer says {e.wikidata}"))
    return issues


def parse_qid(text: str) -> str:
    """Accept ``Q159``, ``wd:Q159`` or a Wikidata entity URL; return ``Q159``."""
    m = re.search(r"(Q[1-9][0-9]*)\s*$", text.strip())
    if not m:
        raise InputError(f"not a Wikidata QID: {text!r}", hint="QIDs look like Q159")
    return m.group(1)
