"""What analysts do with events: merge two, split a report off one, review uncertain links.

The same functions serve `kg events merge|split|--review` and the endpoint's `/api/events/...`.
A decision is recorded in kgg:curation (kg.events.decisions) and the events of the reports it
names are resolved again at once, so the decision shows immediately and keeps holding after
reloads and rebuilds.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import namespaces as ns
from kg.errors import InputError, NotFoundError
from kg.events import decisions
from kg.events.reports import select_rows, values_blocks
from kg.events.resolve import Outcome, Resolver
from kg.events.rules import REVIEW_MARGIN, THRESHOLD

G = ns.GRAPH_EVENTS.value


def _kg_iri(text: str, kind: str, what: str, example: str) -> str:
    """A kg IRI named in full, as `kgid:<kind>/...` or as `<kind>/...`; InputError otherwise."""
    text = text.strip().strip("<>")
    if text.startswith("kgid:"):
        text = ns.ID + text[len("kgid:"):]
    elif text.startswith(kind + "/"):
        text = ns.ID + text
    if not text.startswith(ns.ID + kind + "/"):
        raise InputError(f"not {what}: {text!r}", hint=f"name it like {example}")
    return text


def event_iri(text: str) -> str:
    """An event named as a full IRI, `kgid:event/...` or `event/...`."""
    return _kg_iri(text, "event", "an event",
                   "kgid:event/strike/3f2a9c1b7d4e (see kg events show)")


def fact_iri(text: str) -> str:
    """A fact named as a full IRI, `kgid:article/...` or `article/...`."""
    return _kg_iri(text, "article", "a fact", "kgid:article/<article-id>/strike/<hash>")


def reports_of(store, event: str) -> list[str]:
    """The facts linked to an event now; NotFoundError when it has none."""
    rows = select_rows(store, f"SELECT ?f WHERE {{ GRAPH <{G}> {{ ?f prov:specializationOf "
                              f"<{event}> }} }}")
    facts = sorted(r["f"] for r in rows)
    if not facts:
        raise NotFoundError(f"no such event: {event}",
                            hint="events change IRI when an earlier report joins them; look it "
                                 "up again with kg events show or on its report's page")
    return facts


def merge(store, a: str, b: str, who: str, note: str | None = None,
          validator=None) -> tuple[decisions.Decision, Outcome]:
    """Record that events a and b are one event; resolve their reports again."""
    a, b = event_iri(a), event_iri(b)
    if a == b:
        raise InputError("merge needs two different events")
    facts_a, facts_b = reports_of(store, a), reports_of(store, b)
    kinds = _kinds(store, facts_a + facts_b)
    if len(kinds) > 1:
        raise InputError(f"cannot merge events of different kinds ({', '.join(sorted(kinds))})")
    decision = decisions.record(store, "merge", facts_a + facts_b, who, events=[a, b], note=note,
                                validator=validator)
    return decision, Resolver(store, validator).update_facts(facts_a + facts_b)


def split(store, event: str, fact: str, who: str, note: str | None = None,
          validator=None) -> tuple[decisions.Decision, Outcome]:
    """Record that `fact` is not the event it is linked to; resolve the event again."""
    event, fact = event_iri(event), fact_iri(fact)
    facts = reports_of(store, event)
    if fact not in facts:
        raise InputError(f"{fact} is not a report of {event}",
                         hint="kg events show EVENT lists its reports")
    if len(facts) == 1:
        raise InputError(f"{event} has one report only: there is nothing to split")
    decision = decisions.record(store, "split", facts, who, split=fact, events=[event],
                                note=note, validator=validator)
    return decision, Resolver(store, validator).update_facts(facts)


def _kinds(store, facts: list[str]) -> set[str]:
    out = set()
    for v in values_blocks(facts):
        for r in select_rows(store, f"SELECT ?k WHERE {{ VALUES ?f {{ {v} }} ?f a ?k . "
                                    f"VALUES ?k {{ kg:Strike kg:ArmsTransfer kg:Treaty "
                                    f"kg:LeaderRole }} }}"):
            out.add(r["k"][len(ns.KG):])
    return out


@dataclass(frozen=True)
class ReviewItem:
    """A link whose score lies near the threshold, with the sentences to judge it by."""

    event: str
    event_label: str
    fact: str
    article: str
    rule: str
    score: float
    note: str
    sentence: str
    partner: str | None
    partner_sentence: str | None

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def review(store, margin: float = REVIEW_MARGIN) -> list[ReviewItem]:
    """Rule-made links scored within `margin` of the threshold, lowest score first."""
    low, high = THRESHOLD - margin, THRESHOLD + margin
    rows = list(select_rows(store, f"""
        SELECT ?link ?fact ?event ?label ?article ?rule ?score ?note ?partner WHERE {{
          GRAPH <{G}> {{
            ?link kg:linkScore ?score ; kg:linkFact ?fact ; kg:linkEvent ?event ;
                  kg:linkArticle ?article ; kg:linkRule ?rule .
            FILTER (?score >= {low:.3f} && ?score < {high:.3f})
            FILTER (?rule != <{ns.CONCEPT}resolution-rule/analyst-merge>)
            ?event rdfs:label ?label .
            OPTIONAL {{ ?link kg:linkNote ?note }}
            OPTIONAL {{ ?link kg:linkPartner ?partner }}
          }} }} ORDER BY ?score ?fact"""))
    sentences = _first_quotes(store, {r["fact"] for r in rows} |
                              {r["partner"] for r in rows if "partner" in r})
    return [ReviewItem(r["event"], r["label"], r["fact"], r["article"],
                       r["rule"].rsplit("/", 1)[-1], float(r["score"]), r.get("note", ""),
                       sentences.get(r["fact"], ""), r.get("partner"),
                       sentences.get(r.get("partner", ""))) for r in rows]


def _first_quotes(store, facts: set[str]) -> dict[str, str]:
    out: dict[str, tuple[str, str]] = {}
    for v in values_blocks(facts):
        for r in select_rows(store, f"SELECT ?f ?ev ?q WHERE {{ VALUES ?f {{ {v} }} "
                                    f"?f kg:hasEvidence ?ev . "
                                    f"?ev oa:hasTarget/oa:hasSelector/oa:exact ?q }}"):
            if r["f"] not in out or r["ev"] < out[r["f"]][0]:
                out[r["f"]] = (r["ev"], r["q"])
    return {f: q for f, (_, q) in out.items()}


__all__ = ["ReviewItem", "event_iri", "fact_iri", "merge", "review",
           "reports_of", "split"]
