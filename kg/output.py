"""Write query results for people (an aligned table) or machines (SPARQL JSON/XML, CSV, TSV, RDF)."""

from __future__ import annotations

import io
from typing import TextIO

import pyoxigraph as ox

from kg.namespaces import PREFIXES, prefixed_name

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def term_text(term) -> str:
    """A term as an analyst reads it: IRIs as a prefixed name a query may use (`state:russia`)
    or bare, literals by their value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return prefixed_name(term.value) or term.value
    return str(term)


def write_results(results, fmt: str, out: TextIO) -> None:
    if isinstance(results, ox.QueryBoolean):
        if fmt == "table":
            out.write(("true" if bool(results) else "false") + "\n")
        else:
            out.write(results.serialize(format=RESULT_FORMATS.get(fmt, ox.QueryResultsFormat.JSON))
                      .decode())
        return
    if isinstance(results, ox.QueryTriples):
        out.write(ox.serialize(results, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode())
        return
    if fmt != "table":
        buf = io.BytesIO()
        results.serialize(buf, format=RESULT_FORMATS[fmt])
        out.write(buf.getvalue().decode())
        return
    names = [v.value for v in results.variables]
    rows = [[term_text(sol[n]) for n in names] for sol in results]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]

    def line(cells):
        clipped = (c if len(c) <= 60 else c[:57] + "..." for c in cells)
        return "  ".join(c.ljust(w) for c, w in zip(clipped, widths, strict=True))

    out.write(line(names).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(line(r).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
