"""Events over the real app: the event page and entity pages in a real headless Chromium, and
the event's RDF (the site: tests/fixtures_events.py)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from fixtures_events import ABRAMS, KRYVYI_RIH, event_of, page_path
from playwright.sync_api import expect

from kg import namespaces as ns


@pytest.fixture
def events_page(browser, events_site):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-GB")
    ours = urlsplit(str(events_site)).netloc
    blocked, errors = [], []

    def guard(route):
        parts = urlsplit(route.request.url)
        if parts.scheme in ("http", "https") and parts.netloc != ours:
            blocked.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not blocked, f"requests to other hosts: {blocked}"


def shot(page, name: str) -> None:
    target = os.environ.get("PAGES_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(target) / name), full_page=False)


@pytest.mark.browser
def test_from_a_place_to_its_event_every_report_side_by_side(events_page, events_site):
    page = events_page
    page.goto(events_site + "/id/place/kryvyi-rih", wait_until="load")
    # the entity page counts events, not reports: one strike reported three times
    heading = page.locator("#facts-h").inner_text()
    assert re.search(r"Events \(1\)\s*from 3 reports", heading), heading
    row = page.locator("table.events tbody tr").first
    assert row.locator("td.num").inner_text() == "3"
    row.locator("a").first.click()
    page.wait_for_url("**/id/event/strike/**")

    assert page.locator("h1 .badge").inner_text() == "Strike"
    # every report on the timeline, numbered in publication order
    marks = page.locator("figure.report-timeline a.report-mark")
    assert marks.count() == 3
    # the figures each report gave, side by side; values unlike the latest report's marked
    table = page.locator("table.side-by-side")
    assert table.locator("tbody tr").count() == 3
    killed = table.locator("tbody tr td:nth-child(5)").all_inner_texts()
    assert killed == ["12", "18", "20"], killed
    assert table.locator("tbody tr").nth(0).locator("td.differs").count() >= 1
    figures = page.locator("table.figures tr.disputed")
    assert "killed" in figures.first.inner_text() and "reports differ" in figures.first.inner_text()
    # each report's evidence, highlighted in its article, the highlight visibly different
    for n in (1, 2, 3):
        mark = page.locator(f"#report-{n} .article-text mark.ev.current").first
        expect(mark).to_be_visible()
    assert "Krivoy Rog" in page.locator("#report-2 mark.ev.current").first.inner_text()
    bg = page.locator("#report-1 mark.ev.current").first.evaluate(
        "m => getComputedStyle(m).backgroundColor")
    text_bg = page.locator("#report-1 .article-text").evaluate(
        "t => getComputedStyle(t).backgroundColor")
    assert bg != text_bg
    shot(page, "resolved-event-page.png")

    # a timeline mark leads to its report; a report's fact page leads back to the event
    marks.nth(2).click()
    assert page.url.endswith("#report-3")
    page.locator("#report-3 a", has_text="the fact").click()
    page.wait_for_url("**/id/article/09-kyiv-overnight-missiles-drones/strike/**")
    link = page.locator("p.event-link a")
    assert "Kryvyi Rih" in link.inner_text()
    link.click()
    page.wait_for_url("**/id/event/strike/**")


@pytest.mark.browser
def test_a_transfer_event_shows_its_status_steps(events_page, events_site):
    page = events_page
    page.goto(page_path(events_site, event_of(events_site, ABRAMS[0], "transfer")), wait_until="load")
    assert page.locator("h1 .badge").inner_text() == "Arms transfer"
    steps = page.locator("ol.steps li").all_inner_texts()
    assert [s.split()[0] for s in steps] == ["pledged", "delivered"], steps
    assert page.locator("table.side-by-side tbody tr").count() == 3


def test_the_event_as_rdf_names_its_figures_and_reports(events_site):
    event = event_of(events_site, KRYVYI_RIH[0])
    r = requests.get(page_path(events_site, event), headers={"Accept": "text/turtle"}, timeout=30)
    assert r.status_code == 200 and "text/turtle" in r.headers["Content-Type"]
    import pyoxigraph as ox

    triples = list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))
    preds = {t.predicate.value for t in triples}
    assert {ns.KG + "figure", ns.KG + "minimum", ns.PROV + "specializationOf"} <= preds
    assert len([t for t in triples if t.predicate.value == ns.PROV + "specializationOf"]) == 3
    nt = requests.get(page_path(events_site, event), params={"format": "nt"}, timeout=30)
    assert nt.status_code == 200 and f"<{ns.PROV}specializationOf>" in nt.text
