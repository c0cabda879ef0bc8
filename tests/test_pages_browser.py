"""End to end in a real headless Chromium against the served app (few tests, each does a lot).

Every test also checks that the page raised no JavaScript error and asked no host but ours for
anything. With PAGES_SCREENSHOTS=<dir> set, the tests save the README's screenshots there
(`PAGES_SCREENSHOTS=docs/screenshots pytest tests/test_pages_browser.py`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from fixtures_browser import HOSTILE_LABEL
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

BAD_TURTLE = b"""@prefix kg: <https://kg.example.org/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://kg.example.org/id/article/browser-upload/strike/abc> a kg:Strike, kg:Event, kg:Fact ;
    kg:attacker <https://kg.example.org/id/state/russia> ;
    kg:killed "-5"^^xsd:integer .
"""


def shot(page, name: str) -> None:
    target = os.environ.get("PAGES_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(target) / name), full_page=False)


def clean(page) -> None:
    probe = page.kg_probe
    assert not probe.errors, f"JavaScript errors: {probe.errors}"
    assert not probe.blocked, f"requests to other hosts: {probe.blocked}"
    assert page.evaluate("window.__kgXss") is None, "a literal's markup ran"


def open_query_page(page, site) -> None:
    page.goto(site.url + "/", wait_until="load")
    page.wait_for_selector(".CodeMirror")  # (the page's CSP forbids eval: no wait_for_function)
    assert page.evaluate("typeof window.kgEditor") == "object"
    assert page.locator(".CodeMirror").is_visible()


def rows(page):
    return page.locator("#results table tbody tr")


def test_run_an_example_query_sort_chart_and_download(page, pages_site, tmp_path):
    open_query_page(page, pages_site)
    # the editor starts with a query that needs no PREFIX lines: kg's prefixes are predeclared
    text = page.evaluate("window.kgEditor.getValue()")
    assert "kg:Event" in text and "PREFIX kg:" not in text
    page.get_by_role("button", name="Strikes and casualties by attacker").click()
    page.wait_for_selector("#results table tbody tr")
    assert rows(page).count() >= 3
    assert "Russia" in page.locator("#results table").inner_text()
    status = page.locator("#status").inner_text()
    assert re.match(r"\d+ rows? in \d+ ms", status), status

    # sortable: click a numeric column twice -> descending numeric order
    header = page.locator("#results thead button.sort").nth(1)
    column = header.get_attribute("data-var")
    header.click()
    page.locator(f'#results thead button.sort[data-var="{column}"]').click()
    assert page.locator("#results thead th").nth(1).get_attribute("aria-sort") == "descending"
    values = [c for c in page.locator("#results tbody tr td:nth-child(2)").all_inner_texts() if c]
    if all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in values):
        assert [float(v) for v in values] == sorted((float(v) for v in values), reverse=True)

    # the chart view draws a bar chart of the aggregate
    page.get_by_role("tab", name="Chart").click()
    bars = page.locator("#chart-area svg.bar-chart rect.bar")
    bars.first.wait_for()
    assert bars.count() == rows(page).count() or bars.count() >= 3
    shot(page, "query-page-chart.png")

    # download as CSV
    with page.expect_download() as dl:
        page.locator("#dl-csv").click()
    csv_path = tmp_path / "results.csv"
    dl.value.save_as(csv_path)
    lines = csv_path.read_text("utf-8").splitlines()
    assert lines[0].split(",")[0] and len(lines) == rows(page).count() + 1

    # a timeline for a query with dates
    page.get_by_role("tab", name="Table").click()
    page.get_by_role("button", name="All events of any kind").click()
    expect(page.locator("#status")).to_contain_text("rows")
    page.get_by_role("tab", name="Chart").click()
    page.select_option("#chart-type", "timeline")
    page.locator("#chart-area svg.timeline-chart rect.bar").first.wait_for()
    page.get_by_role("tab", name="Table").click()
    shot(page, "query-page.png")
    clean(page)


def test_open_an_event_from_a_result_and_see_its_evidence_highlighted(page, pages_site):
    open_query_page(page, pages_site)
    page.get_by_role("button", name="Deadliest strikes").click()
    page.wait_for_selector("#results table tbody tr")
    link = page.locator('#results tbody a[href*="/strike/"]').first
    href = link.get_attribute("href")
    assert href.startswith("/id/article/")
    link.click()
    page.wait_for_url("**" + href)
    assert page.locator("h1 .badge").inner_text() == "Strike"
    marks = page.locator(".article-text mark.ev.current")
    assert marks.count() >= 1
    quote = page.locator("blockquote.quote").first.inner_text().strip()
    highlighted = [m.strip() for m in marks.all_inner_texts()]
    assert quote in highlighted, (quote, highlighted)
    # the highlight is visibly different from the surrounding text
    bg = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    text_bg = page.locator(".article-text").evaluate("t => getComputedStyle(t).backgroundColor")
    assert bg != text_bg
    shot(page, "event-page.png")

    # the article page: every fact's evidence highlighted by kind, facts beside, a graph
    page.locator(".in-article h3 a").first.click()
    page.wait_for_selector(".article-text mark.ev")
    assert page.locator(".fact-list li").count() >= 1
    assert page.locator("figure.graph svg circle").count() >= 2
    # (pages.js is deferred: it binds the focus handlers only once the document is parsed; the
    # marks can be there before, and a focus then lights nothing: a race seen under load)
    page.wait_for_load_state("domcontentloaded")
    page.locator(".fact-list li a").first.focus()  # keyboard focus lights up its evidence
    assert page.locator("mark.ev.hl").count() >= 1

    # an article with facts of several kinds: one colour per kind
    page.goto(pages_site.url + "/id/article/2024-10-29-north-korean-troops-russia")
    kinds = set(page.locator(".article-text mark.ev").evaluate_all(
        "ms => ms.flatMap(m => [...m.classList].filter(c => c.startsWith('kind-')))"))
    assert len(kinds) >= 2, kinds
    colours = {page.locator(f".article-text mark.ev.{k}").first.evaluate(
        "m => getComputedStyle(m).backgroundColor") for k in kinds}
    assert len(colours) == len(kinds), "each kind has its own colour"
    shot(page, "article-page.png")
    clean(page)


def test_upload_an_invalid_file_and_see_its_violation(page, pages_site):
    page.goto(pages_site.url + "/validate")
    page.set_input_files("#file", files=[{"name": "bad.ttl", "mimeType": "text/turtle",
                                          "buffer": BAD_TURTLE}])
    page.get_by_role("button", name="Check", exact=True).click()
    page.wait_for_selector("#report")
    assert "would not load" in page.locator("#report-h").inner_text()
    row = page.locator("tr.sev-violation", has_text="kg:killed")
    assert row.count() == 1
    assert row.locator("code.value").inner_text() == "-5"
    assert "zero or more" in row.inner_text()
    clean(page)


def test_a_script_literal_does_not_run(page, pages_site):
    page.goto(pages_site.url + "/id/state/testland")
    assert HOSTILE_LABEL in page.locator("h1").inner_text()  # shown as text
    page.goto(pages_site.url + "/id/article/2024-01-01-hostile-labels")
    assert "<b>Testland</b>" in page.locator(".article-text").inner_text()
    assert page.locator(".article-text b").count() == 0
    # ... and in query results rendered by our JavaScript
    open_query_page(page, pages_site)
    page.evaluate("""window.kgEditor.setValue(
        'SELECT ?label WHERE { <https://kg.example.org/id/state/testland> ' +
        '<http://www.w3.org/2000/01/rdf-schema#label> ?label }')""")
    page.locator("#run").click()
    page.wait_for_selector("#results table tbody tr")
    assert HOSTILE_LABEL in page.locator("#results tbody td").first.inner_text()
    assert page.locator("#results tbody img, #results tbody script").count() == 0
    clean(page)
