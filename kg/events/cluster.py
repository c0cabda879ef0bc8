"""Group reports into events: the same answer whatever order the reports arrived in.

The input is a closed group of reports (every report linked to one of them is in it), the
verdicts on the candidate pairs, and the analysts' decisions. The output depends on nothing else:

1. Reports an analyst merged are put together first, whatever the rules say.
2. Then the linked pairs are taken from the highest score down (ties by the reports' IRIs); a
   pair joins its two groups only when no two reports of the joined group are kept apart by a
   rule (complete linkage: one strong pair cannot drag in a report that contradicts another
   member) or by an analyst's split, and no two come from the same article.

Each report's link then records the rule and score of its best pair inside its event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.events.reports import Report
from kg.events.rules import THRESHOLD, Comparer, Verdict


@dataclass(frozen=True)
class Constraints:
    """Analysts' decisions as pairs of facts: together, or apart."""

    together: frozenset[tuple[str, str]] = frozenset()
    apart: frozenset[tuple[str, str]] = frozenset()

    def partners(self, fact: str) -> set[str]:
        return {y for x, y in self.together | self.apart if x == fact} | \
               {x for x, y in self.together | self.apart if y == fact}


@dataclass(frozen=True)
class Link:
    """Why a report belongs to its event."""

    fact: str
    rule: str
    score: float | None  # None for a single report
    detail: str = ""
    partner: str | None = None  # the report of the best pair


@dataclass
class Cluster:
    reports: list[Report]
    links: dict[str, Link]

    @property
    def founder(self) -> Report:
        return min(self.reports, key=lambda r: r.order)


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class _Groups:
    def __init__(self, facts: Iterable[str]):
        self.parent = {f: f for f in facts}
        self.members = {f: {f} for f in self.parent}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)


def cluster(reports: Mapping[str, Report], verdicts: Mapping[tuple[str, str], Verdict],
            comparer: Comparer, constraints: Constraints = Constraints()) -> list[Cluster]:
    """Events of a closed group of reports. `verdicts` holds the candidate pairs (key: `pair`)."""
    groups = _Groups(sorted(reports))
    for a, b in sorted(constraints.together):
        if a in reports and b in reports:
            groups.union(a, b)
    cache: dict[tuple[str, str], Verdict] = dict(verdicts)

    def verdict(a: str, b: str) -> Verdict:
        key = pair(a, b)
        if key not in cache:
            cache[key] = comparer.compare(reports[key[0]], reports[key[1]])
        return cache[key]

    def compatible(ga: set[str], gb: set[str]) -> bool:
        for x in ga:
            for y in gb:
                if pair(x, y) in constraints.together:
                    continue
                if pair(x, y) in constraints.apart or reports[x].article == reports[y].article:
                    return False
                if verdict(x, y).apart is not None:
                    return False
        return True

    edges = sorted(((v.score, key) for key, v in verdicts.items() if v.linked),
                   key=lambda e: (-e[0], e[1]))
    for _, (a, b) in edges:
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and compatible(groups.members[ra], groups.members[rb]):
            groups.union(a, b)

    out = []
    for members in groups.members.values():
        members_sorted = sorted(members)
        links = {f: _link(f, members_sorted, verdict, constraints) for f in members_sorted}
        out.append(Cluster([reports[f] for f in members_sorted], links))
    return sorted(out, key=lambda c: c.founder.order)


def _link(fact: str, members: list[str], verdict, constraints: Constraints) -> Link:
    others = [m for m in members if m != fact]
    merged = [m for m in others if pair(fact, m) in constraints.together]
    if merged:
        return Link(fact, "analyst-merge", 1.0, "merged by an analyst", merged[0])
    if not others:
        split = any(fact in p for p in constraints.apart)
        return Link(fact, "analyst-split" if split else "single-report", None,
                    "split off by an analyst" if split else "")
    best = max(others, key=lambda m: (verdict(fact, m).score, m))
    v: Verdict = verdict(fact, best)
    return Link(fact, v.rule, v.score, v.detail, best)


def is_uncertain(link: Link, margin: float) -> bool:
    """A rule's link whose score lies near the threshold."""
    return link.score is not None and link.rule not in ("analyst-merge",) and \
        abs(link.score - THRESHOLD) < margin + 1e-9
