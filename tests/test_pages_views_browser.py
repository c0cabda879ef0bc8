"""The analyst's views in a real headless Chromium against the served app: the map of strikes
(world outline served by kg, no tile server), time lines by attacker and kind, date-range
filters and exports on entity and fact pages, and the query page's address, history and saved
queries. Every test checks that the page raised no JavaScript error and asked no other host.

`PAGES_SCREENSHOTS=docs/screenshots pytest tests/test_pages_views_browser.py` refreshes the map's
screenshot for the README's tour.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from test_pages_browser import clean, open_query_page, rows, shot

pytestmark = pytest.mark.browser


def _markers(page) -> dict[str, str]:
    """place IRI -> the marker's tooltip."""
    out = {}
    for circle in page.locator("svg#map circle.marker").all():
        out[circle.get_attribute("data-place")] = circle.locator("title").text_content()
    return out


def test_map_shows_strikes_on_their_targets_from_our_own_outline(page, pages_site):
    outline = []
    page.on("response", lambda r: outline.append(r.status) if r.url.endswith("/map/world.svg")
            else None)
    page.goto(pages_site.url + "/map", wait_until="load")
    page.wait_for_selector("svg#map circle.marker")
    markers = _markers(page)
    dnipro = "https://kg.example.org/id/place/dnipro"
    assert dnipro in markers and "40 killed" in markers[dnipro] and "Russia" in markers[dnipro]
    assert "https://kg.example.org/id/place/kramatorsk" in markers
    assert outline == [200], "the world outline comes from kg itself"
    # the outline is drawn: the image has its size, and the markers sit inside the view
    assert page.evaluate("document.querySelector('svg#map image').getBBox().width") > 0
    summary = page.locator("#map-summary").inner_text()
    assert re.search(r"\d+ strike\(s\) on \d+ place\(s\), \d+ killed", summary), summary
    page.set_viewport_size({"width": 1360, "height": 1010})  # the legend in the picture too
    shot(page, "map.png")
    clean(page)

    # a date range keeps only the strikes whose date overlaps it
    page.fill("input[name=from]", "2023")
    page.fill("input[name=to]", "2023-12")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_selector("svg#map circle.marker")
    assert "from=2023" in page.url
    in_2023 = _markers(page)
    assert dnipro in in_2023 and "https://kg.example.org/id/place/kramatorsk" in in_2023
    assert "https://kg.example.org/id/place/sumy" not in in_2023  # 2025
    # a marker leads to the place's page
    page.locator(f'svg#map circle.marker[data-place="{dnipro}"]').click()
    page.wait_for_url("**/id/place/dnipro")
    assert "Dnipro" in page.locator("h1").inner_text()
    clean(page)


def test_map_date_filter_says_what_is_wrong(page, pages_site):
    page.goto(pages_site.url + "/map?from=2024-13", wait_until="load")
    assert "must be a date as YYYY, YYYY-MM or YYYY-MM-DD" in page.locator("form.range").inner_text()
    assert page.locator("svg#map circle.marker").count() > 0  # all dates, said so
    clean(page)


def test_map_confidence_floor_is_a_choice_that_stays_in_the_address(page, pages_site):
    page.goto(pages_site.url + "/map", wait_until="load")
    every = _markers(page)
    page.select_option("select[name=confidence]", "0.7")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_selector("#confidence-note")
    assert "confidence=0.7" in page.url
    assert "right at least 7 times in 10" in page.locator("#confidence-note").inner_text()
    # the example records were written by hand with confidence 1: all stay
    assert _markers(page) == every
    page.get_by_role("link", name="Whole world").click()
    page.wait_for_selector("svg#map circle.marker")
    assert "confidence=0.7" in page.url and "world=1" in page.url
    clean(page)


def test_time_lines_by_attacker_and_by_kind(page, pages_site):
    page.goto(pages_site.url + "/timeline", wait_until="load")
    bars = page.locator("#timeline rect.bar")
    assert bars.count() > 0
    legend = page.locator("#timeline figcaption").inner_text()
    assert "Russia" in legend
    page.get_by_role("link", name="Facts by kind").click()
    page.wait_for_selector("#timeline rect.bar")
    legend = page.locator("#timeline figcaption").inner_text()
    assert "Strike" in legend and "Treaty" in legend and "Arms transfer" in legend
    every = page.locator("#timeline rect.bar").count()
    page.fill("input[name=from]", "2024")
    page.fill("input[name=to]", "2024")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_selector("#timeline rect.bar")
    assert "by=kind" in page.url
    periods = {b.get_attribute("data-period") for b in page.locator("#timeline rect.bar").all()}
    assert periods and all(p.startswith("2024") for p in periods)
    assert page.locator("#timeline rect.bar").count() < every
    clean(page)


