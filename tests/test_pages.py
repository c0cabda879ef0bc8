"""Analyst pages over HTTP: the real app on a real socket over a real on-disk store.

Linked-data pages (content negotiation), highlighted evidence, escaping, paging of a big entity,
the validation page with and without the write token, the ontology page and the query page's
assets (served by us, never from a CDN).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from fixtures_browser import HOSTILE_ID, HOSTILE_LABEL, WRITE_TOKEN
from fixtures_web import start_live_server

from kg import namespaces as ns
from kg.synthetic import busy_entity_quads

KRAMATORSK = "2023-07-02-kramatorsk-restaurant-strike"
ROOT_DIR = Path(__file__).resolve().parent.parent
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def parse(content: bytes, fmt) -> set[tuple]:
    """RDF as a set of (s, p, o) tuples."""
    return {(q.subject, q.predicate, q.object) for q in ox.parse(content, format=fmt)}


def get(site, path, **kw):
    return requests.get(site.url + path, timeout=30, **kw)


def first_fact(site, kind="Strike", article=KRAMATORSK) -> str:
    rows = list(site.store.query(
        f"SELECT ?f WHERE {{ ?f a <{ns.KG}{kind}> ; <{ns.PROV}wasDerivedFrom> "
        f"<{ns.ID}article/{article}> }} ORDER BY ?f LIMIT 1"))
    return rows[0]["f"].value


# --- the query page ---------------------------------------------------------------------------

def test_query_page_lists_examples_and_serves_its_assets_itself(pages_site):
    r = get(pages_site, "/", headers=HTML)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    html = r.text
    # every example query, with its title and description, is in the menu
    from kg.web.query_page import example_queries

    examples = example_queries()
    assert len(examples) >= 10
    for e in examples:
        assert e.title.replace("'", "&#39;") in html or e.title in html
    assert "Deadliest strikes" in html and "highest reported death tolls" in html
    # scripts and styles come from our own server only
    srcs = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
    assert srcs and all(s.startswith("/static/") for s in srcs), srcs
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    for s in srcs:
        asset = get(pages_site, s)
        assert asset.status_code == 200 and len(asset.content) > 100, s
    yasqe = get(pages_site, "/static/vendor/yasqe/yasqe.min.js")
    assert yasqe.status_code == 200 and "Yasqe" in yasqe.text[:2000]
    assert get(pages_site, "/static/vendor/yasqe/LICENSE").status_code == 200
    # the project's prefixes are predeclared: the editor knows them, the initial query needs none
    config = json.loads(re.search(r'<script type="application/json" id="kg-config">(.*?)</script>',
                                  html, re.S).group(1))
    assert config["prefixes"]["kg"] == ns.KG and config["prefixes"]["state"] == ns.ID + "state/"
    assert "kg:Event" in config["defaultQuery"] and "PREFIX kg:" not in config["defaultQuery"]
    assert f"{ns.KG}Strike" in config["classes"] and f"{ns.KG}attacker" in config["properties"]


def test_sparql_get_from_a_browser_shows_the_query_page(pages_site):
    r = get(pages_site, "/sparql", headers=HTML)
    assert r.status_code == 200 and "Example queries" in r.text
    # ... while an RDF client still gets the service description
    r = get(pages_site, "/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")


# --- linked data: content negotiation ------------------------------------------------------------

def test_entity_iri_dereferences_to_html_or_rdf(pages_site):
    html = get(pages_site, "/id/state/russia", headers=HTML)
    assert html.status_code == 200 and html.headers["Content-Type"].startswith("text/html")
    assert "Accept" in html.headers["Vary"]
    assert "<h1>Russia</h1>" in html.text
    assert 'href="http://www.wikidata.org/entity/Q159"' in html.text

    ttl = get(pages_site, "/id/state/russia", headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["Content-Type"].startswith("text/turtle")
    triples = parse(ttl.content, ox.RdfFormat.TURTLE)
    russia = ox.NamedNode(ns.ID + "state/russia")
    assert (russia, ns.rdf.type, ns.kg.State) in triples

    jsonld = get(pages_site, "/id/state/russia", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["Content-Type"].startswith("application/ld+json")
    parsed = parse(jsonld.content, ox.RdfFormat.JSON_LD)
    assert parsed == triples, "Turtle and JSON-LD must say the same"

    # a client with no preference gets RDF, like /sparql; ?format= is for links from a browser
    assert get(pages_site, "/id/state/russia").headers["Content-Type"].startswith("text/turtle")
    assert get(pages_site, "/id/state/russia?format=jsonld",
               headers=HTML).headers["Content-Type"].startswith("application/ld+json")
    nt = get(pages_site, "/id/state/russia", headers={"Accept": "application/n-triples"})
    assert parse(nt.content, ox.RdfFormat.N_TRIPLES) == set(triples)
    assert get(pages_site, "/id/state/russia", headers={"Accept": "image/png"}).status_code == 406


def test_fact_and_article_rdf_carry_their_evidence(pages_site):
    fact = first_fact(pages_site)
    ttl = get(pages_site, pages_site.path(fact)[len(pages_site.url):],
              headers={"Accept": "text/turtle"})
    triples = parse(ttl.content, ox.RdfFormat.TURTLE)
    subjects = {t[0].value for t in triples}
    assert fact in subjects and f"{fact}/evidence/0" in subjects
    assert any(t[1] == ns.oa.exact for t in triples)
    art = get(pages_site, f"/id/article/{KRAMATORSK}", headers={"Accept": "text/turtle"})
    triples = parse(art.content, ox.RdfFormat.TURTLE)
    assert any(t[1] == ns.schema.text for t in triples)
    assert fact in {t[0].value for t in triples}


def test_unknown_iri_is_404_in_both_worlds(pages_site):
    r = get(pages_site, "/id/state/atlantis", headers=HTML)
    assert r.status_code == 404 and "text/html" in r.headers["Content-Type"]
    assert get(pages_site, "/id/state/atlantis",
               headers={"Accept": "text/turtle"}).status_code == 404


# --- entity, event and article pages ----------------------------------------------------------

def test_event_page_shows_fields_and_highlights_its_evidence_in_the_text(pages_site):
    fact = first_fact(pages_site)
    r = get(pages_site, pages_site.path(fact)[len(pages_site.url):], headers=HTML)
    assert r.status_code == 200
    html = r.text
    assert "Strike" in html and "Kramatorsk" in html
    # entities are links to their pages
    assert 'href="/id/state/russia"' in html and 'href="/id/place/kramatorsk"' in html
    # every field: killed 13, injured 60, the weapon text
    assert ">13<" in html and ">60<" in html and "Iskander short-range ballistic missile" in html
    # the evidence sentence is highlighted in place, inside the article text
    text = html[html.index('class="article-text"'):]
    current = re.findall(r'<mark class="ev[^"]*current[^"]*"[^>]*>(.*?)</mark>', text, re.S)
    assert any("risen to thirteen" in m for m in current), current
    assert any("The missile struck the centre of Kramatorsk on Tuesday evening." == m
               for m in current)


def test_article_page_highlights_every_fact_by_kind_and_draws_the_graph(pages_site):
    r = get(pages_site, "/id/article/2024-02-17-ukraine-security-agreements-germany-france",
            headers=HTML)
    assert r.status_code == 200
    html = r.text
    marks = re.findall(r'<mark class="ev ([^"]*)"', html)
    kinds = {k for m in marks for k in m.split() if k.startswith("kind-")}
    assert len(marks) >= 2 and {"kind-treaty"} <= kinds, kinds
    facts = re.findall(r'<li value="\d+" data-fact="([^"]+)"', html)
    assert facts, "the facts are listed beside the text"
    for f in facts:  # every fact's evidence is highlighted in the text
        assert re.search(r'data-facts="[^"]*' + re.escape(f), html), f
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count("<line") >= 2 and svg.count("<circle") >= 3


def test_literals_are_escaped_everywhere(pages_site):
    for path in ("/id/state/testland", f"/id/article/{HOSTILE_ID}"):
        html = get(pages_site, path, headers=HTML).text
        assert "&lt;script&gt;window.__kgXss" in html, path
        assert "<script>window.__kgXss" not in html and "<img src=x" not in html, path
    fact = first_fact(pages_site, article=HOSTILE_ID)
    html = get(pages_site, pages_site.path(fact)[len(pages_site.url):], headers=HTML).text
    assert "&lt;b&gt;Testland&lt;/b&gt;" in html and "<b>Testland" not in html
    assert HOSTILE_LABEL not in html


def test_entity_page_lists_facts_with_a_timeline(pages_site):
    html = get(pages_site, "/id/state/russia", headers=HTML).text
    count = re.search(r"Events \((\d+)\)\s*<small>from (\d+) reports?", html)
    assert count and int(count.group(1)) >= 5 and int(count.group(2)) >= int(count.group(1))
    assert 'class="timeline"' in html and "<rect" in html
    assert re.search(r'<a href="/id/event/(strike|transfer|treaty|role)/', html)


def test_entity_with_ten_thousand_facts_pages_its_table(tmp_path):
    live = start_live_server(tmp_path, query_workers=1)
    try:
        live.load_quads(busy_entity_quads(10_000))
        for page in (1, 2, 200):
            r = requests.get(f"{live}/id/state/busyland?page={page}", headers=HTML, timeout=60)
            assert r.status_code == 200
            rows = r.text[r.text.index('<table class="data facts events">'):].split("</table>")[0]
            assert rows.count("<tr>") == 51, "one page: header + 50 rows"
            # facts written around kg's loads have no event yet: each counts as its own
            assert f"page {page} of 200 (10000 events)" in r.text
    finally:
        live.server.close()
        live.store.close()


# --- the validation page ------------------------------------------------------------------------

BAD_TURTLE = """@prefix kg: <https://kg.example.org/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://kg.example.org/id/article/upload-test/strike/abc> a kg:Strike, kg:Event, kg:Fact ;
    kg:attacker <https://kg.example.org/id/state/russia> ;
    kg:killed "-5"^^xsd:integer .
