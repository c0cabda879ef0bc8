"""The endpoint's write gate sees the same store context as `kg load`: data that loads through
the loader is not refused when written through the Graph Store Protocol."""

import requests

from kg.loader import load

TTL = """@prefix kg: <https://kg.example.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
<https://kg.example.org/id/place/test-hamlet> a kg:Place ; rdfs:label "Test hamlet"@en ;
    schema:containedInPlace <https://kg.example.org/id/place/sumy> .
<https://kg.example.org/id/place/sumy> rdfs:label "Sumy"@en .
"""


def test_gate_and_loader_agree_on_a_redescribed_gazetteer_place(live_server, tmp_path):
    path = tmp_path / "hamlet.ttl"
    path.write_text(TTL, "utf-8")
    summary = load([path], live_server.store, live_server.settings, dry_run=True)
    assert summary.report.conforms, summary.report.to_text()
    r = requests.put(live_server + "/data", params={"graph": "https://kg.example.org/graph/hamlet"},
                     data=TTL.encode(), headers={"Content-Type": "text/turtle", **live_server.auth},
                     timeout=60)
    assert r.status_code in (200, 201, 204), r.text
