"""Link decisions over HTTP: behind the write token, recorded in the curation graph (the app
through Flask's test client: nothing here depends on the wire)."""

from conftest import EXAMPLE_RECORDS
from fixtures_web import AUTH, load_into


def test_review_queue_lists_unlinked_entities(app, client):
    load_into(app, EXAMPLE_RECORDS)
    items = client.get("/api/link/review").get_json()
    assert "place/kramatorsk" in {i["entity"] for i in items}
    assert all(i["status"] in {"unlinked", "ambiguous"} for i in items)


def test_link_needs_the_token_and_is_recorded(app, client):
    load_into(app, EXAMPLE_RECORDS)
    body = {"entity": "place/kramatorsk", "qid": "Q123456789", "who": "alice", "note": "checked"}
    refused = client.post("/api/link", json=body)
    assert refused.status_code == 403 and refused.get_json()["error"] == "forbidden"
    wrong = client.post("/api/link", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    ok = client.post("/api/link", json=body, headers=AUTH)
    assert ok.status_code == 200 and ok.get_json()["who"] == "alice"
    ask = ("ASK { GRAPH <https://kg.example.org/graph/curation> { "
           "<https://kg.example.org/id/place/kramatorsk> "
           "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q123456789> } }")
    r = client.post("/sparql", data={"query": ask},
                    headers={"Accept": "application/sparql-results+json"})
    assert r.get_json()["boolean"] is True


def test_malformed_qid_is_a_400(client):
    r = client.post("/api/link", headers=AUTH,
                    json={"entity": "place/kyiv", "qid": "170327", "who": "alice"})
    assert r.status_code == 400 and "QID" in r.get_json()["message"]


def test_an_unknown_entity_is_a_400_and_a_contradiction_a_409(app, client):
    load_into(app, EXAMPLE_RECORDS)
    unknown = client.post("/api/link", headers=AUTH,
                          json={"entity": "org/typo", "qid": "Q1", "who": "alice"})
    assert unknown.status_code == 400 and "no entity org/typo" in unknown.get_json()["message"]
    first = {"entity": "place/kramatorsk", "qid": "Q123456789", "who": "alice"}
    assert client.post("/api/link", json=first, headers=AUTH).status_code == 200
    other = {"entity": "place/kramatorsk", "none": True, "who": "bob"}
    conflict = client.post("/api/link", json=other, headers=AUTH)
    assert conflict.status_code == 409 and conflict.get_json()["error"] == "link_conflict"
    assert "decided by alice" in conflict.get_json()["message"]
    replaced = client.post("/api/link", json={**other, "replace": True}, headers=AUTH)
    assert replaced.status_code == 200 and replaced.get_json()["replaced_qid"] == "Q123456789"


def test_review_queue_ranks_by_mentions_and_filters_by_kind(app, client):
    load_into(app, EXAMPLE_RECORDS)
    items = client.get("/api/link/review").get_json()
    assert items and all(i["mentions"] > 0 for i in items)
    assert [i["mentions"] for i in items] == sorted((i["mentions"] for i in items), reverse=True)
    places = client.get("/api/link/review", query_string={"kind": "place"}).get_json()
    assert places and {i["type"] for i in places} == {"Place"}
    everything = client.get("/api/link/review", query_string={"all": "1"}).get_json()
    assert len(everything) > len(items)
