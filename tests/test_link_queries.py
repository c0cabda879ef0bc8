"""The two Wikidata queries in queries/: the join runs here; the federated one parses."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib.plugins.sparql import prepareQuery

from kg.link.gazetteer import Gazetteer

QUERIES = Path(__file__).resolve().parent.parent / "queries"
FACT = """
@prefix kg: <https://kg.example.org/ontology#> .
@prefix kgid: <https://kg.example.org/id/> .
<https://kg.example.org/graph/article/a1> {
  kgid:article\\/a1\\/transfer\\/t1 a kg:ArmsTransfer ; kg:supplier kgid:state\\/iran ;
    kg:recipient kgid:state\\/russia ; kg:weapon kgid:weapon\\/shahed-136 .
}
"""


def _header(path: Path) -> None:
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("# title: ") and lines[1].startswith("# description: ")


def test_join_query_returns_wikidata_ids():
    path = QUERIES / "wikidata-join.rq"
    _header(path)
    store = ox.Store()
    store.load(FACT.encode(), format=ox.RdfFormat.TRIG)
    store.extend(Gazetteer.load().to_quads())
    res = store.query(path.read_text("utf-8"), use_default_graph_as_union=True)
    rows = {(r["role"].value.rsplit("#", 1)[1], r["wikidata"].value if r["wikidata"] else None)
            for r in res}
    assert rows == {("supplier", "http://www.wikidata.org/entity/Q794"),
                    ("recipient", "http://www.wikidata.org/entity/Q159"),
                    ("weapon", None)}


def test_federated_query_parses_and_calls_wikidata():
    path = QUERIES / "wikidata-federated.rq"
    _header(path)
    text = path.read_text("utf-8")
    prepareQuery(text)
    assert "SERVICE <https://query.wikidata.org/sparql>" in text
