"""The endpoint's write gate sees the same store context as `kg load`: data that loads through
the loader is not refused when written through the Graph Store Protocol (the app through Flask's
test client)."""

from fixtures_web import AUTH

from kg.loader import load

TTL = """@prefix kg: <https://kg.example.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
<https://kg.example.org/id/place/test-hamlet> a kg:Place ; rdfs:label "Test hamlet"@en ;
    schema:containedInPlace <https://kg.example.org/id/place/sumy> .
<https://kg.example.org/id/place/sumy> rdfs:label "Sumy"@en .
"""


def test_gate_and_loader_agree_on_a_redescribed_gazetteer_place(app, client, tmp_path):
    path = tmp_path / "hamlet.ttl"
    path.write_text(TTL, "utf-8")
    ep = app.extensions["kg_endpoint"]
    summary = load([path], ep.store, ep.settings, dry_run=True)
    assert summary.report.conforms, summary.report.to_text()
    r = client.put("/data", query_string={"graph": "https://kg.example.org/graph/hamlet"},
                   data=TTL.encode(), headers={"Content-Type": "text/turtle", **AUTH})
    assert r.status_code in (200, 201, 204), r.text
