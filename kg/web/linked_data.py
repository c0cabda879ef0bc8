"""Linked data: every IRI kg mints (`https://kg.example.org/id/...`, `/concept/...`)
dereferences here. Browsers get HTML pages (entity, fact, article), RDF clients get Turtle,
JSON-LD, N-Triples or RDF/XML by `Accept` (or `?format=`), always on the same URL (content
negotiation with `Vary: Accept`, no redirect).
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict

from flask import Blueprint, Response, abort, request
from pyoxigraph import NamedNode

from kg import namespaces as ns
from kg.web.confidence_floor import CHOICES, parse_confidence
from kg.web.date_range import parse_range
from kg.events.view import event_view
from kg.web.render import Value, html, iri_or_404, local_href, negotiate, page_number, rdf_response, short_iri
from kg.web.views import (
    HIDDEN_FACT_PROPS,
    KIND_LABELS,
    KINDS,
    PAGE_SIZE,
    article_graph,
    article_info,
    describe,
    entity_timeline,
    event_of_fact,
    get_store,
    evidence_for,
    fact_summaries,
    labels_of,
    properties_of,
    report_context,
    report_timeline,
    segment,
    select,
)

bp = Blueprint("linked_data", __name__)


@bp.route("/id/<path:path>", methods=["GET", "HEAD"])
def resource(path: str):
    """Linked data: a kg IRI's page (HTML) or its RDF (Turtle, JSON-LD, N-Triples, RDF/XML);
    `?format=csv` exports an entity's or an article's facts, or a fact's fields, as CSV."""
    iri = iri_or_404(ns.BASE + "id/" + path)
    csv_export = (request.args.get("format") or "").lower() == "csv"
    media = "text/csv" if csv_export else negotiate()
    types = {r["t"].value for r in select(f"SELECT DISTINCT ?t WHERE {{ {iri} a ?t }}")}
    if ns.KG + "Article" in types:
        kind = "article"
    elif ns.KG + "ResolvedEvent" in types:
        kind = "event"
    elif ns.KG + "Fact" in types or types & set(KINDS):
        kind = "fact"
    else:
        kind = "entity"
        if not types and not select(f"SELECT ?p WHERE {{ {{ {iri} ?p ?o }} UNION "
                                     f"{{ ?s ?p {iri} }} }} LIMIT 1"):
            if media == "text/html":
                return html("notfound.html", 404, iri=iri.value)
            abort(Response(f"{iri.value} is not in the store\n", 404, mimetype="text/plain"))
    if media == "text/csv":
        return csv_response(iri, kind)
    if media != "text/html":
        return rdf_response(describe(iri, kind), media)
    if kind == "article":
        return article_page(iri)
    if kind == "fact":
        return fact_page(iri)
    if kind == "event":
        return event_page(iri)
    return entity_page(iri, types)


@bp.route("/concept/<path:path>", methods=["GET", "HEAD"])
def concept(path: str):
    """Linked data: a SKOS concept's page or its RDF, by content negotiation."""
    iri = iri_or_404(ns.BASE + "concept/" + path)
    media = negotiate()
    if not select(f"SELECT ?p WHERE {{ {iri} ?p ?o }} LIMIT 1"):
        abort(html("notfound.html", 404, iri=iri.value))
    if media != "text/html":
        return rdf_response(describe(iri, "entity"), media)
    types = {r["t"].value for r in select(f"SELECT DISTINCT ?t WHERE {{ {iri} a ?t }}")}
    return entity_page(iri, types)


def _within(span, floor) -> str:
    """The graph patterns of a page's date range and confidence floor (a bad range: none; a
    bad floor has no value, so it filters nothing)."""
    return " ".join(x for x in (span.sparql("?f") if not span.error else "", floor.sparql("?f"))
                    if x)