def test_entity_page_filters_by_date_and_exports(page, pages_site):
    page.goto(pages_site.url + "/id/state/russia", wait_until="load")
    # the heading counts events and the reports (facts) they gather; the CSV lists the facts
    heading = re.compile(r"Events \((\d+)\) from (\d+) reports?")
    count = int(heading.search(page.locator("#facts-h").inner_text()).group(2))
    page.fill("input[name=from]", "2023-01")
    page.fill("input[name=to]", "2023-12-31")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state("load")
    filtered = int(heading.search(page.locator("#facts-h").inner_text()).group(2))
    assert 0 < filtered < count
    # events dated in 2023; a leader role that began earlier and lasted into 2023 overlaps too
    table_rows = page.locator("table.facts tbody tr").all()
    kinds_dates = [(r.locator("td").nth(1).inner_text(), r.locator("td").first.inner_text())
                   for r in table_rows]
    events = [d for k, d in kinds_dates if k != "Leader role" and d]
    assert events and all(d.startswith("2023") for d in events)
    assert all(d <= "2023-12-31" for _, d in kinds_dates if d)
    # export: the facts of this page's range as CSV, and the entity as RDF
    with page.expect_download() as got:
        page.get_by_role("link", name="facts as CSV").click()
    text = open(got.value.path(), encoding="utf-8").read()
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == filtered and all(r["date"] <= "2023-12-31" for r in table)
    assert {r["date"][:4] for r in table if r["kind"] != "Leader role"} == {"2023"}
    assert all(r["iri"].startswith("https://kg.example.org/id/") for r in table)
    assert any(r["article"] for r in table)
    with page.expect_download() as got:
        page.get_by_role("link", name="Turtle").click()
    assert "Russia" in open(got.value.path(), encoding="utf-8").read()
    clean(page)


def test_fact_page_exports_its_fields_and_rdf(page, pages_site):
    page.goto(pages_site.url + "/id/place/dnipro", wait_until="load")
    page.locator("table.facts tbody a").first.click()  # the event, then one report of it
    page.wait_for_load_state("load")
    page.get_by_role("link", name="the fact").first.click()
    page.wait_for_load_state("load")
    with page.expect_download() as got:
        page.get_by_role("link", name="fields as CSV").click()
    table = list(csv.DictReader(io.StringIO(open(got.value.path(), encoding="utf-8").read())))
    assert any(r["value"] == "40" for r in table) and any(r["value"] == "Russia" for r in table)
    with page.expect_download() as got:
        page.get_by_role("link", name="N-Triples").click()
    assert "<https://kg.example.org/ontology#killed>" in open(got.value.path(), encoding="utf-8").read()
    clean(page)


def test_query_page_keeps_the_query_in_the_address_history_and_saved_queries(page, pages_site):
    open_query_page(page, pages_site)
    query = "SELECT DISTINCT ?attacker WHERE { ?s a kg:Strike ; kg:attacker ?attacker } ORDER BY ?attacker"
    page.evaluate("q => window.kgEditor.setValue(q)", query)
    page.get_by_role("button", name="Run query").click()
    page.wait_for_selector("#results table tbody tr")
    # results show legal prefixed names, and the query needed no PREFIX lines
    assert "state:russia" in page.locator("#results table").inner_text()
    assert parse_qs(urlsplit(page.url).query)["query"] == [query]
    history = page.locator("#history-list li")
    assert history.count() == 1 and "kg:attacker" in history.first.inner_text()

    # the address opens the same query and runs it (a shared link)
    page.goto(page.url, wait_until="load")
    page.wait_for_selector("#results table tbody tr")
    assert page.evaluate("window.kgEditor.getValue()") == query
    assert rows(page).count() >= 2

    # save it under a name; it survives a reload and runs from the list
    page.fill("#save-name", "attackers")
    page.get_by_role("button", name="Save").click()
    page.goto(pages_site.url + "/", wait_until="load")
    page.wait_for_selector(".CodeMirror")
    saved = page.locator('#saved-list button.load[data-name="attackers"]')
    assert saved.count() == 1
    other = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Article }"
    page.evaluate("q => window.kgEditor.setValue(q)", other)
    page.get_by_role("button", name="Run query").click()
    page.wait_for_selector("#results table tbody tr")
    saved.click()
    page.wait_for_function("() => document.querySelectorAll('#results tbody tr').length >= 2")
    assert page.evaluate("window.kgEditor.getValue()") == query
    # Back returns to the previous query's address and runs it again
    page.go_back()
    page.wait_for_function("() => document.querySelectorAll('#results tbody tr').length == 1")
    assert page.evaluate("window.kgEditor.getValue()") == other
    assert page.locator("#history-list li").count() >= 2
    clean(page)


def test_query_page_says_which_prefix_is_undeclared(page, pages_site):
    open_query_page(page, pages_site)
    page.evaluate("q => window.kgEditor.setValue(q)", "SELECT * WHERE { ?s a nope:Thing }")
    page.get_by_role("button", name="Run query").click()
    page.wait_for_selector("#results pre.error-body")
    status = page.locator("#status").inner_text()
    assert "prefix nope: is not declared (known: " in status
    clean(page)
