"""The same behaviour on every store backend: embedded Oxigraph, a real Oxigraph server, Virtuoso.

Each test gets a clean store from the `backend_store` fixture (tests/fixtures_backends.py) and
goes through the public interfaces only: kg.loader.load, GraphStore, kg.stats.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from pyoxigraph import NamedNode, Quad

from kg import namespaces as ns
from kg.errors import QuerySyntaxError, ValidationFailed
from kg.loader import load, validate_paths
from kg.stats import store_stats

P = ns.sparql_prefixes()


def _strike_record(make_record, article_id, killed=2, attacker="state/russia"):
    text = ("Russian missiles hit Kyiv on Monday, killing two people. "
            f"Turkey sold drones to Poland. (Report {article_id}.)")
    quote = text.split(". ")[0] + "."
    fact = {"type": "Strike", "attacker": attacker, "target_place": "place/kyiv",
            "target_country": "state/ukraine", "weapon_category": "missile",
            "weapon_text": "missiles", "killed": killed, "date": "2024-07-08",
            "evidence": [{"quote": quote, "start": 0, "end": len(quote), "confidence": 0.9,
                          "extractor": "test", "extractor_version": "1"}]}
    return make_record(article_id=article_id, text=text, facts=[fact])


def _rows(store, sparql):
    return [{k: (v.value if v is not None else None) for k, v in
             ((var.value, row[var.value]) for var in res.variables)}
            for res in [store.query(P + sparql)] for row in res]


def test_load_then_query(backend_store, backend_settings, make_record, write_json):
    paths = [write_json(_strike_record(make_record, f"a{i}", killed=i + 1), f"a{i}.json")
             for i in range(3)]
    summary = load(paths, backend_store, backend_settings)
    assert summary.written and summary.articles == 3

    rows = _rows(backend_store, "SELECT ?a (SUM(?k) AS ?n) WHERE { ?s a kg:Strike ; kg:killed ?k ; "
                 "kg:attacker ?a } GROUP BY ?a")
    assert rows == [{"a": ns.ID + "state/russia", "n": "6"}]
    # Every result type is the pyoxigraph type the embedded store returns.
    assert isinstance(backend_store.query(P + "ASK { ?s a kg:Strike }"), ox.QueryBoolean)
    assert bool(backend_store.query(P + "ASK { ?s a kg:Strike }"))
    assert not bool(backend_store.query(P + "ASK { ?s a kg:Treaty }"))
    triples = backend_store.query(P + "CONSTRUCT { ?s kg:killed ?k } "
                                  "WHERE { ?s a kg:Strike ; kg:killed ?k }")
    assert isinstance(triples, ox.QueryTriples)
    assert sorted(int(t.object.value) for t in triples) == [1, 2, 3]
    # The default graph is the union of all graphs: article facts and gazetteer labels together.
    rows = _rows(backend_store, "SELECT ?label WHERE { ?s kg:attacker ?a . ?a rdfs:label ?label } "
                 "LIMIT 1")
    assert rows and rows[0]["label"]
    graphs = {g.value for g in backend_store.named_graphs()}
    assert {ns.GRAPH + f"article/a{i}" for i in range(3)} <= graphs
    assert {ns.GRAPH + "ontology", ns.GRAPH + "gazetteer", ns.GRAPH + "entities",
            ns.GRAPH + "events"} >= {g for g in graphs if not g.startswith(ns.GRAPH + "article/")}


def test_reload_replaces_the_article(backend_store, backend_settings, make_record, write_json):
    load([write_json(_strike_record(make_record, "r1", killed=2), "v1.json")],
         backend_store, backend_settings)
    graph = ns.article_graph("r1")
    before = backend_store.graph_quads(graph)
    load([write_json(_strike_record(make_record, "r1", killed=7), "v2.json")],
         backend_store, backend_settings)
    after = backend_store.graph_quads(graph)
    assert len(after) == len(before)
    rows = _rows(backend_store, "SELECT ?k WHERE { ?s a kg:Strike ; kg:killed ?k }")
    assert [r["k"] for r in rows] == ["7"]
    # Reloading the same content changes nothing and adds nothing.
    summary = load([write_json(_strike_record(make_record, "r1", killed=7), "v3.json")],
                   backend_store, backend_settings)
    assert summary.changes["(total)"] == (0, 0)
    assert len(backend_store.graph_quads(graph)) == len(after)


def test_validation_refusal_writes_nothing(backend_store, backend_settings, make_record,
                                           write_json):
    load([write_json(_strike_record(make_record, "ok"), "ok.json")], backend_store,
         backend_settings)
    count = backend_store.count()
    good = write_json(_strike_record(make_record, "good2"), "good2.json")
    bad = write_json(_strike_record(make_record, "bad", attacker="state/atlantis"), "bad.json")
    with pytest.raises(ValidationFailed):
        load([good, bad], backend_store, backend_settings)
    assert backend_store.count() == count
    assert not backend_store.graph_exists(ns.article_graph("good2"))
    assert not backend_store.graph_exists(ns.article_graph("bad"))
    # kg validate reports the same and writes nothing either.
    report = validate_paths([bad], backend_store, backend_settings).report
    assert not report.conforms
    assert backend_store.count() == count


def test_dry_run_plans_without_writing(backend_store, backend_settings, make_record, write_json):
    load([write_json(_strike_record(make_record, "d1", killed=1), "d1.json")], backend_store,
         backend_settings)
    count = backend_store.count()
    summary = load([write_json(_strike_record(make_record, "d1", killed=3), "d1b.json")],
                   backend_store, backend_settings, dry_run=True)
    assert not summary.written
    assert summary.changes["d1"][0] >= 1 and summary.changes["d1"][1] >= 1
    assert backend_store.count() == count


def test_write_replace_and_add_summary(backend_store):
    g = NamedNode(ns.GRAPH + "article/w")
    e = ns.GRAPH_ENTITIES
    s = NamedNode(ns.ID + "article/w")
    q1 = Quad(s, ns.rdfs.label, ox.Literal("one"), g)
    q2 = Quad(s, ns.rdfs.label, ox.Literal("two", language="en"), g)
    q3 = Quad(s, ns.kg.killed, ox.Literal("3", datatype=ns.xsd.integer), g)
    add = Quad(NamedNode(ns.ID + "state/x"), ns.rdfs.label, ox.Literal("X \"quoted\"\nnl é"), e)
    first = backend_store.write({g: [q1, q2]}, [add])
    assert first.added[g.value] == 2 and first.added[e.value] == 1
    second = backend_store.write({g: [q2, q3]}, [add])
    assert second.added == {g.value: 1, e.value: 0}
    assert second.removed == {g.value: 1}
    assert set(backend_store.graph_quads(g)) == {q2, q3}
    assert backend_store.contains(add)
    assert backend_store.graph_exists(g)
    assert not backend_store.graph_exists(NamedNode(ns.GRAPH + "article/none"))


def test_blank_nodes_are_written_and_replaced(backend_store):
    g = NamedNode(ns.GRAPH + "source/bnodes")
    b = ox.BlankNode()
    quads = [Quad(NamedNode("https://kg.example.org/id/x"), ns.rdfs.seeAlso, b, g),
             Quad(b, ns.rdfs.label, ox.Literal("anonymous"), g)]
    backend_store.write({g: quads})
    backend_store.write({g: quads})  # replacing a graph with blank nodes leaves no duplicates
    got = backend_store.graph_quads(g)
    assert len(got) == 2
    assert any(isinstance(q.object, ox.BlankNode) for q in got)


def test_write_drops_graphs_in_the_same_transaction(backend_store):
    """GraphStore.write is the one write: Graph Store DELETE and SPARQL DROP go through it too."""
    kept, dropped = NamedNode(ns.GRAPH + "source/kept"), NamedNode(ns.GRAPH + "source/dropped")
    s = NamedNode(ns.ID + "x")
    backend_store.write({kept: [Quad(s, ns.rdfs.label, ox.Literal("k"), kept)],
                         dropped: [Quad(s, ns.rdfs.label, ox.Literal("d"), dropped)]})
    summary = backend_store.write({kept: [Quad(s, ns.rdfs.label, ox.Literal("k2"), kept)]},
                                  drop=[dropped])
    assert summary.removed == {kept.value: 1, dropped.value: 1}
    assert not backend_store.graph_exists(dropped)
    assert [q.object.value for q in backend_store.graph_quads(kept)] == ["k2"]


def test_whole_decimals_and_removed_quads_read_back_as_written(backend_store):
    """A whole xsd:decimal ("1", an event link's score) reads back as that decimal on every
    backend (Virtuoso stores a pointless one as an integer unless kg writes "1.0"), and
    `remove=` takes out just the quads named (how kgg:events is updated)."""
    g = NamedNode(ns.GRAPH + "source/decimals")
    s = NamedNode(ns.ID + "x")
    decimal = NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    one, half = ox.Literal("1", datatype=decimal), ox.Literal("0.5", datatype=decimal)
    quads = [Quad(s, ns.kg.linkScore, one, g), Quad(s, ns.kg.confidence, half, g)]
    backend_store.write({}, quads)
    assert set(backend_store.graph_quads(g)) == set(quads)
    summary = backend_store.write({}, remove=[quads[0]])
    assert summary.removed == {g.value: 1}
    assert set(backend_store.graph_quads(g)) == {quads[1]}


def test_write_keeps_a_named_graph_replaced_by_nothing(store):
    """A Graph Store PUT of an empty body leaves the graph, empty (embedded store)."""
    g = NamedNode(ns.GRAPH + "source/emptied")
    store.write({g: [Quad(NamedNode(ns.ID + "x"), ns.rdfs.label, ox.Literal("x"), g)]})
    store.write({g: []})
    assert store.graph_exists(g) and store.graph_quads(g) == []
    fresh = NamedNode(ns.GRAPH + "source/fresh")
    store.write({fresh: []})
    assert store.graph_exists(fresh)


def test_write_replaces_the_default_graph(store):
    b = ox.BlankNode()
    old = [Quad(NamedNode(ns.ID + "x"), ns.rdfs.seeAlso, b, ox.DefaultGraph())]
    store.write({ox.DefaultGraph(): old})
    new = [Quad(NamedNode(ns.ID + "y"), ns.rdfs.label, ox.Literal("y"), ox.DefaultGraph())]
    summary = store.write({ox.DefaultGraph(): new})
    assert summary.added == {"(default graph)": 1} and summary.removed == {"(default graph)": 1}
    assert store.graph_quads(ox.DefaultGraph()) == new


def test_stats(store_backend, backend_store, backend_settings, make_record, write_json):
    load([write_json(_strike_record(make_record, f"s{i}"), f"s{i}.json") for i in range(2)],
         backend_store, backend_settings)
    stats = store_stats(backend_store)
    assert stats["classes"]["kg:Strike"] == 2
    assert stats["classes"]["kg:Article"] == 2
    assert stats["graphs"]["article graphs"] == 2
    assert stats["quads"] == backend_store.count()
    assert stats["linking"]["linked"] > 0
    assert stats["confidence"]["Strike"] == {"0.9 and above": 2}  # evidence says 0.9


def test_export_round_trips(backend_store, backend_settings, make_record, write_json):
    load([write_json(_strike_record(make_record, "x1"), "x1.json")], backend_store,
         backend_settings)
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        out = io.BytesIO()
        backend_store.dump(out, fmt)
        quads = list(ox.parse(out.getvalue(), format=fmt))
        assert len(quads) == backend_store.count()
        graph = ns.article_graph("x1")
        assert set(q for q in quads if q.graph_name == graph) == \
            set(backend_store.graph_quads(graph))


def test_context_for(backend_store, backend_settings, make_record, write_json):
    load([write_json(_strike_record(make_record, "c1"), "c1.json")], backend_store,
         backend_settings)
    russia = NamedNode(ns.ID + "state/russia")
    kyiv = NamedNode(ns.ID + "place/kyiv")
    context = backend_store.context_for([russia, kyiv, NamedNode(ns.ID + "state/nowhere")])
    assert ox.Triple(russia, ns.rdf.type, ns.kg.State) in context
    assert any(t.subject == kyiv and t.predicate == ns.rdfs.label for t in context)
    assert all(t.subject in (russia, kyiv) for t in context)


def test_query_syntax_error(backend_store):
    with pytest.raises(QuerySyntaxError):
        backend_store.query("SELECT ?x WHERE { ?x ")


def test_same_answers_as_the_embedded_store(backend_store, backend_settings, make_record,
                                            write_json, tmp_path):
    """The example records give the same rows on this backend as on a fresh embedded store."""
    from kg.settings import Settings
    from kg.store import EmbeddedStore

    paths = [write_json(_strike_record(make_record, f"e{i}", killed=i), f"e{i}.json")
             for i in range(4)]
    reference = EmbeddedStore(tmp_path / "reference")
    load(paths, reference, Settings.from_env({}, store=str(tmp_path / "reference")))
    load(paths, backend_store, backend_settings)
    q = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?g), 'https://kg.example.org/graph/')) } GROUP BY ?g ORDER BY ?g")
    assert _rows(backend_store, q) == _rows(reference, q)
    assert backend_store.count() == reference.count()
    reference.close()


def test_ingest_on_two_workers(backend_store, backend_settings, tmp_path):
    """`kg ingest`'s path: worker processes extract and validate (each opens the backend itself
    for context), this process writes; the same articles land on every backend."""
    from load_helpers import write_texts

    from kg.extract.ingest import TextBatch
    from kg.loader import load_jobs

    files = sorted(str(p) for p in write_texts(tmp_path / "texts", 4).iterdir())
    jobs = [TextBatch(tuple(files[i:i + 1])) for i in range(len(files))]
    summary = load_jobs(jobs, backend_store, backend_settings, files=len(files), workers=2,
                        exclusive=True)
    assert summary.written and summary.articles == 4
    rows = _rows(backend_store, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a kg:Treaty }")
    assert rows == [{"n": "4"}]
