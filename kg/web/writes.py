"""The endpoint's writes: Graph Store PUT/POST/DELETE and SPARQL Update, a whole graph at a
time, through the one SHACL gate (kg.gate) and the store's one write (GraphStore.write).

A write's would-be content is computed first: for the Graph Store the graph's new content (PUT
replaces it, POST merges into it, DELETE drops it); for a SPARQL Update the result of running
the update on an in-memory copy of the graphs it names (plus the default graph; all graphs when
it names a graph by variable or says ALL/NAMED), in a killable query worker where there is one
(kg.web.update_copy), without network (kg.sandbox) unless the scan found allow-listed
LOAD/SERVICE targets. The gate then checks what that content adds
(violations the old content had do not count) and refuses the write with 422 and the report,
or the store writes it in one transaction. One writer at a time (the endpoint's write lock).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin

from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg import sandbox as offline
from kg.errors import InputError
from kg.events.resolve import after_write
from kg.gate import DEFAULT_GRAPH, Gate, check_writable, managed_owner, refuse
from kg.limits import InputLimits, check_literals
from kg.namespaces import PREFIXES
from kg.rdf import with_date_bounds
from kg.loader import ensure_base_graphs
from kg.store.base import Graph, graph_name
from kg.validate import ValidationReport, Validator
from kg.web.endpoint import Endpoint
from kg.web.safety import TOKEN, decode_iri_escapes, network_refused, tokens
from kg.web.update_copy import (
    GraphSource,
    UpdateOutcome,
    UpdateRequest,
    evaluate_update,
    graph_of,
    parse_content,
)

_VALIDATOR: Validator | None = None


def _validator() -> Validator:
    global _VALIDATOR
    if _VALIDATOR is None:
        _VALIDATOR = Validator()
    return _VALIDATOR


# --- SPARQL Update text -----------------------------------------------------------------------

def update_graphs(text: str) -> tuple[set[str], bool, set[str]]:
    """IRIs named in an update (resolved), whether it may touch any graph (GRAPH ?g, ALL), and
    the graphs it CLEARs (clearing a graph that does not exist is not an error here)."""
    toks = tokens(text)
    prefixes: dict[str, str] = dict(PREFIXES)  # predeclared, as the engine has them
    base = ""
    iris: set[str] = set()
    cleared: set[str] = set()
    wildcard = False
    for i, (kind, value) in enumerate(toks):
        up = value.upper() if kind == "word" else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ("eof", "")
        if up == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[nxt[1].split(":")[0]] = decode_iri_escapes(toks[i + 2][1][1:-1])
        elif up == "BASE" and nxt[0] == "iri":
            base = decode_iri_escapes(nxt[1][1:-1])
        elif up == "GRAPH" and nxt[0] == "var":
            wildcard = True
        elif up in ("ALL", "NAMED") and i > 0 and toks[i - 1][1].upper() in ("CLEAR", "DROP", "SILENT"):
            wildcard = True
        elif kind == "iri":
            iri = decode_iri_escapes(value[1:-1])
            iri = urljoin(base, iri) if base else iri
            iris.add(iri)
            before = [t[1].upper() for t in toks[max(0, i - 3):i]]
            if before[-1:] == ["GRAPH"] and "CLEAR" in before:
                cleared.add(iri)
        elif kind == "pname":
            pfx, _, local = value.partition(":")
            if pfx in prefixes:
                iris.add(prefixes[pfx] + local.replace("\\", ""))
    return iris, wildcard, cleared


def apply_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Apply using-graph-uri/using-named-graph-uri: add USING clauses before each top-level WHERE.

    An update that names its own dataset (USING, USING NAMED, WITH) conflicts: 400.
    """
    toks = list(TOKEN.finditer(update))
    words = [m.group().upper() for m in toks if m.lastgroup == "word"]
    if "USING" in words or "WITH" in words:
        raise InputError("using-graph-uri/using-named-graph-uri conflict with USING/WITH in the "
                         "update", hint="name the dataset in one place only")
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named])
    out, depth, last = [], 0, None
    pos = 0
    for m in toks:
        kind, value = m.lastgroup, m.group()
        if kind == "other" and value == "{":
            depth += 1
        elif kind == "other" and value == "}":
            depth -= 1
        elif kind == "word" and value.upper() == "WHERE" and depth == 0 and last == "}":
            out.append(update[pos:m.start()] + clause + " ")
            pos = m.start()
        if kind not in ("ws", "comment"):
            last = value
    out.append(update[pos:])
    return "".join(out)


# --- the writer -----------------------------------------------------------------------------

