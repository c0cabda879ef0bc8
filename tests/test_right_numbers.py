"""Right numbers by default: no triple kg writes sits in two of the graphs it manages, so the
union default graph counts every fact once and an aggregate over labels gives the same totals
with and without DISTINCT.

The store is a real on-disk store holding what `kg up` loads (the example articles, the
ontology, the gazetteer), plus a record that describes gazetteer entities again (one with a
label of its own), an extracted article (the `kg-rules` agent), a reload of everything, and an
analyst's link decision that agrees with the gazetteer. Aggregates run over HTTP against the
real endpoint; example queries run on the store and on a copy whose default graph holds each
triple once.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg import namespaces as ns
from kg import packagedata

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted(p for p in (ROOT / "queries").glob("*.rq") if "federated" not in p.name)
PREFIXES = ns.sparql_prefixes()


def _redescribing_record() -> dict:
    """A record that describes gazetteer entities again, one under a label of its own."""
    text = "Russian missiles hit Kyiv on Monday, killing two people."
    return {"record_version": 1,
            "article": {"id": "2024-07-09-redescribed", "title": "Redescribed", "text": text,
                        "publisher": "kg tests", "published": "2024-07-08", "language": "en"},
            "facts": [{"type": "Strike", "attacker": "state/russia", "target_place": "place/kyiv",
                       "target_country": "state/ukraine", "killed": 2, "date": "2024-07-08",
                       "evidence": [{"quote": text, "start": 0, "end": len(text),
                                     "confidence": 0.9, "extractor": "test",
                                     "extractor_version": "1"}]}],
            "entities": [
        {"key": "state/russia", "type": "State", "label": "Russia", "aliases": [],
         "wikidata": "Q159"},
        {"key": "state/ukraine", "type": "State", "label": "Ukraine (country)",
         "aliases": ["Ukraine"], "wikidata": "Q212"},
        {"key": "place/kyiv", "type": "Place", "label": "Kyiv", "aliases": [], "wikidata": None},
    ]}


@pytest.fixture(scope="module")
def numbers_site(tmp_path_factory):
    """A served store with the examples and every kind of repeated description kg meets."""
    import json

    from fixtures_web import start_live_server

    from kg.link.curation import record_decision
    from kg.loader import load

    tmp = tmp_path_factory.mktemp("numbers")
    live = start_live_server(tmp, query_workers=1)
    examples = packagedata.example_records()
    record = _redescribing_record()
    extra = tmp / "redescribed.json"
    extra.write_text(json.dumps(record), "utf-8")
    try:
        load([examples, extra], live.store, live.settings, exclusive=True)
        load([examples], live.store, live.settings, exclusive=True)  # a reload changes nothing
        _ingest_one(tmp, live)
        record_decision(live.store, "state/russia", "Q159", "tester")  # same as the gazetteer
        live.app.extensions["kg_endpoint"].after_write()
        yield live
    finally:
        live.server.close()
        live.store.close()


def _ingest_one(tmp: Path, live) -> None:
    """`kg ingest`'s path: extraction (agent kg-rules) in the loader's job."""
    from kg.extract.ingest import TextBatch
    from kg.loader import load_jobs

    text = tmp / "2024-08-01-odesa-port.txt"
    text.write_text("Russian drones hit Odesa port\n2024-08-01\n\nRussian drones struck the port "
                    "of Odesa on Thursday, killing two people, Ukrainian officials said.\n",
                    "utf-8")
    load_jobs([TextBatch((str(text),), None)], live.store, live.settings, exclusive=True)


def _graphs_sharing_triples(store) -> list[tuple[str, str, int]]:
    rows = store.query("SELECT ?g1 ?g2 (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?s ?p ?o } "
                       "GRAPH ?g2 { ?s ?p ?o } FILTER(STR(?g1) < STR(?g2)) } GROUP BY ?g1 ?g2")
    return [(r["g1"].value, r["g2"].value, int(r["n"].value)) for r in rows]


def test_no_triple_is_stored_in_two_graphs(numbers_site):
    store = numbers_site.store
    graphs = {g.value for g in store.named_graphs()}
    assert {ns.GRAPH_GAZETTEER.value, ns.GRAPH_ENTITIES.value, ns.GRAPH_CURATION.value} <= graphs
    assert _graphs_sharing_triples(store) == []


def test_an_entity_keeps_one_label_and_a_records_other_label_becomes_an_alias(numbers_site):
    store = numbers_site.store
    labels = [r["l"].value for r in store.query(
        f"SELECT ?l WHERE {{ <{ns.ID}state/ukraine> <{ns.RDFS}label> ?l }}")]
    assert labels == ["Ukraine"]
    aliases = {r["a"].value for r in store.query(
        f"SELECT ?a WHERE {{ <{ns.ID}state/ukraine> <{ns.SKOS}altLabel> ?a }}")}
    assert "Ukraine (country)" in aliases
    agents = list(store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?a a <{ns.PROV}SoftwareAgent> }} }}"))
    assert agents and {r["g"].value for r in agents} == {ns.GRAPH_ENTITIES.value}


def _sparql(site, query: str) -> list[tuple]:
    resp = requests.get(site.sparql, params={"query": PREFIXES + query},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert resp.status_code == 200, resp.text
    data = resp.json()
    names = data["head"]["vars"]
    return sorted(tuple(b.get(n, {}).get("value") for n in names)
                  for b in data["results"]["bindings"])


# Each aggregate is written twice: over the raw pattern, and over the same pattern made
# DISTINCT first. With a triple in two graphs the first sums it twice.
AGGREGATES = {
    "killed by attacker label": """
        SELECT ?label (SUM(?k) AS ?killed) (COUNT(?s) AS ?strikes) WHERE { {PATTERN} }
        GROUP BY ?label""".replace("{PATTERN}", "?s a kg:Strike ; kg:attacker ?a ; kg:killed ?k . "
                                                 "?a rdfs:label ?label"),
    "strikes by place and country label": """
        SELECT ?place ?country (COUNT(?s) AS ?n) WHERE { {PATTERN} } GROUP BY ?place ?country
        """.replace("{PATTERN}", "?s a kg:Strike ; kg:targetPlace/rdfs:label ?place ; "
                                 "kg:targetCountry/rdfs:label ?country"),
    "transfers by supplier, recipient and type": """
        SELECT ?supplier ?recipient (COUNT(?t) AS ?n) WHERE { {PATTERN} }
        GROUP BY ?supplier ?recipient""".replace(
        "{PATTERN}", "?t a kg:ArmsTransfer ; kg:supplier ?sp ; kg:recipient ?rc . "
                     "?sp rdfs:label ?supplier ; a kg:Actor . ?rc rdfs:label ?recipient"),
    "treaties per party label": """
        SELECT ?party (COUNT(?t) AS ?n) WHERE { {PATTERN} } GROUP BY ?party""".replace(
        "{PATTERN}", "?t a kg:Treaty ; kg:party/rdfs:label ?party"),
    "evidence per extractor label": """
        SELECT ?extractor (COUNT(?e) AS ?n) WHERE { {PATTERN} } GROUP BY ?extractor""".replace(
        "{PATTERN}", "?e a kg:Evidence ; prov:wasAttributedTo/rdfs:label ?extractor"),
    "facts per entity type and label": """
        SELECT ?type ?label (COUNT(?f) AS ?n) WHERE { {PATTERN} } GROUP BY ?type ?label""".replace(
        "{PATTERN}", "?f a kg:Fact ; ?role ?e . ?e a ?type ; rdfs:label ?label "
                     "FILTER(?type IN (kg:State, kg:Person, kg:Place))"),
}


def _with_distinct(query: str) -> str:
    """The same aggregate over `SELECT DISTINCT *` of its pattern."""
    m = re.search(r"WHERE \{ (.*) \}\s*GROUP BY", query, re.S)
    assert m, query
    return query.replace(m.group(0), f"WHERE {{ {{ SELECT DISTINCT * WHERE {{ {m.group(1)} }} }} "
                                      "} GROUP BY")


@pytest.mark.parametrize("name", sorted(AGGREGATES))
def test_aggregates_over_labels_are_the_same_with_and_without_distinct(numbers_site, name):
    plain = _sparql(numbers_site, AGGREGATES[name])
    distinct = _sparql(numbers_site, _with_distinct(AGGREGATES[name]))
    assert plain, f"{name}: no rows, the test data does not exercise it"
    assert plain == distinct


def test_russia_killed_is_the_sum_of_its_strikes(numbers_site):
    (row,) = _sparql(numbers_site, "SELECT (SUM(?k) AS ?killed) WHERE { SELECT DISTINCT ?s ?k "
                                   "WHERE { ?s kg:attacker <https://kg.example.org/id/state/russia> ; kg:killed ?k } }")
    rows = _sparql(numbers_site, 'SELECT ?killed WHERE { SELECT (SUM(?k) AS ?killed) WHERE { '
                                 '?s kg:attacker ?a ; kg:killed ?k . ?a rdfs:label "Russia"@en } }')
    assert rows == [row]


def _set_copy(store) -> ox.Store:
    """The store's graphs, plus a default graph holding every triple once."""
    copy = ox.Store()
    quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    copy.extend(quads)
    copy.extend({ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads})
    return copy


