"""The query page: the YASGUI editor (YASQE, vendored under static/vendor/, never from a CDN),
the example queries that ship with kg, and our own small results table and SVG charts
(static/kg/query.js) talking to the SPARQL endpoint at /sparql. `GET /sparql` from a browser
shows it too (kg.web.sparql).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, redirect, url_for

from kg import namespaces as ns
from kg import packagedata
from kg.web.ontology import ontology
from kg.web.render import html

bp = Blueprint("query", __name__)


@dataclass(frozen=True)
class ExampleQuery:
    name: str
    title: str
    description: str
    text: str


def example_queries(directory: Path | None = None) -> list[ExampleQuery]:
    """queries/*.rq (packaged with kg) with their `# title:` and `# description:` header lines."""
    out = []
    paths = packagedata.query_files() if directory is None else sorted(directory.glob("*.rq"))
    for path in paths:
        text = path.read_text("utf-8")
        meta = dict(re.findall(r"^#\s*(title|description):\s*(.+?)\s*$", text, re.M))
        out.append(ExampleQuery(path.stem, meta.get("title", path.stem),
                                meta.get("description", ""), text))
    return out


DEFAULT_QUERY = """# kg's prefixes (kg:, state:, person:, place:, schema:, xsd:, ...) need no PREFIX lines.
SELECT ?event ?kind ?date WHERE {
  ?event a kg:Event ;
         a ?kind .
  FILTER(?kind IN (kg:Treaty, kg:Strike, kg:ArmsTransfer))
  OPTIONAL { ?event kg:date|kg:signedOn ?date }
}
ORDER BY ?date
LIMIT 100
"""


def render_query_page() -> Response:
    """The query page; the endpoint module may call this for `GET /sparql` from a browser."""
    onto = ontology()
    prefixes = {p: iri for p, iri in ns.PREFIXES.items()}
    config = {
        "endpoint": url_for("sparql.sparql"),
        "base": ns.BASE,
        "prefixes": prefixes,
        "defaultQuery": DEFAULT_QUERY,
        "classes": sorted(c.iri for c in onto.classes),
        "properties": sorted(p.iri for p in onto.properties),
        "examples": [e.__dict__ for e in example_queries()],
    }
    return html("query.html", config=config, examples=example_queries(), prefixes=prefixes)


@bp.get("/")
def query_page():
    """The query page: SPARQL editor, example queries, results table, charts, downloads."""
    return render_query_page()


@bp.get("/query")
def query_page_alias():
    """Redirect to the query page."""
    return redirect(url_for("query.query_page"), 301)


__all__ = ["DEFAULT_QUERY", "ExampleQuery", "bp", "example_queries", "render_query_page"]
