"""Analyst pages: query editor, linked-data pages (entity, event, article), ontology; the
validation page lives in kg.web.validation_page, on a blueprint of its own.

Every IRI kg mints (`https://kg.example.org/id/...`) dereferences here at `/id/...`: browsers get
HTML, RDF clients get Turtle, JSON-LD, N-Triples or RDF/XML by `Accept` (or `?format=`), always on
the same URL (content negotiation with `Vary: Accept`, no redirect).

Pages are rendered on the server with Jinja (autoescape on, no `|safe` on data), so every label
and quote is text, never markup. The query page runs in the browser: the YASGUI editor (YASQE,
vendored under static/vendor/, never from a CDN) and our own small results table and SVG charts
(static/kg/query.js) talking to the SPARQL endpoint at /sparql.

Pages query the store directly with small, bounded queries (point look-ups, LIMIT/OFFSET pages),
so an entity with 10,000 facts renders one page of its table, not all of them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from pyoxigraph import Literal, NamedNode

from kg import namespaces as ns
from kg import packagedata
from kg.web.endpoint import endpoint

bp = Blueprint("pages", __name__, template_folder="templates")

PAGE_SIZE = 50
MAX_UPLOAD_BYTES = 5 * 1024 * 1024

# The four fact kinds, their colours (CSS classes kind-<slug>) and the fields shown in summaries.
KINDS = {
    ns.KG + "Strike": "strike",
    ns.KG + "ArmsTransfer": "transfer",
    ns.KG + "Treaty": "treaty",
    ns.KG + "LeaderRole": "role",
}
KIND_LABELS = {"strike": "Strike", "transfer": "Arms transfer", "treaty": "Treaty",
               "role": "Leader role"}
DATE_PROPS = (ns.KG + "date", ns.KG + "signedOn", ns.SCHEMA + "startDate")
HIDDEN_FACT_PROPS = {ns.KG + "hasEvidence", ns.RDF + "type"}
# Labels for the few non-kg properties pages show (the ontology labels the rest).
EXTRA_LABELS = {ns.PROV + "wasDerivedFrom": "source article", ns.OWL + "sameAs": "same as",
                ns.RDFS + "label": "label", ns.SKOS + "altLabel": "also called",
                ns.SCHEMA + "containedInPlace": "part of", ns.RDF + "type": "type"}

# --- RDF media types for content negotiation ----------------------------------------------------

RDF_MEDIA = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_ALIASES = {"ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json",
                  "json-ld": "application/ld+json", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "rdf": "application/rdf+xml",
                  "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
                  "html": "text/html"}


def init_app(app) -> None:
    app.jinja_env.globals["kg_nav"] = [("pages.query_page", "Query"),
                                       ("pages.ontology_page", "Ontology"),
                                       ("validation.validate_page", "Validate")]
    app.jinja_env.filters["kg_short"] = short_iri
    app.jinja_env.filters["kg_href"] = local_href
    app.jinja_env.filters["kg_nt"] = nt_text
    # GET /sparql from a browser shows the query page (kg.web.sparql calls this hook).
    app.extensions["kg_sparql_html"] = render_query_page


# --- store access -------------------------------------------------------------------------------

def get_store():
    """The app's store (kg.web.endpoint owns its life cycle)."""
    return endpoint().store


def settings():
    return current_app.config["KG_SETTINGS"]


def _select(sparql: str) -> list[dict]:
    """Run a SELECT with the project prefixes; rows as {var: term} dicts (unbound vars absent)."""
    results = get_store().query(ns.sparql_prefixes() + sparql)
    names = [v.value for v in results.variables]
    rows = []
    for sol in results:
        row = {}
        for name in names:
            term = sol[name]
            if term is not None:
                row[name] = term
        rows.append(row)
    return rows


def _iri(value: str) -> NamedNode:
    try:
        return NamedNode(value)
    except ValueError:
        abort(_html("notfound.html", 404, iri=value))


# --- IRIs and links ---------------------------------------------------------------------------

def _base() -> str:
    return ns.BASE


def local_href(iri: str | None) -> str | None:
    """Our page for an IRI kg mints (/id/..., /ontology#..., /concept/...), else the IRI itself."""
    if not iri:
        return None
    base = _base()
    if iri.startswith(base):
        rest = iri[len(base):]
        if rest.startswith(("id/", "concept/")) or rest.startswith("ontology"):
            return "/" + rest
        if rest.startswith("graph/"):  # a named graph: its RDF from the Graph Store Protocol
            return "/data?graph=" + quote(iri, safe="")
    return iri if iri.startswith(("http://", "https://")) else None


def short_iri(iri: str | None) -> str:
    if not iri:
        return ""
    for prefix, base in ns.PREFIXES.items():
        if iri.startswith(base) and re.fullmatch(r"[A-Za-z0-9_./-]*", iri[len(base):]):
            return f"{prefix}:{iri[len(base):]}"
    return iri


@dataclass
class Value:
    """A term ready for a template: text, an optional link, and its datatype or language."""

    text: str
    href: str | None = None
    iri: str | None = None
    note: str = ""

    @property
    def external(self) -> bool:
        return bool(self.href) and not self.href.startswith("/")


