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
from datetime import UTC, datetime, timedelta

from kg.errors import InputError, LinkConflict
from kg.link.gazetteer import FACT_KEY_RE, GAZETTEER_GRAPH, KEY_RE, QID_RE, Gazetteer, slugify
from kg.link.linker import Candidate, Linker
from kg.shared_graphs import remove_repeats

__all__ = [
    "CURATION_GRAPH", "Decision", "LinkConflict", "LinkIssue", "ReviewItem", "check_links",
    "current_decisions", "decision_history", "entity_exists", "record_decision", "review_queue",
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
    node: str | None = None       # the kg:LinkDecision IRI
    replaces: str | None = None   # the decision node it replaced, if any
    replaced_qid: str | None = None  # what that decision said (None: no item, or nothing)

    @property
    def outcome(self) -> str:
        return self.qid or "no Wikidata item"


@dataclass(frozen=True)
class ReviewItem:
    entity: str
    label: str
    type: str
    sentences: tuple[str, ...]
    candidates: tuple[Candidate, ...] = field(default=())
    mentions: int = 0  # facts read from articles (with evidence) that mention the entity

    @property
    def status(self) -> str:
        return "ambiguous" if len(self.candidates) > 1 else "unlinked"


@dataclass(frozen=True)
class LinkIssue:
    entity: str
    kind: str      # 'conflict' | 'changed' | 'shared-qid' | 'disputed'
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


def entity_exists(store, entity: str) -> bool:
    """Whether the store describes the entity (a type in any graph)."""
    return bool(store.query(f"ASK {{ <{KGID}{entity}> a ?type }}"))


def record_decision(store, entity: str, qid: str | None, who: str,
                    when: datetime | None = None, note: str | None = None, *,
                    replace: bool = False) -> Decision:
    """Record an analyst's link decision for ``entity`` (a key) in the curation graph.

    ``qid`` None records "no Wikidata item". The entity must be in the store, the QID well
    formed. Decisions are history: each one is kept, with who and when, and names the decision
    it replaces (``kg:replaces``) and what that one said; the current one is materialized as
    ``owl:sameAs`` (unless the gazetteer already states it). A decision that contradicts
    another analyst's current decision raises LinkConflict unless ``replace``.
    Raises :class:`kg.errors.InputError` for a malformed or unknown key, a malformed QID or
    an empty ``who``.
    """
    if not (KEY_RE.match(entity) or FACT_KEY_RE.match(entity)):
        raise InputError(f"not an entity key: {entity!r}",
                         hint="keys look like state/russia (or a fact's: "
                              "article/<id>/strike/<hash>)")
    if qid is not None and not QID_RE.match(qid):
        raise InputError(f"not a Wikidata QID: {qid!r}", hint="QIDs look like Q159")
    if not who.strip():
        raise InputError("who made the decision is required", hint="pass --who NAME")
    if not entity_exists(store, entity):
        raise InputError(f"no entity {entity} in the store: nothing to link",
                         hint="check the key (kg link --review lists the entities to link; "
                              "kg query 'SELECT ?e WHERE { ?e a kg:Place }' finds others)")
    who = who.strip()
    previous = current_decisions(store).get(entity)
    if previous is not None and previous.who != who and previous.qid != qid and not replace:
        raise LinkConflict(
            f"{entity} was decided by {previous.who} on {previous.when.date().isoformat()}: "
            f"{previous.outcome}; this decision ({qid or 'no Wikidata item'}) contradicts it",
            hint="talk to them, or pass --replace to replace their decision (both stay in the "
                 f"history: kg link --history {entity})")
    when = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if previous is not None and when <= previous.when:
        when = previous.when + timedelta(seconds=1)  # history stays in order
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    node = f"<{KGID}curation/{entity}/{stamp}>"
    ent = f"<{KGID}{entity}>"
    agent = f"<{KGID}agent/analyst/{slugify(who)}>"
    replaced = ""
    if previous is not None and previous.node:
        replaced = f" ; kg:replaces <{previous.node}>" + (
            f" ; kg:replacedItem <{WD}{previous.qid}>" if previous.qid else "")
    body = [
        f"{node} a kg:LinkDecision, prov:Activity ; prov:used {ent} ;",
        f"  prov:wasAssociatedWith {agent} ;",
        f'  prov:endedAtTime "{when.isoformat().replace("+00:00", "Z")}"^^xsd:dateTime ;',
        f"  kg:decision {_lit('link' if qid else 'no-match')}"
        + (f" ; kg:wikidataItem <{WD}{qid}>" if qid else "")
        + (f" ; rdfs:comment {_lit(note)}" if note else "") + replaced + " .",
        f"{agent} a prov:Agent ; rdfs:label {_lit(who)} .",
    ]
    if qid:
        body.append(f"{ent} owl:sameAs <{WD}{qid}> .")
    store.update(
        _PREFIXES
        + f"DELETE WHERE {{ GRAPH <{CURATION_GRAPH}> {{ {ent} owl:sameAs ?old }} }} ;\n"
        + f"INSERT DATA {{ GRAPH <{CURATION_GRAPH}> {{\n" + "\n".join(body) + "\n} }"
    )
    remove_repeats(store)  # a link the gazetteer already makes is not stated twice
    return Decision(entity, qid, who, when, note, node[1:-1],
                    previous.node if previous else None, previous.qid if previous else None)


def decision_history(store, entity: str | None = None) -> list[Decision]:
    """Every decision (of one entity, or all), oldest first."""
    only = f"VALUES ?e {{ <{KGID}{entity}> }}" if entity else ""
    rows = _rows(store, f"""SELECT ?d ?e ?when ?decision ?item ?who ?note ?prev ?prevItem WHERE {{
      {only}
      GRAPH <{CURATION_GRAPH}> {{
        ?d a kg:LinkDecision ; prov:used ?e ; prov:endedAtTime ?when ; kg:decision ?decision ;
           prov:wasAssociatedWith ?a .
        ?a rdfs:label ?who .
        OPTIONAL {{ ?d kg:wikidataItem ?item }}
        OPTIONAL {{ ?d rdfs:comment ?note }}
        OPTIONAL {{ ?d kg:replaces ?prev }}
        OPTIONAL {{ ?d kg:replacedItem ?prevItem }}
      }} }} ORDER BY ?e ?when ?d""")
    out = []
    for r in rows:
        qid = r["item"][len(WD):] if "item" in r else None
        when = datetime.fromisoformat(r["when"].replace("Z", "+00:00"))
        out.append(Decision(_key_of(r["e"]), qid, r["who"], when, r.get("note"), r["d"],
                            r.get("prev"), r["prevItem"][len(WD):] if "prevItem" in r else None))
    return out


def current_decisions(store) -> dict[str, Decision]:
    """The latest decision per entity key."""
    out: dict[str, Decision] = {}
    for d in decision_history(store):
        out[d.entity] = d
    return out


def review_queue(store, linker: Linker | None = None, limit_sentences: int = 3, *,
                 kinds: tuple[str, ...] = (), include_unmentioned: bool = False,
                 limit: int | None = None) -> list[ReviewItem]:
    """Entities in the store without a Wikidata link and without a decision, most mentioned
    first (facts read from articles), with the sentences (evidence quotes) that mention them
    and the gazetteer's candidates for their label. Entities no article mentions are left out unless
    ``include_unmentioned``; ``kinds`` keeps only these types or key kinds (``Person``,
    ``person``, ``place``, ...)."""
    linker = linker or Linker()
    wanted = _wanted_types(kinds)
    types = " ".join(f"kg:{t}" for t in wanted)
    having = "" if include_unmentioned else "HAVING (COUNT(DISTINCT ?f) > 0)"
    rows = _rows(store, f"""SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type)
                                  (COUNT(DISTINCT ?f) AS ?mentions) WHERE {{
      VALUES ?t {{ {types} }}
      ?e a ?t ; rdfs:label ?l .
      FILTER(STRSTARTS(STR(?e), "{KGID}"))
      FILTER NOT EXISTS {{ ?e owl:sameAs ?wd }}
      FILTER NOT EXISTS {{ GRAPH <{CURATION_GRAPH}> {{ ?d prov:used ?e }} }}
      OPTIONAL {{ ?f ?role ?e ; kg:hasEvidence ?evidence }}
    }} GROUP BY ?e {having} ORDER BY DESC(?mentions) ?e""")
    if limit is not None:
        rows = rows[:limit]
    quotes = _quotes(store, [r["e"] for r in rows], limit_sentences)
    items = []
    for r in rows:
        typ = r["type"][len(KG):]
        key = _key_of(r["e"])
        res = linker.link(r["label"], {typ})
        cands = tuple(c for c in res.candidates if c.key != key and c.wikidata)
        items.append(ReviewItem(key, r["label"], typ, tuple(quotes.get(r["e"], ())), cands,
                                int(r["mentions"])))
    return items


def _wanted_types(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """kg types for `--kind` values: type names (Person) or key kinds (person, org)."""
    if not kinds:
        return _TYPES
    by_key = {"state": ("State",), "person": ("Person",), "place": ("Place",),
              "weapon": ("WeaponSystem",), "org": ("Organization", "ArmedForce", "ArmedGroup")}
    out: list[str] = []
    for k in kinds:
        match = by_key.get(k.lower()) or tuple(t for t in _TYPES if t.lower() == k.lower())
        if not match:
            raise InputError(f"unknown kind {k!r}",
                             hint="use a key kind (state, person, org, place, weapon) or a type "
                                  "(" + ", ".join(_TYPES) + ")")
        out.extend(t for t in match if t not in out)
    return tuple(out)


def _quotes(store, iris: list[str], per_entity: int) -> dict[str, list[str]]:
    """Evidence sentences of the facts mentioning each entity (a few each)."""
    out: dict[str, list[str]] = {}
    for i in range(0, len(iris), 200):
        values = " ".join(f"<{iri}>" for iri in iris[i:i + 200])
        for r in _rows(store, f"""SELECT DISTINCT ?e ?quote WHERE {{ VALUES ?e {{ {values} }}
              ?f ?role ?e ; kg:hasEvidence/oa:hasTarget/oa:hasSelector/oa:exact ?quote }}
              ORDER BY ?e ?quote"""):
            got = out.setdefault(r["e"], [])
            if len(got) < per_entity:
                got.append(r["quote"])
    return out


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
    before: dict[str, Decision] = {}
    for d in decision_history(store):
        prev = before.get(d.entity)
        if prev is not None and prev.who != d.who and prev.qid != d.qid:
            issues.append(LinkIssue(d.entity, "disputed",
                                    f"{d.who} replaced {prev.who}'s {prev.outcome} with "
                                    f"{d.outcome} on {d.when.date().isoformat()}"))
        before[d.entity] = d
    return issues


def parse_qid(text: str) -> str:
    """Accept ``Q159``, ``wd:Q159`` or a Wikidata entity URL; return ``Q159``."""
    m = re.search(r"(Q[1-9][0-9]*)\s*$", text.strip())
    if not m:
        raise InputError(f"not a Wikidata QID: {text!r}", hint="QIDs look like Q159")
    return m.group(1)
