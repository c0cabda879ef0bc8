"""The events site: a live app serving the development articles of tests/data/events as
gold-fact records (as `kg eval --events --facts gold` builds them), so what the pages and the
endpoint show does not move with extraction; and helpers to ask it about events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from kg import namespaces as ns
from kg.events.evaluate import _GoldRecords
from kg.extract.records import get_extractor

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "events"
KRYVYI_RIH = ("07-kryvyi-rih-missile-playground", "08-krivoy-rog-toll-18",
              "09-kyiv-overnight-missiles-drones")
ABRAMS = ("14-us-pledges-31-abrams", "15-pentagon-switches-to-m1a1",
          "16-first-abrams-arrive-ukraine")


def _records(directory: Path, articles) -> list[Path]:
    converter = _GoldRecords(get_extractor().gaz)
    out = []
    for article in articles:
        gold = json.loads((DEV / "gold" / f"{article}.json").read_text("utf-8"))
        text = (DEV / "articles" / f"{article}.txt").read_text("utf-8")
        path = directory / f"{article}.json"
        path.write_text(json.dumps(converter.record(gold, text, article)), "utf-8")
        out.append(path)
    return out


@pytest.fixture(scope="module")
def events_site(tmp_path_factory):
    from fixtures_web import start_live_server  # a plugin loaded after this one

    tmp = tmp_path_factory.mktemp("events-site")
    live = start_live_server(tmp, query_workers=1, query_timeout=20.0)
    try:
        live.load(*_records(tmp, KRYVYI_RIH + ABRAMS))
        yield live
    finally:
        live.server.close()
        live.store.close()


def select(live, sparql: str) -> list[dict]:
    r = requests.post(live.sparql, data={"query": ns.sparql_prefixes() + sparql},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def event_of(live, article: str, kind: str = "strike", n: int = 0) -> str:
    """The event of fact number n (in the gold file) of an article."""
    rows = select(live, f"""SELECT ?e WHERE {{ GRAPH kgg:events {{
        <{ns.ID}article/{article}/{kind}/gold-{n}> prov:specializationOf ?e }} }}""")
    return rows[0]["e"]


def page_path(live, iri: str) -> str:
    return live + "/" + iri.split("https://kg.example.org/", 1)[1]