def _value(term, labels: dict[str, str] | None = None) -> Value:
    if isinstance(term, NamedNode):
        label = (labels or {}).get(term.value)
        return Value(label or short_iri(term.value), local_href(term.value), term.value)
    if isinstance(term, Literal):
        note = ""
        if term.language:
            note = "@" + term.language
        elif term.datatype and term.datatype.value != ns.XSD + "string":
            note = short_iri(term.datatype.value)
        return Value(term.value, note=note)
    return Value(str(term))


def _labels(iris) -> dict[str, str]:
    """rdfs:label (English first) of these IRIs, from the store and the ontology files."""
    iris = [i for i in dict.fromkeys(iris) if i]
    out: dict[str, str] = {}
    onto = ontology()
    for i in iris:
        if i in onto.labels:
            out[i] = onto.labels[i]
        elif i in EXTRA_LABELS:
            out[i] = EXTRA_LABELS[i]
    rest = [i for i in iris if i not in out]
    for start in range(0, len(rest), 200):
        chunk = " ".join(str(NamedNode(i)) for i in rest[start:start + 200])
        rows = _select(f"SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?s {{ {chunk} }} "
                       f"?s rdfs:label|skos:prefLabel|schema:headline ?l }} GROUP BY ?s")
        for r in rows:
            out[r["s"].value] = r["label"].value
    return out


# --- content negotiation ---------------------------------------------------------------------

def _wants_html(accept: str | None) -> bool:
    try:
        from kg.web.negotiation import wants_html
    except ImportError:  # pragma: no cover - the endpoint module is part of kg
        return bool(accept) and request.accept_mimetypes.accept_html
    return wants_html(accept)


def _negotiate() -> str:
    """The media type to answer with, the same way as /sparql decides: `?format=` wins; HTML for
    browsers (text/html preferred); otherwise the best RDF type of `Accept` (Turtle for `*/*` or
    no Accept); 406 when the client accepts none of them."""
    fmt = request.args.get("format")
    if fmt:
        media = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if media in RDF_MEDIA or media == "text/html":
            return media
        abort(Response(f"unknown format {fmt!r}; use one of: html, ttl, jsonld, nt, rdf\n",
                       406, mimetype="text/plain"))
    accept = request.headers.get("Accept")
    if _wants_html(accept):
        return "text/html"
    if not accept:
        return "text/turtle"
    best = request.accept_mimetypes.best_match(list(RDF_MEDIA))
    if best is None:
        abort(Response("nothing acceptable: this resource is available as text/html, "
                       + ", ".join(RDF_MEDIA) + "\n", 406, mimetype="text/plain"))
    return best


def _rdf_response(triples, media: str) -> Response:
    triples = list(dict.fromkeys(triples))
    fmt = RDF_MEDIA[media]
    kwargs = {}
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = dict(ns.PREFIXES)
    body = ox.serialize(triples, format=fmt, **kwargs)
    resp = Response(body, mimetype=media)
    if media != "application/rdf+xml":
        resp.mimetype_params["charset"] = "utf-8"
    resp.headers["Vary"] = "Accept"
    return resp


