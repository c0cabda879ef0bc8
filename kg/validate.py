"""The SHACL gate: every load is checked against shapes/*.ttl before anything is written.

Two engines give the same results:

* `compiled` (default): each SHACL Core constraint of our shapes is compiled once into a SPARQL
  query that selects the violating (focus node, value) pairs, and the queries run in Oxigraph over
  a small in-memory store holding only the incoming data plus the store context it refers to.
  Only focus nodes of the incoming data are checked, so the cost of validating one article does
  not grow with the store, and Oxigraph releases the GIL so batches validate on several threads.
* `pyshacl`: the reference implementation, for shapes that use components the compiler does not
  know (the compiled engine then refuses with UnsupportedShape, naming `--engine pyshacl`) and for
  the test that pins both engines to the same results.

Results are typed (`ValidationResult`) and render as text for people, JSON, or the standard
SHACL validation report in Turtle.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg import namespaces as ns
from kg import packagedata
from kg.errors import InputError
from kg.wellformed import LiteralProblem, literal_results, store_literal_results

SH = ns.SH
VIOLATION = SH + "Violation"
WARNING = SH + "Warning"
INFO = SH + "Info"
#: The component of results about the record format (kg/schema/record.schema.json), which
#: `kg validate` reports beside the SHACL results: the input is unusable as it is (exit 2).
RECORD_FORMAT = "urn:kg:check:record-format"
INCOMING = NamedNode("urn:kg:validation:incoming")
CONTEXT = NamedNode("urn:kg:validation:context")

# Datatypes whose lexical form Oxigraph can check by casting: an ill-formed value fails the cast.
_CASTABLE = {ns.XSD + t for t in ("integer", "decimal", "double", "float", "boolean", "date",
                                  "dateTime", "gYear", "gYearMonth", "string")}


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result: which node, which property, which value, how bad, and why."""

    focus: str
    path: str | None
    value: str | None
    severity: str
    message: str
    component: str
    shape: str
    source: str | None = None  # the input file
    article: str | None = None  # the article id, when the focus belongs to one

    @property
    def is_violation(self) -> bool:
        return self.severity == VIOLATION

    def severity_name(self) -> str:
        return self.severity.rsplit("#", 1)[-1]

    def to_json(self) -> dict:
        return {"severity": self.severity_name(), "focus": self.focus, "path": self.path,
                "value": self.value, "message": self.message,
                "component": self.component.rsplit("#", 1)[-1], "shape": self.shape,
                "source": self.source, "article": self.article}


#: Components whose violations more data elsewhere cannot take back: a bad value stays bad and
#: a count of values only grows. (A missing value, an unknown class or a SPARQL rule may be
#: satisfied by triples not yet seen.) kg.chunked reports these at once, the others at the end.
MONOTONE_COMPONENTS = frozenset(SH + c + "ConstraintComponent" for c in (
    "Datatype", "NodeKind", "Pattern", "MinInclusive", "MaxInclusive", "MinExclusive",
    "MaxExclusive", "In", "MaxCount", "Disjoint", "Or"))


@dataclass
class ValidationReport:
    results: list[ValidationResult] = field(default_factory=list)
    checked_nodes: int = 0

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.is_violation]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if not r.is_violation]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def extend(self, other: ValidationReport) -> None:
        self.results.extend(other.results)
        self.checked_nodes += other.checked_nodes

    def to_json(self) -> dict:
        return {"conforms": self.conforms, "violations": len(self.violations),
                "warnings": len(self.warnings), "checked_nodes": self.checked_nodes,
                "results": [r.to_json() for r in self.results]}

    def to_text(self, limit: int | None = 50) -> str:
        lines = []
        shown = sorted(self.results, key=lambda r: (not r.is_violation, r.source or "", r.focus))
        for r in shown[:limit] if limit else shown:
            where = r.source or "?"
            if r.article:
                where += f", article {r.article}"
            path = (r.path or "").strip("<>").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            lines.append(f"{r.severity_name().upper()} {where}\n  node: {r.focus}\n"
                         f"  property: {path or '-'}   value: {r.value or '-'}\n  {r.message}")
        if limit and len(shown) > limit:
            lines.append(f"... and {len(shown) - limit} more (kg validate --format json lists all)")
        counts: dict[tuple[str, str], int] = {}
        for r in self.results:
            key = (r.severity_name(), r.message)
            counts[key] = counts.get(key, 0) + 1
        if len(self.results) > 1:
            lines.append("by message:")
            lines += [f"  {n:>6} {sev}: {msg}" for (sev, msg), n in
                      sorted(counts.items(), key=lambda kv: -kv[1])[:15]]
        lines.append(f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s) "
                     f"on {self.checked_nodes} checked node(s)")
        return "\n".join(lines)

    def to_turtle(self) -> str:
        """The standard SHACL validation report (sh:ValidationReport) as Turtle."""
        sh = ns._NS(SH)
        triples = []
        report = BlankNode()
        triples.append(ox.Triple(report, ns.rdf.type, sh.ValidationReport))
        triples.append(ox.Triple(report, sh.conforms,
                                 Literal(str(self.conforms).lower(), datatype=ns.xsd.boolean)))
        for r in self.results:
            node = BlankNode()
            triples += [ox.Triple(report, sh.result, node),
                        ox.Triple(node, ns.rdf.type, sh.ValidationResult),
                        ox.Triple(node, sh.focusNode, _term(r.focus)),
                        ox.Triple(node, sh.resultSeverity, NamedNode(r.severity)),
                        ox.Triple(node, sh.sourceConstraintComponent, NamedNode(r.component)),
                        ox.Triple(node, sh.sourceShape, _term(r.shape)),
                        ox.Triple(node, sh.resultMessage, Literal(r.message))]
            if r.path:
                triples.append(ox.Triple(node, sh.resultPath, _path_term(r.path, triples)))
            if r.value is not None:
                triples.append(ox.Triple(node, sh.value, _term(r.value)))
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                            prefixes={"sh": SH, "kg": ns.KG, "kgid": ns.ID}).decode()