def entity_page(iri: NamedNode, types: set[str]) -> Response:
    labels = labels_of([iri.value, *types])
    wikidata = [r["w"].value for r in select(
        f"SELECT DISTINCT ?w WHERE {{ {iri} owl:sameAs ?w FILTER(STRSTARTS(STR(?w), "
        f"\"{ns.WD}\")) }} ORDER BY ?w")]
    span = parse_range(request.args)
    floor = parse_confidence(request.args)
    within = _within(span, floor)
    # Count events, not reports: the facts that name the entity (in the date range), grouped by
    # the event each reports (a fact not resolved into an event yet counts as its own).
    grouped = f"""?f ?role {iri} .
          ?f a kg:Fact .
          {within}
          OPTIONAL {{ GRAPH kgg:events {{ ?f prov:specializationOf ?e }} }}
          BIND(COALESCE(?e, ?f) AS ?x)"""
    (count_row,) = select(f"SELECT (COUNT(DISTINCT ?x) AS ?n) (COUNT(DISTINCT ?f) AS ?reports) "
                          f"WHERE {{ {grouped} }}")
    total, reports_total = int(count_row["n"].value), int(count_row["reports"].value)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(page_number(), pages)
    # One page of events by date (newest first), then the roles of just their reports.
    rows = select(f"""SELECT ?x (MAX(?date) AS ?when) (COUNT(DISTINCT ?f) AS ?n)
          (SAMPLE(?f) AS ?one) WHERE {{
          {grouped}
          OPTIONAL {{ ?f kg:date ?d1 }} OPTIONAL {{ ?f kg:signedOn ?d2 }}
          OPTIONAL {{ ?f schema:startDate ?d3 }}
          BIND(STR(COALESCE(?d1, ?d2, ?d3)) AS ?date)
        }} GROUP BY ?x ORDER BY DESC(?when) ?x
        LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}""") if total else []
    roles: dict[str, list[str]] = defaultdict(list)
    if rows:  # the reports of just this page's events, then their roles (point look-ups)
        reports = {r["x"].value: {r["x"].value} for r in rows}
        values = " ".join(str(r["x"]) for r in rows)
        for r in select(f"SELECT ?x ?f WHERE {{ VALUES ?x {{ {values} }} "
                        f"GRAPH kgg:events {{ ?f prov:specializationOf ?x }} }}"):
            reports[r["x"].value].add(r["f"].value)
        event_of = {f: x for x, fs in reports.items() for f in fs}
        values = " ".join(f"<{f}>" for f in event_of)
        for r in select(f"SELECT DISTINCT ?f ?role WHERE {{ VALUES ?f {{ {values} }} "
                        f"?f ?role {iri} }} ORDER BY ?role"):
            x = event_of[r["f"].value]
            if r["role"].value not in roles[x]:
                roles[x].append(r["role"].value)
    summaries = fact_summaries([r["one"].value for r in rows])
    events = labels_of([r["x"].value for r in rows if r["x"].value != r["one"].value])
    role_labels = labels_of({x for rs in roles.values() for x in rs})
    facts = []
    for r in rows:
        x, one = r["x"].value, r["one"].value
        summary = summaries[one]
        title, href = (events.get(x) or summary.title, local_href(x)) if x != one else \
            (summary.title, summary.href)
        facts.append({"kind": summary.kind, "kind_label": summary.kind_label,
                      "date": r["when"].value if "when" in r else summary.date,
                      "title": title, "href": href, "reports": int(r["n"].value),
                      "roles": [role_labels.get(x) or short_iri(x) for x in roles[x]]})
    timeline = entity_timeline(iri, within) if total else None
    label = labels.get(iri.value) or short_iri(iri.value)
    return html("entity.html", iri=iri.value, label=label, span=span, floor=floor,
                 floors=CHOICES,
                 types=[Value(labels.get(t) or short_iri(t), local_href(t), t)
                        for t in sorted(types)],
                 wikidata=wikidata,
                 properties=properties_of(iri, skip={ns.RDF + "type"}),
                 facts=facts, total=total, reports_total=reports_total, page=page, pages=pages,
                 page_size=PAGE_SIZE, timeline=timeline)


