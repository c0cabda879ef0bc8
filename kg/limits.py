"""Limits on what kg feeds its parsers, enforced before the parser runs where it cannot.

The parsers kg relies on are fast but trusting: Python's `json` recurses once per nesting level,
pyoxigraph's RDF/XML parser expands internal entities without bound (a billion-laughs document
aborts the process) and slows down with the square of the element depth, and its Turtle-family
parsers cannot hold a single literal over 16 MiB. Each check here names the setting that controls
it (kg.settings) and raises an error of kg.errors, so a hostile or broken input is a clear error,
never a crash, a hang or a traceback. SPARQL nesting is checked in kg.web.safety, where the
SPARQL tokenizer lives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, RdfSyntaxError, RecordError, TooComplex, TooLarge

# pyoxigraph's Turtle, TriG, N-Triples and N-Quads parsers keep one token in a buffer of at most
# this size ("Reached the buffer maximal size"); max_literal_bytes must stay below it.
PARSER_BUFFER_BYTES = 16 * 1024 * 1024

@dataclass(frozen=True)
class InputLimits:
    """The parser limits of kg.settings that reading code needs (picklable, for load workers)."""

    max_nesting_depth: int = 100
    max_literal_bytes: int = 8 * 1024 * 1024
    max_xml_entity_bytes: int = 1024 * 1024

    @classmethod
    def from_settings(cls, settings) -> InputLimits:
        return cls(settings.max_nesting_depth, settings.max_literal_bytes,
                   settings.max_xml_entity_bytes)


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


# --- JSON -----------------------------------------------------------------------------------------

def json_depth_exceeds(text: str, max_depth: int) -> bool:
    """Whether arrays/objects nest deeper than `max_depth` (strings are skipped)."""
    if text.count("[") + text.count("{") <= max_depth:
        return False  # cannot nest deeper than the number of openers
    depth = 0
    for m in _JSON_TOKEN.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > max_depth:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def loads_json(text: str, location: str, max_depth: int, error: type[InputError] = RecordError,
               *, one_line: bool = False) -> Any:
    """json.loads with a nesting limit checked before parsing (Python's parser recurses per level).

    Raises `error` for malformed JSON (at `location`:line:column, or `location`:column when
    `one_line` says the location names the line already) and TooComplex (naming
    max_nesting_depth) for deep nesting.
    """
    if json_depth_exceeds(text, max_depth):
        raise TooComplex(f"JSON nested deeper than {max_depth} levels",
                         setting="max_nesting_depth", location=location,
                         hint="records nest a few levels; raise max_nesting_depth only for "
                              "legitimately deep JSON")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{location}:{exc.colno}" if one_line else f"{location}:{exc.lineno}:{exc.colno}"
        raise error(f"malformed JSON: {exc.msg}", location=where) from exc
    except RecursionError as exc:  # only reachable with max_nesting_depth raised near ~1000
        raise TooComplex("JSON nested too deeply for the parser", setting="max_nesting_depth",
                         location=location) from exc


# --- RDF/XML --------------------------------------------------------------------------------------

_ENTITY_REF = re.compile(r"&([A-Za-z_:][\w.:-]*);")


class _XmlGuard:
    """An expat pass that measures element depth and the expansion of internal entities without
    expanding them in content (a default handler turns content expansion off; expat's own
    amplification protection guards attribute values)."""

    def __init__(self, max_depth: int, max_expansion: int, location: str):
        import pyexpat

        self.max_depth, self.max_expansion, self.location = max_depth, max_expansion, location
        self.entities: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.depth = 0
        self.expanded = 0
        p = pyexpat.ParserCreate()
        p.EntityDeclHandler = self._entity
        p.DefaultHandler = self._default
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        self.parser = p

    def _entity(self, name, is_parameter, value, base, system_id, public_id, notation):
        if value is not None and not is_parameter:
            self.entities[name] = value

    def _size(self, name: str, seen: tuple[str, ...] = ()) -> int:
        if name in self.sizes:
            return self.sizes[name]
        value = self.entities.get(name)
        if value is None or name in seen:
            return len(name) + 2
        total = len(value)
        for m in _ENTITY_REF.finditer(value):
            total += self._size(m.group(1), seen + (name,)) - len(m.group())
            if total > self.max_expansion:
                break
        self.sizes[name] = total
        return total

    def _default(self, data: str) -> None:
        if data.startswith("&") and data.endswith(";") and data[1:-1] in self.entities:
            self.expanded += self._size(data[1:-1])
            if self.expanded > self.max_expansion:
                raise TooLarge(f"RDF/XML entities expand to more than {self.max_expansion} bytes "
                               f"(an entity-expansion bomb?)", setting="max_xml_entity_bytes",
                               location=self.location,
                               hint="expand the entities in the file, or raise max_xml_entity_bytes")

    def _start(self, name, attrs) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            line = self.parser.CurrentLineNumber
            raise TooComplex(f"RDF/XML elements nested deeper than {self.max_depth} levels",
                             setting="max_nesting_depth", location=f"{self.location}:{line}",
                             hint="flatten the document (rdf:nodeID), or raise max_nesting_depth")

    def _end(self, name) -> None:
        self.depth -= 1

    def run(self, chunks: Iterable[bytes]) -> None:
        import pyexpat

        try:
            for chunk in chunks:
                self.parser.Parse(chunk, False)
            self.parser.Parse(b"", True)
        except pyexpat.ExpatError as exc:
            text = str(exc)
            if "amplification" in text:
                raise TooLarge(f"RDF/XML entities expand too much: {text}",
                               setting="max_xml_entity_bytes", location=self.location,
                               hint="expand the entities in the file; max_xml_entity_bytes "
                                    "bounds entity text in content") from exc
            raise RdfSyntaxError(f"malformed RDF/XML: {text}", location=self.location) from exc


def check_rdf_xml(source: bytes | Path, location: str, max_depth: int, max_expansion: int) -> None:
    """Refuse RDF/XML that nests elements deeper than `max_depth` or whose internal entities
    expand to more than `max_expansion` bytes, before pyoxigraph parses it."""
    guard = _XmlGuard(max_depth, max_expansion, location)
    if isinstance(source, (bytes, bytearray)):
        guard.run([bytes(source)])
        return
    with open(source, "rb") as fh:
        guard.run(iter(lambda: fh.read(1 << 20), b""))


def guard_rdf(source: bytes | Path, fmt_name: str, location: str, limits: InputLimits) -> None:
    """The checks an RDF input needs before pyoxigraph parses it (only RDF/XML needs any: the
    other parsers are iterative, and JSON-LD's has a stack limit of its own)."""
    if fmt_name.upper().replace("-", "_").replace("/", "_") in ("RDF_XML", "RDFXML"):
        check_rdf_xml(source, location, limits.max_nesting_depth, limits.max_xml_entity_bytes)


def parser_limit_error(exc: BaseException, location: str, limits: InputLimits) -> TooLarge | None:
    """pyoxigraph's "Reached the buffer maximal size" (a literal or line over 16 MiB) as TooLarge."""
    if isinstance(exc, MemoryError) or "buffer maximal size" in str(exc):
        return TooLarge(f"a literal or line of the input is over the parser's "
                        f"{PARSER_BUFFER_BYTES // (1024 * 1024)} MiB buffer",
                        setting="max_literal_bytes", location=location,
                        hint=f"literals may hold at most max_literal_bytes="
                             f"{limits.max_literal_bytes} bytes; split the text")
    return None


# --- literals ---------------------------------------------------------------------------------------

def check_literals(quads: Iterable, location: str, max_bytes: int) -> None:
    """Refuse any literal longer than `max_bytes` UTF-8 bytes (the store's parsers cannot read
    back one over 16 MiB)."""
    from pyoxigraph import Literal

    for q in quads:
        obj = q.object
        if isinstance(obj, Literal) and len(obj.value) * 4 > max_bytes:  # cheap bound first
            size = len(obj.value.encode("utf-8"))
            if size > max_bytes:
                raise TooLarge(f"a literal of {size} bytes (on {q.predicate}) is over the "
                               f"{max_bytes}-byte limit", setting="max_literal_bytes",
                               location=location, hint="split the text, or raise "
                                                       "max_literal_bytes (below 16 MiB)")


__all__ = ["InputLimits", "PARSER_BUFFER_BYTES", "check_literals", "check_rdf_xml", "guard_rdf",
           "json_depth_exceeds", "loads_json", "parser_limit_error"]
