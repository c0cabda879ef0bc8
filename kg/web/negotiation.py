"""Content negotiation for SPARQL results: `Accept` (q-values, wildcards, q=0) and `format=`.

Three kinds of result need a format: solutions (SELECT), a boolean (ASK) and a graph
(CONSTRUCT/DESCRIBE). Each kind has an ordered table of formats; the first is the default for
`*/*` or a missing `Accept`. `choose()` returns the format or raises `NotAcceptable` (406).

This module is imported by the query worker processes, so it imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.errors import InputError, NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str  # short name, the value of `format=`
    media_type: str  # what we answer with (Content-Type, without charset)
    aliases: tuple[str, ...] = ()  # other media types a client may ask for
    charset: bool = True

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.charset else self.media_type


SOLUTION_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json",
           ("application/json", "text/javascript", "application/javascript")),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
BOOLEAN_FORMATS: tuple[Format, ...] = SOLUTION_FORMATS  # CSV/TSV carry the boolean as one cell
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle", "text/n3",
                                     "text/rdf+n3")),
    Format("ntriples", "application/n-triples", ("text/plain",)),
    Format("nquads", "application/n-quads"),
    Format("trig", "application/trig"),
    Format("jsonld", "application/ld+json", ("application/x-json+ld", "application/json")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
)
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads",
                  "n-quads": "nquads", "json-ld": "jsonld", "rdf": "rdfxml", "rdf+xml": "rdfxml",
                  "srj": "json", "srx": "xml", "n3": "turtle"}
# For a graph result, `format=xml` / `format=json` (what generic clients send) mean RDF/XML and
# JSON-LD.
GRAPH_FORMAT_FALLBACK = {"xml": "rdfxml", "json": "jsonld"}

KIND_FORMATS = {"solutions": SOLUTION_FORMATS, "boolean": BOOLEAN_FORMATS, "graph": GRAPH_FORMATS}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float
    specificity: int  # 0 */*, 1 type/*, 2 type/subtype


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an Accept header into media ranges (malformed parts are skipped, as browsers do)."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0, 0)]
    out: list[MediaRange] = []
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        mt = pieces[0].lower()
        if not mt:
            continue
        if mt == "*":
            mt = "*/*"
        if "/" not in mt:
            continue
        t, s = mt.split("/", 1)
        q = 1.0
        for param in pieces[1:]:
            if "=" in param:
                k, v = param.split("=", 1)
                if k.strip().lower() == "q":
                    try:
                        q = max(0.0, min(1.0, float(v.strip())))
                    except ValueError:
                        q = 0.0
        spec = 0 if t == "*" else (1 if s == "*" else 2)
        if t == "*" and s != "*":
            continue
        out.append(MediaRange(t, s, q, spec))
    return out


def _quality(fmt_type: str, ranges: list[MediaRange]) -> tuple[float, int]:
    """The q of the most specific range matching `fmt_type` (RFC 9110 12.5.1), and its specificity."""
    t, s = fmt_type.split("/", 1)
    best: MediaRange | None = None
    for r in ranges:
        if (r.type == "*" or r.type == t) and (r.subtype == "*" or r.subtype == s):
            if best is None or r.specificity > best.specificity:
                best = r
    return (best.q, best.specificity) if best else (0.0, -1)


def choose(kind: str, accept: str | None, format_param: str | None = None) -> Format:
    """The format for a result of `kind` ('solutions', 'boolean', 'graph').

    A pure function of its three strings, memoized: clients send the same few `Accept` headers
    over and over, and parsing one costs more than the rest of a point lookup's negotiation.
    Errors (406, 400) are raised afresh each time (lru_cache does not keep exceptions).
    """
    if accept is not None and len(accept) > 1024:  # odd headers are not worth a cache slot
        return _choose(kind, accept, format_param)
    return _choose_cached(kind, accept, format_param)


def _choose(kind: str, accept: str | None, format_param: str | None = None) -> Format:
    formats = KIND_FORMATS[kind]
    if format_param:
        wanted = format_param.strip().lower()
        wanted = FORMAT_ALIASES.get(wanted, wanted)
        if kind == "graph":
            wanted = GRAPH_FORMAT_FALLBACK.get(wanted, wanted)
        for f in formats:
            if wanted in (f.name, f.media_type) or wanted in f.aliases:
                return f
        names = ", ".join(f.name for f in formats)
        if any(wanted == f.name or wanted == f.media_type
               for fs in KIND_FORMATS.values() for f in fs):
            raise NotAcceptable(f"format={format_param} does not fit a {_kind_name(kind)} result",
                                hint=f"use one of: {names}")
        raise InputError(f"unknown format={format_param}", hint=f"use one of: {names}")
    ranges = parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen: Format | None = None
    for index, f in enumerate(formats):
        q, spec = _quality(f.media_type, ranges)
        for alias in f.aliases:
            aq, aspec = _quality(alias, ranges)
            if aspec == 2 and (spec < 2 or aq > q):
                q, spec = aq, aspec
        if q <= 0:
            continue
        key = (q, spec, -index)
        if best is None or key > best:
            best, chosen = key, f
    if chosen is None and kind == "graph":
        # Generic clients (rdflib's SPARQLStore) send the results type they use for every query;
        # for a graph we answer RDF/XML, the one RDF format such clients all parse.
        for media, name in (("application/sparql-results+json", "rdfxml"),
                            ("application/sparql-results+xml", "rdfxml")):
            q, spec = _quality(media, ranges)
            if q > 0 and spec == 2:
                return by_name(name)
    if chosen is None:
        names = ", ".join(f.media_type for f in formats)
        raise NotAcceptable(f"no {_kind_name(kind)} format fits Accept: {accept}",
                            hint=f"accept one of: {names} (or pass format=)")
    return chosen


_choose_cached = lru_cache(maxsize=512)(_choose)


def canonical_names(value: str) -> set[str]:
    """The format names a `format=` value may mean (a name, alias or media type)."""
    out: set[str] = set()
    for part in value.split(","):  # some clients send a list of media types
        v = part.split(";")[0].strip().lower()
        v = FORMAT_ALIASES.get(v, v)
        names = {f.name for fs in KIND_FORMATS.values() for f in fs
                 if v in (f.name, f.media_type) or v in f.aliases}
        out |= names or {v}
    return out


def format_param(values: list[str]) -> str | None:
    """One `format=` value from possibly several that agree (SPARQLWrapper sends `format=tsv&
    format=text/tab-separated-values`); disagreeing values are a 400."""
    if not values:
        return None
    common = set.intersection(*(canonical_names(v) for v in values))
    if not common:
        raise InputError(f"the format= parameters disagree: {', '.join(values)}",
                         hint="send one format")
    if len(values) == 1 and "," not in values[0]:
        return values[0]
    return sorted(common)[0]


def _kind_name(kind: str) -> str:
    return {"solutions": "SELECT", "boolean": "ASK", "graph": "CONSTRUCT/DESCRIBE"}[kind]


def by_name(name: str) -> Format:
    for formats in KIND_FORMATS.values():
        for f in formats:
            if f.name == name:
                return f
    raise KeyError(name)


# RDF input formats (Graph Store Protocol bodies): media type -> pyoxigraph format name.
RDF_INPUT_TYPES = {
    "text/turtle": "TURTLE", "application/x-turtle": "TURTLE", "application/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/n-quads": "N_QUADS", "application/trig": "TRIG",
    "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML",
    "text/n3": "N3",
}


def wants_html(accept: str | None) -> bool:
    """A browser: asks for text/html more than for any RDF or results type."""
    if not accept:
        return False
    ranges = parse_accept(accept)
    q_html, spec = _quality("text/html", ranges)
    if q_html <= 0 or spec < 2:
        return False
    others = [r.q for r in ranges if r.specificity == 2 and not (r.type == "text" and r.subtype == "html")
              and r.subtype not in ("xhtml+xml",) and not (r.type == "application" and r.subtype == "xml")
              and not (r.type == "image")]
    return not others or q_html >= max(others)


__all__ = ["BOOLEAN_FORMATS", "Format", "GRAPH_FORMATS", "RDF_INPUT_TYPES", "SOLUTION_FORMATS",
           "by_name", "choose", "parse_accept", "wants_html"]