def _html(template: str, status: int = 200, **context) -> Response:
    resp = Response(render_template(template, **context), status, mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


# Nothing but our own server: scripts, styles, fetches and images all come from 'self'.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


# --- the query page ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ExampleQuery:
    name: str
    title: str
    description: str
    text: str


def example_queries(directory: Path | None = None) -> list[ExampleQuery]:
    """queries/*.rq (packaged with kg) with their `# title:` and `# description:` header lines."""
    out = []
    paths = packagedata.query_files() if directory is None else sorted(directory.glob("*.rq"))
    for path in paths:
        text = path.read_text("utf-8")
        meta = dict(re.findall(r"^#\s*(title|description):\s*(.+?)\s*$", text, re.M))
        out.append(ExampleQuery(path.stem, meta.get("title", path.stem),
                                meta.get("description", ""), text))
    return out


DEFAULT_QUERY = """SELECT ?event ?kind ?date WHERE {
  ?event a kg:Event ;
         a ?kind .
  FILTER(?kind IN (kg:Treaty, kg:Strike, kg:ArmsTransfer))
  OPTIONAL { ?event kg:date|kg:signedOn ?date }
}
ORDER BY ?date
LIMIT 100
"""


def _endpoint_url() -> str:
    for name in ("sparql.sparql", "sparql.endpoint", "sparql.query"):
        try:
            return url_for(name)
        except Exception:  # noqa: BLE001 - route not there (yet)
            continue
    return "/sparql"


def render_query_page() -> Response:
    """The query page; the endpoint module may call this for `GET /sparql` from a browser."""
    onto = ontology()
    prefixes = {p: iri for p, iri in ns.PREFIXES.items()}
    config = {
        "endpoint": _endpoint_url(),
        "base": _base(),
        "prefixes": prefixes,
        "defaultQuery": "".join(f"PREFIX {p}: <{i}>\n" for p, i in prefixes.items()
                                if p in ("kg", "kgid", "schema", "prov", "oa", "rdfs", "skos",
                                         "owl", "xsd"))
                        + "\n" + DEFAULT_QUERY,
        "classes": sorted(c.iri for c in onto.classes),
        "properties": sorted(p.iri for p in onto.properties),
        "examples": [e.__dict__ for e in example_queries()],
    }
    return _html("query.html", config=config, examples=example_queries())


@bp.get("/")
def query_page():
    """The query page: SPARQL editor, example queries, results table, charts, downloads."""
    return render_query_page()


@bp.get("/query")
def query_page_alias():
    """Redirect to the query page."""
    return redirect(url_for("pages.query_page"), 301)


# --- linked-data pages ------------------------------------------------------------------------

@bp.route("/id/<path:path>", methods=["GET", "HEAD"])
def resource(path: str):
    """Linked data: a kg IRI's page (HTML) or its RDF (Turtle, JSON-LD, N-Triples, RDF/XML)."""
    iri = _iri(_base() + "id/" + path)
    media = _negotiate()
    types = {r["t"].value for r in _select(f"SELECT DISTINCT ?t WHERE {{ {iri} a ?t }}")}
    if ns.KG + "Article" in types:
        kind = "article"
    elif ns.KG + "Fact" in types or types & set(KINDS):
        kind = "fact"
    else:
        kind = "entity"
        if not types and not _select(f"SELECT ?p WHERE {{ {{ {iri} ?p ?o }} UNION "
                                     f"{{ ?s ?p {iri} }} }} LIMIT 1"):
            if media == "text/html":
                return _html("notfound.html", 404, iri=iri.value)
            abort(Response(f"{iri.value} is not in the store\n", 404, mimetype="text/plain"))
    if media != "text/html":
        return _rdf_response(_describe(iri, kind), media)
    if kind == "article":
        return article_page(iri)
    if kind == "fact":
        return fact_page(iri)
    return entity_page(iri, types)


@bp.route("/concept/<path:path>", methods=["GET", "HEAD"])
def concept(path: str):
    """Linked data: a SKOS concept's page or its RDF, by content negotiation."""
    iri = _iri(_base() + "concept/" + path)
    media = _negotiate()
    if not _select(f"SELECT ?p WHERE {{ {iri} ?p ?o }} LIMIT 1"):
        abort(_html("notfound.html", 404, iri=iri.value))
    if media != "text/html":
        return _rdf_response(_describe(iri, "entity"), media)
    types = {r["t"].value for r in _select(f"SELECT DISTINCT ?t WHERE {{ {iri} a ?t }}")}
    return entity_page(iri, types)


def _describe(iri: NamedNode, kind: str) -> list[ox.Triple]:
    """The RDF a client gets for a resource: its triples; an article its whole graph; a fact
    its triples and its evidence's (IRIs below the fact's)."""
    if kind == "article":
        graph = NamedNode(iri.value.replace(_base() + "id/article/", ns.GRAPH + "article/", 1))
        q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    elif kind == "fact":
        prefix = Literal(iri.value + "/")
        q = (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ {iri} a ?t }} GRAPH ?g {{ ?s ?p ?o "
             f"FILTER(?s = {iri} || STRSTARTS(STR(?s), {prefix})) }} }}")
    else:
        q = f"CONSTRUCT {{ {iri} ?p ?o }} WHERE {{ {iri} ?p ?o }}"
    return list(get_store().query(q))


def _properties(iri: NamedNode, skip=frozenset()) -> list[tuple[Value, list[Value]]]:
    """(property, values) of a resource, values labelled and linked, in a stable order."""
    rows = _select(f"SELECT DISTINCT ?p ?o WHERE {{ {iri} ?p ?o }} ORDER BY ?p ?o LIMIT 2000")
    labels = _labels([r["o"].value for r in rows if isinstance(r["o"], NamedNode)]
                     + [r["p"].value for r in rows])
    grouped: dict[str, list[Value]] = {}
    for r in rows:
        if r["p"].value in skip:
            continue
        grouped.setdefault(r["p"].value, []).append(_value(r["o"], labels))
    return [(Value(labels.get(p) or short_iri(p), local_href(p), p), vals)
            for p, vals in grouped.items()]


@dataclass
class FactSummary:
    iri: str
    kind: str = "fact"
    date: str | None = None
    title: str = ""
    article: str | None = None

    @property
    def href(self) -> str | None:
        return local_href(self.iri)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, "Fact")


SUMMARY_PROPS = {
    "strike": ("attacker", "targetPlace", "targetCountry", "weaponText", "killed"),
    "transfer": ("supplier", "recipient", "weaponText", "weapon", "quantity"),
    "treaty": ("name", "party"),
    "role": ("holder", "office", "state"),
}