def _cell(term) -> str | None:
    """A result cell; GROUP_CONCAT's parts come in any order, so they are sorted."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and re.search(r"[,;] ", term.value):
        return " | ".join(sorted(re.split(r"[,;] ", term.value)))
    return str(term)


def _rows(results) -> Counter:
    names = [v.value for v in results.variables]
    return Counter(tuple(_cell(s[n]) for n in names) for s in results)


def _deterministic(text: str) -> str:
    """SAMPLE picks any value of a group: MIN picks the same one on both stores."""
    return re.sub(r"\bSAMPLE\(", "MIN(", text, flags=re.I)


def _strip_distinct(text: str) -> str:
    return re.sub(r"\bDISTINCT\s+", "", text, flags=re.I)


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_example_queries_answer_as_if_every_triple_were_stored_once(numbers_site, path):
    store = numbers_site.store
    once = _set_copy(store)
    text = _deterministic(path.read_text("utf-8"))
    for variant in (text, _strip_distinct(text)):
        union = _rows(store.query(variant))
        single = _rows(once.query(variant, use_default_graph_as_union=False))
        assert union == single, f"{path.name}: the union default graph repeats rows"


def test_a_gazetteer_that_takes_over_an_entity_removes_the_records_repeat(tmp_path, make_record,
                                                                          write_json):
    """An entity first described by a record, later added to the gazetteer: the gazetteer's
    write leaves kgg:entities without the triples it now holds."""
    from kg.loader import load
    from kg.settings import Settings
    from kg.shared_graphs import remove_repeats
    from kg.store import open_store

    settings = Settings.from_env({}, store=str(tmp_path / "s"))
    rec = make_record(entities=[{"key": "place/new-town", "type": "Place", "label": "New Town",
                                 "aliases": [], "wikidata": None}],
                      facts=[])
    with open_store(settings) as store:
        load([write_json(rec)], store, settings)
        gaz = ns.GRAPH_GAZETTEER
        place = ns.entity_iri("place/new-town")
        store.write({}, [ox.Quad(place, ns.rdf.type, ns.kg.Place, gaz),
                         ox.Quad(place, ns.rdfs.label, ox.Literal("Newtown", language="en"), gaz)])
        assert _graphs_sharing_triples(store)
        assert remove_repeats(store) is True
        assert _graphs_sharing_triples(store) == []
        labels = [r["l"].value for r in store.query(f"SELECT ?l WHERE {{ {place} <{ns.RDFS}label> ?l }}")]
        assert labels == ["Newtown"]
        assert remove_repeats(store) is False


def test_agents_an_older_load_described_per_article_move_to_the_shared_graph(tmp_path):
    """Stores loaded before agents moved to kgg:entities describe them in every article graph;
    the next load (remove_repeats) moves them, so they count once."""
    from kg.settings import Settings
    from kg.shared_graphs import remove_repeats
    from kg.store import open_store

    agent = ox.NamedNode(ns.ID + "agent/hand/1")
    with open_store(Settings.from_env({}, store=str(tmp_path / "s"))) as store:
        for article in ("a1", "a2"):
            g = ns.article_graph(article)
            store.write({g: [ox.Quad(agent, ns.rdf.type, ns.prov.SoftwareAgent, g),
                             ox.Quad(agent, ns.rdfs.label, ox.Literal("hand"), g)]})
        assert len(_graphs_sharing_triples(store)) == 1
        assert remove_repeats(store) is True
        assert _graphs_sharing_triples(store) == []
        graphs = {r["g"].value for r in store.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {agent} ?p ?o }} }}")}
        assert graphs == {ns.GRAPH_ENTITIES.value}