def _term(text: str):
    """Rebuild a term from its N-Triples form (results keep terms as N-Triples strings)."""
    if text.startswith("<") and text.endswith(">"):
        return NamedNode(text[1:-1])
    if text.startswith("_:"):
        return BlankNode(text[2:])
    try:
        return next(iter(ox.parse(f"<urn:s> <urn:p> {text} .", format=ox.RdfFormat.N_TRIPLES))).object
    except (SyntaxError, StopIteration):
        return Literal(text)


def _path_term(path: str, triples: list) -> object:
    """A compiled SPARQL path (`<p>`, `^<p>`, `<p>/<q>`) back to a SHACL path node."""
    steps = [p for p in path.split(">/") if p]
    if len(steps) > 1:
        nodes = [_path_term(st if st.endswith(">") else st + ">", triples) for st in steps]
        head = ns.rdf.nil
        for node in reversed(nodes):
            cell = BlankNode()
            triples += [ox.Triple(cell, ns.rdf.first, node), ox.Triple(cell, ns.rdf.rest, head)]
            head = cell
        return head
    if path.startswith("^"):
        node = BlankNode()
        triples.append(ox.Triple(node, NamedNode(SH + "inversePath"), _path_term(path[1:], triples)))
        return node
    return NamedNode(path.strip("<>"))


# --- shapes -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CompiledConstraint:
    shape: str
    component: str
    path: str | None  # SPARQL property path text, None for node-level constraints
    target_class: str
    severity: str
    message: str
    query: str
    selects_value: bool = True
    # How a screening query (ConstraintGroup) tests this constraint together with the others of
    # its class and path: a count bound, or the FILTER condition true for a bad ?value.
    min_count: int | None = None
    max_count: int | None = None
    condition: str | None = None
    value_class: str | None = None  # sh:class: the class its values must have (Shapes.supers)


class UnsupportedShape(InputError):
    """A shape uses a SHACL feature the compiler does not translate (use the pyshacl engine)."""

    code = "unsupported_shape"


def default_shape_files() -> list[Path]:
    return packagedata.shape_files()


def default_ontology_files() -> list[Path]:
    return packagedata.ontology_files()


def _read_graph(paths: Sequence[Path]) -> ox.Store:
    store = ox.Store()
    for p in paths:
        try:
            store.load(path=str(p), format=ox.RdfFormat.TURTLE, base_iri=p.resolve().as_uri())
        except SyntaxError as exc:
            raise InputError(f"malformed shapes/ontology Turtle: {exc}", location=str(p)) from exc
    return store


def _one(store: ox.Store, s, p):
    for q in store.quads_for_pattern(s, p, None, None):
        return q.object
    return None


def _all(store: ox.Store, s, p):
    return [q.object for q in store.quads_for_pattern(s, p, None, None)]


def _list(store: ox.Store, head) -> list:
    items = []
    nil = ns.rdf.nil
    while head is not None and head != nil:
        items.append(_one(store, head, ns.rdf.first))
        head = _one(store, head, ns.rdf.rest)
    return items


def _compile_path(store: ox.Store, node) -> str:
    if isinstance(node, NamedNode):
        return str(node)
    inverse = _one(store, node, NamedNode(SH + "inversePath"))
    if inverse is not None:
        return "^" + _compile_path(store, inverse)
    if _one(store, node, ns.rdf.first) is not None:
        return "/".join(_compile_path(store, n) for n in _list(store, node))
    raise UnsupportedShape(f"unsupported sh:path {node}")


