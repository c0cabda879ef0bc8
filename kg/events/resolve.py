"""Keep `kgg:events` in step with the articles: incremental after every write, or all at once.

`update(store, articles)` is the one call the write paths make after articles were loaded,
reloaded or removed. It reads those articles' facts, finds their candidate events through the
block-key index (kg.events.blocking: a few look-ups per report, whatever the size of the store),
follows links, analysts' decisions and current event memberships until the group of reports is
closed, groups it into events (kg.events.cluster) and writes the difference between the events
it had and the events it has now in one SPARQL update. `rebuild(store)` does the same for every
report at once and replaces the graph; both give the same graph, because the grouping depends
only on the closed group of reports, never on the order they arrived in.

Loads mark each article they write as pending (`<article> kg:eventsPending true` in
kgg:events, in the load's own transaction); the update that resolves it removes the mark after
writing the events, so an interrupted load is picked up by the next `update` or
`kg events sync` (resolving an article again changes nothing more).

Leader roles are not grouped pairwise: a role's event is the holding (person, office), one
look-up per report, so a person named in thousands of articles costs the same as any other.
Only SPARQL and the `GraphStore` interface are used: embedded and remote stores alike.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, Triple

from kg import namespaces as ns
from kg.errors import StoreError, ValidationFailed
from kg.events import blocking
from kg.events import decisions as decision_store
from kg.events.cluster import Cluster, Constraints, Link, cluster, pair
from kg.events.reports import (EntityInfo, Report, all_reports, entities_of, entity_info,
                               objects_of, reports_of_articles, reports_of_facts, select_rows,
                               subjects_of, values_blocks)
from kg.events.rules import Comparer, Verdict, role_key
from kg.events.summary import LINK_SUFFIX, EventWriter, link_iri, role_event_iri
from kg.namespaces import kg, xsd

G = ns.GRAPH_EVENTS
SPECIALIZATION = ns.PROV + "specializationOf"
PENDING = kg.eventsPending
TRUE = Literal("true", datatype=xsd.boolean)
_LOOKUP_CHUNK = 400


@dataclass
class Outcome:
    """What one resolution run did."""

    articles: int = 0
    reports: int = 0           # reports (re)grouped
    events: int = 0            # events they form now
    added: int = 0             # quads written
    removed: int = 0           # quads removed
    lookups: int = 0           # index look-ups (queries)
    seconds: float = 0.0
    touched: list[str] = field(default_factory=list)  # event IRIs written or removed

    def to_json(self) -> dict:
        return {"articles": self.articles, "reports": self.reports, "events": self.events,
                "added": self.added, "removed": self.removed, "seconds": round(self.seconds, 3)}


def pending_marks(article_ids: Iterable[str]) -> list[Quad]:
    """The quads a load adds to say that these articles await resolution."""
    return [Quad(ns.article_iri(a), PENDING, TRUE, G) for a in article_ids]


class _Run:
    """One incremental resolution: the closed group of reports around some seeds."""

    def __init__(self, store, validator=None):
        self.store = store
        self.validator = validator
        self.reports: dict[str, Report] = {}
        self.missing: set[str] = set()
        self.entities: dict[str, EntityInfo] = {}
        self.index: dict[str, set[str]] = {}   # index key -> facts (fresh keys of known reports)
        self.keys: dict[str, tuple[list[str], list[str]]] = {}
        self.verdicts: dict[tuple[str, str], Verdict] = {}
        self.lookups = 0
        self.decisions: dict[str, decision_store.Decision] = {}
        self.decided: set[str] = set()  # facts whose decisions were read

    # --- reading --------------------------------------------------------------------------

    def know(self, reports: dict[str, Report]) -> None:
        self.reports.update(reports)
        need = entities_of(reports.values()) - self.entities.keys()
        if need:
            self.entities.update(entity_info(self.store, need))
        for fact, report in reports.items():
            if fact in self.keys:
                continue
            index, lookup = blocking.keys(report, self.entities)
            self.keys[fact] = (index, lookup)
            for k in index:
                self.index.setdefault(k, set()).add(fact)

    def fetch(self, facts: Iterable[str]) -> None:
        need = set(facts) - self.reports.keys() - self.missing
        if not need:
            return
        found = reports_of_facts(self.store, need)
        self.missing |= need - found.keys()
        self.know(found)

    def stored_candidates(self, keys: Iterable[str]) -> set[str]:
        """Facts stored under any of these index keys (a link is `<fact>/resolution`)."""
        out: set[str] = set()
        keys = sorted(set(keys))
        for i in range(0, len(keys), _LOOKUP_CHUNK):
            body = " ".join(_quote(k) for k in keys[i:i + _LOOKUP_CHUNK])
            self.lookups += 1
            for r in select_rows(self.store, f"""SELECT ?link WHERE {{ VALUES ?k {{ {body} }}
                  GRAPH <{G.value}> {{ ?link kg:blockKey ?k }} }}"""):
                if r["link"].endswith(LINK_SUFFIX):
                    out.add(r["link"][:-len(LINK_SUFFIX)])
        return out

    def memberships(self, facts: Iterable[str]) -> dict[str, str]:
        """fact -> its event as stored now."""
        found = objects_of(self.store, facts, SPECIALIZATION, G.value)
        return {f: min(events) for f, events in found.items()}

    def members(self, events: Iterable[str]) -> dict[str, set[str]]:
        """event -> the facts linked to it now."""
        return subjects_of(self.store, SPECIALIZATION, events, G.value)

    def read_decisions(self, facts: Iterable[str]) -> set[str]:
        """Read the decisions about these facts; return the other facts they name."""
        need = set(facts) - self.decided
        self.decided |= need
        if not need:
            return set()
        partners = set()
        for d in decision_store.decisions_about(self.store, need):
            self.decisions[d.iri] = d
            partners |= d.facts
        return partners - need

    # --- the closed group -----------------------------------------------------------------

    def close(self, seeds: set[str]) -> set[str]:
        """The smallest set holding the seeds and every report linked to one of its members
        (by the rules, a decision, or the event it belongs to now)."""
        group: set[str] = set()
        frontier = set(seeds)
        while frontier:
            self.fetch(frontier)
            frontier = {f for f in frontier if f in self.reports
                        and self.reports[f].kind != "LeaderRole"} - group
            if not frontier:
                break
            group |= frontier
            found = self.stored_candidates(k for f in frontier for k in self.keys[f][1])
            self.fetch(found)
            following: set[str] = set()
            for f in sorted(frontier):
                candidates = set()
                for k in self.keys[f][1]:
                    candidates |= self.index.get(k, set())
                for g in candidates:
                    if g == f or g not in self.reports:
                        continue
                    key = pair(f, g)
                    if key not in self.verdicts:
                        self.verdicts[key] = self.comparer.compare(self.reports[key[0]],
                                                                   self.reports[key[1]])
                    if self.verdicts[key].linked:
                        following.add(g)
            following |= self.read_decisions(frontier)
            stored = self.memberships(frontier)
            for members in self.members(set(stored.values())).values():
                following |= members
            frontier = following - group
        return group

    @property
    def comparer(self) -> Comparer:
        return Comparer(self.entities)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _constraints(decisions: Iterable[decision_store.Decision], group: set[str]) -> Constraints:
    return decision_store.constraints(d for d in decisions if d.facts & group)


def events_of(run_reports: dict[str, Report], group: set[str],
              verdicts: dict[tuple[str, str], Verdict], comparer: Comparer,
              constraints: Constraints) -> list[Cluster]:
    members = {f: run_reports[f] for f in group}
    pairs = {k: v for k, v in verdicts.items() if k[0] in group and k[1] in group}
    return cluster(members, pairs, comparer, constraints)


# --- leader roles ---------------------------------------------------------------------------

def role_event(report: Report, decisions: list[decision_store.Decision],
               reports: dict[str, Report]) -> tuple[NamedNode, Report, str]:
    """A role report's event: its holding, unless an analyst decided otherwise. Returns the
    event IRI, the report whose holding names it, and the rule."""
    latest = decision_store.latest_for(decisions, report.fact)
    if latest and latest.kind == "split" and latest.split == report.fact:
        holder, office = role_key(report)
        return role_event_iri(holder, f"{office}|{report.fact}"), report, "analyst-split"
    if latest and latest.kind == "merge":
        anchor = reports.get(min(latest.facts), report)
        holder, office = role_key(anchor)
        return role_event_iri(holder, office), anchor, "analyst-merge"
    holder, office = role_key(report)
    return role_event_iri(holder, office), report, "role-same-holding"


# --- the write ------------------------------------------------------------------------------

def _stored_quads(store, subjects: Iterable[str]) -> set[Quad]:
    """The quads of kgg:events about these subjects (and their figure and status nodes)."""
    subjects = set(subjects)
    out: set[Quad] = set()
    nodes: set[NamedNode] = set()

    def read(block: str) -> None:
        result = store.query(ns.sparql_prefixes() + f"SELECT ?s ?p ?o WHERE {{ GRAPH <{G.value}> "
                             f"{{ VALUES ?s {{ {block} }} ?s ?p ?o }} }}")
        for row in result:
            quad = Quad(row["s"], row["p"], row["o"], G)
            out.add(quad)
            if row["p"] in (kg.figure, kg.statusStep):
                nodes.add(row["o"])

    for v in values_blocks(subjects):
        read(v)
    done = set(subjects)
    pending = {n for n in nodes if n.value not in done}
    for v in values_blocks(n.value for n in pending):
        read(v)
    return out


class Resolver:
    """Event resolution over one store."""

    def __init__(self, store, validator=None):
        self.store = store
        self.validator = validator

    # --- incremental ----------------------------------------------------------------------

    def pending(self) -> list[str]:
        """Article ids marked as awaiting resolution."""
        prefix = ns.ID + "article/"
        rows = select_rows(self.store, f"SELECT ?a WHERE {{ GRAPH <{G.value}> "
                                       f"{{ ?a kg:eventsPending ?x }} }}")
        return sorted({r["a"][len(prefix):] for r in rows if r["a"].startswith(prefix)})

    def update(self, article_ids: Iterable[str] = ()) -> Outcome:
        """Resolve these articles' facts (loaded, reloaded or removed) and any pending ones."""
        started = time.perf_counter()
        ids = sorted(set(article_ids) | set(self.pending()))
        if not ids:
            return Outcome()
        articles = {ns.article_iri(a).value for a in ids}
        run = _Run(self.store, self.validator)
        current = reports_of_articles(self.store, ids)
        run.know(current)
        old = self._links_of_articles(articles)  # fact -> event, as stored
        stale = set(old) - current.keys()
        return self._resolve(run, set(current), stale, old, ids, started)

    def update_facts(self, facts: Iterable[str]) -> Outcome:
        """Resolve again the events of these facts (after an analyst's decision)."""
        started = time.perf_counter()
        run = _Run(self.store, self.validator)
        facts = set(facts)
        run.fetch(facts)
        current = {f for f in facts if f in run.reports}
        old = run.memberships(facts)
        stale = set(old) - current
        return self._resolve(run, current, stale, old, [], started)

    def _links_of_articles(self, articles: set[str]) -> dict[str, str]:
        """fact -> event of the links stored for these articles (whether the facts exist)."""
        links = subjects_of(self.store, ns.KG + "linkArticle", articles, G.value)
        facts = {link[:-len(LINK_SUFFIX)] for ls in links.values() for link in ls
                 if link.endswith(LINK_SUFFIX)}
        return _Run(self.store).memberships(facts)

    def _resolve(self, run: _Run, current: set[str], stale: set[str], old: dict[str, str],
                 article_ids: list[str], started: float) -> Outcome:
        roles = {f for f in current if run.reports[f].kind == "LeaderRole"}
        # Other reports of the events the stale and current facts belonged to join the group.
        seeds = (current - roles)
        old_events = {old[f] for f in stale | current if f in old}
        for members in run.members(old_events).values():
            seeds |= members - stale
        group = run.close(seeds)
        run.read_decisions(group | roles)
        decisions = list(run.decisions.values())
        clusters = events_of(run.reports, group, run.verdicts, run.comparer,
                             _constraints(decisions, group))
        writer = EventWriter(run.entities)
        new: set[Quad] = set()
        for c in clusters:
            new.update(writer.event_quads(c, {f: run.keys[f][0] for f in c.links}))
        role_events: set[str] = set()
        for f in sorted(roles):
            report = run.reports[f]
            event, anchor, rule = role_event(report, decisions, run.reports)
            role_events.add(event.value)
            holder, office = role_key(anchor)
            new.update(writer.role_event_quads(event, anchor.one("holder"), office))
            new.update(writer.link_quads(report, event, Link(f, rule, None), []))
        # What is stored now about the same facts and events.
        facts = group | roles | stale
        old_events |= {old_event for f, old_event in run.memberships(group).items()}
        subjects = facts | {link_iri(f).value for f in facts} | old_events | role_events
        before = _stored_quads(self.store, subjects)
        # Role events whose last report went away are removed with it.
        gone_roles = {e for e in old_events if "/event/role/" in e} - role_events
        if gone_roles:
            still = run.members(gone_roles)
            for e in gone_roles:
                if still.get(e, set()) - facts:
                    before = {q for q in before if q.subject.value != e}
        remove = before - new
        add = new - before
        marks = pending_marks(article_ids)
        if add:
            self._check(new, run)
        self._write(remove, add, marks)
        return Outcome(articles=len(article_ids), reports=len(group) + len(roles),
                       events=len(clusters) + len(role_events), added=len(add),
                       removed=len(remove), lookups=run.lookups,
                       seconds=time.perf_counter() - started,
                       touched=sorted({q.subject.value for q in add | remove
                                       if "/event/" in q.subject.value
                                       and q.predicate == ns.rdf.type}))

    def _check(self, quads: set[Quad], run: _Run) -> None:
        if not quads or self.validator is None:
            return
        context = [t for r in run.reports.values() for t in _fact_types(r)]
        context += [Triple(NamedNode(a), ns.rdf.type, kg.Article)
                    for a in {r.article for r in run.reports.values()}]
        minted = (ns.ID + "article/", ns.ID + "event/")  # described by the quads themselves
        context += self.store.context_for({q.object for q in quads
                                           if isinstance(q.object, NamedNode)
                                           and q.object.value.startswith(ns.ID)
                                           and not q.object.value.startswith(minted)})
        report = self.validator.validate(list(quads), context)
        if not report.conforms:
            raise ValidationFailed("events refused: the resolved events violate the shapes; "
                                   "nothing was written", report,
                                   hint="this is a bug in kg's event resolution: report it")

    def _write(self, remove: set[Quad], add: set[Quad], marks: list[Quad]) -> None:
        """The events' change in one step, then the pending marks go: stopped in between, the
        articles are resolved again next time, which changes nothing more."""
        if remove or add:
            self.store.write({}, sorted(add, key=str), remove=sorted(remove, key=str))
        if marks:
            self.store.write({}, remove=marks)

    def out_of_step(self) -> list[str]:
        """Article ids whose events do not match their facts: pending, facts without an event
        (written by something that did not resolve them), links to facts that are gone. Scans
        the store: for repairs (`kg events sync`), not for every write."""
        prefix = ns.ID + "article/"
        found = {prefix + a for a in self.pending()}
        for r in select_rows(self.store, f"""SELECT DISTINCT ?a WHERE {{
              GRAPH ?g {{ ?f a kg:Fact ; prov:wasDerivedFrom ?a }}
              FILTER NOT EXISTS {{ GRAPH <{G.value}> {{ ?f prov:specializationOf ?e }} }} }}"""):
            found.add(r["a"])
        for r in select_rows(self.store, f"""SELECT DISTINCT ?a WHERE {{
              GRAPH <{G.value}> {{ ?link kg:linkFact ?f ; kg:linkArticle ?a }}
              FILTER NOT EXISTS {{ ?f a kg:Fact }} }}"""):
            found.add(r["a"])
        return sorted(a[len(prefix):] for a in found if a.startswith(prefix))

    def sync(self) -> Outcome:
        """Resolve every article that is out of step (see `out_of_step`)."""
        return self.update(self.out_of_step())

    # --- all at once ----------------------------------------------------------------------

    def rebuild(self) -> Outcome:
        """Resolve every report from scratch and replace kgg:events with the result."""
        started = time.perf_counter()
        quads, outcome, run = self._compute_all()
        self._check(quads, run)
        self.store.write({G: sorted(quads, key=str)})
        outcome.added = len(quads)
        outcome.seconds = time.perf_counter() - started
        return outcome

    def compute_all(self) -> set[Quad]:
        """The whole events graph as resolution from scratch gives it."""
        return self._compute_all()[0]

    def compared_pairs(self) -> set[tuple[str, str]]:
        """Every pair of reports the index brought together and the rules compared (for
        `kg eval --events`: near misses are such pairs of different real events)."""
        return set(self._compute_all()[2].verdicts)

    def _compute_all(self) -> tuple[set[Quad], Outcome, _Run]:
        run = _Run(self.store)
        reports = all_reports(self.store)
        run.know(reports)
        facts = sorted(f for f, r in reports.items() if r.kind != "LeaderRole")
        comparer = run.comparer
        for f in facts:
            candidates = set()
            for k in run.keys[f][1]:
                candidates |= run.index.get(k, set())
            for g in candidates:
                if g == f:
                    continue
                key = pair(f, g)
                if key not in run.verdicts:
                    run.verdicts[key] = comparer.compare(reports[key[0]], reports[key[1]])
        run.read_decisions(reports)
        decisions = list(run.decisions.values())
        constraints = decision_store.constraints(decisions)
        # closed groups: connected by linked pairs or decisions
        parent = {f: f for f in facts}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for (a, b), v in run.verdicts.items():
            if v.linked:
                parent[find(a)] = find(b)
        for a, b in constraints.together | constraints.apart:
            if a in parent and b in parent:
                parent[find(a)] = find(b)
        groups: dict[str, set[str]] = {}
        for f in facts:
            groups.setdefault(find(f), set()).add(f)
        pairs: dict[str, dict[tuple[str, str], Verdict]] = {}
        for key, v in run.verdicts.items():
            if find(key[0]) == find(key[1]):
                pairs.setdefault(find(key[0]), {})[key] = v
        writer = EventWriter(run.entities)
        quads: set[Quad] = set()
        events = 0
        for root, group in groups.items():
            members = {f: reports[f] for f in group}
            for c in cluster(members, pairs.get(root, {}), comparer,
                             _constraints(decisions, group)):
                quads.update(writer.event_quads(c, {f: run.keys[f][0] for f in c.links}))
                events += 1
        role_events = set()
        for f in sorted(f for f, r in reports.items() if r.kind == "LeaderRole"):
            report = reports[f]
            event, anchor, rule = role_event(report, decisions, reports)
            role_events.add(event.value)
            holder, office = role_key(anchor)
            quads.update(writer.role_event_quads(event, anchor.one("holder"), office))
            quads.update(writer.link_quads(report, event, Link(f, rule, None), []))
        return quads, Outcome(reports=len(reports), events=events + len(role_events)), run