class GraphWriter:
    """The endpoint's writes, whole graphs at a time: gate the would-be content of every graph
    a write touches (kg.gate), then write it in one transaction (GraphStore.write)."""

    def __init__(self, ep: Endpoint, command: str | None = None):
        self.ep = ep
        self.store = ep.store
        self.command = command  # kg's own command writing through the endpoint (kg.gate)

    def graph_quads(self, graph: Graph) -> set[Quad]:
        """The current content of a graph (empty when it does not exist)."""
        if isinstance(graph, DefaultGraph):
            return set(self.store.graph_quads(graph))
        if not self.store.graph_exists(graph):
            return set()
        return set(self.store.graph_quads(graph))

    def exists(self, graph: Graph) -> bool:
        return isinstance(graph, DefaultGraph) or self.store.graph_exists(graph)

    def commit(self, after: dict[Graph, set[Quad]], before: dict[Graph, set[Quad]] | None = None,
               drop: Iterable[NamedNode] = ()) -> dict:
        """Gate and apply: `after` is the full would-be content of every graph it names."""
        drop = list(drop)
        # Every fact's date carries its xsd:date bounds, whatever the write says (kg.rdf).
        after = {g: set(with_date_bounds(q)) for g, q in after.items()}
        with self.ep.write_lock:
            self._ensure_base()
            if before is None:
                before = {g: self.graph_quads(g) for g in list(after) + drop}
            changed = {g: q for g, q in after.items() if q != before.get(g, set())}
            changed_drop = [g for g in drop if before.get(g) or self.exists(g)]
            check_writable([*changed, *changed_drop], command=self.command)
            report = self._check(changed, before, changed_drop)
            if not changed and not changed_drop:
                return {"changed": {}, "validation": report.to_json()}
            self.store.write(changed, drop=changed_drop, old=before)
            # articles written or removed: the events their facts report follow (kg.events)
            after_write(self.store, [graph_name(g) for g in [*changed, *changed_drop]],
                        _validator())
        self.ep.after_write()
        summary = {}
        for g, q in changed.items():
            old = before.get(g, set())
            summary[graph_name(g)] = {"added": len(q - old), "removed": len(old - q)}
        for g in changed_drop:
            summary[graph_name(g)] = {"added": 0, "removed": len(before.get(g, ())), "dropped": True}
        return {"changed": summary, "validation": report.to_json()}

    def _check(self, changed: dict[Graph, set[Quad]], before: dict[Graph, set[Quad]],
               dropped: Iterable[NamedNode] = ()) -> ValidationReport:
        """The gate on what the write adds, and on what depends on what it removes (dropped
        graphs included): violations the old content had do not count."""
        dropped = list(dropped)
        if not changed and not dropped:
            return ValidationReport()
        new_quads = [q for g, qs in changed.items() for q in _in_graph(qs, g)]
        old_quads = [q for g in [*changed, *dropped] for q in _in_graph(before.get(g, set()), g)]
        report = Gate(self.store, _validator()).check(new_quads, replaced=old_quads)
        refuse(report, replacing=True)
        return report

    def _ensure_base(self) -> None:
        """The ontology and gazetteer graphs validation needs as context (as `kg load` does)."""
        if self.ep.base_checked:
            return
        if ensure_base_graphs(self.store):
            self.ep.after_write()
        self.ep.base_checked = True

    # SPARQL Update -------------------------------------------------------------------------
    def update(self, text: str, base_iri: str | None = None, network: bool = False) -> dict:
        """Run the update on an in-memory copy of the graphs it names (kg.web.update_copy: in a
        killable query worker where there is one), gate the graphs it changed, apply. The copy is
        updated without network (kg.sandbox) unless the scan found allow-listed LOAD/SERVICE
        targets (`network`)."""
        iris, wildcard, cleared = update_graphs(text)
        req = UpdateRequest(text, base_iri, None if wildcard else sorted(iris), sorted(cleared),
                            network)
        with self.ep.write_lock:
            self._ensure_base()
            outcome = self._evaluate(req)
            after = {graph_of(k): parse_content(k, v) for k, v in outcome.changed.items()}
            limits = InputLimits.from_settings(self.ep.settings)
            for quads in after.values():
                check_literals(quads, "the update", limits.max_literal_bytes)
            dropped = [NamedNode(g) for g in outcome.dropped]
            kept = _keep_managed(text, iris, wildcard, after, dropped)
            before = {g: self.graph_quads(g) for g in list(after) + dropped}
            summary = self.commit(after, before, drop=dropped)
            if kept:
                summary["kept"] = {graph_name(g): "managed by kg: CLEAR/DROP ALL and NAMED leave "
                                                  "it as it was" for g in kept}
            return summary

    def _evaluate(self, req: UpdateRequest) -> UpdateOutcome:
        pool = self.ep.pool
        if pool is not None:
            return pool.run_update(req)
        store = self.store
        source = GraphSource(store.named_graphs, store.graph_exists, self.graph_quads)
        try:
            if req.network:
                return evaluate_update(source, req)
            return offline.run_offline(evaluate_update, source, req)
        except OSError as exc:
            refused = network_refused(exc)
            if refused is not None:
                raise refused from exc
            raise InputError(f"the update failed: {exc}") from exc


def _keep_managed(text: str, iris: set[str], wildcard: bool, after: dict, dropped: list) -> list:
    """kg-managed graphs (kg.gate.MANAGED_GRAPHS) that only a CLEAR or DROP of ALL or NAMED
    would empty: they are left as they were (taken out of `after` and `dropped`), so an update
    that resets "everything" resets everything a client may write. A managed graph the update
    names, or changes another way, stays in, and the gate refuses the write."""
    if not wildcard or not _CLEAR_ALL.search(text):
        return []
    kept = []
    for g in [*after, *dropped]:
        if managed_owner(g) is None or g.value in iris:
            continue
        if g in dropped or not after.get(g):
            kept.append(g)
    for g in kept:
        after.pop(g, None)
        if g in dropped:
            dropped.remove(g)
    return kept


_CLEAR_ALL = re.compile(r"\b(?:CLEAR|DROP)\s+(?:SILENT\s+)?(?:ALL|NAMED)\b", re.IGNORECASE)


def _in_graph(quads: Iterable[Quad], g: Graph) -> Iterable[Quad]:
    """Quads for the validator: default-graph triples are validated as a graph of their own."""
    if isinstance(g, DefaultGraph):
        return [Quad(q.subject, q.predicate, q.object, DEFAULT_GRAPH) for q in quads]
    return quads


__all__ = ["GraphWriter", "apply_using", "update_graphs"]