SPARQL_COMPONENT = SH + "SPARQLConstraintComponent"
FOCUS = NamedNode("urn:kg:validation:focus")
FOCUS_OF = NamedNode("urn:kg:validation:focusOf")
SUPERS = NamedNode("urn:kg:validation:supers")  # class -> itself and its superclasses
SUPER = NamedNode("urn:kg:validation:super")


def _focus(var: str, cls: str) -> str:
    """Focus nodes of a target class: precomputed per batch (see Validator.validate), so each
    query starts from a plain lookup instead of a subclass path per node."""
    return f"GRAPH {FOCUS} {{ {var} {FOCUS_OF} <{cls}> }}"


def _lacking_class(cls: str) -> str:
    """Removes a bound ?value that has the class (a type of it, or a subclass: SUPERS): what is
    left is what `NOT EXISTS { ?value a ?class ... }` keeps, found by one anti-join."""
    return f"MINUS {{ ?value a ?class . GRAPH {SUPERS} {{ ?class {SUPER} <{cls}> }} }}"


def _datatype_ok(dt: str) -> str:
    cond = f"(isLiteral(?value) && datatype(?value) = <{dt}>"
    if dt in _CASTABLE:
        cond += ("" if dt == ns.XSD + "string" else
                 f" && !sameTerm(COALESCE(<{dt}>(STR(?value)), <urn:kg:ill-formed>), <urn:kg:ill-formed>)")
    return cond + ")"


_NODE_KINDS = {
    "IRI": "isIRI(?value)", "Literal": "isLiteral(?value)", "BlankNode": "isBlank(?value)",
    "BlankNodeOrIRI": "(isBlank(?value) || isIRI(?value))",
    "IRIOrLiteral": "(isIRI(?value) || isLiteral(?value))",
    "BlankNodeOrLiteral": "(isBlank(?value) || isLiteral(?value))",
}
_KNOWN = {SH + n for n in (
    "path", "minCount", "maxCount", "datatype", "class", "nodeKind", "pattern", "flags",
    "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "in", "hasValue", "disjoint",
    "or", "severity", "message", "name", "description", "order", "group", "sparql", "property",
    "targetClass", "deactivated", "defaultValue")}


def _value_filter_constraints(store, ps, path: str) -> list[tuple[str, str, str | None]]:
    """(component, FILTER condition that is true for a *bad* ?value, the class of sh:class)
    for value-level constraints."""
    out = []
    sh = lambda n: NamedNode(SH + n)  # noqa: E731
    dt = _one(store, ps, sh("datatype"))
    if dt is not None:
        out.append(("DatatypeConstraintComponent", f"!{_datatype_ok(dt.value)}", None))
    or_list = _one(store, ps, sh("or"))
    if or_list is not None:
        alts = []
        for alt in _list(store, or_list):
            alt_dt = _one(store, alt, sh("datatype"))
            if alt_dt is None or len(list(store.quads_for_pattern(alt, None, None, None))) != 1:
                raise UnsupportedShape("sh:or is compiled only as a list of {sh:datatype X}")
            alts.append(_datatype_ok(alt_dt.value))
        out.append(("OrConstraintComponent", f"!({' || '.join(alts)})", None))
    for cls in _all(store, ps, sh("class")):
        # A type of the value, or a subclass of it (SUPERS: the ontology's closure, reflexive).
        out.append(("ClassConstraintComponent",
                    f"NOT EXISTS {{ ?value a ?class . GRAPH {SUPERS} {{ ?class {SUPER} {cls} }} }}",
                    cls.value))
    kind = _one(store, ps, sh("nodeKind"))
    if kind is not None:
        out.append(("NodeKindConstraintComponent", f"!{_NODE_KINDS[kind.value.rsplit('#', 1)[1]]}",
                    None))
    pattern = _one(store, ps, sh("pattern"))
    if pattern is not None:
        flags = _one(store, ps, sh("flags"))
        args = f"{Literal(pattern.value)}" + (f", {Literal(flags.value)}" if flags else "")
        out.append(("PatternConstraintComponent",
                    f"(isBlank(?value) || !regex(str(?value), {args}))", None))
    for comp, op in (("minInclusive", ">="), ("maxInclusive", "<="), ("minExclusive", ">"),
                     ("maxExclusive", "<")):
        bound = _one(store, ps, sh(comp))
        if bound is not None:
            out.append((comp[0].upper() + comp[1:] + "ConstraintComponent",
                        f"!COALESCE(?value {op} {bound}, false)", None))
    in_list = _one(store, ps, sh("in"))
    if in_list is not None:
        members = " || ".join(f"sameTerm(?value, {m})" for m in _list(store, in_list))
        out.append(("InConstraintComponent", f"!({members or 'false'})", None))
    return out