def csv_response(iri: NamedNode, kind: str) -> Response:
    """An entity's or an article's facts (with the date range of the page), or a fact's fields,
    as CSV for a spreadsheet: the export link of each page."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    if kind == "fact":
        out.writerow(["property", "value", "iri"])
        for prop, values in properties_of(iri, skip=HIDDEN_FACT_PROPS):
            for v in values:
                out.writerow([prop.text, v.text, v.iri or ""])
    else:
        within = _within(parse_range(request.args), parse_confidence(request.args))
        link = f"?f prov:wasDerivedFrom {iri} ." if kind == "article" else f"?f ?role {iri} ."
        rows = select(f"""SELECT DISTINCT ?f WHERE {{ {link} ?f a kg:Fact . {within} }}
                          ORDER BY ?f LIMIT 100000""")
        summaries = fact_summaries([r["f"].value for r in rows])
        out.writerow(["date", "kind", "fact", "iri", "article"])
        for s in sorted(summaries.values(), key=lambda s: (s.date or "", s.iri)):
            out.writerow([s.date or "", s.kind_label, s.title, s.iri, s.article or ""])
    name = iri.value.rsplit("/", 1)[-1] or "export"
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.mimetype_params["charset"] = "utf-8"
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    resp.headers["Vary"] = "Accept"
    return resp


def fact_page(iri: NamedNode) -> Response:
    summary = fact_summaries([iri.value])[iri.value]
    event = event_of_fact(iri)
    props = properties_of(iri, skip=HIDDEN_FACT_PROPS)
    evidence = evidence_for(f"VALUES ?f {{ {iri} }}")
    articles = []
    for article in dict.fromkeys(e.article for e in evidence if e.article):
        info = article_info(article)
        mine = [e for e in evidence if e.article == article]
        segments, missing = segment(info["text"] or "", mine) if info["text"] else ([], mine)
        articles.append({"info": info, "segments": segments, "missing": missing,
                         "evidence": mine})
    return html("fact.html", iri=iri.value, summary=summary, properties=props,
                 evidence=evidence, articles=articles, event=event)


def event_page(iri: NamedNode) -> Response:
    """One real-world event: every report on a timeline, the figures each gave side by side,
    each report's evidence highlighted in its article."""
    view = event_view(get_store(), iri.value)
    kind = KINDS.get(ns.KG + view.kind, "fact")
    latest = {c: (view.reports[-1].cells.get(c) if view.reports else None) for c in view.columns}
    reports = [{"report": r, "context": report_context(r.article, r.quotes, r.fact, kind),
                "href": local_href(r.fact), "article_href": local_href(r.article),
                "differs": {c for c in view.columns
                            if r.cells.get(c) and latest[c] and r.cells[c] != latest[c]}}
               for r in view.reports]
    return html("event.html", iri=iri.value, view=view, kind=kind,
                kind_label=KIND_LABELS.get(kind, "Event"), reports=reports,
                timeline=report_timeline(view.reports))


def article_page(iri: NamedNode) -> Response:
    info = article_info(iri.value)
    fact_rows = select(f"SELECT DISTINCT ?f WHERE {{ ?f prov:wasDerivedFrom {iri} ; a kg:Fact }} "
                        f"ORDER BY ?f LIMIT 1000")
    summaries = fact_summaries([r["f"].value for r in fact_rows])
    order = {"strike": 0, "transfer": 1, "treaty": 2, "role": 3, "fact": 4}
    facts = sorted(summaries.values(), key=lambda s: (order.get(s.kind, 9), s.date or "", s.iri))
    evidence = evidence_for(f"?f prov:wasDerivedFrom {iri} .")
    segments, missing = segment(info["text"] or "", evidence) if info["text"] else ([], evidence)
    numbers = {f.iri: n for n, f in enumerate(facts, 1)}
    return html("article.html", iri=iri.value, info=info, facts=facts, numbers=numbers,
                 segments=segments, missing=missing, graph=article_graph(iri, facts, numbers),
                 kinds=KIND_LABELS)


__all__ = ["bp"]
