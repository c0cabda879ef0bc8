"""Events on every store backend (embedded Oxigraph, a real Oxigraph server, Virtuoso when
installed): resolution uses SPARQL and the store interface only, so loads resolve one by one into
the graph a rebuild gives, reports of one strike share an event, removal and analysts' decisions
work alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import namespaces as ns
from kg.events import curation
from kg.events.evaluate import _GoldRecords
from kg.events.resolve import Resolver, after_write
from kg.extract.records import get_extractor
from kg.loader import load

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "events"
ARTICLES = ("07-kryvyi-rih-missile-playground", "08-krivoy-rog-toll-18",
            "09-kyiv-overnight-missiles-drones", "22-kensington-treaty-signed",
            "23-berlin-london-friendship-treaty")
KRYVYI_RIH = [f"{ns.ID}article/07-kryvyi-rih-missile-playground/strike/gold-0",
              f"{ns.ID}article/08-krivoy-rog-toll-18/strike/gold-0",
              f"{ns.ID}article/09-kyiv-overnight-missiles-drones/strike/gold-1"]


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("event-records")
    converter = _GoldRecords(get_extractor().gaz)
    paths = []
    for article in ARTICLES:
        gold = json.loads((DEV / "gold" / f"{article}.json").read_text("utf-8"))
        text = (DEV / "articles" / f"{article}.txt").read_text("utf-8")
        paths.append(out / f"{article}.json")
        paths[-1].write_text(json.dumps(converter.record(gold, text, article)), "utf-8")
    return paths


def events_of(store) -> dict[str, str]:
    return {q.subject.value: q.object.value for q in store.graph_quads(ns.GRAPH_EVENTS)
            if q.predicate == ns.prov.specializationOf}


def test_events_on_every_backend(backend_store, backend_settings, records):
    for path in records:  # one load per article: incremental resolution
        load([path], backend_store, backend_settings)
    resolver = Resolver(backend_store)
    assert set(backend_store.graph_quads(ns.GRAPH_EVENTS)) == resolver.compute_all()
    events = events_of(backend_store)
    assert len({events[f] for f in KRYVYI_RIH}) == 1
    assert resolver.pending() == []

    # an analyst splits the undated mention off; the decision holds through a rebuild
    event = events[KRYVYI_RIH[0]]
    curation.split(backend_store, event, KRYVYI_RIH[2], "erin")
    resolver.rebuild()
    events = events_of(backend_store)
    assert events[KRYVYI_RIH[2]] != events[KRYVYI_RIH[0]] == events[KRYVYI_RIH[1]]

    # removing an article (a Graph Store DELETE does this) takes its report out of the event
    graph = ns.article_graph("08-krivoy-rog-toll-18")
    backend_store.write({}, drop=[graph])
    after_write(backend_store, [graph.value])
    events = events_of(backend_store)
    assert KRYVYI_RIH[1] not in events and KRYVYI_RIH[0] in events
    assert set(backend_store.graph_quads(ns.GRAPH_EVENTS)) == resolver.compute_all()
