"""Analysts' event decisions in `kgg:curation`: merge two events, split a report off an event.

A decision names the *reports* (fact IRIs) it is about, not the event IRIs, because facts keep
their IRIs across reloads while an event's IRI follows its first report. So a decision survives
reloads and `kg events rebuild`, and beats the rules for those reports:

* merge A B: every report of A and of B (when decided) belongs together;
* split EVENT FACT: FACT does not belong with the other reports of EVENT (when decided).

A later decision about the same reports wins over an earlier one. Reports that arrive after a
decision are resolved by the rules. Each decision records who made it and when
(`kg:EventDecision`, a `prov:Activity`, as `kg link` decisions are).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from kg import namespaces as ns
from kg.errors import InputError, ValidationFailed
from kg.events.cluster import Constraints, pair
from kg.events.reports import objects_of, subjects_of
from kg.link.gazetteer import slugify
from kg.namespaces import kg
from kg.store import data_block

CURATION = ns.GRAPH_CURATION.value
DECIDED = ns.KG + "decidedFact"


@dataclass(frozen=True)
class Decision:
    iri: str
    kind: str  # "merge" | "split"
    when: str  # xsd:dateTime lexical form
    facts: frozenset[str]
    split: str | None = None  # the fact split off
    who: str = ""
    note: str | None = None


def decisions_about(store, facts: Iterable[str]) -> list[Decision]:
    """Every decision naming one of these facts, oldest first."""
    named = subjects_of(store, DECIDED, facts, CURATION)
    nodes = {d for ds in named.values() for d in ds}
    if not nodes:
        return []
    props: dict[str, dict[str, set[str]]] = {}
    for p in (DECIDED, ns.KG + "decision", ns.PROV + "endedAtTime", ns.KG + "splitFact",
              ns.PROV + "wasAssociatedWith", ns.RDFS + "comment"):
        for d, values in objects_of(store, nodes, p, CURATION).items():
            props.setdefault(d, {})[p] = values
    agents = {a for d in props.values() for a in d.get(ns.PROV + "wasAssociatedWith", ())}
    names = objects_of(store, agents, ns.RDFS + "label", CURATION)

    def one(d: dict, p: str) -> str | None:
        values = sorted(d.get(p, ()))
        return values[0] if values else None

    out = []
    for iri, d in props.items():
        kind, when = one(d, ns.KG + "decision"), one(d, ns.PROV + "endedAtTime")
        if not kind or not when:
            continue
        agent = one(d, ns.PROV + "wasAssociatedWith")
        who = min(names.get(agent, {""})) if agent else ""
        out.append(Decision(iri, kind, when, frozenset(d.get(DECIDED, ())),
                            one(d, ns.KG + "splitFact"), who, one(d, ns.RDFS + "comment")))
    return sorted(out, key=lambda d: (d.when, d.iri))


def constraints(decisions: Iterable[Decision]) -> Constraints:
    """Decisions as pairs kept together or apart, the later decision winning."""
    together: set[tuple[str, str]] = set()
    apart: set[tuple[str, str]] = set()
    for d in sorted(decisions, key=lambda d: (d.when, d.iri)):
        if d.kind == "merge":
            pairs = {pair(a, b) for a, b in combinations(sorted(d.facts), 2)}
            together |= pairs
            apart -= pairs
        elif d.kind == "split" and d.split:
            pairs = {pair(d.split, o) for o in d.facts if o != d.split}
            apart |= pairs
            together -= pairs
    return Constraints(frozenset(together), frozenset(apart))


def latest_for(decisions: Iterable[Decision], fact: str) -> Decision | None:
    """The latest decision naming this fact (for leader roles, resolved fact by fact)."""
    mine = [d for d in decisions if fact in d.facts]
    return max(mine, key=lambda d: (d.when, d.iri)) if mine else None


def record(store, kind: str, facts: Iterable[str], who: str, *, split: str | None = None,
           events: Iterable[str] = (), note: str | None = None, when: datetime | None = None,
           validator=None) -> Decision:
    """Check one decision against the shapes and write it into kgg:curation (it takes effect
    when the facts it names are resolved again)."""
    if kind not in ("merge", "split"):
        raise InputError(f"unknown decision {kind!r}", hint="merge or split")
    if not who or not who.strip():
        raise InputError("who made the decision is required", hint="pass --who NAME")
    facts = sorted(set(facts))
    when = (when or datetime.now(UTC)).astimezone(UTC)
    stamp = when.isoformat(timespec="microseconds").replace("+00:00", "Z")
    digest = hashlib.sha256(f"{kind}|{stamp}|{'|'.join(facts)}".encode()).hexdigest()[:12]
    node = NamedNode(f"{ns.ID}curation/event/{digest}")
    agent = NamedNode(f"{ns.ID}agent/analyst/{slugify(who)}")
    g = ns.GRAPH_CURATION
    quads = [Quad(node, ns.rdf.type, kg.EventDecision, g),
             Quad(node, ns.rdf.type, ns.prov.Activity, g),
             Quad(node, kg.decision, Literal(kind), g),
             Quad(node, ns.prov.wasAssociatedWith, agent, g),
             Quad(node, ns.prov.endedAtTime, Literal(stamp, datatype=ns.xsd.dateTime), g),
             Quad(agent, ns.rdf.type, ns.prov.Agent, g),
             Quad(agent, ns.rdfs.label, Literal(who.strip()), g)]
    quads += [Quad(node, kg.decidedFact, NamedNode(f), g) for f in facts]
    quads += [Quad(node, kg.decidedEvent, NamedNode(e), g) for e in sorted(set(events))]
    if split:
        quads.append(Quad(node, kg.splitFact, NamedNode(split), g))
    if note:
        quads.append(Quad(node, ns.rdfs.comment, Literal(note), g))
    if validator is not None:
        report = validator.validate(quads, [])
        if not report.conforms:
            raise ValidationFailed("decision refused: it violates the shapes; nothing was "
                                   "written", report)
    store.update(f"INSERT DATA {{\n{data_block(quads)}\n}}")
    return Decision(node.value, kind, stamp, frozenset(facts), split, who.strip(), note)


__all__ = ["Decision", "constraints", "decisions_about", "latest_for", "record"]
