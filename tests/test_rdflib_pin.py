"""The rdflib pin (7.2.1) and the paths kg avoids.

rdflib 7.3-7.6 raise on INSERT DATA into a Dataset's default graph: the first test fails there.
rdflib's own engine (7.1-7.6 alike, checked here) crashes on CONSTRUCT WHERE {...} LIMIT n; kg
never sends queries to rdflib's engine: through oxrdflib a query *string* is evaluated by Oxigraph,
which answers it (second test)."""

import rdflib
from rdflib import Dataset, Literal, URIRef

A, P = URIRef("http://example.org/a"), URIRef("http://example.org/p")


def test_insert_data_into_dataset_default_graph():
    ds = Dataset()
    ds.update('INSERT DATA { <http://example.org/a> <http://example.org/p> "v" }')
    assert [(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))] == [(A, P, Literal("v"))]


def test_construct_where_limit_runs_in_oxigraph_through_oxrdflib(tmp_path):
    g = rdflib.Graph(store="Oxigraph")
    g.open(str(tmp_path / "ox"), create=True)
    for i in range(5):
        g.add((URIRef(f"http://example.org/s{i}"), P, Literal(i)))
    result = g.query("CONSTRUCT WHERE { ?s <http://example.org/p> ?o } LIMIT 2")
    assert len(list(result)) == 2
    rows = list(g.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o LIMIT 1"))
    assert [r[0] for r in rows] == [Literal(0)]
    g.close()
