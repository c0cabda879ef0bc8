"""What a query or update may reach: SERVICE, LOAD, FROM and USING targets, decided as the
engine reads the text.

Three walls, in order:
1. A lexical scan (`scan`) that tokenizes exactly where Oxigraph does the same: `\\u` escapes
   are decoded only inside IRIs (and strings, which the scan skips), never elsewhere. It finds
   FROM/USING graphs and gives the usual, cheap answer for the usual query.
2. For any text that contains "service" or "load" at all (keywords cannot be escaped, so a text
   without those letters has neither), a grammar-aware parse (rdflib's SPARQL grammar) finds
   every SERVICE and LOAD operation, so a `<` read as an operator or as an IRI cannot hide one.
   Escapes are masked before that parse exactly as Oxigraph reads them (one inert character per
   escape, decoded again in the targets), so the two parsers see the same strings and IRIs.
3. Whatever the scan says, the engine runs without network unless an allow-listed target is in
   the query (kg.sandbox): query workers and the update thread cannot open an IP socket.

A target that is not allow-listed is refused with 403 before anything runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from kg.errors import ForbiddenError, TooComplex
from kg.namespaces import PREFIXES

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
TOKEN = re.compile(rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<lstring>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
  | (?P<string>"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?:(?:[\w\-:%.\u00b7\u00c0-\uffff]|\\.)*)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

_UESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Every target the scan reports follows one of these words; keywords cannot be written with
# escapes, so a text without any of them (in any case) has nothing to report.
_KEYWORDS = re.compile(r"service|load|from|using", re.IGNORECASE)
_NETWORK_WORDS = re.compile(r"service|load", re.IGNORECASE)


def decode_iri_escapes(text: str) -> str:
    """Decode `\\uXXXX` / `\\UXXXXXXXX` as Oxigraph does inside an IRI."""
    def repl(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return "\ufffd"
    return _UESCAPE.sub(repl, text)


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every token but whitespace and comments, lexed as Oxigraph lexes."""
    return [(m.lastgroup or "other", m.group()) for m in TOKEN.finditer(text)
            if m.lastgroup not in ("ws", "comment")]


@dataclass
class ScanResult:
    """What the safety scan found in a query or update."""

    services: list[str] = field(default_factory=list)  # SERVICE targets ('?var' for variables)
    loads: list[str] = field(default_factory=list)  # LOAD sources
    from_graphs: list[str] = field(default_factory=list)  # FROM <g>
    from_named: list[str] = field(default_factory=list)  # FROM NAMED <g>
    using_graphs: list[str] = field(default_factory=list)  # USING [NAMED] <g>
    verified: bool = True  # False: the grammar parse failed; SERVICE/LOAD targets are unknown
    network: bool = False  # set by check_safety: allow-listed SERVICE/LOAD targets are present

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named)


def scan(text: str, *, update: bool = False, settings=None) -> ScanResult:
    """Find SERVICE, LOAD, FROM and USING targets, resolving prefixed names and BASE, after
    refusing texts nested or chained deeper than the engine's parser safely takes
    (`check_complexity`, with the limits of `settings` or the defaults).

    Conservative: a target it cannot resolve (a variable, an unknown prefix) is reported as
    such (it starts with '?'), so the caller refuses it. Texts that mention "service" or "load"
    also go through the grammar-aware parse, and the targets of both are kept. That parse is
    pure Python (about 85 KB/s here), so a text over STRUCTURAL_MAX_CHARS is not parsed and
    counts as unverified (check_safety decides what that means).
    """
    check_complexity(text, *_limits(settings))
    if _KEYWORDS.search(text) is None:
        return ScanResult()
    out = _lexical(text)
    if _NETWORK_WORDS.search(text) is not None:
        parsed = _structural(text, update) if len(text) <= STRUCTURAL_MAX_CHARS else None
        if parsed is not None:
            services, loads = parsed
            out.services += [t for t in services if t not in out.services]
            out.loads += [t for t in loads if t not in out.loads]
        else:
            # The grammar parse failed (a syntax error, or syntax rdflib does not know): the
            # targets are what the lexical scan found, and check_safety decides what that means.
            out.verified = False
    return out


# --- complexity: what Oxigraph's recursive parser and evaluator survive ------------------------

# Measured with pyoxigraph 0.5 on an 8 MiB stack: nested brackets crash the parser from ~1,000
# levels (CONCAT( and FILTER EXISTS { below that), chains of MINUS from ~5,000 and of UNION,
# || / && and paths from ~20,000 (a segfault, which in the server process kills the server).
STRUCTURAL_MAX_CHARS = 64 * 1024
_CHAIN_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS"})
_CHAIN_OPS = frozenset("|/+-*!&")
_DATA_WORDS = frozenset({"DATA", "VALUES"})
_CHAIN_WORD_RE = re.compile(r"union|optional|minus", re.IGNORECASE)