def fact_summaries(iris: list[str]) -> dict[str, FactSummary]:
    """One-line summaries ('Strike: Russia → Kyiv, 2 killed') for up to a page of facts."""
    out = {i: FactSummary(i) for i in iris}
    if not iris:
        return out
    values = " ".join(str(NamedNode(i)) for i in iris)
    rows = _select(f"""SELECT ?f ?p ?o (SAMPLE(?l) AS ?label) WHERE {{
        VALUES ?f {{ {values} }}
        ?f ?p ?o .
        FILTER(?p IN (rdf:type, prov:wasDerivedFrom, kg:date, kg:signedOn, schema:startDate,
                      kg:attacker, kg:targetPlace, kg:targetCountry, kg:weaponText, kg:weapon,
                      kg:killed, kg:supplier, kg:recipient, kg:quantity, schema:name, kg:party,
                      kg:holder, kg:office, kg:state))
        OPTIONAL {{ ?o rdfs:label ?l }}
    }} GROUP BY ?f ?p ?o""")
    fields: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        f, p, o = r["f"].value, r["p"].value, r["o"]
        s = out[f]
        if p == ns.RDF + "type" and o.value in KINDS:
            s.kind = KINDS[o.value]
        elif p == ns.PROV + "wasDerivedFrom":
            s.article = o.value
        elif p in DATE_PROPS:
            s.date = o.value
        else:
            text = r["label"].value if "label" in r else (
                o.value if isinstance(o, Literal) else short_iri(o.value))
            fields[f][p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]].append(text)
    for f, s in out.items():
        fl = fields[f]

        def one(name, _fl=fl):
            vals = sorted(_fl.get(name, []))
            return vals[0] if vals else None

        if s.kind == "strike":
            target = one("targetPlace") or one("targetCountry") or "?"
            title = f"{one('attacker') or '?'} → {target}"
            if one("killed"):
                title += f", {one('killed')} killed"
        elif s.kind == "transfer":
            title = (f"{one('supplier') or '?'} → {one('recipient') or '?'}: "
                     f"{one('weaponText') or one('weapon') or 'weapons'}")
            if one("quantity"):
                title += f" ×{one('quantity')}"
        elif s.kind == "treaty":
            title = one("name") or " – ".join(sorted(fl.get("party", []))) or "treaty"
        elif s.kind == "role":
            title = f"{one('holder') or '?'}, {one('office') or '?'} of {one('state') or '?'}"
        else:
            title = short_iri(f)
        s.title = title
    return out


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


def entity_page(iri: NamedNode, types: set[str]) -> Response:
    labels = _labels([iri.value, *types])
    wikidata = [r["w"].value for r in _select(
        f"SELECT DISTINCT ?w WHERE {{ {iri} owl:sameAs ?w FILTER(STRSTARTS(STR(?w), "
        f"\"{ns.WD}\")) }} ORDER BY ?w")]
    (count_row,) = _select(f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?role {iri} . "
                           f"?f a kg:Fact }}")
    total = int(count_row["n"].value)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(_page_number(), pages)
    # One page of facts by date (newest first), then the roles of just those 50 facts.
    rows = _select(f"""SELECT DISTINCT ?f ?date WHERE {{
          ?f ?role {iri} .
          ?f a kg:Fact .
          OPTIONAL {{ ?f kg:date ?d1 }} OPTIONAL {{ ?f kg:signedOn ?d2 }}
          OPTIONAL {{ ?f schema:startDate ?d3 }}
          BIND(COALESCE(?d1, ?d2, ?d3) AS ?date)
        }} ORDER BY DESC(?date) ?f
        LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}""") if total else []
    rows = list({r["f"].value: r for r in rows}.values())
    roles: dict[str, list[str]] = defaultdict(list)
    if rows:
        values = " ".join(str(r["f"]) for r in rows)
        for r in _select(f"SELECT DISTINCT ?f ?role WHERE {{ VALUES ?f {{ {values} }} "
                         f"?f ?role {iri} }} ORDER BY ?role"):
            roles[r["f"].value].append(r["role"].value)
    summaries = fact_summaries([r["f"].value for r in rows])
    role_labels = _labels({x for rs in roles.values() for x in rs})
    facts = [(summaries[r["f"].value],
              [role_labels.get(x) or short_iri(x) for x in roles[r["f"].value]])
             for r in rows]
    timeline = _entity_timeline(iri) if total else None
    label = labels.get(iri.value) or short_iri(iri.value)
    return _html("entity.html", iri=iri.value, label=label,
                 types=[Value(labels.get(t) or short_iri(t), local_href(t), t)
                        for t in sorted(types)],
                 wikidata=wikidata,
                 properties=_properties(iri, skip={ns.RDF + "type"}),
                 facts=facts, total=total, page=page, pages=pages, page_size=PAGE_SIZE,
                 timeline=timeline)


@dataclass
class Timeline:
    """A stacked bar timeline as plain numbers for an SVG template (no markup built in Python)."""

    width: int
    height: int
    bars: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)
    max_count: int = 0
    unit: str = "month"


