"""Predeclared prefixes: what a query to kg may use without `PREFIX` lines, and plain errors
when it uses one that is declared nowhere.

The endpoint, `kg query` and the pages hand `kg.namespaces.PREFIXES` to the engine
(pyoxigraph's `Store.query(..., prefixes=...)`); a remote store gets them as `PREFIX` lines in
front of the query (`with_prologue`). A query's own `PREFIX` line wins over a predeclared one.

Oxigraph's parser answers an undeclared prefix with the character classes it expected
("expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | ..."); `explain` turns that
into "prefix foo: is not declared (known: ...)", and names the legal spelling when a query
writes an entity as `kgid:state/russia` (not a prefixed name: slashes are not allowed in one).
"""

from __future__ import annotations

import re

from kg.namespaces import ENTITY_KINDS, PREFIXES

_POSITION = re.compile(r"error at (\d+):(\d+)")
# What can hide a ':' that is not a prefixed name: IRIs, strings and comments.
_NOT_CODE = re.compile(r"<[^<>\"{}|^`\\\s]*>|\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''"
                       r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_PNAME = re.compile(r"(?<![A-Za-z0-9_.\-?$])([A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?:")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?:", re.I)
_SLASHED_KEY = re.compile(r"\bkgid:(" + "|".join(ENTITY_KINDS + ("article",)) + r")/([A-Za-z0-9-]+)")


def predeclared() -> dict[str, str]:
    return dict(PREFIXES)


def declared(query: str) -> set[str]:
    """Prefixes the query declares itself."""
    return {m.group(1) or "" for m in _DECLARED.finditer(_mask(query))}


def _mask(text: str) -> str:
    """The text with IRIs, strings and comments blanked out (same length, same lines)."""
    return _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def undeclared_prefix(query: str, error: str) -> str | None:
    """The prefix the parser did not find, when that is what `error` says."""
    if "Prefix not found" not in error:
        return None
    known = set(PREFIXES) | declared(query)
    code = _mask(query)
    names = [(m.end(), m.group(1) or "") for m in _PNAME.finditer(code)]
    unknown = [(end, name) for end, name in names if name not in known]
    if not unknown:
        return None
    m = _POSITION.search(error)
    if m:
        at = _offset(query, int(m.group(1)), int(m.group(2)))
        before = [(end, name) for end, name in unknown if end <= at]
        if before:
            return before[-1][1]
    return unknown[0][1]


def explain(query: str, error: str) -> tuple[str, str] | None:
    """(message, hint) for a parse error people can act on, or None to keep the parser's."""
    prefix = undeclared_prefix(query, error)
    if prefix is not None:
        known = sorted(set(PREFIXES) | declared(query))
        return (f"prefix {prefix}: is not declared (known: {', '.join(p + ':' for p in known)})",
                f"declare it with PREFIX {prefix}: <...>, or use one of the known prefixes "
                f"(entities: {', '.join(k + ':' for k in ENTITY_KINDS)})")
    slashed = _SLASHED_KEY.search(_mask(query))
    if slashed:
        kind, slug = slashed.groups()
        at = _POSITION.search(error)
        where = f" at {at.group(1)}:{at.group(2)}" if at else ""
        return (f"{slashed.group(0)} is not a legal prefixed name (a slash cannot follow the "
                f"prefix){where}", f"write {kind}:{slug}, or <{PREFIXES['kgid']}{kind}/{slug}>")
    return None


def syntax_error(query: str, exc: BaseException, what: str = "query"):
    """The QuerySyntaxError for a parse failure: a plain one when `explain` knows what is wrong,
    else the parser's own message with its line:column."""
    from kg.errors import QuerySyntaxError

    explained = explain(query, str(exc))
    if explained is not None:
        return QuerySyntaxError(explained[0], hint=explained[1])
    return QuerySyntaxError(f"invalid SPARQL {what}: {exc}",
                            hint=f"check the {what} near the position the parser names")


def with_prologue(query: str, prefixes: dict[str, str] | None = None) -> str:
    """The query with `PREFIX` lines for the predeclared prefixes it does not declare itself
    (for engines that take no prefix table: remote stores)."""
    prefixes = PREFIXES if prefixes is None else prefixes
    own = declared(query)
    lines = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items() if p not in own)
    return lines + query


__all__ = ["declared", "explain", "predeclared", "syntax_error", "undeclared_prefix",
           "with_prologue"]
