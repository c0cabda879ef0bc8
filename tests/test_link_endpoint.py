"""Link decisions over HTTP: behind the write token, recorded in the curation graph."""

from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def test_review_queue_lists_unlinked_entities(live_server):
    live_server.load(ROOT / "examples" / "records")
    items = requests.get(live_server + "/api/link/review", timeout=30).json()
    assert "place/kramatorsk" in {i["entity"] for i in items}
    assert all(i["status"] in {"unlinked", "ambiguous"} for i in items)


def test_link_needs_the_token_and_is_recorded(live_server):
    live_server.load(ROOT / "examples" / "records")
    body = {"entity": "place/kramatorsk", "qid": "Q123456789", "who": "alice", "note": "checked"}
    refused = requests.post(live_server + "/api/link", json=body, timeout=30)
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    wrong = requests.post(live_server + "/api/link", json=body, timeout=30,
                          headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    ok = requests.post(live_server + "/api/link", json=body, headers=live_server.auth, timeout=30)
    assert ok.status_code == 200 and ok.json()["who"] == "alice"
    ask = ("ASK { GRAPH <https://kg.example.org/graph/curation> { "
           "<https://kg.example.org/id/place/kramatorsk> "
           "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q123456789> } }")
    r = requests.post(live_server.sparql, data={"query": ask},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.json()["boolean"] is True


def test_malformed_qid_is_a_400(live_server):
    r = requests.post(live_server + "/api/link", headers=live_server.auth, timeout=30,
                      json={"entity": "place/kyiv", "qid": "170327", "who": "alice"})
    assert r.status_code == 400 and "QID" in r.json()["message"]
