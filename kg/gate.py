"""The one SHACL gate: whatever writes to the store (`kg load`, `kg ingest`, the validation page,
Graph Store PUT/POST/DELETE, SPARQL Update) is checked here first, and written only when it
passes.

    incoming quads ──► Gate.check ──► ValidationReport ──► refuse() raises ValidationFailed
                         │                                  (or the caller writes: kg.store)
                         └─ context: what the store says about the IRIs they mention

What it checks: the quads a write brings, against the shapes (`kg.validate.Validator`),
together with the store context they refer to: the types, labels, Wikidata links and
containing places of every IRI they mention that the store may describe, and one more hop for
the IRIs that context names (a place's region must be known to be a place). The base graphs a
load brings itself (ontology, gazetteer) count as context before they are written
(`BaseOverlay`).

When a write replaces content (`replaced`), only the violations the new content has and the
old did not are held against it, so a graph that holds an old violation can be corrected step
by step; a load of new articles replaces nothing, so every violation counts.

A gate is cheap to build and holds no state between writes: the loader builds one per worker
process, the endpoint one per write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad

from kg import namespaces as ns
from kg.errors import ValidationFailed
from kg.validate import ValidationReport, ValidationResult, Validator

# Minted per article (or vocabulary): never worth a context look-up. Extractor agents are
# described again in every article graph, so looking them up would cost O(articles).
_ARTICLE_IRIS = (ns.ID + "article/", ns.ID + "agent/", ns.KG, ns.SCHEMA, ns.OA, ns.PROV)


def mentioned_iris(quads: Iterable[Quad]) -> set[NamedNode]:
    """IRIs some quads mention that the store may describe too (types, labels, Wikidata links):
    every IRI but article-minted ones and vocabulary terms."""
    out: set[NamedNode] = set()
    for q in quads:
        for term in (q.subject, q.object):
            if isinstance(term, NamedNode) and not term.value.startswith(_ARTICLE_IRIS):
                out.add(term)
    return out


class BaseOverlay:
    """Context from base graphs (ontology, gazetteer) that a load brings: the store lacks them
    until the load is written, yet the load's records refer to them."""

    def __init__(self, graphs: dict[NamedNode, list[Quad]]):
        self.by_subject: dict[NamedNode, list[ox.Triple]] = {}
        for quads in graphs.values():
            for q in quads:
                self.by_subject.setdefault(q.subject, []).append(
                    ox.Triple(q.subject, q.predicate, q.object))

    def context_for(self, iris: Iterable[NamedNode]) -> list[ox.Triple]:
        return [t for iri in iris for t in self.by_subject.get(iri, ())]


def _key(r: ValidationResult) -> tuple:
    return (r.focus, r.path, r.value, r.component, r.shape, r.severity)


class Gate:
    """Checks writes against the shapes with the context of `store` (any object with
    `context_for(iris)`, normally a kg.store.GraphStore)."""

    def __init__(self, store, validator: Validator | None = None,
                 overlay: BaseOverlay | None = None):
        self.store = store
        self.validator = validator or Validator()
        self.overlay = overlay

    def check(self, incoming: Sequence[Quad], replaced: Sequence[Quad] = ()) -> ValidationReport:
        """The report on `incoming`; with `replaced` (the content it takes the place of), only
        the results the old content did not have already."""
        report = self.validator.validate(incoming, context(self.store, incoming, self.overlay))
        if not report.results or not replaced:
            return report
        old = self.validator.validate(replaced, context(self.store, replaced, self.overlay))
        known = {_key(r) for r in old.results}
        added = ValidationReport(checked_nodes=report.checked_nodes)
        added.results = [r for r in report.results if _key(r) not in known]
        return added


def context(store, quads: Iterable[Quad], overlay: BaseOverlay | None = None) -> list[ox.Triple]:
    """The store context SHACL needs to judge these quads: what the store says about the IRIs
    they mention, plus one more hop for the IRIs that context names."""
    refs = mentioned_iris(quads)

    def fetch(iris):
        found = store.context_for(iris)
        return found + overlay.context_for(iris) if overlay else found

    found = fetch(refs)
    hop = {t.object for t in found if isinstance(t.object, NamedNode)
           and t.predicate != ns.rdf.type and t.object not in refs}
    return found + fetch(hop) if hop else found


def refused(report: ValidationReport, *, strict: bool = False) -> bool:
    """Whether the gate refuses a write with this report: any violation, or under `strict`
    any warning."""
    return not report.conforms or (strict and bool(report.warnings))


def refuse(report: ValidationReport, *, strict: bool = False, replacing: bool = False) -> None:
    """Raise ValidationFailed when the report refuses the write (nothing was written then).

    `replacing`: the report holds only what a write adds (Gate.check with `replaced`), as for
    the endpoint's writes; otherwise it is a load's."""
    if not refused(report, strict=strict):
        return
    if replacing:
        raise ValidationFailed(
            f"write refused: it would add {len(report.violations)} SHACL violation(s); "
            f"nothing was written", report,
            hint="fix the data (see the report); the same shapes gate `kg load`")
    why = (f"{len(report.violations)} violation(s)" if not report.conforms
           else f"{len(report.warnings)} warning(s) under --strict")
    raise ValidationFailed(f"load refused: {why}; nothing was written", report,
                           hint="fix the data (see the report), or run `kg validate` "
                                "for the full report")


__all__ = ["BaseOverlay", "Gate", "context", "mentioned_iris", "refuse", "refused"]
