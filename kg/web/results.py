"""SPARQL results serialized as the protocol wants them, written straight to bytes: JSON, XML,
CSV and TSV for solutions and booleans, every RDF format for graphs, at most `max_rows` rows
with a marker when a result is cut. Runs in the query workers, so it imports nothing heavy.
"""

from __future__ import annotations

from json.encoder import encode_basestring as _json_str
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _xml_attr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
CHUNK = 64 * 1024  # bytes gathered before a write to the output


def _json_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return '{"type":"uri","value":' + _json_str(t.value) + "}"
    if isinstance(t, ox.BlankNode):
        return '{"type":"bnode","value":' + _json_str(t.value) + "}"
    if isinstance(t, ox.Literal):
        if t.language:
            return ('{"type":"literal","value":' + _json_str(t.value) + ',"xml:lang":'
                    + _json_str(t.language) + "}")
        dt = t.datatype.value
        if dt == XSD_STRING:
            return '{"type":"literal","value":' + _json_str(t.value) + "}"
        return ('{"type":"literal","value":' + _json_str(t.value) + ',"datatype":'
                + _json_str(dt) + "}")
    if isinstance(t, ox.Triple):
        return ('{"type":"triple","value":{"subject":' + _json_term(t.subject) + ',"predicate":'
                + _json_term(t.predicate) + ',"object":' + _json_term(t.object) + "}}")
    raise TypeError(f"unknown term {t!r}")


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return "<uri>" + _xml_escape(t.value) + "</uri>"
    if isinstance(t, ox.BlankNode):
        return "<bnode>" + _xml_escape(t.value) + "</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={_xml_attr(t.language)}>{_xml_escape(t.value)}</literal>"
        dt = t.datatype.value
        if dt == XSD_STRING:
            return "<literal>" + _xml_escape(t.value) + "</literal>"
        return f"<literal datatype={_xml_attr(dt)}>{_xml_escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return ("<triple><subject>" + _xml_term(t.subject) + "</subject><predicate>"
                + _xml_term(t.predicate) + "</predicate><object>" + _xml_term(t.object)
                + "</object></triple>")
    raise TypeError(f"unknown term {t!r}")