def _entity_timeline(iri: NamedNode) -> Timeline | None:
    rows = _select(f"""SELECT ?period ?kind (COUNT(?f) AS ?n) WHERE {{
        {{ SELECT DISTINCT ?f WHERE {{ ?f ?role {iri} }} }}
        VALUES ?kind {{ kg:Strike kg:ArmsTransfer kg:Treaty kg:LeaderRole }}
        ?f a ?kind .
        OPTIONAL {{ ?f kg:date ?d1 }} OPTIONAL {{ ?f kg:signedOn ?d2 }}
        OPTIONAL {{ ?f schema:startDate ?d3 }}
        BIND(SUBSTR(STR(COALESCE(?d1, ?d2, ?d3)), 1, 7) AS ?period)
        FILTER(BOUND(?period))
    }} GROUP BY ?period ?kind ORDER BY ?period""")
    return build_timeline([(r["period"].value, KINDS.get(r["kind"].value, "fact"),
                            int(r["n"].value)) for r in rows])


def build_timeline(counts: list[tuple[str, str, int]], width: int = 720,
                   height: int = 140) -> Timeline | None:
    """Stacked bars per month (or per year when the span is long) from (period, kind, n)."""
    if not counts:
        return None
    months = {p for p, _, _ in counts if re.fullmatch(r"\d{4}-\d{2}", p)}
    years = sorted(int(p[:4]) for p, _, _ in counts)
    by_year = years[-1] - years[0] > 3 or not months

    def key(p):
        return p[:4] if by_year else (p if len(p) == 7 else p[:4] + "-01")

    agg: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p, kind, n in counts:
        agg[key(p)][kind] += n
    # continuous axis from first to last period
    first, last = min(agg), max(agg)
    periods = []
    if by_year:
        periods = [str(y) for y in range(int(first), int(last) + 1)]
    else:
        y, m = int(first[:4]), int(first[5:7])
        while f"{y:04d}-{m:02d}" <= last:
            periods.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    max_count = max(sum(k.values()) for k in agg.values())
    left, bottom, top = 30, 22, 8
    plot_w, plot_h = width - left - 8, height - bottom - top
    slot = plot_w / len(periods)
    tl = Timeline(width, height, max_count=max_count, unit="year" if by_year else "month")
    every = max(1, math.ceil(len(periods) / 12))
    for i, p in enumerate(periods):
        x = left + i * slot
        y = top + plot_h
        for kind in ("strike", "transfer", "treaty", "role", "fact"):
            n = agg.get(p, {}).get(kind, 0)
            if not n:
                continue
            h = plot_h * n / max_count
            y -= h
            tl.bars.append({"x": round(x + slot * 0.1, 1), "y": round(y, 1),
                            "w": round(max(slot * 0.8, 1), 1), "h": round(h, 1),
                            "kind": kind, "title": f"{p}: {n} {KIND_LABELS.get(kind, kind)}"})
        if i % every == 0:
            tl.ticks.append({"x": round(x + slot / 2, 1), "y": height - 6, "label": p})
    return tl


# --- facts and articles -----------------------------------------------------------------------

@dataclass
class Evidence:
    iri: str
    fact: str
    kind: str
    quote: str
    start: int | None
    end: int | None
    confidence: str | None
    extractor: str | None
    article: str | None
    index: int = 0


def _evidence(where: str) -> list[Evidence]:
    rows = _select(f"""SELECT ?e ?f ?kind ?quote ?start ?end ?conf ?agentLabel ?version ?article
    WHERE {{
        {where}
        ?f kg:hasEvidence ?e .
        OPTIONAL {{ ?f a ?kind FILTER(?kind IN (kg:Strike, kg:ArmsTransfer, kg:Treaty,
                                                   kg:LeaderRole)) }}
        ?e oa:hasTarget ?t .
        OPTIONAL {{ ?t oa:hasSource ?article }}
        OPTIONAL {{ ?t oa:hasSelector ?qs . ?qs oa:exact ?quote }}
        OPTIONAL {{ ?t oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end }}
        OPTIONAL {{ ?e kg:confidence ?conf }}
        OPTIONAL {{ ?e prov:wasAttributedTo ?agent .
                   OPTIONAL {{ ?agent rdfs:label ?agentLabel }}
                   OPTIONAL {{ ?agent schema:softwareVersion ?version }} }}
    }} ORDER BY ?f ?e""")
    out = []
    seen = set()
    for r in rows:
        if r["e"].value in seen:
            continue
        seen.add(r["e"].value)
        extractor = r["agentLabel"].value if "agentLabel" in r else None
        if extractor and "version" in r:
            extractor += " " + r["version"].value
        out.append(Evidence(
            r["e"].value, r["f"].value,
            KINDS.get(r["kind"].value, "fact") if "kind" in r else "fact",
            r["quote"].value if "quote" in r else "",
            int(r["start"].value) if "start" in r else None,
            int(r["end"].value) if "end" in r else None,
            r["conf"].value if "conf" in r else None, extractor,
            r["article"].value if "article" in r else None,
            int(tail) if (tail := r["e"].value.rsplit("/", 1)[-1]).isdigit() else 0))
    return out


@dataclass
class Segment:
    """A run of article text; `marks` are the evidence items covering it (empty: plain text)."""

    text: str
    marks: list[Evidence]

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def first_fact(self) -> str | None:
        return self.marks[0].fact if self.marks else None


