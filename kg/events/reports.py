"""Reports: article-level facts as event resolution sees them, read from any store by SPARQL.

A `Report` is one fact (a Strike, ArmsTransfer, Treaty or LeaderRole node of an article graph)
with the values of its fields, its article's publication date and its evidence sentences.
`EntityInfo` says who or where an entity is for comparison: its Wikidata item (or, unlinked, its
label) and the places it lies in. Everything is read through `GraphStore.query`, so the embedded
and remote stores behave the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg import namespaces as ns
from kg.events.cues import fold

KINDS = ("Strike", "ArmsTransfer", "Treaty", "LeaderRole")
#: The slug of each kind in event IRIs (`kgid:event/<slug>/...`), as in fact IRIs.
KIND_SLUG = {"Strike": "strike", "ArmsTransfer": "transfer", "Treaty": "treaty",
             "LeaderRole": "role"}

# Fields read from a fact: local name -> predicate IRI.
FIELDS = {
    "attacker": ns.KG + "attacker", "targetPlace": ns.KG + "targetPlace",
    "targetCountry": ns.KG + "targetCountry", "weapon": ns.KG + "weapon",
    "weaponCategory": ns.KG + "weaponCategory", "weaponText": ns.KG + "weaponText",
    "killed": ns.KG + "killed", "injured": ns.KG + "injured", "date": ns.KG + "date",
    "strikeKind": ns.KG + "strikeKind", "assertion": ns.KG + "assertion",
    "supplier": ns.KG + "supplier", "recipient": ns.KG + "recipient",
    "quantity": ns.KG + "quantity", "transferStatus": ns.KG + "transferStatus",
    "party": ns.KG + "party", "signatory": ns.KG + "signatory", "signedOn": ns.KG + "signedOn",
    "signedAt": ns.KG + "signedAt", "treatyKind": ns.KG + "treatyKind",
    "name": ns.SCHEMA + "name", "holder": ns.KG + "holder", "office": ns.KG + "office",
    "state": ns.KG + "state", "startDate": ns.SCHEMA + "startDate",
    "endDate": ns.SCHEMA + "endDate",
}
_FIELD_OF = {iri: name for name, iri in FIELDS.items()}
#: Fields whose values are entities (compared through `EntityInfo`).
ENTITY_FIELDS = ("attacker", "targetPlace", "targetCountry", "weapon", "supplier", "recipient",
                 "party", "signatory", "signedAt", "holder", "state")
_PREFIXES = ns.sparql_prefixes()
_EVIDENCE_N = re.compile(r"/evidence/(\d+)$")
_CHUNK = 200  # IRIs per VALUES block


@dataclass
class Report:
    """One article-level fact with what resolution compares."""

    fact: str
    kind: str
    article: str
    published: str
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    quotes: tuple[str, ...] = ()
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, name: str, compute):
        """A value derived from this report (a weapon profile, time cue), computed once."""
        if name not in self.derived:
            self.derived[name] = compute()
        return self.derived[name]

    def one(self, name: str) -> str | None:
        found = self.values.get(name)
        return found[0] if found else None

    def all(self, name: str) -> tuple[str, ...]:
        return self.values.get(name, ())

    def number(self, name: str) -> int | None:
        value = self.one(name)
        try:
            return int(value) if value is not None else None
        except ValueError:
            return None

    def slug(self, name: str) -> str | None:
        """The last part of a concept IRI (a weapon category, a status): ".../drone" -> "drone"."""
        value = self.one(name)
        return value.rsplit("/", 1)[-1] if value else None

    @property
    def order(self) -> tuple[str, str, str]:
        """Canonical order: who reported first founds the event."""
        return (self.published, self.article, self.fact)


@dataclass(frozen=True)
class EntityInfo:
    """Who or where an entity is, for comparison."""

    iri: str
    identity: str  # the Wikidata item; unlinked: "label:<folded label>"; no label: the IRI
    label: str | None = None
    within: tuple[str, ...] = ()  # identities of the places and states it lies in


def values_blocks(iris: Iterable[str]) -> Iterator[str]:
    """VALUES bodies of at most _CHUNK IRIs."""
    items = sorted(set(iris))
    for i in range(0, len(items), _CHUNK):
        yield " ".join(f"<{x}>" for x in items[i:i + _CHUNK])


def select_rows(store, sparql: str) -> Iterator[dict[str, str]]:
    """Rows of a SELECT (kg's prefixes declared) as {variable: lexical value}."""
    result = store.query(_PREFIXES + sparql)
    names = list(enumerate(v.value for v in result.variables))
    for solution in result:
        row = {}
        for i, name in names:
            term = solution[i]
            if term is not None:
                row[name] = term.value
        yield row


# Reading is done with one triple pattern per query, its subject or object given by VALUES:
# every such query is an index look-up whatever the store holds, where a join of several
# patterns may be planned as a scan (measured: 10x the store, 3-10x the time per article).

def _pattern_rows(store, given: str, nodes: Iterable[str], predicate: str,
                  graph: str | None) -> Iterable[dict[str, str]]:
    """The rows of `?s <predicate> ?o` with `given` (s or o) bound to each of `nodes`."""
    pattern = f"?s <{predicate}> ?o"
    where = f"GRAPH <{graph}> {{ {pattern} }}" if graph else pattern
    for v in values_blocks(nodes):
        yield from select_rows(store, f"SELECT ?s ?o WHERE {{ VALUES ?{given} {{ {v} }} {where} }}")


def objects_of(store, subjects: Iterable[str], predicate: str,
               graph: str | None = None) -> dict[str, set[str]]:
    """subject -> the objects of `predicate` (lexical values)."""
    out: dict[str, set[str]] = {}
    for r in _pattern_rows(store, "s", subjects, predicate, graph):
        out.setdefault(r["s"], set()).add(r["o"])
    return out


def subjects_of(store, predicate: str, objects: Iterable[str],
                graph: str | None = None) -> dict[str, set[str]]:
    """object (an IRI) -> the subjects that have it as `predicate`."""
    out: dict[str, set[str]] = {}
    for r in _pattern_rows(store, "o", objects, predicate, graph):
        out.setdefault(r["o"], set()).add(r["s"])
    return out


def _triples(store, subjects: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for v in values_blocks(subjects):
        for r in select_rows(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {v} }} ?s ?p ?o }}"):
            out.setdefault(r["s"], []).append((r["p"], r["o"]))
    return out