def _csv_cell(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        text = "_:" + t.value
    elif isinstance(t, (ox.NamedNode, ox.Literal)):
        text = t.value
    else:
        text = str(t)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_cell(t) -> str:
    return "" if t is None else str(t)


def write_solutions(solutions: ox.QuerySolutions, fmt: str, out, max_rows: int) -> dict:
    """Serialize SELECT results to `out` (a binary writer), at most `max_rows` rows.

    Returns {"rows": n, "truncated": bool}. A truncated JSON result carries a top-level
    "kg:truncated" member and XML a trailing comment, besides the response header.
    """
    names = [v.value for v in solutions.variables]
    rows = 0
    truncated = False
    buf: list[str] = []
    size = 0

    def flush():
        nonlocal size
        if buf:
            out.write("".join(buf).encode("utf-8"))
            buf.clear()
            size = 0

    if fmt == "json":
        buf.append('{"head":{"vars":[' + ",".join(_json_str(n) for n in names)
                   + ']},"results":{"bindings":[')
        keys = [_json_str(n) + ":" for n in names]
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            parts = []
            for k, name in zip(keys, names, strict=True):
                t = sol[name]
                if t is not None:
                    parts.append(k + _json_term(t))
            line = ("," if rows else "") + "{" + ",".join(parts) + "}"
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
        tail = "]}"
        if truncated:
            tail += f',"kg:truncated":{{"max_rows":{max_rows},"setting":"max_rows"}}'
        buf.append(tail + "}")
    elif fmt == "xml":
        buf.append('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   "<head>" + "".join(f"<variable name={_xml_attr(n)}/>" for n in names)
                   + "</head><results>")
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            parts = ["<result>"]
            for name in names:
                t = sol[name]
                if t is not None:
                    parts.append(f"<binding name={_xml_attr(name)}>{_xml_term(t)}</binding>")
            parts.append("</result>\n")
            line = "".join(parts)
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
        buf.append("</results>")
        if truncated:
            buf.append(f"<!-- kg:truncated: more than max_rows={max_rows} rows; "
                       f"the max_rows setting controls this -->")
        buf.append("</sparql>\n")
    elif fmt in ("csv", "tsv"):
        cell = _csv_cell if fmt == "csv" else _tsv_cell
        sep, eol = (",", "\r\n") if fmt == "csv" else ("\t", "\n")
        buf.append(sep.join(names if fmt == "csv" else ["?" + n for n in names]) + eol)
        for sol in solutions:
            if rows >= max_rows:
                truncated = True
                break
            line = sep.join(cell(sol[name]) for name in names) + eol
            buf.append(line)
            size += len(line)
            rows += 1
            if size > CHUNK:
                flush()
    else:
        raise ValueError(fmt)
    flush()
    return {"rows": rows, "truncated": truncated}


RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES

    return dict(PREFIXES)


_URI_JSON: dict[str, str] = {}  # IRI -> its JSON term: a lookup's predicates repeat


def _uri_json(value: str) -> str:
    text = _URI_JSON.get(value)
    if text is None:
        text = '{"type":"uri","value":' + _json_str(value) + "}"
        if len(_URI_JSON) >= 4096:
            _URI_JSON.clear()
        _URI_JSON[value] = text
    return text


def json_document(names: list[str], rows: list[tuple]) -> bytes:
    """A whole SPARQL JSON results document for a few solutions (`rows` hold a term or None per
    name): what `write_solutions` writes for them, built in one go (kg.web.lookups). IRIs, the
    commonest terms, skip `_json_term`'s chain of type tests and are cached by value."""
    keys = [_json_str(n) + ":" for n in names]
    named = ox.NamedNode
    parts = []
    for row in rows:
        cells = [k + (_uri_json(t.value) if type(t) is named else _json_term(t))
                 for k, t in zip(keys, row, strict=True) if t is not None]
        parts.append("{" + ",".join(cells) + "}")
    return ('{"head":{"vars":[' + ",".join(_json_str(n) for n in names) + ']},"results":'
            '{"bindings":[' + ",".join(parts) + "]}}").encode("utf-8")


class SolutionList:
    """Solutions already taken from a `QuerySolutions` (kg.web.lookups), serialized like it."""

    def __init__(self, variables, rows: list):
        self.variables = variables
        self._rows = rows

    def __iter__(self):
        return iter(self._rows)


def write_results(results, fmt: str, out, max_rows: int) -> dict:
    if isinstance(results, (ox.QuerySolutions, SolutionList)):
        return write_solutions(results, fmt, out, max_rows)
    if isinstance(results, ox.QueryBoolean):
        if fmt == "json":
            out.write(b'{"head":{},"boolean":' + (b"true" if bool(results) else b"false") + b"}")
        elif fmt in ("csv", "tsv"):
            out.write(b"_askResult\r\n" if fmt == "csv" else b"?_askResult\n")
            out.write(b"true" if bool(results) else b"false")
            out.write(b"\r\n" if fmt == "csv" else b"\n")
        else:
            results.serialize(out, RESULT_FORMATS[fmt])
        return {"rows": 1, "truncated": False}
    # CONSTRUCT / DESCRIBE
    kwargs = {"prefixes": prefixes()} if fmt in ("turtle", "trig", "rdfxml") else {}
    ox.serialize(results, out, RDF_FORMATS[fmt], **kwargs)
    return {"rows": None, "truncated": False}


def result_kind(results) -> str:
    if isinstance(results, (ox.QuerySolutions, SolutionList)):
        return "solutions"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "graph"


__all__ = ["RDF_FORMATS", "RESULT_FORMATS", "SolutionList", "json_document", "prefixes",
           "result_kind", "write_results", "write_solutions"]
