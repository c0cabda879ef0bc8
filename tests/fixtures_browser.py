"""Fixtures for the analyst pages: a served site over the example articles, and a real headless
Chromium (Debian's, driven by Playwright) that may reach nothing but that site.

* `pages_site`  - the real app (kg.web.create_app) over a real on-disk store holding the example
                  records plus one hostile record, served by waitress on 127.0.0.1:<free port>.
* `browser`     - headless Chromium. Missing Chromium skips the browser tests on a developer
                  machine (saying how to install it) and FAILS them under CI=true: CI never skips.
* `page`        - a fresh page per test; any request to another host is blocked and recorded,
                  and JavaScript errors are recorded, so tests can assert there were none.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "records"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
WRITE_TOKEN = "pages-test-token"
HOSTILE_LABEL = '<script>window.__kgXss = 1</script><img src=x onerror="window.__kgXss = 2">'
HOSTILE_ID = "2024-01-01-hostile-labels"


def hostile_record() -> dict:
    """A valid record whose entity label, headline and quote carry markup: it must show as text."""
    text = ("Hostile test article\n2024-01-01\n\nThe <b>Testland</b> army fired a missile at "
            "Exampleville on Monday, killing one person.\n")
    quote = ("The <b>Testland</b> army fired a missile at Exampleville on Monday, "
             "killing one person.")
    start = text.index(quote)
    return {
        "record_version": 1,
        "article": {"id": HOSTILE_ID, "title": "Headline " + HOSTILE_LABEL,
                    "publisher": "kg tests", "url": "https://kg.example.org/tests/hostile",
                    "published": "2024-01-01", "language": "en", "text": text},
        "entities": [
            {"key": "state/testland", "type": "State", "label": "Testland " + HOSTILE_LABEL,
             "aliases": [], "wikidata": None},
            {"key": "place/exampleville", "type": "Place", "label": "Exampleville",
             "aliases": [], "wikidata": None},
        ],
        "facts": [{"type": "Strike", "attacker": "state/testland",
                   "target_place": "place/exampleville", "weapon_text": "missile", "killed": 1,
                   "date": "2024-01-01", "strike_kind": "missile", "assertion": "reported",
                   "evidence": [{"quote": quote, "start": start, "end": start + len(quote),
                                 "confidence": 0.9, "extractor": "test",
                                 "extractor_version": "1"}]}],
    }


@dataclass
class Site:
    url: str
    app: object
    store: object
    settings: object
    blocked: list = field(default_factory=list)

    def path(self, iri: str) -> str:
        """Our URL for a kg IRI."""
        return self.url + "/" + iri.split("https://kg.example.org/", 1)[1]


@pytest.fixture(scope="session")
def pages_site(tmp_path_factory):
    """The app over the example records (+ the hostile one), served on 127.0.0.1 by the endpoint's
    live server (waitress in a thread, a real on-disk store). One per session: it is read-mostly."""
    from fixtures_web import start_live_server

    tmp = tmp_path_factory.mktemp("pages-site")
    hostile = tmp / "hostile.json"
    hostile.write_text(json.dumps(hostile_record()), "utf-8")
    live = start_live_server(tmp, write_token=WRITE_TOKEN, query_workers=1, query_timeout=20.0)
    try:
        live.load(*sorted(EXAMPLES.glob("*.json")), hostile)
        yield Site(str(live), live.app, live.store, live.settings)
    finally:
        live.server.close()
        live.store.close()


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() and os.access(CHROMIUM, os.X_OK)):
        message = (f"Chromium not found at {CHROMIUM}: run `bash scripts/install-browser.sh` "
                   "(installs Debian's chromium with apt-get)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI must run the browser tests. " + message, pytrace=False)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a test dependency
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"playwright is not installed: {exc}", pytrace=False)
        pytest.skip(f"playwright is not installed: {exc}")
    # launch() gives every browser a new, empty temporary profile (user-data-dir) of its own.
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class PageProbe:
    """What a page did that it should not: JavaScript errors and requests to other hosts."""

    errors: list = field(default_factory=list)
    blocked: list = field(default_factory=list)


@pytest.fixture
def page(browser, pages_site):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True,
                                  locale="en-GB")
    probe = PageProbe()
    ours = urlsplit(pages_site.url).netloc

    def guard(route):
        parts = urlsplit(route.request.url)
        if parts.scheme in ("http", "https") and parts.netloc != ours:
            probe.blocked.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    p = context.new_page()
    p.set_default_timeout(15_000)
    p.on("pageerror", lambda exc: probe.errors.append(str(exc)))
    p.kg_probe = probe
    try:
        yield p
    finally:
        context.close()