"""


def test_validation_page_reports_violations_per_focus_node(pages_site):
    r = requests.post(pages_site.url + "/validate", timeout=60, headers=HTML,
                      files={"file": ("bad.ttl", BAD_TURTLE, "text/turtle")},
                      data={"kind": "auto", "action": "check"})
    assert r.status_code == 200, r.text[:500]
    html = r.text
    assert re.search(r"\d+ violation\(s\): this would not load", html)
    focus = html[html.index('aria-label="Results for https://kg.example.org/id/article/upload-test'):]
    row = re.search(r'<tr class="sev-violation"><td>Violation</td>'
                    r'<td><code>kg:killed</code></td>\s*'
                    r'<td><code class="value"[^>]*>-5</code></td><td>([^<]+)</td>', focus)
    assert row and "zero or more" in row.group(1), "the offending value, by property and node"
    assert "Fact has no evidence" in focus
    # nothing was written
    assert get(pages_site, "/id/article/upload-test/strike/abc", headers=HTML).status_code == 404


def test_validation_page_reports_record_format_errors(pages_site, make_record):
    rec = make_record(article_id="bad-article")
    rec["facts"][0]["killed"] = -5
    r = requests.post(pages_site.url + "/validate", timeout=60, headers=HTML,
                      data={"data": json.dumps(rec), "kind": "auto"})
    # As kg validate: every format problem is a violation of the report, in words.
    assert r.status_code == 200
    assert "this would not load" in r.text
    assert "facts[0].killed" in r.text and "-5 is below 0" in r.text
    assert "/tmp/" not in r.text, "server paths are not shown"


def test_validation_page_shows_what_a_load_would_change_and_loads_only_with_the_token(
        pages_site, make_record):
    rec = make_record(article_id="pages-validate-ok")
    data = {"data": json.dumps(rec), "kind": "record", "action": "check"}
    r = requests.post(pages_site.url + "/validate", data=data, timeout=60, headers=HTML)
    assert r.status_code == 200 and "Conforms" in r.text and "What a load would change" in r.text
    assert get(pages_site, "/id/article/pages-validate-ok", headers=HTML).status_code == 404

    r = requests.post(pages_site.url + "/validate", timeout=60, headers=HTML,
                      data={**data, "action": "load", "token": "wrong"})
    assert r.status_code == 403 and "write token" in r.text
    assert get(pages_site, "/id/article/pages-validate-ok", headers=HTML).status_code == 404

    r = requests.post(pages_site.url + "/validate", timeout=60, headers=HTML,
                      data={**data, "action": "load", "token": WRITE_TOKEN})
    assert r.status_code == 200 and "loaded" in r.text
    page = get(pages_site, "/id/article/pages-validate-ok", headers=HTML)
    assert page.status_code == 200 and "A test article" in page.text
    # ... and the endpoint sees it too
    q = requests.post(pages_site.url + "/sparql", timeout=60,
                      data={"query": f"ASK {{ <{ns.ID}article/pages-validate-ok> ?p ?o }}"},
                      headers={"Accept": "application/sparql-results+json"})
    assert q.json()["boolean"] is True


def test_validation_page_reports_rdf_syntax_errors(pages_site):
    r = requests.post(pages_site.url + "/validate", timeout=60, headers=HTML,
                      data={"data": "@prefix ex: <http://e/> .\nex:a ex:b ", "kind": "turtle"})
    assert r.status_code == 400 and "Cannot check" in r.text


# --- the ontology page --------------------------------------------------------------------------

def test_ontology_page_lists_classes_properties_and_their_shapes(pages_site):
    r = get(pages_site, "/ontology", headers=HTML)
    assert r.status_code == 200
    html = r.text
    assert 'id="Strike"' in html and "kg:attacker" in html
    start = html.index('id="Strike"')
    end = html.find('<section class="term"', start + 1)
    strike = html[start:end if end > 0 else len(html)]
    assert "Strike killed (kg:killed) must be one whole number" in strike
    assert "transfer-status" in html  # controlled lists
    ttl = get(pages_site, "/ontology", headers={"Accept": "text/turtle"})
    triples = parse(ttl.content, ox.RdfFormat.TURTLE)
    assert (ns.kg.Strike, ns.rdfs.subClassOf, ns.kg.Event) in triples


# --- small pure functions -----------------------------------------------------------------------

def test_segment_uses_offsets_and_falls_back_to_the_quote():
    from kg.web.views import Evidence, segment

    text = "One. Two three. Four."
    a = Evidence("e0", "f1", "strike", "Two three.", 5, 15, None, None, None)
    b = Evidence("e1", "f2", "treaty", "three.", 0, 3, None, None, None)  # wrong offsets
    c = Evidence("e2", "f3", "role", "missing", None, None, None, None, None)
    segs, missing = segment(text, [a, b, c])
    assert "".join(s.text for s in segs) == text
    marked = [(s.text, [m.fact for m in s.marks]) for s in segs if s.marks]
    assert marked == [("Two ", ["f1"]), ("three.", ["f1", "f2"])]
    assert missing == [c]


@pytest.mark.parametrize("counts,unit", [
    ([("2024-01", "strike", 2), ("2024-03", "transfer", 1)], "month"),
    ([("2010-01", "strike", 2), ("2024-03", "transfer", 1)], "year"),
])
def test_timeline_axis(counts, unit):
    from kg.web.views import build_timeline

    tl = build_timeline(counts)
    assert tl.unit == unit and tl.max_count == 2 and len(tl.bars) == 2


def test_validation_page_extracts_article_text(pages_site):
    text = (ROOT_DIR / "examples" / "articles" / f"{KRAMATORSK}.txt").read_text("utf-8")
    r = requests.post(pages_site.url + "/validate", timeout=120, headers=HTML,
                      files={"file": ("kramatorsk.txt", text, "text/plain")},
                      data={"kind": "auto", "action": "check"})
    assert r.status_code == 200, r.text[-1500:]
    assert "The record extracted from the text" in r.text
    assert "Conforms" in r.text or "violation" in r.text


def test_concept_and_graph_links(pages_site):
    from kg.web.render import local_href

    r = get(pages_site, "/concept/assertion/reported", headers=HTML)
    assert r.status_code == 200 and "reported" in r.text
    ttl = get(pages_site, "/concept/assertion/reported", headers={"Accept": "text/turtle"})
    assert ttl.headers["Content-Type"].startswith("text/turtle")
    with pages_site.app.test_request_context():
        href = local_href(ns.GRAPH + f"article/{KRAMATORSK}")
    assert href.startswith("/data?graph=")
    g = get(pages_site, href, headers={"Accept": "text/turtle"})
    assert g.status_code == 200 and b"schema.org" in g.content