def locate(text: str, ev: Evidence) -> tuple[int, int] | None:
    """Where the evidence sits in the text: its TextPositionSelector offsets when they match its
    quote (or when there is no quote), else the first place the quote occurs."""
    if ev.start is not None and ev.end is not None and 0 <= ev.start < ev.end <= len(text):
        if not ev.quote or text[ev.start:ev.end] == ev.quote:
            return ev.start, ev.end
    if ev.quote:
        at = text.find(ev.quote)
        if at >= 0:
            return at, at + len(ev.quote)
    return None


def segment(text: str, evidence: list[Evidence]) -> tuple[list[Segment], list[Evidence]]:
    """Split text at every evidence boundary; return the segments and evidence not found."""
    spans, missing = [], []
    for ev in evidence:
        where = locate(text, ev)
        if where:
            spans.append((where[0], where[1], ev))
        else:
            missing.append(ev)
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [ev for s, e, ev in spans if s <= a and b <= e]
        if out and not covering and not out[-1].marks:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], covering))
    return out, missing


def _article_info(article: str) -> dict:
    iri = NamedNode(article)
    rows = _select(f"""SELECT ?headline ?published ?publisher ?url ?lang ?text WHERE {{
        OPTIONAL {{ {iri} schema:headline ?headline }}
        OPTIONAL {{ {iri} schema:datePublished ?published }}
        OPTIONAL {{ {iri} schema:publisher ?publisher }}
        OPTIONAL {{ {iri} schema:url ?url }}
        OPTIONAL {{ {iri} schema:inLanguage ?lang }}
        OPTIONAL {{ {iri} schema:text ?text }}
    }} LIMIT 1""")
    r = rows[0] if rows else {}
    return {k: (r[k].value if k in r else None)
            for k in ("headline", "published", "publisher", "url", "lang", "text")} | {
        "iri": article, "href": local_href(article)}


def fact_page(iri: NamedNode) -> Response:
    summary = fact_summaries([iri.value])[iri.value]
    props = _properties(iri, skip=HIDDEN_FACT_PROPS)
    evidence = _evidence(f"VALUES ?f {{ {iri} }}")
    articles = []
    for article in dict.fromkeys(e.article for e in evidence if e.article):
        info = _article_info(article)
        mine = [e for e in evidence if e.article == article]
        segments, missing = segment(info["text"] or "", mine) if info["text"] else ([], mine)
        articles.append({"info": info, "segments": segments, "missing": missing,
                         "evidence": mine})
    return _html("fact.html", iri=iri.value, summary=summary, properties=props,
                 evidence=evidence, articles=articles)


def article_page(iri: NamedNode) -> Response:
    info = _article_info(iri.value)
    fact_rows = _select(f"SELECT DISTINCT ?f WHERE {{ ?f prov:wasDerivedFrom {iri} ; a kg:Fact }} "
                        f"ORDER BY ?f LIMIT 1000")
    summaries = fact_summaries([r["f"].value for r in fact_rows])
    order = {"strike": 0, "transfer": 1, "treaty": 2, "role": 3, "fact": 4}
    facts = sorted(summaries.values(), key=lambda s: (order.get(s.kind, 9), s.date or "", s.iri))
    evidence = _evidence(f"?f prov:wasDerivedFrom {iri} .")
    segments, missing = segment(info["text"] or "", evidence) if info["text"] else ([], evidence)
    numbers = {f.iri: n for n, f in enumerate(facts, 1)}
    return _html("article.html", iri=iri.value, info=info, facts=facts, numbers=numbers,
                 segments=segments, missing=missing, graph=_article_graph(iri, facts, numbers),
                 kinds=KIND_LABELS)


def _article_graph(iri: NamedNode, facts: list[FactSummary],
                   numbers: dict[str, int]) -> dict | None:
    """A small bipartite picture: facts on the left, the entities they link on the right."""
    if not facts:
        return None
    facts = facts[:40]
    values = " ".join(str(NamedNode(f.iri)) for f in facts)
    rows = _select(f"""SELECT DISTINCT ?f ?p ?o WHERE {{
        VALUES ?f {{ {values} }}
        ?f ?p ?o .
        FILTER(?p IN (kg:attacker, kg:targetPlace, kg:targetCountry, kg:weapon, kg:reportedBy,
                      kg:supplier, kg:recipient, kg:party, kg:signatory, kg:signedAt,
                      kg:holder, kg:state))
    }} ORDER BY ?f ?p ?o""")
    entities = list(dict.fromkeys(r["o"].value for r in rows))[:40]
    labels = _labels(entities + [r["p"].value for r in rows])
    row_h = 26
    n = max(len(facts), len(entities))
    height = 20 + n * row_h
    width = 520
    fx, ex = 150, 370
    fpos = {f.iri: 20 + (i + 0.5) * (height - 20) / len(facts) for i, f in enumerate(facts)}
    epos = {e: 20 + (i + 0.5) * (height - 20) / max(len(entities), 1)
            for i, e in enumerate(entities)}
    nodes = [{"x": fx, "y": round(fpos[f.iri], 1), "label": f"{numbers[f.iri]}. {f.kind_label}",
              "title": f.title, "href": f.href, "kind": f.kind, "side": "fact"} for f in facts]
    nodes += [{"x": ex, "y": round(epos[e], 1), "label": labels.get(e) or short_iri(e),
               "title": e, "href": local_href(e), "kind": "entity", "side": "entity"}
              for e in entities]
    edges = []
    kind_of = {f.iri: f.kind for f in facts}
    for r in rows:
        f, p, o = r["f"].value, r["p"].value, r["o"].value
        if f in fpos and o in epos:
            edges.append({"x1": fx, "y1": round(fpos[f], 1), "x2": ex, "y2": round(epos[o], 1),
                          "kind": kind_of.get(f, "fact"),
                          "title": f"{labels.get(p) or short_iri(p)}: "
                                   f"{labels.get(o) or short_iri(o)}"})
    return {"width": width, "height": height, "nodes": nodes, "edges": edges,
            "fx": fx, "ex": ex}