def compile_shapes(shape_files: Sequence[Path]) -> list[CompiledConstraint]:
    """Translate every constraint of the shapes into one violation-selecting SPARQL query."""
    store = _read_graph(shape_files)
    sh = lambda n: NamedNode(SH + n)  # noqa: E731
    prefixes = "".join(
        f"PREFIX {_one(store, d, sh('prefix')).value}: <{_one(store, d, sh('namespace')).value}>\n"
        for d in _all_subjects(store, sh("declare")))
    out: list[CompiledConstraint] = []
    for q in store.quads_for_pattern(None, sh("targetClass"), None, None):
        node_shape, cls = q.subject, q.object.value
        node_sev = (_one(store, node_shape, sh("severity")) or NamedNode(VIOLATION)).value
        shapes = [(ps, True) for ps in _all(store, node_shape, sh("property"))]
        shapes.append((node_shape, False))
        for ps, is_property in shapes:
            if _one(store, ps, sh("deactivated")) == Literal("true", datatype=ns.xsd.boolean):
                continue
            for pq in store.quads_for_pattern(ps, None, None, None):
                if pq.predicate.value.startswith(SH) and pq.predicate.value not in _KNOWN:
                    raise UnsupportedShape(f"{ps} uses {pq.predicate.value}")
            severity = (_one(store, ps, sh("severity")) or NamedNode(node_sev)).value
            msg_node = _one(store, ps, sh("message"))
            default_msg = msg_node.value if msg_node is not None else None
            shape_id = str(ps)
            out.extend(_compile_sparql(store, ps, cls, severity, default_msg, shape_id, prefixes))
            if not is_property:
                continue
            path = _compile_path(store, _one(store, ps, sh("path")))

            def add(component, query, message, path=path, shape_id=shape_id, cls=cls,
                    severity=severity, default_msg=default_msg, **screen):
                out.append(CompiledConstraint(shape_id, SH + component, path, cls, severity,
                                              default_msg or message or component, query,
                                              query.startswith("SELECT ?focus ?value"), **screen))

            f = _focus("?focus", cls)
            lo = _one(store, ps, sh("minCount"))
            if lo is not None and int(lo.value) > 0:
                add("MinCountConstraintComponent",
                    f"SELECT ?focus WHERE {{ {f} OPTIONAL {{ ?focus {path} ?v }} }} GROUP BY ?focus "
                    f"HAVING (COUNT(DISTINCT ?v) < {int(lo.value)})",
                    f"needs at least {lo.value} value(s)", min_count=int(lo.value))
            hi = _one(store, ps, sh("maxCount"))
            if hi is not None:
                add("MaxCountConstraintComponent",
                    f"SELECT ?focus WHERE {{ {f} ?focus {path} ?v }} GROUP BY ?focus "
                    f"HAVING (COUNT(DISTINCT ?v) > {int(hi.value)})",
                    f"takes at most {hi.value} value(s)", max_count=int(hi.value))
            for comp, cond, value_class in _value_filter_constraints(store, ps, path):
                test = _lacking_class(value_class) if value_class else f"FILTER({cond})"
                add(comp, f"SELECT ?focus ?value WHERE {{ {f} ?focus {path} ?value . {test} }}",
                    None, condition=cond, value_class=value_class)
            for value in _all(store, ps, sh("hasValue")):
                add("HasValueConstraintComponent",
                    f"SELECT ?focus WHERE {{ {f} FILTER NOT EXISTS {{ ?focus {path} {value} }} }}",
                    f"must have the value {value}")
            for other in _all(store, ps, sh("disjoint")):
                add("DisjointConstraintComponent",
                    f"SELECT ?focus ?value WHERE {{ {f} ?focus {path} ?value . "
                    f"?focus {other} ?value }}", None)
    return out


def _all_subjects(store: ox.Store, predicate) -> list:
    return [q.object for q in store.quads_for_pattern(None, predicate, None, None)]


