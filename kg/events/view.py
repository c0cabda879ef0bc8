"""One event as people read it: what its reports agree on, the figures each report gave side by
side, and every report with its article and evidence sentences, in publication order.

Used by `kg events show` and the event page; read through SPARQL only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kg import namespaces as ns
from kg.errors import NotFoundError
from kg.events.reports import FIELDS, reports_of_facts, select_rows, values_blocks

G = ns.GRAPH_EVENTS.value

#: Per kind, the fields shown side by side for every report (field, heading).
COLUMNS = {
    "Strike": (("date", "date"), ("killed", "killed"), ("injured", "injured"),
               ("weaponText", "weapon"), ("attacker", "attacker"), ("targetPlace", "place")),
    "ArmsTransfer": (("transferStatus", "status"), ("date", "date"), ("quantity", "quantity"),
                     ("weaponText", "weapon"), ("supplier", "supplier")),
    "Treaty": (("signedOn", "signed"), ("name", "name"), ("signatory", "signatories"),
               ("signedAt", "place")),
    "LeaderRole": (("office", "office"), ("state", "state"), ("startDate", "start"),
                   ("endDate", "end")),
}
_AGREED = (("attacker", "attacker"), ("targetPlace", "place"), ("targetCountry", "country"),
           ("supplier", "supplier"), ("recipient", "recipient"), ("weapon", "weapon"),
           ("weaponText", "weapon (words)"), ("party", "parties"), ("signatory", "signatories"),
           ("holder", "person"), ("office", "office"), ("date", "date"),
           ("signedOn", "signed"), ("signedAt", "signed at"), ("transferStatus", "status"),
           ("killed", "killed (latest)"), ("injured", "injured (latest)"),
           ("quantity", "quantity (latest)"))


@dataclass
class Quote:
    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class ReportView:
    fact: str
    article: str
    headline: str
    publisher: str | None
    published: str
    cells: dict[str, str]
    quotes: list[Quote]
    rule: str
    score: float | None
    note: str


@dataclass
class FigureView:
    measure: str
    minimum: int
    maximum: int
    latest: int

    @property
    def disputed(self) -> bool:
        return self.minimum != self.maximum


@dataclass
class StepView:
    status: str
    date: str | None
    first_reported: str
    reports: int


@dataclass
class EventView:
    iri: str
    label: str
    kind: str
    first_reported: str | None
    last_reported: str | None
    agreed: list[tuple[str, str]]
    figures: list[FigureView]
    steps: list[StepView]
    columns: list[str]
    reports: list[ReportView] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["figures"] = [{**asdict(f), "disputed": f.disputed} for f in self.figures]
        return data

    def to_text(self) -> str:
        lines = [self.label, f"  {self.iri}", f"  {self.kind}, {len(self.reports)} report(s), "
                 f"first {self.first_reported}, last {self.last_reported}"]
        lines += [f"  {name}: {value}" for name, value in self.agreed]
        for f in self.figures:
            lines.append(f"  {f.measure}: {f.minimum}..{f.maximum}, latest {f.latest}"
                         + ("  (reports disagree)" if f.disputed else ""))
        for s in self.steps:
            lines.append(f"  {s.status}: {s.date or 'no date given'} (first reported "
                         f"{s.first_reported}, {s.reports} report(s))")
        lines.append("")
        header = ["published", *self.columns, "article"]
        table = [[r.published, *[r.cells.get(c) or "-" for c in self.columns],
                  r.article.rsplit("/", 1)[-1]] for r in self.reports]
        widths = [min(30, max(len(row[i]) for row in [header, *table])) for i in range(len(header))]
        for row in [header, *table]:
            lines.append(("  " + "  ".join(cell[:w].ljust(w)
                                           for cell, w in zip(row, widths, strict=True))).rstrip())
        for r in self.reports:
            lines.append("")
            score = f" {r.score:.2f}" if r.score is not None else ""
            lines.append(f"  [{r.published}] {r.headline} ({r.publisher or 'publisher unknown'})"
                         f" - {r.rule}{score}")
            lines.extend(f"    “{q.text}”" for q in r.quotes)
        return "\n".join(lines)


def _labels(store, iris: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values_blocks(iris):
        for r in select_rows(store, f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {v} }} ?x rdfs:label ?l "
                                    f"}}"):
            if r["x"] not in out or r["l"] < out[r["x"]]:
                out[r["x"]] = r["l"]
    return out


def _display(value: str, labels: dict[str, str]) -> str:
    if value in labels:
        return labels[value]
    if value.startswith(ns.CONCEPT):
        return value.rsplit("/", 1)[-1]
    return value


def event_view(store, event: str) -> EventView:
    rows = list(select_rows(store, f"SELECT ?p ?o WHERE {{ GRAPH <{G}> {{ <{event}> ?p ?o }} }}"))
    if not rows:
        raise NotFoundError(f"no such event: {event}",
                            hint="events change IRI when an earlier report joins them; find it "
                                 "again from one of its reports")
    props: dict[str, list[str]] = {}
    for r in rows:
        props.setdefault(r["p"], []).append(r["o"])
    kind = props[ns.KG + "eventKind"][0][len(ns.KG):]
    links = {r["f"]: r for r in select_rows(store, f"""SELECT ?f ?rule ?score ?note WHERE {{
        GRAPH <{G}> {{ ?link kg:linkEvent <{event}> ; kg:linkFact ?f ; kg:linkRule ?rule .
        OPTIONAL {{ ?link kg:linkScore ?score }} OPTIONAL {{ ?link kg:linkNote ?note }} }} }}""")}
    reports = reports_of_facts(store, links)
    iris = {v for r in reports.values() for vs in r.values.values() for v in vs
            if v.startswith(ns.ID)} | {o for vs in props.values() for o in vs
                                       if o.startswith(ns.ID)}
    labels = _labels(store, iris)
    articles = {r["a"]: r for r in select_rows(store, f"""SELECT ?a ?headline ?publisher WHERE {{
        VALUES ?a {{ {' '.join(f'<{r.article}>' for r in reports.values())} }}
        ?a schema:headline ?headline . OPTIONAL {{ ?a schema:publisher ?publisher }} }}""")}
    quotes = _quotes(store, set(reports))
    columns = COLUMNS[kind]
    out_reports = []
    for fact, report in sorted(reports.items(), key=lambda kv: kv[1].order):
        cells = {heading: ", ".join(_display(v, labels) for v in report.all(name))
                 for name, heading in columns}
        link = links[fact]
        art = articles.get(report.article, {})
        out_reports.append(ReportView(
            fact, report.article, art.get("headline", report.article), art.get("publisher"),
            report.published, cells, quotes.get(fact, []), link["rule"].rsplit("/", 1)[-1],
            float(link["score"]) if "score" in link else None, link.get("note", "")))
    agreed = []
    for name, heading in _AGREED:
        values = props.get(FIELDS[name], [])
        if values:
            agreed.append((heading, ", ".join(sorted(_display(v, labels) for v in values))))
    figures = _figures(store, event)
    steps = _steps(store, event)
    first = props.get(ns.KG + "firstReported", [None])[0]
    last = props.get(ns.KG + "lastReported", [None])[0]
    return EventView(event, props.get(ns.RDFS + "label", [event])[0], kind, first, last, agreed,
                     figures, steps, [h for _, h in columns], out_reports)


def _figures(store, event: str) -> list[FigureView]:
    rows = select_rows(store, f"""SELECT ?m ?low ?high ?latest WHERE {{ GRAPH <{G}> {{
        <{event}> kg:figure ?n . ?n kg:measure ?m ; kg:minimum ?low ; kg:maximum ?high ;
        kg:latest ?latest }} }} ORDER BY ?m""")
    order = {"killed": 0, "injured": 1, "quantity": 2}
    figures = [FigureView(r["m"][len(ns.KG):], int(r["low"]), int(r["high"]), int(r["latest"]))
               for r in rows]
    return sorted(figures, key=lambda f: order.get(f.measure, 9))


def _steps(store, event: str) -> list[StepView]:
    rows = select_rows(store, f"""SELECT ?status ?date ?first (COUNT(?f) AS ?n) WHERE {{
        GRAPH <{G}> {{ <{event}> kg:statusStep ?s . ?s kg:transferStatus ?status ;
        kg:firstReported ?first ; kg:stepFrom ?f . OPTIONAL {{ ?s kg:date ?date }} }} }}
        GROUP BY ?status ?date ?first ORDER BY ?first""")
    return [StepView(r["status"].rsplit("/", 1)[-1], r.get("date"), r["first"], int(r["n"]))
            for r in rows]


def _quotes(store, facts: set[str]) -> dict[str, list[Quote]]:
    found: dict[str, dict[str, Quote]] = {}
    for v in values_blocks(facts):
        for r in select_rows(store, f"""SELECT ?f ?ev ?text ?start ?end WHERE {{
              VALUES ?f {{ {v} }} ?f kg:hasEvidence ?ev .
              ?ev oa:hasTarget/oa:hasSelector ?sel . ?sel oa:exact ?text .
              OPTIONAL {{ ?ev oa:hasTarget/oa:hasSelector ?pos . ?pos oa:start ?start ;
                          oa:end ?end }} }}"""):
            found.setdefault(r["f"], {})[r["ev"]] = Quote(
                r["text"], int(r["start"]) if "start" in r else None,
                int(r["end"]) if "end" in r else None)
    return {f: [q for _, q in sorted(qs.items(), key=lambda kv: _evidence_index(kv[0]))]
            for f, qs in found.items()}


def _evidence_index(iri: str) -> int:
    tail = iri.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0
