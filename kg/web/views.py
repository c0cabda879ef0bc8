"""View models of the analyst pages and the small, bounded store look-ups that fill them:
labels, a resource's properties, one-line fact summaries, evidence located in article text,
timelines, an article's fact-entity picture, and the RDF a linked-data URL describes.

Look-ups are point queries and LIMIT/OFFSET pages, so an entity with 10,000 facts renders one
page of its table, not all of them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode

from kg import namespaces as ns
from kg.store import GraphStore
from kg.web.endpoint import endpoint
from kg.web.ontology import ontology
from kg.web.page_queries import select_on_workers
from kg.web.render import Value, local_href, short_iri, term_value

PAGE_SIZE = 50

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
                ns.PROV + "specializationOf": "reports the event",
                ns.RDFS + "label": "label", ns.SKOS + "altLabel": "also called",
                ns.SCHEMA + "containedInPlace": "part of", ns.RDF + "type": "type"}


def get_store() -> GraphStore:
    """The app's store (kg.web.endpoint owns its life cycle)."""
    return endpoint().store


def select(sparql: str) -> list[dict]:
    """Run a SELECT with the project prefixes; rows as {var: term} dicts (unbound vars absent).
    On a server with running query workers they evaluate it (kg.web.page_queries)."""
    text = ns.sparql_prefixes() + sparql
    answered = select_on_workers(endpoint(), text)
    if answered is not None:
        names, solutions = answered
    else:
        results = get_store().query(text)
        names, solutions = [v.value for v in results.variables], results
    rows = []
    for sol in solutions:
        row = {}
        for name in names:
            term = sol[name]
            if term is not None:
                row[name] = term
        rows.append(row)
    return rows


def labels_of(iris) -> dict[str, str]:
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
        rows = select(f"SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?s {{ {chunk} }} "
                       f"?s rdfs:label|skos:prefLabel|schema:headline ?l }} GROUP BY ?s")
        for r in rows:
            out[r["s"].value] = r["label"].value
    return out