def _limits(settings) -> tuple[int, int]:
    if settings is None:
        from kg.settings import SETTINGS

        defaults = {s.name: s.default for s in SETTINGS}
        return defaults["max_nesting_depth"], defaults["max_query_operators"]
    return settings.max_nesting_depth, settings.max_query_operators


def check_complexity(text: str, max_depth: int, max_operators: int) -> None:
    """Refuse (TooComplex, 400) a query or update whose brackets nest deeper than `max_depth` or
    that chains more than `max_operators` UNION/OPTIONAL/MINUS branches and operators outside
    its data blocks (INSERT/DELETE DATA, VALUES), before Oxigraph's parser sees it."""
    cheap_ops = sum(text.count(c) for c in _CHAIN_OPS) + len(_CHAIN_WORD_RE.findall(text))
    if text.count("(") + text.count("{") + text.count("[") <= max_depth \
            and cheap_ops <= max_operators:
        return  # cannot exceed either limit: no need to tokenize
    depth = operators = 0
    data_depth: int | None = None  # inside a data block opened at this depth
    pending_data = False
    for m in TOKEN.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind == "other":
            if value in "({[":
                depth += 1
                if pending_data and value == "{":
                    data_depth, pending_data = depth, False
                if depth > max_depth:
                    raise TooComplex(
                        f"the text nests brackets deeper than {max_depth} levels (at character "
                        f"{m.start()})", setting="max_nesting_depth",
                        hint="flatten the query; an operator can raise max_nesting_depth")
            elif value in ")}]":
                if data_depth is not None and depth == data_depth:
                    data_depth = None
                depth -= 1
            elif value in _CHAIN_OPS and data_depth is None:
                operators += 1
        elif kind == "word" and data_depth is None:
            word = value.upper()
            if word in _CHAIN_WORDS:
                operators += 1
            elif word in _DATA_WORDS:
                pending_data = True
        if operators > max_operators:
            raise TooComplex(
                f"the text chains more than {max_operators} UNION/OPTIONAL/MINUS branches and "
                f"operators (at character {m.start()})", setting="max_query_operators",
                hint="split it into several queries, or use VALUES; an operator can raise "
                     "max_query_operators")


def _lexical(text: str) -> ScanResult:
    toks = tokens(text)
    prefixes: dict[str, str] = dict(PREFIXES)  # predeclared, as the engine has them
    base = ""
    out = ScanResult()

    def resolve(kind: str, value: str) -> str:
        if kind == "iri":
            iri = decode_iri_escapes(value[1:-1])
            return urljoin(base, iri) if base else iri
        if kind == "pname":
            pfx, _, local = value.partition(":")
            if pfx in prefixes:
                return prefixes[pfx] + local.replace("\\", "")
            return f"?unresolved:{value}"
        return f"?{kind}:{value}"

    i = 0
    n = len(toks)
    while i < n:
        kind, value = toks[i]
        word = value.upper() if kind == "word" else ""
        nxt = toks[i + 1] if i + 1 < n else ("eof", "")
        if word == "PREFIX" and i + 2 < n and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":").split(":")[0]] = resolve("iri", toks[i + 2][1])
            i += 3
            continue
        if word == "BASE" and nxt[0] == "iri":
            base = resolve("iri", nxt[1])
            i += 2
            continue
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            if j < n and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            target = resolve(*toks[j]) if j < n else "?eof:"
            (out.services if word == "SERVICE" else out.loads).append(target)
            i = j + 1
            continue
        if word in ("FROM", "USING"):
            j = i + 1
            named = j < n and toks[j][0] == "word" and toks[j][1].upper() == "NAMED"
            if named:
                j += 1
            target = resolve(*toks[j]) if j < n else "?eof:"
            if word == "USING":
                out.using_graphs.append(target)
            else:
                (out.from_named if named else out.from_graphs).append(target)
            i = j + 1
            continue
        i += 1
    return out


# --- the grammar-aware parse ------------------------------------------------------------------

_ESCAPE_OR_BACKSLASH = re.compile(rf"{_UCHAR}|\\\\")


def _mask_escapes(text: str) -> tuple[str, dict[str, str]]:
    """Replace each `\\u`/`\\U` escape and each `\\\\` by one private-use character that occurs
    nowhere in the text, so rdflib (which decodes escapes before lexing, as SPARQL 1.1 says)
    lexes strings and IRIs where Oxigraph (which decodes them inside strings and IRIs only)
    does. Returns the masked text and the placeholder -> decoded text map."""
    used = set(text)
    mapping: dict[str, str] = {}
    by_escape: dict[str, str] = {}
    next_cp = [0xE000]

    def placeholder() -> str:
        while True:
            cp = next_cp[0]
            next_cp[0] += 1
            if cp == 0xF900:
                next_cp[0] = cp = 0xF0000
            ch = chr(cp)
            if ch not in used:
                return ch

    def repl(m: re.Match) -> str:
        esc = m.group()
        if esc not in by_escape:
            ch = placeholder()
            by_escape[esc] = ch
            mapping[ch] = "\\" if esc == "\\\\" else decode_iri_escapes(esc)
        return by_escape[esc]

    return _ESCAPE_OR_BACKSLASH.sub(repl, text), mapping