def _compile_sparql(store, shape, cls, severity, default_msg, shape_id, prefixes):
    sh = lambda n: NamedNode(SH + n)  # noqa: E731
    for constraint in _all(store, shape, sh("sparql")):
        select = _one(store, constraint, sh("select"))
        if select is None:
            raise UnsupportedShape(f"{shape}: sh:sparql without sh:select")
        text = select.value.replace("$this", "?this")
        local_prefixes = "".join(
            f"PREFIX {_one(store, d, sh('prefix')).value}: <{_one(store, d, sh('namespace')).value}>\n"
            for pfx in _all(store, constraint, sh("prefixes")) for d in _all(store, pfx, sh("declare")))
        body = text[text.upper().index("SELECT"):]
        msg = _one(store, constraint, sh("message"))
        path = _one(store, shape, sh("path"))
        inner = _where_group(body)
        if inner is not None:
            # $this is pre-bound (SHACL 5.3.1): the body's patterns join the focus pattern in one
            # group, so a FILTER NOT EXISTS { $this ... } sees the focus node. As a subquery it
            # would be evaluated first, with ?this unbound, and such a check never fired.
            query = (f"{prefixes}{local_prefixes}SELECT * WHERE {{ {_focus('?this', cls)} "
                     f"{inner} BIND(?this AS ?focus) }}")
        else:  # a SELECT with solution modifiers (GROUP BY, LIMIT ...) stays a subquery
            query = (f"{prefixes}{local_prefixes}SELECT * WHERE {{ {_focus('?this', cls)} "
                     f"{{ {body} }} BIND(?this AS ?focus) }}")
        yield CompiledConstraint(shape_id, SH + "SPARQLConstraintComponent",
                                 _compile_path(store, path) if path is not None else None, cls,
                                 severity, (msg.value if msg is not None else default_msg) or
                                 "SPARQL constraint failed", query)


def _where_group(select: str) -> str | None:
    """The inside of a SELECT's WHERE group, or None when anything but whitespace follows it
    (solution modifiers) or its braces cannot be matched (braces inside string literals are
    skipped; IRIs cannot hold braces)."""
    start = select.find("{")
    if start < 0:
        return None
    depth, i, quote = 0, start, None
    while i < len(select):
        c = select[i]
        if quote:
            if c == "\\":
                i += 1
            elif select.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c in "\"'":
            quote = c * 3 if select.startswith(c * 3, i) else c
            i += len(quote) - 1
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return select[start + 1:i] if not select[i + 1:].strip() else None
        i += 1
    return None


@dataclass(frozen=True)
class ConstraintGroup:
    """Constraints that walk one path from one target class, screened together: `screen` is an
    ASK query true when any member may select a violation (None: one member, run it as it is).
    A load's data nearly always conforms, so one walk of the path decides for all of them, and
    only a group whose screen says yes runs its members' own queries, which give the results.
    The screen is exact or errs towards yes: it evaluates each member's own count bound or
    FILTER condition on the same (focus, value) solutions the member's query selects from."""

    target_class: str
    members: tuple[int, ...]  # indexes into Shapes.constraints
    screen: str | None = None


def group_constraints(constraints: Sequence[CompiledConstraint]) -> tuple[ConstraintGroup, ...]:
    """One group per (target class, path) for the count and value constraints; every other
    constraint (SPARQL, sh:hasValue, sh:disjoint) is a group of its own."""
    keyed: dict[tuple[str, str], list[int]] = {}
    groups: list[ConstraintGroup] = []
    for i, c in enumerate(constraints):
        if c.path is not None and (c.min_count is not None or c.max_count is not None
                                   or c.condition is not None):
            keyed.setdefault((c.target_class, c.path), []).append(i)
        else:
            groups.append(ConstraintGroup(c.target_class, (i,)))
    for (cls, path), members in keyed.items():
        screen = None if len(members) == 1 else \
            _screen_query(cls, path, [constraints[i] for i in members])
        groups.append(ConstraintGroup(cls, tuple(members), screen))
    return tuple(groups)


def _screen_query(cls: str, path: str, members: list[CompiledConstraint]) -> str:
    """One ASK for these members: their count bounds and FILTER conditions over one walk of the
    path, and a branch per sh:class member (its values lacking the class, by MINUS)."""
    f = _focus("?focus", cls)
    conditions = [c.condition for c in members if c.condition is not None and c.value_class is None]
    bounds = [f"COUNT(DISTINCT ?value) < {c.min_count}" for c in members
              if c.min_count is not None]
    bounds += [f"COUNT(DISTINCT ?value) > {c.max_count}" for c in members
               if c.max_count is not None]
    bad = " || ".join(f"({c})" for c in conditions)
    branches = []
    if bounds:
        if conditions:  # inside the OPTIONAL: evaluated only with ?value bound to a value
            bounds.append("SUM(COALESCE(?bad, 0)) > 0")
            flag = f" BIND(IF(COALESCE({bad}, false), 1, 0) AS ?bad)"
        else:
            flag = ""
        branches.append(f"{{ SELECT ?focus WHERE {{ {f} OPTIONAL {{ ?focus {path} ?value{flag} }} }} "
                        f"GROUP BY ?focus HAVING ({' || '.join(bounds)}) }}")
    elif conditions:
        branches.append(f"{{ {f} ?focus {path} ?value . FILTER({bad}) }}")
    # A class test as a FILTER NOT EXISTS looks up each value's types one by one; MINUS anti-joins
    # the values with the nodes of the class once: the same values, 35% less CPU (a 1M load's chunk).
    branches += [f"{{ {f} ?focus {path} ?value {_lacking_class(c.value_class)} }}"
                 for c in members if c.value_class is not None]
    return f"ASK {{ {' UNION '.join(branches)} }}"