def describe(iri: NamedNode, kind: str) -> list[ox.Triple]:
    """The RDF a client gets for a resource: its triples; an article its whole graph; a fact
    its triples and its evidence's (IRIs below the fact's)."""
    if kind == "article":
        graph = NamedNode(iri.value.replace(ns.BASE + "id/article/", ns.GRAPH + "article/", 1))
        q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    elif kind == "fact":
        prefix = Literal(iri.value + "/")
        q = (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ {iri} a ?t }} GRAPH ?g {{ ?s ?p ?o "
             f"FILTER(?s = {iri} || STRSTARTS(STR(?s), {prefix})) }} }}")
    elif kind == "event":  # the event, its figure and status nodes, and its reports' links
        prefix = Literal(iri.value + "/")
        q = (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ns.GRAPH_EVENTS.value}> {{ "
             f"{{ ?s ?p ?o FILTER(?s = {iri}) }} UNION {{ {iri} ?link ?s . ?s ?p ?o "
             f"FILTER(STRSTARTS(STR(?s), {prefix})) }} UNION "
             f"{{ BIND(prov:specializationOf AS ?p) BIND({iri} AS ?o) ?s ?p ?o }} }} }}")
    else:
        q = f"CONSTRUCT {{ {iri} ?p ?o }} WHERE {{ {iri} ?p ?o }}"
    return list(get_store().query(ns.sparql_prefixes() + q))


def properties_of(iri: NamedNode, skip=frozenset()) -> list[tuple[Value, list[Value]]]:
    """(property, values) of a resource, values labelled and linked, in a stable order."""
    rows = select(f"SELECT DISTINCT ?p ?o WHERE {{ {iri} ?p ?o }} ORDER BY ?p ?o LIMIT 2000")
    labels = labels_of([r["o"].value for r in rows if isinstance(r["o"], NamedNode)]
                     + [r["p"].value for r in rows])
    grouped: dict[str, list[Value]] = {}
    for r in rows:
        if r["p"].value in skip:
            continue
        grouped.setdefault(r["p"].value, []).append(term_value(r["o"], labels))
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
    rows = select(f"""SELECT ?f ?p ?o (SAMPLE(?l) AS ?label) WHERE {{
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


@dataclass
class Timeline:
    """A stacked bar timeline as plain numbers for an SVG template (no markup built in Python)."""

    width: int
    height: int
    bars: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)
    max_count: int = 0
    unit: str = "month"


def entity_timeline(iri: NamedNode, within: str = "") -> Timeline | None:
    """Events (not reports) naming the entity, per month: an event counts once, in the month
    of its earliest dated report; `within`: graph patterns that filter `?f` (a date range:
    kg.web.date_range)."""
    rows = select(f"""SELECT ?period ?kind (COUNT(?x) AS ?n) WHERE {{
        {{ SELECT ?x ?kind (MIN(?d) AS ?first) WHERE {{
            {{ SELECT DISTINCT ?f WHERE {{ ?f ?role {iri} }} }}
            VALUES ?kind {{ kg:Strike kg:ArmsTransfer kg:Treaty kg:LeaderRole }}
            ?f a ?kind .
            {within}
            OPTIONAL {{ GRAPH kgg:events {{ ?f prov:specializationOf ?e }} }}
            BIND(COALESCE(?e, ?f) AS ?x)
            OPTIONAL {{ ?f kg:date ?d1 }} OPTIONAL {{ ?f kg:signedOn ?d2 }}
            OPTIONAL {{ ?f schema:startDate ?d3 }}
            BIND(STR(COALESCE(?d1, ?d2, ?d3)) AS ?d)
          }} GROUP BY ?x ?kind }}
        BIND(SUBSTR(?first, 1, 7) AS ?period)
        FILTER(BOUND(?period))
    }} GROUP BY ?period ?kind ORDER BY ?period""")
    return build_timeline([(r["period"].value, KINDS.get(r["kind"].value, "fact"),
                            int(r["n"].value)) for r in rows])


def axis_periods(first: str, last: str, by_year: bool) -> list[str]:
    """Every year (YYYY) or month (YYYY-MM) from first to last: a time line's axis is
    continuous, so a quiet month shows as a gap, not as nothing."""
    if by_year:
        return [str(y) for y in range(int(first), int(last) + 1)]
    periods, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last:
        periods.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return periods


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
    periods = axis_periods(min(agg), max(agg), by_year)
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


def evidence_for(where: str) -> list[Evidence]:
    rows = select(f"""SELECT ?e ?f ?kind ?quote ?start ?end ?conf ?agentLabel ?version ?article
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


def article_info(article: str) -> dict:
    iri = NamedNode(article)
    rows = select(f"""SELECT ?headline ?published ?publisher ?url ?lang ?text WHERE {{
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


def article_graph(iri: NamedNode, facts: list[FactSummary],
                   numbers: dict[str, int]) -> dict | None:
    """A small bipartite picture: facts on the left, the entities they link on the right."""
    if not facts:
        return None
    facts = facts[:40]
    values = " ".join(str(NamedNode(f.iri)) for f in facts)
    rows = select(f"""SELECT DISTINCT ?f ?p ?o WHERE {{
        VALUES ?f {{ {values} }}
        ?f ?p ?o .
        FILTER(?p IN (kg:attacker, kg:targetPlace, kg:targetCountry, kg:weapon, kg:reportedBy,
                      kg:supplier, kg:recipient, kg:party, kg:signatory, kg:signedAt,
                      kg:holder, kg:state))
    }} ORDER BY ?f ?p ?o""")
    entities = list(dict.fromkeys(r["o"].value for r in rows))[:40]
    labels = labels_of(entities + [r["p"].value for r in rows])
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


# --- events: one real-world event, its reports side by side ------------------------------------

def event_of_fact(iri: NamedNode) -> dict | None:
    """The event a fact reports (label, link, how many reports), or None before resolution."""
    rows = select(f"""SELECT ?e ?label ?n WHERE {{ GRAPH kgg:events {{ {iri} prov:specializationOf
        ?e . OPTIONAL {{ ?e rdfs:label ?label }} OPTIONAL {{ ?e kg:reportCount ?n }} }} }}""")
    if not rows:
        return None
    r = rows[0]
    return {"iri": r["e"].value, "href": local_href(r["e"].value),
            "label": r["label"].value if "label" in r else short_iri(r["e"].value),
            "reports": int(r["n"].value) if "n" in r else None}


@dataclass
class ReportTimeline:
    """Every report of an event on a time axis (publication dates), as plain numbers for SVG."""

    width: int
    height: int
    marks: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)
    axis_y: int = 0


def report_timeline(reports: list, width: int = 720) -> ReportTimeline | None:
    """A dot per report at its publication date; reports of one day stack upwards."""
    from datetime import date

    dated = [(date.fromisoformat(r.published[:10]), r) for r in reports if r.published]
    if not dated:
        return None
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)
    per_day: dict = defaultdict(int)
    for d, _ in dated:
        per_day[d] += 1
    stack = max(per_day.values())
    left, right, top = 40, 40, 14
    height = top + stack * 22 + 40
    axis_y = height - 28
    tl = ReportTimeline(width, height, axis_y=axis_y)
    seen: dict = defaultdict(int)
    for n, (d, r) in enumerate(dated, 1):
        x = left + (width - left - right) * (d - first).days / span if last != first             else width / 2
        y = axis_y - 12 - seen[d] * 22
        seen[d] += 1
        tl.marks.append({"x": round(x, 1), "y": y, "n": n, "href": local_href(r.fact),
                         "title": f"{r.published}: {r.headline} ({r.publisher or 'publisher unknown'})"})
    for d in sorted(per_day):
        x = left + (width - left - right) * (d - first).days / span if last != first else width / 2
        tl.ticks.append({"x": round(x, 1), "label": d.isoformat()})
    # keep tick labels apart: drop those closer than 70 px to the previous one
    kept, last_x = [], -1e9
    for t in tl.ticks:
        if t["x"] - last_x >= 70:
            kept.append(t)
            last_x = t["x"]
    tl.ticks = kept
    return tl


def report_context(article: str, quotes: list, fact: str, kind: str) -> list[Segment]:
    """The paragraphs of an article that hold a report's evidence, evidence marked."""
    info = article_info(article)
    text = info["text"] or ""
    evidence = [Evidence(f"{fact}/evidence/{n}", fact, kind, q.text, q.start, q.end, None, None,
                         article, n) for n, q in enumerate(quotes)]
    if not text:
        return []
    spans = [where for ev in evidence if (where := locate(text, ev))]
    if not spans:
        return []
    out: list[Segment] = []
    start = 0
    for para in text.split("\n\n"):
        end = start + len(para)
        if any(a < end and b > start for a, b in spans):
            inside = [Evidence(e.iri, e.fact, e.kind, e.quote, e.start - start
                               if e.start is not None else None,
                               e.end - start if e.end is not None else None, None, None,
                               article, e.index) for e in evidence]
            segments, _ = segment(para, inside)
            if out:
                out.append(Segment(" … ", []))
            out.extend(segments)
        start = end + 2
    return out


__all__ = ["Evidence", "FactSummary", "KINDS", "KIND_LABELS", "PAGE_SIZE", "Segment", "Timeline",
           "article_graph", "article_info", "build_timeline", "describe", "entity_timeline", "event_of_fact",
           "evidence_for", "fact_summaries", "get_store", "labels_of", "locate",
           "properties_of", "report_context", "report_timeline", "segment", "select"]
