"""Events through the endpoint: merge and split behind the write token, recorded with who and
when; the review list; a Graph Store DELETE of an article updating the event it reported."""

from __future__ import annotations

import requests
from fixtures_events import ABRAMS, KRYVYI_RIH, event_of, select

from kg import namespaces as ns


def test_merge_and_split_through_the_endpoint_need_the_token(events_site):
    a = event_of(events_site, ABRAMS[0], "transfer")
    b = event_of(events_site, KRYVYI_RIH[0])
    body = {"a": a, "b": b, "who": "carol"}
    refused = requests.post(events_site + "/api/events/merge", json=body, timeout=30)
    assert refused.status_code in (401, 403)
    wrong = requests.post(events_site + "/api/events/merge", json=body, headers=events_site.auth,
                          timeout=30)
    assert wrong.status_code == 400 and "different kinds" in wrong.json()["message"]

    # split a report off the Kryvyi Rih strike, then merge it back: both recorded, who and when
    fact = f"{ns.ID}article/{KRYVYI_RIH[2]}/strike/gold-1"
    split = requests.post(events_site + "/api/events/split", headers=events_site.auth,
                          json={"event": b, "fact": fact, "who": "carol"}, timeout=30)
    assert split.status_code == 200, split.text
    alone = event_of(events_site, KRYVYI_RIH[2], n=1)
    assert alone != event_of(events_site, KRYVYI_RIH[0])
    merged = requests.post(events_site + "/api/events/merge", headers=events_site.auth,
                           json={"a": alone, "b": event_of(events_site, KRYVYI_RIH[0]),
                                 "who": "dave", "note": "the same strike"}, timeout=30)
    assert merged.status_code == 200, merged.text
    assert event_of(events_site, KRYVYI_RIH[2], n=1) == event_of(events_site, KRYVYI_RIH[0])
    who = select(events_site, """SELECT ?who ?kind WHERE { GRAPH kgg:curation {
        ?d a kg:EventDecision ; kg:decision ?kind ; prov:endedAtTime ?t ;
        prov:wasAssociatedWith/rdfs:label ?who } } ORDER BY ?t""")
    assert [(w["kind"], w["who"]) for w in who][-2:] == [("split", "carol"), ("merge", "dave")]
    review = requests.get(events_site + "/api/events/review", timeout=30)
    assert review.status_code == 200 and isinstance(review.json(), list)


def test_deleting_an_article_through_the_graph_store_updates_its_event(events_site):
    event = event_of(events_site, ABRAMS[0], "transfer")
    graph = ns.article_graph(ABRAMS[2]).value
    r = requests.delete(events_site + "/data", params={"graph": graph}, headers=events_site.auth,
                        timeout=30)
    assert r.status_code in (200, 204), r.text
    rows = select(events_site, f"""SELECT ?n ?status WHERE {{ GRAPH kgg:events {{
        <{event}> kg:reportCount ?n . OPTIONAL {{ <{event}> kg:transferStatus ?status }} }} }}""")
    assert rows == [{"n": "2", "status": f"{ns.CONCEPT}transfer-status/pledged"}]
