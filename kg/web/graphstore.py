"""Writes through the endpoint, and the Graph Store Protocol at /data.

Every write (SPARQL Update, Graph Store PUT/POST/DELETE) passes `WriteGate`, the same SHACL gate
as `kg load`: it computes the would-be content of every graph the write touches, validates it
with `kg.validate.Validator` plus the store context `kg load` uses (`validation_context`), refuses
the write with 422 and the report when it would add a violation, and otherwise applies it in one
transaction. For a SPARQL Update the would-be content comes from running the update on an
in-memory copy of the graphs it names (plus the default graph; all graphs when it names a graph
by variable or says ALL/NAMED).

Graph Store Protocol: indirect identification `/data?graph=<iri>` and `/data?default`, direct
identification `/data/<path>` (the graph IRI is the request URL), `POST /data` creates a new
graph and answers 201 with its IRI in `Location`. The store's default graph is the one
`?default` names (queries at /sparql see the union of all graphs as their default graph).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import pyoxigraph as ox
from flask import Blueprint, Response, request
from pyoxigraph import DefaultGraph, NamedNode, Quad

from kg import sandbox as offline
from kg.errors import (
    InputError,
    NotFoundError,
    QuerySyntaxError,
    RdfSyntaxError,
    StoreError,
    UnsupportedMediaType,
    ValidationFailed,
)
from kg.loader import validation_context
from kg.store import data_block, has_blank_node
from kg.validate import ValidationReport, Validator
from kg.web import negotiation
from kg.web.endpoint import endpoint, require_token
from kg.web.protocol import answer_response, media_type, url_params
from kg.web.querying import QueryRequest
from kg.web.safety import TOKEN, decode_iri_escapes, network_refused, tokens

bp = Blueprint("graphstore", __name__)

Graph = NamedNode | DefaultGraph
_validator: Validator | None = None


def validator() -> Validator:
    global _validator
    if _validator is None:
        _validator = Validator()
    return _validator


# --- which graphs an update names -------------------------------------------------------------

def update_graphs(text: str) -> tuple[set[str], bool, set[str]]:
    """IRIs named in an update (resolved), whether it may touch any graph (GRAPH ?g, ALL), and
    the graphs it CLEARs (clearing a graph that does not exist is not an error here)."""
    from urllib.parse import urljoin

    toks = tokens(text)
    prefixes: dict[str, str] = {}
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


# --- the gate --------------------------------------------------------------------------------

def _key(r) -> tuple:
    return (r.focus, r.path, r.value, r.component, r.shape, r.severity)


class WriteGate:
    """Validate the would-be content of the graphs a write touches; apply it or refuse it."""

    def __init__(self, ep):
        self.ep = ep
        self.store = ep.store

    def _quads(self, graph: Graph) -> set[Quad]:
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
        with self.ep.write_lock:
            self._ensure_base()
            if before is None:
                before = {g: self._quads(g) for g in list(after) + drop}
            changed = {g: q for g, q in after.items() if q != before.get(g, set())}
            changed_drop = [g for g in drop if before.get(g) or self.exists(g)]
            report = self._check(changed, before)
            if not changed and not changed_drop:
                return {"changed": {}, "validation": report.to_json()}
            self._apply(changed, before, changed_drop)
        self.ep.after_write()
        summary = {}
        for g, q in changed.items():
            old = before.get(g, set())
            summary[_name(g)] = {"added": len(q - old), "removed": len(old - q)}
        for g in changed_drop:
            summary[_name(g)] = {"added": 0, "removed": len(before.get(g, ())), "dropped": True}
        return {"changed": summary, "validation": report.to_json()}

    def _check(self, changed: dict[Graph, set[Quad]], before: dict[Graph, set[Quad]]
               ) -> ValidationReport:
        if not changed:
            return ValidationReport()
        new_quads = [q for g, qs in changed.items() for q in _in_graph(qs, g)]
        old_quads = [q for g in changed for q in _in_graph(before.get(g, set()), g)]
        v = validator()
        after_report = v.validate(new_quads, validation_context(self.store, new_quads))
        if not after_report.results:
            return after_report
        old_keys = set()
        if old_quads:
            old_keys = {_key(r) for r in
                        v.validate(old_quads, validation_context(self.store, old_quads)).results}
        added = ValidationReport(checked_nodes=after_report.checked_nodes)
        added.results = [r for r in after_report.results if _key(r) not in old_keys]
        if not added.conforms:
            raise ValidationFailed(
                f"write refused: it would add {len(added.violations)} SHACL violation(s); "
                f"nothing was written", added,
                hint="fix the data (see the report); the same shapes gate `kg load`")
        return added

    def _ensure_base(self) -> None:
        """The ontology and gazetteer graphs validation needs as context (as `kg load` does)."""
        if getattr(self.ep, "base_checked", False):
            return
        from kg.loader import ensure_base_graphs

        if ensure_base_graphs(self.store):
            self.ep.after_write()
        self.ep.base_checked = True

    def _apply(self, changed, before, drop) -> None:
        ops = [f"DROP SILENT GRAPH {g}" for g in drop]
        remove: list[Quad] = []
        insert: list[Quad] = []
        for g, after in changed.items():
            old = before.get(g, set())
            if any(has_blank_node(q) for q in old):
                ops.append("CLEAR SILENT DEFAULT" if isinstance(g, DefaultGraph)
                           else f"CLEAR SILENT GRAPH {g}")
                insert.extend(after)
            else:
                remove.extend(old - after)
                insert.extend(after - old)
        if remove:
            ops.append(f"DELETE DATA {{\n{data_block(remove)}\n}}")
        if insert:
            ops.append(f"INSERT DATA {{\n{data_block(insert)}\n}}")
        for g, after in changed.items():  # an emptied named graph still exists (GSP PUT of nothing)
            if isinstance(g, NamedNode) and not after:
                ops.append(f"CREATE SILENT GRAPH {g}")
        if not ops:
            return
        try:
            self.store.update(" ;\n".join(ops))
        except (QuerySyntaxError, OSError) as exc:
            raise StoreError(f"the write failed, nothing was written: {exc}") from exc

    # SPARQL Update -------------------------------------------------------------------------
    def update(self, text: str, base_iri: str | None = None, network: bool = False) -> dict:
        """Run the update on an in-memory copy of the graphs it names, gate, apply. The copy is
        updated without network (kg.sandbox) unless the scan found allow-listed LOAD/SERVICE
        targets (`network`)."""
        iris, wildcard, cleared = update_graphs(text)
        with self.ep.write_lock:
            self._ensure_base()
            if wildcard:
                graphs: list[Graph] = list(self.store.named_graphs())
            else:
                graphs = [NamedNode(i) for i in sorted(iris) if _is_iri(i)
                          and self.store.graph_exists(NamedNode(i))]
            graphs.append(DefaultGraph())
            before = {g: self._quads(g) for g in graphs}
            sandbox = ox.Store()
            sandbox.extend(q for qs in before.values() for q in qs)
            for g in graphs:
                if isinstance(g, NamedNode):
                    sandbox.add_graph(g)
            for iri in cleared:
                if _is_iri(iri):
                    sandbox.add_graph(NamedNode(iri))
            try:
                if network:
                    sandbox.update(text, base_iri=base_iri)
                else:
                    offline.run_offline(sandbox.update, text, base_iri=base_iri)
            except SyntaxError as exc:
                raise QuerySyntaxError(f"invalid SPARQL update: {exc}",
                                       hint="check the update near the position named") from exc
            except (OSError, RuntimeError, ValueError) as exc:
                refused = network_refused(exc)
                if refused is not None:
                    raise refused from exc
                raise InputError(f"the update failed: {exc}") from exc
            after: dict[Graph, set[Quad]] = {DefaultGraph(): set(
                sandbox.quads_for_pattern(None, None, None, DefaultGraph()))}
            names = set(sandbox.named_graphs())
            for g in names | {g for g in graphs if isinstance(g, NamedNode)}:
                after[g] = set(sandbox.quads_for_pattern(None, None, None, g)) if g in names else set()
            dropped = [g for g in graphs if isinstance(g, NamedNode) and g not in names]
            for iri in cleared:  # a graph only the CLEAR named: leave the store as it was
                node = NamedNode(iri) if _is_iri(iri) else None
                if node is not None and node not in before and not after.get(node):
                    after.pop(node, None)
            for g in dropped:
                after.pop(g, None)
            for g in after:
                before.setdefault(g, set())
            return self.commit(after, before, drop=dropped)


def _is_iri(text: str) -> bool:
    try:
        NamedNode(text)
        return ":" in text
    except ValueError:
        return False


def _name(g: Graph) -> str:
    return "(default graph)" if isinstance(g, DefaultGraph) else g.value


def _in_graph(quads: Iterable[Quad], g: Graph) -> Iterable[Quad]:
    """Quads for the validator: default-graph triples are validated as a graph of their own."""
    if isinstance(g, DefaultGraph):
        target = NamedNode("urn:kg:default-graph")
        return [Quad(q.subject, q.predicate, q.object, target) for q in quads]
    return quads




# --- Graph Store Protocol ------------------------------------------------------------------------

def _target(path: str | None) -> Graph | None:
    """The graph a GSP request names, or None for the graph store itself."""
    if path is not None:
        return NamedNode(request.base_url)
    params = url_params()
    graph = params.one("graph")
    has_default = any(k == "default" for k, _ in params.pairs)
    if graph is not None and has_default:
        raise InputError("name either ?graph=<iri> or ?default, not both")
    if has_default:
        return DefaultGraph()
    if graph is not None:
        try:
            node = NamedNode(graph)
        except ValueError as exc:
            raise InputError(f"graph={graph!r} is not an absolute IRI") from exc
        if ":" not in graph:
            raise InputError(f"graph={graph!r} is not an absolute IRI")
        return node
    return None


def _parse_body(graph: Graph) -> list[Quad]:
    mt, params = media_type()
    if mt.startswith("multipart/form-data"):
        quads: list[Quad] = []
        for f in request.files.values():
            ftype = (f.mimetype or "").lower()
            quads.extend(_parse_rdf(f.read(), ftype, graph))
        return quads
    return _parse_rdf(request.get_data(cache=True), mt, graph, params.get("charset"))


def _parse_rdf(data: bytes, mt: str, graph: Graph, charset: str | None = None) -> list[Quad]:
    fmt_name = negotiation.RDF_INPUT_TYPES.get(mt)
    if fmt_name is None:
        raise UnsupportedMediaType(
            f"the Graph Store does not take {mt or 'a body without Content-Type'}",
            hint="send Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML with its media type")
    if charset and charset.lower() not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"RDF bodies must be UTF-8, not charset={charset}")
    fmt = getattr(ox.RdfFormat, fmt_name)
    base = request.base_url if isinstance(graph, DefaultGraph) else graph.value
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        # No loader is given: a remote JSON-LD @context is refused, never fetched. The RDF/XML
        # parser does not expand external entities.
        parsed = list(ox.parse(data, format=fmt, base_iri=base))
    except SyntaxError as exc:
        hint = None
        if "LoadDocumentCallback" in str(exc) or "context" in str(exc).lower():
            hint = "kg never fetches remote JSON-LD contexts: inline the @context"
        raise RdfSyntaxError(f"malformed {fmt_name.replace('_', '-')}: {exc}", hint=hint) from exc
    except (ValueError, OSError) as exc:
        raise RdfSyntaxError(f"cannot read the {fmt_name} body: {exc}") from exc
    out = []
    for q in parsed:
        if isinstance(q, ox.Triple):
            out.append(Quad(q.subject, q.predicate, q.object, graph))
        else:
            out.append(Quad(q.subject, q.predicate, q.object, graph))  # GSP: the named graph wins
    return out


@bp.route("/data", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"],
          defaults={"path": None})
@bp.route("/data/<path:path>", methods=["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"])
def graph_store(path):
    if request.method == "OPTIONS":
        resp = Response(status=204)
        resp.headers["Allow"] = "GET, HEAD, PUT, POST, DELETE, OPTIONS"
        resp.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Accept"
        return resp
    ep = endpoint()
    graph = _target(path)
    if request.method in ("GET", "HEAD"):
        if graph is None:
            return _list_graphs(ep)
        gate = WriteGate(ep)
        if not gate.exists(graph):
            raise NotFoundError(f"no graph {_name(graph)} in the store")
        params = url_params()
        fmt = negotiation.choose("graph", request.headers.get("Accept"),
                                 negotiation.format_param(params.all("format")))
        if isinstance(graph, DefaultGraph):
            q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        answer = ep.run_query(QueryRequest(query=q, format=fmt.name, union_default=False,
                                           max_rows=ep.settings.max_rows))
        return answer_response(answer)
    require_token()
    gate = WriteGate(ep)
    if request.method == "DELETE":
        if graph is None:
            raise InputError("DELETE needs ?graph=<iri>, ?default or a graph path")
        if not gate.exists(graph):
            raise NotFoundError(f"no graph {_name(graph)} in the store")
        if isinstance(graph, DefaultGraph):
            gate.commit({graph: set()})
        else:
            gate.commit({}, drop=[graph])
        return Response(status=204)
    if graph is None:
        if request.method != "POST":
            raise InputError("PUT needs ?graph=<iri>, ?default or a graph path")
        graph = NamedNode(request.url_root.rstrip("/") + "/data/" + uuid.uuid4().hex)
        gate.commit({graph: set(_parse_body(graph))})
        resp = Response(status=201)
        resp.headers["Location"] = graph.value
        return resp
    quads = set(_parse_body(graph))
    existed = gate.exists(graph)
    if request.method == "PUT":
        summary = gate.commit({graph: quads})
    else:  # POST: merge
        with ep.write_lock:
            summary = gate.commit({graph: gate._quads(graph) | quads})
    status = 201 if not existed else 200
    from flask import json

    return Response(json.dumps(summary) + "\n", status=status, mimetype="application/json")


def _list_graphs(ep) -> Response:
    from flask import json

    graphs = sorted(g.value for g in ep.store.named_graphs())
    return Response(json.dumps({"graphs": graphs}) + "\n", mimetype="application/json")


__all__ = ["WriteGate", "apply_using", "bp", "update_graphs"]
