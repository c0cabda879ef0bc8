"""An event's node in `kgg:events`: what its reports agree on, where they differ, and each link.

For an event with reports r1..rn (see docs/events.md for the full picture):

* `kgid:event/<kind>/<h>` (h from the IRI of its first report, so it stays put as later reports
  join) `a kg:ResolvedEvent`, `kg:eventKind` (the class of its reports), a label, the first and
  last publication dates of its reports and how many there are;
* what the reports agree on, with the same properties as the facts: participants, the most
  precise place, the date (the most precise, then the most often given, then the earliest);
* each figure (killed, injured, quantity) as the latest report gives it, and, once there are
  two reports, a `kg:FigureSummary` with the lowest, highest and latest value and the reports
  that gave them;
* for an arms transfer, its furthest status and, once there are two reports, a
  `kg:StatusStep` per status reported, with the earliest date given for it and its reports;
* per report: `<fact> prov:specializationOf <event>`, and a `kg:EventLink` node
  (`<fact>/resolution`) with the rule, the score, why, the index keys and the article.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg import namespaces as ns
from kg.events.cluster import Cluster, Link
from kg.events.reports import KIND_SLUG, EntityInfo, Report
from kg.events.rules import STATUS_RANK
from kg.namespaces import kg, prov, rdf, rdfs, xsd
from kg.rdf import date_literal

G = ns.GRAPH_EVENTS
RULE_SCHEME = "resolution-rule"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def event_iri_for(cluster: Cluster) -> NamedNode:
    founder = cluster.founder
    return ns.event_iri(KIND_SLUG[founder.kind], _hash(founder.fact))


def role_event_iri(holder: str, office: str) -> NamedNode:
    return ns.event_iri("role", _hash(f"{holder}|{office}"))


LINK_SUFFIX = "/resolution"


def link_iri(fact: str) -> NamedNode:
    return NamedNode(fact + LINK_SUFFIX)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=xsd.integer)


def decimal(value: float) -> Literal:
    """xsd:decimal in Oxigraph's canonical form, so what is written equals what is read back."""
    text = format(Decimal(f"{value:.3f}").normalize(), "f")
    return Literal(text, datatype=xsd.decimal)


def _iri(value: str) -> NamedNode:
    return NamedNode(value)