# --- engines ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shapes:
    """Shapes and ontology loaded once: compiled queries plus the subclass axioms they need."""

    shape_files: tuple[Path, ...]
    ontology_files: tuple[Path, ...]
    constraints: tuple[CompiledConstraint, ...]
    schema_triples: tuple[ox.Triple, ...]
    superclasses: dict  # class -> frozenset of itself and all its superclasses
    target_classes: frozenset
    unsupported: UnsupportedShape | None = None  # why the compiled engine cannot run them

    @classmethod
    def load(cls, shape_files: Sequence[Path] | None = None,
             ontology_files: Sequence[Path] | None = None) -> Shapes:
        shape_files = tuple(shape_files or default_shape_files())
        ontology_files = tuple(ontology_files or default_ontology_files())
        if not shape_files:
            raise InputError("no SHACL shapes found", location=str(packagedata.data_dir("shapes")))
        onto = _read_graph(ontology_files)
        schema = tuple(ox.Triple(q.subject, q.predicate, q.object)
                       for q in onto.quads_for_pattern(None, ns.rdfs.subClassOf, None, None))
        try:
            constraints, unsupported = tuple(compile_shapes(shape_files)), None
        except UnsupportedShape as exc:  # the pyshacl engine still runs them
            constraints, unsupported = (), exc
        return cls(shape_files, ontology_files, constraints, schema, _closure(schema),
                   frozenset(NamedNode(c.target_class) for c in constraints), unsupported)

    @cached_property
    def groups(self) -> tuple[ConstraintGroup, ...]:
        return group_constraints(self.constraints)

    @cached_property
    def supers(self) -> tuple[Quad, ...]:
        """The SUPERS helper graph: each class with itself and its superclasses (the
        ontology's subclass closure), and every target class and sh:class class with itself.
        A class constraint and the focus nodes read types through it, so no query walks
        rdfs:subClassOf* and no batch copies its types with their superclasses."""
        pairs = {(c, s) for c, sups in self.superclasses.items() for s in sups}
        named = {NamedNode(c.value_class) for c in self.constraints if c.value_class}
        pairs |= {(c, c) for c in {s for _, s in pairs} | self.target_classes | named}
        return tuple(Quad(c, SUPER, s, SUPERS) for c, s in pairs)


def _closure(subclass_triples) -> dict:
    parents: dict = {}
    for t in subclass_triples:
        parents.setdefault(t.subject, set()).add(t.object)
    closure: dict = {}

    def up(c, seen):
        if c in closure:
            return closure[c]
        out = {c}
        for p in parents.get(c, ()):
            if p not in seen:
                out |= up(p, seen | {p})
        closure[c] = frozenset(out)
        return closure[c]

    for c in list(parents):
        up(c, {c})
    return closure


@cache
def default_shapes() -> Shapes:
    return Shapes.load()


