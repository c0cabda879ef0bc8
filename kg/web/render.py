"""Rendering for the analyst pages: HTML responses (Jinja, autoescaped, with a strict CSP),
RDF responses, the content negotiation of linked-data URLs, and terms as people read them
(short names, links to our own pages). No store access here.

Pages are rendered on the server with Jinja (autoescape on, no `|safe` on data), so every label
and quote is text, never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox
from flask import Flask, Response, abort, render_template, request
from pyoxigraph import Literal, NamedNode

from kg import namespaces as ns
from kg.web import negotiation

RDF_MEDIA = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_ALIASES = {"ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json",
                  "json-ld": "application/ld+json", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "rdf": "application/rdf+xml",
                  "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
                  "html": "text/html"}


def init_app(app: Flask) -> None:
    """The template globals and filters every page uses."""
    app.jinja_env.globals["kg_nav"] = [("query.query_page", "Query"),
                                       ("overview.map_page", "Map"),
                                       ("overview.timeline_page", "Time lines"),
                                       ("ontology.ontology_page", "Ontology"),
                                       ("validation.validate_page", "Validate")]
    app.jinja_env.filters["kg_short"] = short_iri
    app.jinja_env.filters["kg_href"] = local_href
    app.jinja_env.filters["kg_nt"] = nt_text


# --- IRIs and terms -------------------------------------------------------------------------------

def local_href(iri: str | None) -> str | None:
    """Our page for an IRI kg mints (/id/..., /ontology#..., /concept/...), else the IRI itself."""
    if not iri:
        return None
    base = ns.BASE
    if iri.startswith(base):
        rest = iri[len(base):]
        if rest.startswith(("id/", "concept/")) or rest.startswith("ontology"):
            return "/" + rest
        if rest.startswith("graph/"):  # a named graph: its RDF from the Graph Store Protocol
            return "/data?graph=" + quote(iri, safe="")
    return iri if iri.startswith(("http://", "https://")) else None


def short_iri(iri: str | None) -> str:
    """An IRI as a prefixed name a query may use as written (`state:russia`), else whole."""
    if not iri:
        return ""
    return ns.prefixed_name(iri) or iri


@dataclass
class Value:
    """A term ready for a template: text, an optional link, and its datatype or language."""

    text: str
    href: str | None = None
    iri: str | None = None
    note: str = ""

    @property
    def external(self) -> bool:
        return bool(self.href) and not self.href.startswith("/")


def term_value(term, labels: dict[str, str] | None = None) -> Value:
    if isinstance(term, NamedNode):
        label = (labels or {}).get(term.value)
        return Value(label or short_iri(term.value), local_href(term.value), term.value)
    if isinstance(term, Literal):
        note = ""
        if term.language:
            note = "@" + term.language
        elif term.datatype and term.datatype.value != ns.XSD + "string":
            note = short_iri(term.datatype.value)
        return Value(term.value, note=note)
    return Value(str(term))


_NT_IRI = re.compile(r"<([^<>\s]*)>")
_NT_LITERAL = re.compile(r'^"(.*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?$', re.S)


def nt_text(term: str | None) -> str:
    """An N-Triples term or SHACL path as people read it: prefixed names, a literal's text."""
    if not term:
        return ""
    m = _NT_LITERAL.match(term)
    if m:
        return m.group(1).replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
    return _NT_IRI.sub(lambda m: short_iri(m.group(1)), term)


def nt_iri(term: str | None) -> str | None:
    """The IRI of an N-Triples IRI term (`<...>`), else None."""
    if term and term.startswith("<") and term.endswith(">"):
        return term[1:-1]
    return None


# --- responses --------------------------------------------------------------------------------------

def negotiate() -> str:
    """The media type to answer with, the same way as /sparql decides: `?format=` wins; HTML for
    browsers (text/html preferred); otherwise the best RDF type of `Accept` (Turtle for `*/*` or
    no Accept); 406 when the client accepts none of them."""
    fmt = request.args.get("format")
    if fmt:
        media = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if media in RDF_MEDIA or media == "text/html":
            return media
        abort(Response(f"unknown format {fmt!r}; use one of: html, ttl, jsonld, nt, rdf\n",
                       406, mimetype="text/plain"))
    accept = request.headers.get("Accept")
    if negotiation.wants_html(accept):
        return "text/html"
    if not accept:
        return "text/turtle"
    best = request.accept_mimetypes.best_match(list(RDF_MEDIA))
    if best is None:
        abort(Response("nothing acceptable: this resource is available as text/html, "
                       + ", ".join(RDF_MEDIA) + "\n", 406, mimetype="text/plain"))
    return best


def rdf_response(triples, media: str) -> Response:
    triples = list(dict.fromkeys(triples))
    fmt = RDF_MEDIA[media]
    kwargs = {}
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = dict(ns.PREFIXES)
    body = ox.serialize(triples, format=fmt, **kwargs)
    resp = Response(body, mimetype=media)
    if media != "application/rdf+xml":
        resp.mimetype_params["charset"] = "utf-8"
    resp.headers["Vary"] = "Accept"
    return resp


def html(template: str, status: int = 200, **context) -> Response:
    resp = Response(render_template(template, **context), status, mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


# Nothing but our own server: scripts, styles, fetches and images all come from 'self'.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


def iri_or_404(value: str) -> NamedNode:
    try:
        return NamedNode(value)
    except ValueError:
        abort(html("notfound.html", 404, iri=value))


def page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


__all__ = ["CSP", "RDF_MEDIA", "Value", "html", "init_app", "iri_or_404", "local_href",
           "negotiate", "nt_iri", "nt_text", "page_number", "rdf_response", "short_iri",
           "term_value"]
