"""Point lookups answered in the web process: queries that provably cannot run away need no
query worker.

A query worker (kg.web.pool) exists so that a runaway query can be killed: Oxigraph cannot
cancel one. Queries of one small shape cannot run away; they are answered here, on a read-only
view of the store in the web process, without the pipe to a worker (which was most of a point
lookup's time in the server: docs/endpoint.md). The shape is in kg.web.lookup_query:

    [PREFIX p: <iri>]* SELECT (* | ?v ...) [WHERE] { S P O [.] } [LIMIT n]

with S an IRI, P and O IRIs or distinct variables, and nothing else; a query with a protocol
dataset (default-graph-uri, named-graph-uri) is not one either. Others go to a worker.

Why this is bounded: the answer over the union default graph is one solution per quad that
matches (S, P, O) in any graph, which `Store.quads_for_pattern` yields lazily from a prefix
scan of one of Oxigraph's indexes (each step one quad). At most `lookup_max_rows` + 1 are taken;
a subject with more goes to a worker (where the query time limit applies), so the work here is
at most that many index steps plus matching a query of at most 4096 characters with a
regular expression whose alternatives are told apart by their first character. A repeated variable (`<s> ?p ?p`) would need
a filter over the scan, so it does not match.

The view follows the store's write generation as the workers' views do (kg.web.pool): a write
bumps it, and the next lookup opens a fresh read-only view (tens of milliseconds), so a lookup
sees what a worker would see.
"""

from __future__ import annotations

import threading
from itertools import islice

import pyoxigraph as ox

from kg.web import negotiation
from kg.web.evaluation import (HEAD_BUFFER, Answer, QueryRequest, evaluate_solutions,
                               raise_error)
from kg.web.results import SolutionList, json_document


class Lookups:
    """Answers bounded lookups on a read-only view of the store at `path`, reopened when the
    write generation moves on."""

    def __init__(self, path: str, open_view, max_rows: int):
        self.path = path
        self._open = open_view
        self.max_rows = max(0, int(max_rows))
        self._lock = threading.Lock()
        self._view: tuple[int, ox.Store] | None = None
        self.answered = 0  # for /metrics
        self.handed_on = 0  # more rows than max_rows (or a huge answer): a worker answered

    def view(self, generation: int) -> ox.Store:
        current = self._view
        if current is not None and current[0] == generation:
            return current[1]
        with self._lock:
            current = self._view
            if current is None or current[0] != generation:
                current = (generation, self._open(self.path))
                self._view = current
        return current[1]

    def answer(self, req: QueryRequest, generation: int, *, here: bool = False) -> Answer | None:
        """The answer, or None: not a bounded lookup, or more than `max_rows` solutions.

        `here`: on the server's loop thread, which must not wait: None also when the view of
        this generation is not open yet, and a lookup handed on is not counted (the task thread
        that answers it instead counts it)."""
        lookup = req.lookup
        if lookup is None or self.max_rows <= 0:
            return None
        if here:
            current = self._view
            if current is None or current[0] != generation:
                return None
            store = current[1]
        else:
            store = self.view(generation)
        subject, predicate, obj = lookup.nodes or (
            ox.NamedNode(lookup.subject),
            None if lookup.predicate is None else ox.NamedNode(lookup.predicate),
            None if lookup.obj is None else ox.NamedNode(lookup.obj))
        quads = store.quads_for_pattern(subject, predicate, obj, None)
        if lookup.limit is not None and lookup.limit <= self.max_rows:
            taken = list(islice(quads, lookup.limit))
        else:
            taken = list(islice(quads, self.max_rows + 1))
            if len(taken) > self.max_rows:
                self.handed_on += not here
                return None
        names = lookup.projection
        pvar, ovar = lookup.predicate_var, lookup.object_var
        if names == (pvar, ovar):  # the commonest projection: SELECT ?p ?o
            rows = [(quad.predicate, quad.object) for quad in taken]
        else:
            rows = [tuple(quad.predicate if name == pvar else quad.object if name == ovar
                          else None for name in names) for quad in taken]
        fmt = negotiation.choose("solutions", req.accept, req.format)  # 406/400 as a worker's
        if fmt.name == "json":  # the commonest answer, built in one go
            body = json_document(list(names), rows)
            if len(body) > HEAD_BUFFER:  # huge values: a worker streams them
                self.handed_on += not here
                return None
            headers = {"KG-Max-Rows": str(req.max_rows), "KG-Result-Rows": str(len(rows))}
            self.answered += 1
            return Answer(fmt.content_type, headers, body=body, snapshot="lookup")
        out: list[tuple] = []
        evaluate_solutions(SolutionList([ox.Variable(n) for n in names],
                                        [dict(zip(names, row, strict=True)) for row in rows]),
                           req, out.append)
        msg = out[0]
        if msg[0] == "error":
            raise_error(msg)
        if msg[0] != "full":  # longer than HEAD_BUFFER (huge values): a worker streams it
            self.handed_on += not here
            return None
        self.answered += 1
        return Answer(msg[1], msg[2], body=msg[3], snapshot="lookup")


__all__ = ["Lookups"]