def _fact_types(report: Report) -> list[Triple]:
    fact = NamedNode(report.fact)
    return [Triple(fact, ns.rdf.type, kg[report.kind]), Triple(fact, ns.rdf.type, kg.Fact)]


def update(store, article_ids: Iterable[str] = (), validator=None) -> Outcome:
    """Resolve these articles (and any pending ones) again: see `Resolver.update`."""
    return Resolver(store, validator).update(article_ids)


def after_write(store, graphs: Iterable[str], validator=None) -> Outcome:
    """The one call every write path makes after it committed: resolve the facts of the article
    graphs it replaced, added or removed (and any articles a stopped load left pending). The
    write stands whatever happens here; when resolution fails, the articles stay marked pending
    and the error says how to finish."""
    prefix = ns.GRAPH + "article/"
    ids = sorted(g[len(prefix):] for g in map(str, graphs) if g.startswith(prefix))
    try:
        return Resolver(store, validator).update(ids)
    except (StoreError, ValidationFailed) as exc:
        raise StoreError(f"the articles were written, but their events were not resolved: "
                         f"{exc.message}", hint="run `kg events sync` to resolve them") from exc


def rebuild(store, validator=None) -> Outcome:
    return Resolver(store, validator).rebuild()


__all__ = ["Outcome", "Resolver", "after_write", "pending_marks", "rebuild", "update"]