class EventWriter:
    """Turns clusters into quads; `label` names entities for event labels."""

    def __init__(self, entities: dict[str, EntityInfo]):
        self.entities = entities

    def label(self, iri: str | None) -> str:
        info = self.entities.get(iri) if iri else None
        if info and info.label:
            return info.label
        return (iri or "?").rsplit("/", 1)[-1].replace("-", " ").title()

    # --- one event ------------------------------------------------------------------------

    def event_quads(self, cluster: Cluster, keys: dict[str, list[str]]) -> list[Quad]:
        event = event_iri_for(cluster)
        kind = cluster.founder.kind
        out: list[Quad] = []

        def add(s, p, o):
            out.append(Quad(s, p, o, G))

        reports = sorted(cluster.reports, key=lambda r: r.order)
        add(event, rdf.type, kg.ResolvedEvent)
        add(event, kg.eventKind, kg[kind])
        add(event, kg.reportCount, _int(len(reports)))
        add(event, kg.firstReported, date_literal(reports[0].published))
        add(event, kg.lastReported, date_literal(reports[-1].published))
        fill = {"Strike": self._strike, "ArmsTransfer": self._transfer,
                "Treaty": self._treaty}[kind]
        label = fill(event, reports, add)
        add(event, rdfs.label, Literal(label))
        for report in reports:
            out.extend(self.link_quads(report, event, cluster.links[report.fact],
                                       keys.get(report.fact, [])))
        return out

    def link_quads(self, report: Report, event: NamedNode, link: Link,
                   keys: Iterable[str]) -> list[Quad]:
        fact, node = _iri(report.fact), link_iri(report.fact)
        out = [Quad(fact, prov.specializationOf, event, G),
               Quad(node, rdf.type, kg.EventLink, G),
               Quad(node, kg.linkFact, fact, G),
               Quad(node, kg.linkEvent, event, G),
               Quad(node, kg.linkArticle, _iri(report.article), G),
               Quad(node, kg.linkRule, ns.concept_iri(RULE_SCHEME, link.rule), G)]
        if link.score is not None:
            out.append(Quad(node, kg.linkScore, decimal(link.score), G))
        if link.detail:
            out.append(Quad(node, kg.linkNote, Literal(link.detail), G))
        if link.partner:
            out.append(Quad(node, kg.linkPartner, _iri(link.partner), G))
        out.extend(Quad(node, kg.blockKey, Literal(k), G) for k in keys)
        return out

    # --- agreed values --------------------------------------------------------------------

    def _agreed(self, event, reports: list[Report], name: str, predicate, add) -> str | None:
        """The value all reports that give it agree on (by entity identity); the founder's IRI."""
        values = [r.one(name) for r in reports if r.one(name)]
        if not values:
            return None
        ids = {self.entities[v].identity if v in self.entities else v for v in values}
        if len(ids) != 1:
            return None
        add(event, predicate, _iri(values[0]))
        return values[0]

    def _most_specific_place(self, event, reports, name: str, predicate, add) -> str | None:
        places = sorted({r.one(name) for r in reports if r.one(name)})
        if not places:
            return None
        depth = {p: len(self.entities[p].within) if p in self.entities else 0 for p in places}
        best = max(places, key=lambda p: (depth[p], -places.index(p)))
        add(event, predicate, _iri(best))
        return best

    @staticmethod
    def _best_date(reports: list[Report], name: str, earliest: bool = False) -> str | None:
        """The most precise date given; then the most often given (or, with `earliest`, the
        first); then the earliest."""
        dates = [r.one(name) for r in reports if r.one(name)]
        if not dates:
            return None
        counts = Counter(dates)
        return min(dates, key=lambda d: (-len(d), 0 if earliest else -counts[d], d))

    def _figure(self, event, reports: list[Report], name: str, add) -> None:
        given = [(r, r.number(name)) for r in reports if r.number(name) is not None]
        if not given:
            return
        values = [v for _, v in given]
        low, high, (latest_report, latest) = min(values), max(values), given[-1]
        add(event, kg[name], _int(latest))
        if len(reports) == 1:  # one report: its figure is the whole story
            return
        node = NamedNode(f"{event.value}/figure/{name}")
        add(event, kg.figure, node)
        add(node, rdf.type, kg.FigureSummary)
        add(node, kg.measure, kg[name])
        add(node, kg.minimum, _int(low))
        add(node, kg.maximum, _int(high))
        add(node, kg.latest, _int(latest))
        for r, v in given:
            if v == low:
                add(node, kg.minimumFrom, _iri(r.fact))
            if v == high:
                add(node, kg.maximumFrom, _iri(r.fact))
        add(node, kg.latestFrom, _iri(latest_report.fact))

    # --- per kind -------------------------------------------------------------------------

    def _strike(self, event, reports: list[Report], add: Callable) -> str:
        attacker = self._agreed(event, reports, "attacker", kg.attacker, add)
        place = self._most_specific_place(event, reports, "targetPlace", kg.targetPlace, add)
        country = self._agreed(event, reports, "targetCountry", kg.targetCountry, add)
        self._agreed(event, reports, "weapon", kg.weapon, add)
        when = self._best_date(reports, "date")
        if when:
            add(event, kg.date, date_literal(when))
        for name in ("killed", "injured"):
            self._figure(event, reports, name, add)
        where = self.label(place or country) if (place or country) else "an unknown place"
        return (f"Strike on {where}" + (f", {when}" if when else "")
                + (f" ({self.label(attacker)})" if attacker else ""))

    def _transfer(self, event, reports: list[Report], add: Callable) -> str:
        supplier = self._agreed(event, reports, "supplier", kg.supplier, add)
        recipient = self._agreed(event, reports, "recipient", kg.recipient, add)
        weapon = self._agreed(event, reports, "weapon", kg.weapon, add)
        texts = [r.one("weaponText") for r in reports if r.one("weaponText")]
        if texts:
            add(event, kg.weaponText, Literal(texts[0]))
        when = self._best_date(reports, "date", earliest=True)
        if when:
            add(event, kg.date, date_literal(when))
        self._figure(event, reports, "quantity", add)
        steps: dict[str, list[Report]] = {}
        for r in reports:
            status = r.slug("transferStatus")
            if status and status != "unknown":
                steps.setdefault(status, []).append(r)
        furthest = max(steps, key=lambda s: (STATUS_RANK.get(s, -1), s)) if steps else None
        if furthest:
            add(event, kg.transferStatus, ns.concept_iri("transfer-status", furthest))
        for status, members in sorted(steps.items()) if len(reports) > 1 else ():
            node = NamedNode(f"{event.value}/status/{status}")
            add(event, kg.statusStep, node)
            add(node, rdf.type, kg.StatusStep)
            add(node, kg.transferStatus, ns.concept_iri("transfer-status", status))
            add(node, kg.firstReported, date_literal(members[0].published))
            dated = sorted(r.one("date") for r in members if r.one("date"))
            if dated:
                add(node, kg.date, date_literal(dated[0]))
            for r in members:
                add(node, kg.stepFrom, _iri(r.fact))
        what = self.label(weapon) if weapon else (texts[0] if texts else "weapons")
        return (f"{self.label(supplier) if supplier else '?'} to "
                f"{self.label(recipient) if recipient else '?'}: {what}"
                + (f" ({furthest})" if furthest else ""))

    def _treaty(self, event, reports: list[Report], add: Callable) -> str:
        founder = reports[0]
        for party in founder.all("party"):
            add(event, kg.party, _iri(party))
        for signer in sorted({s for r in reports for s in r.all("signatory")}):
            add(event, kg.signatory, _iri(signer))
        when = self._best_date(reports, "signedOn")
        if when:
            add(event, kg.signedOn, date_literal(when))
        self._agreed(event, reports, "signedAt", kg.signedAt, add)
        names = [r.one("name") for r in reports if r.one("name")]
        if names:
            add(event, ns.schema.name, Literal(Counter(names).most_common(1)[0][0]))
        parties = " and ".join(sorted(self.label(p) for p in founder.all("party")))
        title = names[0] if names else "Agreement"
        return f"{title} between {parties}" + (f", {when}" if when else "")

    # --- roles ----------------------------------------------------------------------------

    def role_event_quads(self, event: NamedNode, holder: str | None, office: str) -> list[Quad]:
        out = [Quad(event, rdf.type, kg.ResolvedEvent, G),
               Quad(event, kg.eventKind, kg.LeaderRole, G),
               Quad(event, kg.office, Literal(office), G),
               Quad(event, rdfs.label, Literal(f"{self.label(holder)}, {office}"), G)]
        if holder:
            out.append(Quad(event, kg.holder, _iri(holder), G))
        return out