class Validator:
    """Validate incoming quads (plus context triples from the store) against the shapes."""

    def __init__(self, shapes: Shapes | None = None, engine: str = "compiled"):
        self.shapes = shapes or default_shapes()
        if engine not in ("compiled", "pyshacl"):
            raise ValueError(f"unknown validation engine {engine!r}")
        if engine == "compiled" and self.shapes.unsupported is not None:
            exc = self.shapes.unsupported
            raise UnsupportedShape(
                f"the fast SHACL engine cannot compile these shapes: {exc.message}",
                location=", ".join(map(str, self.shapes.shape_files)),
                hint="use the reference engine (kg validate --engine pyshacl), or keep shapes "
                     "to the SHACL Core subset listed in kg/validate.py") from exc
        self.engine = engine
        # Constraints (indexes into shapes.constraints) that found results the last time they
        # ran: they run at once while that lasts, outside their group's screen (_run_constraints).
        self._found: set[int] = set()
        self._screens: dict[tuple[int, ...], str] = {}  # the screen of a group's other members

    def validate(self, quads: Iterable[Quad], context: Iterable[ox.Triple] = ()) -> ValidationReport:
        """The shapes' results for the incoming quads, plus kg's rules for every literal
        (kg.wellformed: well-typed, no NUL, clean display text), on either engine."""
        quads = list(quads)
        if self.engine == "pyshacl":
            report = _validate_pyshacl(self.shapes, quads, list(context))
        else:
            report = self._validate_compiled(quads, list(context))
        _add_problems(report, literal_results(quads))
        return report

    def _validate_compiled(self, quads: list[Quad], context: list[ox.Triple]) -> ValidationReport:
        store = ox.Store()
        store.extend(Quad(q.subject, q.predicate, q.object, INCOMING) for q in quads)
        rdf_type = ns.rdf.type
        incoming_types = {(q.subject, q.object) for q in quads if q.predicate == rdf_type}
        return self._check(store, incoming_types, list(context))

    def validate_store(self, store: ox.Store, context: Iterable[ox.Triple] = (),
                       focus: set | None = None) -> ValidationReport:
        """Validate the data an in-memory store already holds (in any graphs; parsed there
        straight from text, kg.chunked), as `validate` would validate the same quads. With
        `focus`, only those nodes are checked (the others still count as data). The store
        gains the validator's helper graphs."""
        if self.engine != "compiled":
            raise ValueError("validate_store needs the compiled engine")
        if focus is not None:
            incoming_types = {(row[0], row[1]) for row in store.query(
                f"SELECT ?s ?c WHERE {{ GRAPH ?g {{ ?s <{ns.RDF}type> ?c }} }}")}
            return self._check(store, incoming_types, list(context), focus)
        # The same helper graphs as _check builds, made by the engine: a large chunk's types
        # would cost a Python object each.
        incoming = [g for g in store.named_graphs()]
        context = list(context)
        store.extend(Quad(t.subject, t.predicate, t.object, CONTEXT) for t in context)
        store.extend(Quad(t.subject, t.predicate, t.object, CONTEXT) for t in self.shapes.schema_triples)
        store.extend(self.shapes.supers)
        graphs = " ".join(str(g) for g in incoming)
        targets = " ".join(str(t) for t in self.shapes.target_classes)
        if incoming:  # a constant graph each: the engine narrows a scan by it, not by VALUES
            store.update(" ;\n".join(
                f"INSERT {{ GRAPH {FOCUS} {{ ?n {FOCUS_OF} ?s }} }} WHERE {{ GRAPH {g} {{ ?n a ?c }} "
                f"GRAPH {SUPERS} {{ ?c {SUPER} ?s }} VALUES ?s {{ {targets} }} }}" for g in incoming))
        # A class with no focus node here has nothing to report: its queries are skipped.
        present = {row[0].value for row in store.query(
            f"SELECT DISTINCT ?s WHERE {{ GRAPH {FOCUS} {{ ?n {FOCUS_OF} ?s }} }}")}
        report = self._run_constraints(store, present)
        _add_problems(report, store_literal_results(store, incoming))
        for row in store.query(f"SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE {{ VALUES ?g {{ {graphs} }} "
                               f"GRAPH ?g {{ ?n a ?c }} }}"):
            report.checked_nodes = int(row[0].value)
        return report

    def _check(self, store: ox.Store, incoming_types: set, context: list[ox.Triple],
               focus: set | None = None) -> ValidationReport:
        """Run the compiled constraints over `store` (the incoming data) plus `context`."""
        store.extend(Quad(t.subject, t.predicate, t.object, CONTEXT) for t in context)
        store.extend(Quad(t.subject, t.predicate, t.object, CONTEXT) for t in self.shapes.schema_triples)
        # The subclass closure, and focus nodes per target class, computed once here so that no
        # compiled query walks rdfs:subClassOf* per node.
        supers, targets = self.shapes.superclasses, self.shapes.target_classes
        store.extend(self.shapes.supers)
        if focus is not None:
            incoming_types = {(node, cls) for node, cls in incoming_types if node in focus}
        focus_of = {(node, sup) for node, cls in incoming_types
                    for sup in supers.get(cls, (cls,)) if sup in targets}
        store.extend(Quad(node, FOCUS_OF, sup, FOCUS) for node, sup in focus_of)
        # A constraint of a class with no focus node here has nothing to report: skip its query
        # (records bring no event nodes, events bring no articles).
        report = self._run_constraints(store, {sup.value for _, sup in focus_of})
        report.checked_nodes = len({node for node, _ in incoming_types})
        return report

    def _run_constraints(self, store: ox.Store, present: set[str] | None = None
                         ) -> ValidationReport:
        """Every compiled constraint over the store's union graph (data and helper graphs);
        with `present`, only those of the target classes present."""
        report = ValidationReport()
        seen = set()
        run: set[int] = set()
        screened_out: set[int] = set()
        for group in self.shapes.groups:
            if present is not None and group.target_class not in present:
                continue
            # A screen only spares its members' queries when it says no. A member that found
            # results the last time (a load's warnings recur chunk after chunk: every chunk of
            # the 1M-triple benchmark file has some) would most likely pay for both, so it runs
            # at once, and the screen covers the group's other members only; each member's own
            # query gives its results either way.
            again = [i for i in group.members if i in self._found]
            rest = tuple(i for i in group.members if i not in self._found)
            run.update(again)
            if group.screen is None or len(rest) <= 1 or \
                    store.query(self._screen(group, rest), use_default_graph_as_union=True):
                run.update(rest)
            else:
                screened_out.update(rest)
        found: set[int] = set()
        for i, c in enumerate(self.shapes.constraints):  # in the shapes' order, as before
            if i not in run:
                continue
            solutions = store.query(c.query, use_default_graph_as_union=True)
            names = [v.value for v in solutions.variables]
            for row in solutions:
                focus = str(row["focus"])
                value = row["value"] if c.selects_value and "value" in names else None
                if value is None and c.path is None and c.component == SPARQL_COMPONENT:
                    value = row["focus"]  # a node-level SPARQL constraint's value is the focus
                path = c.path
                if path is None and "path" in names and row["path"] is not None:
                    path = str(row["path"])
                bindings = {n: row[n] for n in names if row[n] is not None}
                bindings.setdefault("this", row["focus"])
                result = ValidationResult(focus, path, str(value) if value is not None else None,
                                          c.severity, _fill_message(c.message, bindings),
                                          c.component, c.shape)
                found.add(i)
                if result not in seen:
                    seen.add(result)
                    report.results.append(result)
        # Members run or screened out this time are marked by what they found; the others (of
        # classes absent here) keep their mark.
        self._found = found | (self._found - run - screened_out)
        return report

    def _screen(self, group: ConstraintGroup, members: tuple[int, ...]) -> str:
        """The screen of these members of a group: the group's own, or one built (once) for
        the members that did not find results the last time."""
        if members == group.members:
            return group.screen
        if members not in self._screens:
            c = self.shapes.constraints
            self._screens[members] = _screen_query(group.target_class, c[members[0]].path,
                                                   [c[i] for i in members])
        return self._screens[members]


