"""The bounded point lookup: the one query shape kg answers without a query worker
(kg.web.lookups says why it cannot run away). The whole grammar (`LOOKUP`):

    [PREFIX p: <iri>]* SELECT (* | ?v ...) [WHERE] { S P O [.] } [LIMIT n]

one triple pattern whose subject S is an absolute IRI (`<...>` or a prefixed name, declared in
the query or one of kg's predeclared prefixes), whose predicate P and object O are such IRIs or
variables (P may be `a`), with no variable twice. Nothing else matches: no FILTER, DISTINCT,
ORDER BY, OFFSET, literal, blank node, comment, relative IRI or escape. `parse_lookup` returns
the pattern with its IRIs expanded, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import PREFIXES

MAX_QUERY_CHARS = 4096
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

_IRI = r"<[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*>"  # absolute, no escapes
_PREFIX_NAME = r"(?:[A-Za-z][A-Za-z0-9_-]*)?"
_PNAME = rf"{_PREFIX_NAME}:[A-Za-z0-9_][A-Za-z0-9_-]*"
_VAR = r"[?$][A-Za-z_][A-Za-z0-9_]*"
_TERM = rf"(?:{_IRI}|{_PNAME})"
_DECL = rf"PREFIX\s+{_PREFIX_NAME}:\s*{_IRI}\s*"
LOOKUP = re.compile(
    rf"\s*(?P<decls>(?:{_DECL})*)"
    rf"SELECT\s+(?P<vars>\*|(?:{_VAR}\s*)+)\s*(?:WHERE\s*)?"
    rf"\{{\s*(?P<s>{_TERM})\s+(?P<p>{_VAR}|{_TERM}|(?-i:a))\s+(?P<o>{_VAR}|{_TERM})\s*\.?\s*\}}"
    rf"\s*(?:LIMIT\s+(?P<limit>\d{{1,9}})\s*)?",
    re.IGNORECASE)
_DECLS = re.compile(rf"PREFIX\s+(?P<name>{_PREFIX_NAME}):\s*(?P<iri>{_IRI})", re.IGNORECASE)
_VARS = re.compile(_VAR)


@dataclass(frozen=True)
class Lookup:
    """A recognised lookup: IRIs expanded; `predicate`/`obj` are None where a variable is."""

    subject: str
    predicate: str | None
    obj: str | None
    predicate_var: str | None
    object_var: str | None
    projection: tuple[str, ...]
    limit: int | None
    # the pattern's terms as Oxigraph nodes, built once here (checking the IRIs builds them)
    nodes: tuple[ox.NamedNode, ox.NamedNode | None, ox.NamedNode | None] | None = None


def parse_lookup(query: str) -> Lookup | None:
    """The lookup `query` asks for, or None when it is not of the bounded shape (see above)."""
    if len(query) > MAX_QUERY_CHARS:
        return None
    m = LOOKUP.fullmatch(query)
    if m is None:
        return None
    prefixes = PREFIXES
    if m["decls"]:  # a copy only when the query declares prefixes of its own
        prefixes = dict(PREFIXES)
        for decl in _DECLS.finditer(m["decls"]):
            prefixes[decl["name"]] = decl["iri"][1:-1]

    def iri(token: str) -> str | None:
        if token.startswith("<"):
            return token[1:-1]
        if token == "a":
            return RDF_TYPE
        name, _, local = token.partition(":")
        ns = prefixes.get(name)
        return None if ns is None else ns + local

    def var(token: str) -> str | None:
        return token[1:] if token[0] in "?$" else None

    pvar, ovar = var(m["p"]), var(m["o"])
    if pvar is not None and pvar == ovar:
        return None
    subject = iri(m["s"])
    predicate = None if pvar else iri(m["p"])
    obj = None if ovar else iri(m["o"])
    if subject is None or (pvar is None and predicate is None) or (ovar is None and obj is None):
        return None  # an undeclared prefix: a worker reports it
    if m["vars"] == "*":
        projection = tuple(sorted(v for v in (pvar, ovar) if v))  # Oxigraph's order for *
    else:
        projection = tuple(v[1:] for v in _VARS.findall(m["vars"]))
        if len(set(projection)) != len(projection):
            return None
    try:
        nodes = (ox.NamedNode(subject), None if predicate is None else ox.NamedNode(predicate),
                 None if obj is None else ox.NamedNode(obj))
    except ValueError:
        return None
    limit = int(m["limit"]) if m["limit"] is not None else None
    return Lookup(subject, predicate, obj, pvar, ovar, projection, limit, nodes)



__all__ = ["LOOKUP", "Lookup", "MAX_QUERY_CHARS", "parse_lookup"]