# --- the ontology page ------------------------------------------------------------------------

@dataclass
class OntoTerm:
    iri: str
    label: str
    comment: str = ""
    parents: list[str] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)
    kind: str = ""

    @property
    def anchor(self) -> str:
        return self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class ShapeRule:
    path: str
    name: str
    severity: str
    message: str
    constraints: list[tuple[str, str]]


@dataclass
class Ontology:
    classes: list[OntoTerm]
    properties: list[OntoTerm]
    schemes: list[dict]
    shapes: dict[str, list[ShapeRule]]
    labels: dict[str, str]
    triples: list[ox.Triple]


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The ontology, concept lists and shapes, read once from ontology/*.ttl and shapes/*.ttl."""
    from kg.validate import default_ontology_files, default_shape_files

    onto = ox.Store()
    triples: list[ox.Triple] = []
    for p in default_ontology_files():
        for t in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE):
            triples.append(t)
    onto.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    shapes = ox.Store()
    for p in default_shape_files():
        shapes.load(path=str(p), format=ox.RdfFormat.TURTLE)
    pre = ns.sparql_prefixes()

    def q(store, text):
        res = store.query(pre + text)
        names = [v.value for v in res.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in res]

    labels = {r["s"].value: r["l"].value for r in q(onto, """SELECT ?s (SAMPLE(?l) AS ?l) WHERE {
        ?s rdfs:label|skos:prefLabel ?l FILTER(isIRI(?s)) } GROUP BY ?s""")}
    comments = {r["s"].value: r["c"].value for r in q(onto, """SELECT ?s (SAMPLE(?c) AS ?c) WHERE {
        ?s rdfs:comment|skos:definition ?c FILTER(isIRI(?s)) } GROUP BY ?s""")}

    def multi(text):
        out = defaultdict(list)
        for r in q(onto, text):
            out[r["s"].value].append(r["o"].value)
        return out

    parents = multi("SELECT ?s ?o WHERE { ?s rdfs:subClassOf|rdfs:subPropertyOf ?o "
                    "FILTER(isIRI(?o)) } ORDER BY ?o")
    domains = multi("SELECT ?s ?o WHERE { ?s rdfs:domain ?d . "
                    "{ ?d owl:unionOf/rdf:rest*/rdf:first ?o } "
                    "UNION { BIND(?d AS ?o) FILTER(isIRI(?d)) } } ORDER BY ?o")
    ranges = multi("SELECT ?s ?o WHERE { ?s rdfs:range ?d . "
                   "{ ?d owl:unionOf/rdf:rest*/rdf:first ?o } "
                   "UNION { BIND(?d AS ?o) FILTER(isIRI(?d)) } } ORDER BY ?o")
    classes = [OntoTerm(r["s"].value, labels.get(r["s"].value, short_iri(r["s"].value)),
                        comments.get(r["s"].value, ""), parents.get(r["s"].value, []), kind="class")
               for r in q(onto, "SELECT DISTINCT ?s WHERE { ?s a owl:Class FILTER(isIRI(?s)) } "
                                "ORDER BY ?s")]
    properties = [OntoTerm(r["s"].value, labels.get(r["s"].value, short_iri(r["s"].value)),
                           comments.get(r["s"].value, ""), parents.get(r["s"].value, []),
                           domains.get(r["s"].value, []), ranges.get(r["s"].value, []),
                           kind=short_iri(r["t"].value))
                  for r in q(onto, """SELECT ?s (SAMPLE(?t) AS ?t) WHERE {
                      VALUES ?t { owl:ObjectProperty owl:DatatypeProperty rdf:Property
                                  owl:AnnotationProperty }
                      ?s a ?t FILTER(isIRI(?s)) } GROUP BY ?s ORDER BY ?s""")]
    schemes = []
    for r in q(onto, "SELECT ?s WHERE { ?s a skos:ConceptScheme } ORDER BY ?s"):
        concepts = [{"iri": c["c"].value,
                     "label": labels.get(c["c"].value, short_iri(c["c"].value)),
                     "comment": comments.get(c["c"].value, "")}
                    for c in q(onto, f"SELECT DISTINCT ?c WHERE {{ ?c skos:inScheme {r['s']} }} "
                                     f"ORDER BY ?c")]
        schemes.append({"iri": r["s"].value,
                        "label": labels.get(r["s"].value, short_iri(r["s"].value)),
                        "comment": comments.get(r["s"].value, ""), "concepts": concepts})
    # shapes: node shape by target class, its property shapes (direct or named)
    shape_rules: dict[str, list[ShapeRule]] = defaultdict(list)
    rows = q(shapes, """SELECT ?cls ?ps ?path ?name ?sev ?msg WHERE {
        ?shape sh:targetClass ?cls ; sh:property ?ps .
        OPTIONAL { ?ps sh:path ?path }
        OPTIONAL { ?ps sh:name ?name }
        OPTIONAL { ?ps sh:severity ?sev }
        OPTIONAL { ?ps sh:message ?msg }
    } ORDER BY ?cls ?name""")
    constraint_preds = ("minCount", "maxCount", "datatype", "class", "pattern", "minInclusive",
                        "maxInclusive", "minExclusive", "maxExclusive", "in", "nodeKind",
                        "hasValue", "minLength", "maxLength", "or")
    sh_ = ns._NS(ns.SH)
    first, rest, nil = ns.rdf.first, ns.rdf.rest, ns.rdf.nil

    def objects(node, pred):
        # Blank nodes cannot be named in SPARQL text (a label there is a variable): walk quads.
        return [qd.object for qd in shapes.quads_for_pattern(node, pred, None)]

    def rdf_list(node):
        items = []
        while node != nil and len(items) < 1000:
            items.extend(objects(node, first))
            nxt = objects(node, rest)
            if not nxt:
                break
            node = nxt[0]
        return items

    for r in rows:
        ps = r["ps"]
        cons = []
        for pred in constraint_preds:
            for o in objects(ps, sh_[pred]):
                if pred in ("in", "or"):
                    items = []
                    for i in rdf_list(o):
                        dts = objects(i, sh_.datatype)
                        items.append(dts[0] if dts else i)
                    text = ", ".join(short_iri(i.value) for i in items)
                else:
                    text = short_iri(o.value) if isinstance(o, NamedNode) else o.value
                cons.append((pred, text))
        path = r.get("path")
        if path is None:
            path_text = ""
        elif isinstance(path, NamedNode):
            path_text = short_iri(path.value)
        else:
            inv = objects(path, sh_.inversePath)
            if inv:
                path_text = "^" + short_iri(inv[0].value)
            else:
                path_text = "/".join(short_iri(i.value) for i in rdf_list(path)) or "(path)"
        sparql_msgs = [m for c in objects(ps, sh_.sparql) for m in objects(c, sh_.message)]
        msg = r["msg"].value if "msg" in r else "; ".join(m.value for m in sparql_msgs)
        shape_rules[r["cls"].value].append(ShapeRule(
            path_text, r["name"].value if "name" in r else "",
            r["sev"].value.rsplit("#", 1)[-1] if "sev" in r else "Violation", msg, cons))
    for r in q(shapes, """SELECT ?cls ?msg ?sev WHERE { ?shape sh:targetClass ?cls ;
                          sh:sparql ?c . ?c sh:message ?msg
                          OPTIONAL { ?shape sh:severity ?sev } }"""):
        shape_rules[r["cls"].value].append(ShapeRule(
            "", "", r["sev"].value.rsplit("#", 1)[-1] if "sev" in r else "Violation",
            r["msg"].value, [("sparql", "SPARQL rule")]))
    return Ontology(classes, properties, schemes, dict(shape_rules), labels, triples)