def _add_problems(report: ValidationReport, problems: Iterable[LiteralProblem]) -> None:
    """kg's rules for literals (kg.wellformed): the problems the shapes did not report already."""
    reported = {(r.focus, r.path, r.value, r.component) for r in report.results}
    report.results.extend(
        ValidationResult(p.focus, p.path, p.value, VIOLATION, p.message, p.component, p.shape)
        for p in problems if (p.focus, p.path, p.value, p.component) not in reported)


def _fill_message(template: str, bindings: dict) -> str:
    """SHACL message templates: {?var} and {$var} take the solution's value of that variable."""
    if "{" not in template:
        return template
    for name, term in bindings.items():
        text = term.value if isinstance(term, (Literal, NamedNode)) else str(term)
        template = template.replace("{?" + name + "}", text).replace("{$" + name + "}", text)
    return template


def _validate_pyshacl(shapes: Shapes, quads: list[Quad], context: list[ox.Triple]) -> ValidationReport:
    """Reference engine: pyshacl over an rdflib graph of the same data (slow, complete)."""
    import logging

    import pyshacl
    import rdflib

    # rdflib logs a traceback for every ill-typed literal it reads; kg.wellformed reports them.
    logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)

    data = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    data += "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in context)
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt")
    shapes_graph = rdflib.Graph()
    for p in shapes.shape_files:
        shapes_graph.parse(p, format="turtle")
    ont = rdflib.Graph()
    for p in shapes.ontology_files:
        ont.parse(p, format="turtle")
    _, results_graph, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, ont_graph=ont,
                                          inference="none", allow_warnings=True)
    focus_nodes = {str(q.subject) for q in quads if q.predicate == ns.rdf.type}
    SHN = rdflib.Namespace(SH)
    report = ValidationReport(checked_nodes=len(focus_nodes))
    for res in results_graph.subjects(rdflib.RDF.type, SHN.ValidationResult):
        focus = results_graph.value(res, SHN.focusNode).n3()
        if focus not in focus_nodes:
            continue
        path = results_graph.value(res, SHN.resultPath)
        value = results_graph.value(res, SHN.value)
        report.results.append(ValidationResult(
            focus, _rdflib_path(results_graph, path), value.n3() if value is not None else None,
            str(results_graph.value(res, SHN.resultSeverity)),
            str(results_graph.value(res, SHN.resultMessage) or ""),
            str(results_graph.value(res, SHN.sourceConstraintComponent)),
            results_graph.value(res, SHN.sourceShape).n3()))
    return report


def _rdflib_path(graph, path) -> str | None:
    import rdflib

    if path is None:
        return None
    if isinstance(path, rdflib.URIRef):
        return path.n3()
    inv = graph.value(path, rdflib.URIRef(SH + "inversePath"))
    if inv is not None:
        return "^" + _rdflib_path(graph, inv)
    return "/".join(_rdflib_path(graph, p) for p in rdflib.collection.Collection(graph, path))

