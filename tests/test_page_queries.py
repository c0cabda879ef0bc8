"""The pages' queries answered by the query workers of a server that runs them
(kg.web.page_queries), over a real socket and a real on-disk store; the web process answers them
itself when the workers are busy or an answer may have been cut at max_rows."""

from __future__ import annotations

import pytest
import requests
from fixtures_web import start_live_server

from kg.errors import Busy, QueryTimeout
from kg.synthetic import busy_entity_quads
from kg.web import views

HTML = {"Accept": "text/html"}
FACTS = 120  # three table pages of 50


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    live = start_live_server(tmp_path_factory.mktemp("pages"), query_workers=1)
    live.store.load_raw(busy_entity_quads(FACTS, "state/busyland"))
    ep = live.app.extensions["kg_endpoint"]
    ep.after_write()
    assert ep.pool is not None  # the workers start, as `kg serve` starts them
    yield live
    live.server.close()
    live.store.close()


def page(live, number: int = 1) -> str:
    resp = requests.get(f"{live}/id/state/busyland?page={number}", headers=HTML, timeout=60)
    assert resp.status_code == 200
    return resp.text


def table_rows(html: str) -> int:
    """The rows of the page's table of events, its header included."""
    return html[html.index('<table class="data facts events">'):].split("</table>")[0].count("<tr>")


def in_process(monkeypatch):
    """The web process answers every page query itself (as an app without workers does)."""
    monkeypatch.setattr(views, "select_on_workers", lambda ep, text: None)


def test_a_busy_entitys_page_is_answered_by_the_workers_and_unchanged(served, monkeypatch):
    pool = served.app.extensions["kg_endpoint"].started_pool
    before = pool.stats.queries
    by_workers = [page(served, n) for n in (1, 3)]
    assert pool.stats.queries - before >= 8  # the page's look-ups, both pages
    in_process(monkeypatch)
    before = pool.stats.queries
    here = [page(served, n) for n in (1, 3)]
    assert pool.stats.queries == before
    assert by_workers == here
    assert table_rows(by_workers[0]) == 51 and table_rows(by_workers[1]) == FACTS - 100 + 1
    assert f"page 3 of 3 ({FACTS} events)" in by_workers[1]


def test_a_page_is_answered_when_every_query_slot_is_taken(served, monkeypatch):
    expected = page(served)
    pool = served.app.extensions["kg_endpoint"].started_pool

    def busy(req, timeout=None):
        raise Busy("too many queries at once", setting="max_concurrent_queries")

    monkeypatch.setattr(pool, "run", busy)
    assert page(served) == expected


def test_an_answer_cut_at_max_rows_is_answered_whole_by_the_web_process(served, monkeypatch):
    """The page's rows query asks for 50 rows; with max_rows=20 the worker would send 20 and
    mark the answer cut: the web process answers that query itself, so the page has all 50."""
    expected = page(served)
    ep = served.app.extensions["kg_endpoint"]
    answered_here: list[str] = []
    original = views.get_store

    def store_spy():
        store = original()
        answered_here.append("query")
        return store

    monkeypatch.setattr(ep, "settings", ep.settings.with_(max_rows=20))
    monkeypatch.setattr(views, "get_store", store_spy)
    assert page(served) == expected
    assert table_rows(expected) == 51
    assert answered_here  # at least the cut query went to the web process's store


@pytest.mark.parametrize("accept, kind", [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
    ("*/*", "application/json"),  # curl's: the page would answer Turtle
])
def test_a_page_query_past_the_time_limit_is_an_error_in_the_clients_terms(served, monkeypatch,
                                                                           accept, kind):
    """The workers stop a page's query at query_timeout (the web process could not): a browser
    gets an error page with the message and what to do, other clients the JSON shape."""
    pool = served.app.extensions["kg_endpoint"].started_pool

    def too_long(req, timeout=None):
        raise QueryTimeout("the query ran past the time limit (query_timeout=30s)",
                           setting="query_timeout", hint="narrow the page's date range")

    monkeypatch.setattr(pool, "run", too_long)
    resp = requests.get(f"{served}/id/state/busyland", headers={"Accept": accept}, timeout=60)
    assert resp.status_code == 504
    assert resp.headers["Content-Type"].startswith(kind)
    if kind == "text/html":
        assert "<h1>Took too long</h1>" in resp.text
        assert "ran past the time limit" in resp.text and "narrow the page" in resp.text
        assert "query_timeout" in resp.text and resp.headers["X-Request-Id"] in resp.text
    else:
        body = resp.json()
        assert (body["error"], body["setting"]) == ("timeout", "query_timeout")
        assert body["request_id"] == resp.headers["X-Request-Id"]


def test_an_api_route_answers_errors_as_json_even_to_a_browser(served):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    resp = requests.get(f"{served}/sparql", params={"query": "SELECT nonsense"},
                        headers={"Accept": browser}, timeout=60)
    assert resp.status_code == 400
    assert resp.headers["Content-Type"].startswith("application/json")