@bp.route("/ontology", methods=["GET", "HEAD"])
def ontology_page():
    """The ontology: classes, properties, concept lists and the shapes per class (HTML or RDF)."""
    media = _negotiate()
    onto = ontology()
    if media != "text/html":
        return _rdf_response(onto.triples, media)
    return _html("ontology.html", onto=onto)


# --- N-Triples terms as people read them (report values, paths) ---------------------------------

_NT_IRI = re.compile(r"<([^<>\s]*)>")
_NT_LITERAL = re.compile(r'^"(.*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?$', re.S)


def nt_text(term: str | None) -> str:
    """An N-Triples term or SHACL path as people read it: prefixed names, a literal's text."""
    if not term:
        return ""
    m = _NT_LITERAL.match(term)
    if m:
        return m.group(1).replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
    return _NT_IRI.sub(lambda m: short_iri(m.group(1)), term)


def nt_iri(term: str | None) -> str | None:
    """The IRI of an N-Triples IRI term (`<...>`), else None."""
    if term and term.startswith("<") and term.endswith(">"):
        return term[1:-1]
    return None


__all__ = ["bp", "init_app", "get_store", "render_query_page", "example_queries", "segment",
           "build_timeline", "ontology", "local_href", "short_iri", "nt_text", "nt_iri"]