_KIND_OF = {ns.KG + k: k for k in KINDS}
_TYPE = ns.RDF + "type"
_DERIVED = ns.PROV + "wasDerivedFrom"
_EVIDENCE = ns.KG + "hasEvidence"


def _collect(store, facts: Iterable[str]) -> dict[str, Report]:
    """Reports of these facts: their fields, article and publication date, evidence quotes."""
    reports: dict[str, Report] = {}
    evidence: dict[str, str] = {}  # evidence node -> fact
    for f, triples in _triples(store, facts).items():
        kinds = sorted(_KIND_OF[o] for p, o in triples if p == _TYPE and o in _KIND_OF)
        articles = sorted(o for p, o in triples if p == _DERIVED)
        if not kinds or not articles:
            continue
        values: dict[str, set[str]] = {}
        for p, o in triples:
            name = _FIELD_OF.get(p)
            if name:
                values.setdefault(name, set()).add(o)
            elif p == _EVIDENCE:
                evidence[o] = f
        reports[f] = Report(f, kinds[0], articles[0], "",
                            {k: tuple(sorted(v)) for k, v in values.items()})
    published = objects_of(store, {r.article for r in reports.values()},
                           ns.SCHEMA + "datePublished")
    for f, report in list(reports.items()):
        dates = sorted(published.get(report.article, ()))
        if not dates:
            del reports[f]  # not an article kg can read: no publication date
            continue
        report.published = dates[0][:10]
    targets = objects_of(store, evidence, ns.OA + "hasTarget")
    selectors = objects_of(store, {t for ts in targets.values() for t in ts},
                           ns.OA + "hasSelector")
    exact = objects_of(store, {s for ss in selectors.values() for s in ss}, ns.OA + "exact")
    quotes: dict[str, dict[int, str]] = {}
    for ev, fact in evidence.items():
        m = _EVIDENCE_N.search(ev)
        for t in targets.get(ev, ()):
            for sel in selectors.get(t, ()):
                for quote in exact.get(sel, ()):
                    quotes.setdefault(fact, {})[int(m.group(1)) if m else 0] = quote
    for f, report in reports.items():
        report.quotes = tuple(q for _, q in sorted(quotes.get(f, {}).items()))
    return reports


def reports_of_articles(store, article_ids: Iterable[str]) -> dict[str, Report]:
    """The facts of these articles (ids) as they are stored now, by fact IRI."""
    articles = [ns.article_iri(a).value for a in article_ids]
    facts = subjects_of(store, _DERIVED, articles)
    return _collect(store, {f for fs in facts.values() for f in fs})


def reports_of_facts(store, facts: Iterable[str]) -> dict[str, Report]:
    """These facts (IRIs) as stored now; facts no longer stored are absent."""
    return _collect(store, facts)


def all_reports(store) -> dict[str, Report]:
    """Every fact in the store (for `kg events rebuild`)."""
    facts = subjects_of(store, _TYPE, _KIND_OF)
    return _collect(store, {f for fs in facts.values() for f in fs})


def entity_info(store, iris: Iterable[str]) -> dict[str, EntityInfo]:
    """Identity and containing places of these entities (and nothing for unknown IRIs)."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    # the places each lies in, one level per look-up (a property path from a VALUES start is
    # not portable: Virtuoso refuses it), at most eight levels up
    parents: dict[str, set[str]] = {}
    frontier = set(iris)
    for _ in range(8):
        found = objects_of(store, frontier - parents.keys(), ns.SCHEMA + "containedInPlace")
        for node in frontier - parents.keys():
            parents[node] = found.get(node, set())
        frontier = {p for ps in found.values() for p in ps} - parents.keys()
        if not frontier:
            break

    def above(node: str) -> set[str]:
        out, todo = set(), list(parents.get(node, ()))
        while todo:
            p = todo.pop()
            if p not in out:
                out.add(p)
                todo.extend(parents.get(p, ()))
        return out

    within = {i: above(i) for i in iris}
    everything = set(iris) | {u for ups in within.values() for u in ups}
    same = {e: {x for x in xs if x.startswith(ns.WD)}
            for e, xs in objects_of(store, everything, ns.OWL + "sameAs").items()}
    labels = objects_of(store, everything, ns.RDFS + "label")

    def identity(iri: str) -> str:
        if same.get(iri):
            return min(same[iri])
        if labels.get(iri):
            return "label:" + min(fold(x) for x in labels[iri])
        return iri

    return {i: EntityInfo(i, identity(i), min(labels[i]) if labels.get(i) else None,
                          tuple(sorted(identity(u) for u in within[i])))
            for i in iris}


def entities_of(reports: Iterable[Report]) -> set[str]:
    """Entity IRIs the reports name."""
    return {v for r in reports for name in ENTITY_FIELDS for v in r.all(name)}