@functools.lru_cache(maxsize=1)
def _rdflib_parser():
    from rdflib.plugins.sparql import algebra, parser, parserutils

    return parser, algebra, parserutils


def _structural(text: str, update: bool) -> tuple[list[str], list[str]] | None:
    """(SERVICE targets, LOAD sources) from the grammar parse, or None when it cannot parse."""
    masked, mapping = _mask_escapes(text)
    parser, algebra, parserutils = _rdflib_parser()
    try:
        if update:
            parsed = parser.parseUpdate(masked)
            pairs = list(zip(parsed.prologue, parsed.request, strict=False))
        else:
            parsed = parser.parseQuery(masked)
            pairs = [(parsed[0], parsed[1])]
    except Exception:  # noqa: BLE001 - pyparsing raises many kinds; any failure means "unknown"
        return None
    services: list[str] = []
    loads: list[str] = []
    prologue = None

    def unmask(term) -> str:
        value = str(term)
        for ch, decoded in mapping.items():
            value = value.replace(ch, decoded)
        if type(term).__name__ == "Variable":
            return f"?var:?{value}"
        return value

    def visit(node):
        if isinstance(node, parserutils.CompValue):
            if node.name == "ServiceGraphPattern":
                services.append(unmask(node.get("term")))
            elif node.name == "Load":
                loads.append(unmask(node.get("iri")))
        return None

    try:
        for pro, body in pairs:
            prologue = algebra.translatePrologue(pro, None, None if prologue else PREFIXES,
                                                 prologue)
            resolved = algebra.traverse(
                body, visitPost=functools.partial(algebra.translatePName, prologue=prologue))
            algebra.traverse(resolved, visitPre=visit)
    except Exception:  # noqa: BLE001 - an unknown prefix and the like: the engine refuses it too
        return None
    return services, loads


# --- the policy -------------------------------------------------------------------------------

def allowed(target: str, allowlist: list[str]) -> bool:
    return not target.startswith("?") and any(target.startswith(p) for p in allowlist if p)


def check_safety(found: ScanResult, allowlist: list[str], graph_exists: Callable[[str], bool],
                 sandboxed: bool = True) -> None:
    """Refuse SERVICE, LOAD and FROM/USING targets that are neither stored graphs nor allow-listed;
    mark `found.network` when allow-listed SERVICE/LOAD targets need the network. `sandboxed`
    says the engine that runs the text has no network (kg.sandbox), as the embedded one has."""
    if not found.verified and (allowlist or not sandboxed):
        # Without an allow-list a sandboxed engine has no network anyway (kg.sandbox); with one,
        # or with an engine kg cannot sandbox (a remote store), a text whose targets kg cannot
        # read is not run.
        raise ForbiddenError(
            "kg could not verify the SERVICE/LOAD targets of this text (it is too long or "
            "beyond the grammar kg checks with), and this endpoint "
            + ("has federation enabled" if allowlist else "cannot take the network away from "
                                                          "its store") + ", so it is refused",
            hint="write each SERVICE/LOAD target as a plain <IRI>, and keep texts that mention "
                 "service or load under 64 KB")
    for target in found.services:
        if not allowed(target, allowlist):
            raise ForbiddenError(
                f"SERVICE {_show(target)} is refused: federated queries reach only targets on the "
                f"allow-list", hint="an operator can allow an endpoint with the service_allowlist "
                                    "setting (KG_SERVICE_ALLOWLIST)")
    for target in found.loads:
        if not allowed(target, allowlist):
            raise ForbiddenError(
                f"LOAD {_show(target)} is refused: kg does not fetch documents from the network or "
                f"the file system", hint="send the data in the request (Graph Store Protocol PUT/POST) "
                                        "or allow the source with the service_allowlist setting")
    for target in found.from_graphs + found.from_named + found.using_graphs:
        if target.startswith("?") or not (graph_exists(target) or allowed(target, allowlist)):
            raise ForbiddenError(
                f"FROM/USING {_show(target)} names no stored graph; kg never fetches graphs",
                hint="name a graph of the store (GET /data lists them), or allow it with the "
                     "service_allowlist setting")
    found.network = bool(found.verified and (found.services or found.loads))


def network_refused(exc: BaseException) -> ForbiddenError | None:
    """The engine tried to open a socket where kg.sandbox forbids it: the scan missed a
    target. Say so as a refusal (403), never as a server error."""
    if isinstance(exc, PermissionError) or "Permission denied (os error 13)" in str(exc):
        return ForbiddenError(
            "the query or update tried to reach the network, which this endpoint refuses",
            hint="SERVICE and LOAD reach only targets on the service_allowlist setting")
    return None


def _show(target: str) -> str:
    if target.startswith("?"):
        return target.split(":", 1)[1] or "(missing)"
    return f"<{target}>"


__all__ = ["ScanResult", "TOKEN", "allowed", "check_complexity", "check_safety", "decode_iri_escapes",
           "network_refused", "scan", "tokens"]
