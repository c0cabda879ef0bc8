"""Read article records from JSON and JSON Lines, check them, and build typed `kg.model` records.

Structure is checked against kg/schema/record.schema.json (so the schema is the documentation and
the check at once); what a schema cannot say (a quote must equal text[start:end]) is checked here.
Every error names the file, the line (or record) and the JSON path of the problem.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError, RecordError, TooLarge
from kg.limits import InputLimits, loads_json
from kg.model import FACT_TYPES, Article, Entity, Evidence, Fact, Record

RECORD_VERSION = 1
_STREAM_JSON_ABOVE = 64 * 1024 * 1024  # larger .json arrays are streamed with ijson


@cache
def record_schema() -> dict[str, Any]:
    text = resources.files("kg").joinpath("schema/record.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(record_schema())


@cache
def _fast_check():
    """The schema compiled to Python by fastjsonschema: ~25x faster than jsonschema on valid
    records (0.09 vs 2.5 ms each, measured here); jsonschema then explains any failure."""
    import fastjsonschema

    return fastjsonschema.compile(record_schema())


def _json_path(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(record)"


def _strings(obj: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(JSON path, value) of every string in a decoded record (iteratively: no recursion)."""
    stack = [(path, obj)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            stack.extend((where + (k,), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((where + (i,), v) for i, v in enumerate(value))


def _check_strings(obj: Any, source: str, limits: InputLimits) -> None:
    """Every string becomes a literal: it must be encodable as UTF-8 (JSON can escape a lone
    surrogate, which no store can hold) and no longer than max_literal_bytes."""
    cap = limits.max_literal_bytes
    for where, value in _strings(obj):
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise RecordError(f"{_json_path(where)}: holds an unpaired surrogate "
                              f"(\\u{ord(value[exc.start]):04x}), which is not text",
                              location=source, hint="fix the escape sequence in the JSON") from exc
        if size > cap:
            raise TooLarge(f"{_json_path(where)}: {size} bytes of text, over the {cap}-byte limit "
                           f"for one literal", setting="max_literal_bytes", location=source,
                           hint="split the article, or raise max_literal_bytes (below 16 MiB)")


_KEY = "kind/slug: kind one of {kinds}, slug lower-case letters, digits and hyphens"
#: What each pattern of the record schema asks for, in words (the schema's regexes are for
#: machines; a person reading a report gets these).
_PATTERN_WORDS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$":
        "an id of lower-case letters, digits and hyphens, such as 2024-07-08-kyiv-strike",
    "^(state|person|org|place|weapon)/[a-z0-9]+(-[a-z0-9]+)*$":
        "an entity key, " + _KEY.format(kinds="state, person, org, place, weapon")
        + " (state/russia, person/vladimir-putin)",
    "^(state|org)/[a-z0-9]+(-[a-z0-9]+)*$":
        "a state or organization key (state/russia, org/nato)",
    "^(state|org|person)/[a-z0-9]+(-[a-z0-9]+)*$":
        "a state, organization or person key (state/russia, org/nato, person/vladimir-putin)",
    "^state/[a-z0-9]+(-[a-z0-9]+)*$": "a state key such as state/ukraine",
    "^person/[a-z0-9]+(-[a-z0-9]+)*$": "a person key such as person/volodymyr-zelenskyy",
    "^place/[a-z0-9]+(-[a-z0-9]+)*$": "a place key such as place/kyiv",
    "^(place|state)/[a-z0-9]+(-[a-z0-9]+)*$": "a place or state key (place/kyiv, state/ukraine)",
    "^weapon/[a-z0-9]+(-[a-z0-9]+)*$": "a weapon key such as weapon/storm-shadow",
    "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$":
        "a date as precise as the text gives: YYYY-MM-DD, YYYY-MM or YYYY (month 01-12, day 01-31)",
    "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$": "a full date YYYY-MM-DD",
    "\\S": "some text (not empty, not only spaces)",
    "^Q[1-9][0-9]*$": "a Wikidata item id such as Q159, or null",
    "^https?://[^\\s]+$": "an http(s) address without spaces",
    "^https?://[^\\s<>\"{}|\\\\^`]+$":
        "an http(s) address without spaces or the characters < > \" { } | \\ ^ `",
    "^[A-Za-z0-9][A-Za-z0-9._~+-]*$":
        "a name of letters, digits and . _ ~ + - (starting with a letter or digit)",
    "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$": "a language tag such as en or pt-BR",
    "^state/": "a key starting state/ (the entity's type is State)",
    "^person/": "a key starting person/ (the entity's type is Person)",
    "^org/": "a key starting org/ (the entity's type is an organization or armed group)",
    "^place/": "a key starting place/ (the entity's type is Place)",
    "^weapon/": "a key starting weapon/ (the entity's type is WeaponSystem)",
}


def explain(error) -> str:
    """A JSON Schema error as a person reads it: what the field should be, not a regex."""
    value = error.instance
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, (dict, list)) else \
        type(value).__name__
    if error.validator == "pattern":
        wanted = _PATTERN_WORDS.get(error.validator_value, "text of the documented form")
        return f"{shown} is not {wanted}"
    if error.validator == "enum":
        options = ", ".join(str(v) for v in error.validator_value if v is not None)
        return f"{shown} is not one of: {options}"
    if error.validator == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {}))) \
            if isinstance(value, dict) else []
        return ("unknown field " + ", ".join(repr(x) for x in extra) +
                "; the record format does not have it (a typo?)") if extra else error.message
    if error.validator == "minimum":
        return f"{shown} is below {error.validator_value}"
    if error.validator == "type":
        kinds = error.validator_value if isinstance(error.validator_value, list) else \
            [error.validator_value]
        if kinds == ["null"]:
            return f"{shown} is not allowed here: this field stays empty (null) for this type"
        return f"{shown} is not a {' or '.join(kinds)}"
    return error.message


def _leaf(error):
    """The error that says what is wrong: for a nullable field (oneOf: a form or null), the
    branch about the form, not the one about null."""
    from jsonschema.exceptions import best_match

    if error.validator in ("oneOf", "anyOf") and error.context:
        branches = [c for c in error.context
                    if not (c.validator == "type" and c.validator_value == "null")]
        if branches:
            return _leaf(best_match(branches))
    return error


def record_problems(obj: Any) -> list[tuple[str, object, str]]:
    """Every problem of one decoded record: (JSON path, offending value, message in words)."""
    import fastjsonschema

    try:
        _fast_check()(obj)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    errors = sorted((_leaf(e) for e in _validator().iter_errors(obj)),
                    key=lambda e: [str(p) for p in e.absolute_path])
    out = []
    seen: set[tuple[str, str]] = set()
    for e in errors:
        path = _json_path(e.absolute_path)
        message = explain(e)
        if (path, message) in seen:
            continue
        seen.add((path, message))
        out.append((path, e.instance if not isinstance(e.instance, (dict, list)) else None,
                    message))
    return out


def parse_record(obj: Any, source: str = "<record>", limits: InputLimits = InputLimits()) -> Record:
    """Check one decoded JSON record and return it as a typed `Record`.

    Raises RecordError naming `source`, the JSON path and what is wrong (in words).
    """
    problems = record_problems(obj)
    if problems:
        path, _, message = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise RecordError(f"{path}: {message}{more}", location=source,
                          hint="see docs/design.md and kg/schema/record.schema.json for the "
                               "format; kg validate lists every problem")
    _check_strings(obj, source, limits)
    art = obj["article"]
    article = Article(id=art["id"], title=art["title"], published=art.get("published"),
                      publisher=art.get("publisher"), url=art.get("url"),
                      language=art.get("language", "en"), text=art.get("text"))
    entities = _entities(obj.get("entities", ()), source, article.id)
    facts = tuple(_fact(f, i, article, source) for i, f in enumerate(obj.get("facts", ())))
    return Record(article=article, entities=entities, facts=facts)


def _entities(items: list[dict[str, Any]], source: str, article_id: str) -> tuple[Entity, ...]:
    """The record's entity descriptions; one key described twice, differently, is an error (its
    entity would get two labels or types, and which one is meant cannot be told)."""
    out: dict[str, tuple[int, Entity]] = {}
    for i, e in enumerate(items):
        entity = Entity(key=e["key"], type=e["type"], label=e["label"],
                        aliases=tuple(e.get("aliases", ())), wikidata=e.get("wikidata"),
                        part_of=e.get("part_of"), category=e.get("category"),
                        geo=(e["geo"]["latitude"], e["geo"]["longitude"]) if e.get("geo") else None)
        if entity.key in out:
            first, earlier = out[entity.key]
            if earlier != entity:
                differ = [f for f in ("type", "label", "aliases", "wikidata", "part_of", "category",
                                      "geo")
                          if getattr(earlier, f) != getattr(entity, f)]
                raise RecordError(
                    f"entities[{first}] and entities[{i}] both describe {entity.key}, with "
                    f"different {', '.join(differ)}", location=f"{source} (article {article_id})",
                    hint="describe each entity once; put other names in aliases")
            continue
        out[entity.key] = (i, entity)
    return tuple(entity for _, entity in out.values())


def _fact(obj: dict[str, Any], index: int, article: Article, source: str) -> Fact:
    cls = FACT_TYPES[obj["type"]]
    evidence = []
    for j, ev in enumerate(obj.get("evidence", ())):
        start, end = ev.get("start"), ev.get("end")
        if article.text is not None and start is not None and end is not None:
            if not (0 <= start <= end <= len(article.text)) or article.text[start:end] != ev["quote"]:
                raise RecordError(
                    f"facts[{index}].evidence[{j}]: quote does not equal article text[{start}:{end}]",
                    location=f"{source} (article {article.id})",
                    hint="offsets count Unicode characters of article.text; recompute them")
        evidence.append(Evidence(quote=ev["quote"], start=start, end=end,
                                 confidence=float(ev.get("confidence", 1.0)),
                                 extractor=ev.get("extractor", "hand"),
                                 extractor_version=str(ev.get("extractor_version", "1"))))
    fields = {k: v for k, v in obj.items() if k not in {"type", "evidence"}}
    if "kind" in fields:  # a treaty's kind ("strategic partnership") is `treaty_kind` in Python
        fields["treaty_kind"] = fields.pop("kind")
    for name in ("parties", "signatories"):
        if name in fields:
            fields[name] = tuple(fields[name])
    return cls(evidence=tuple(evidence), **fields)


# --- reading files -------------------------------------------------------------------------------

def decode_utf8(data: bytes, source: str) -> str:
    """Decode UTF-8 strictly; a bad byte is reported with its line and byte column."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded",
                         location=f"{source}:{line}:{col}",
                         hint="re-save the file as UTF-8") from exc


def check_size(path: Path, max_bytes: int) -> int:
    return check_length(path.stat().st_size, str(path), max_bytes)


def check_length(size: int, source: str, max_bytes: int) -> int:
    """An input's size in bytes, refused when it is empty or over the input limit."""
    if size == 0:
        raise InputError("file is empty", location=source)
    if size > max_bytes:
        raise TooLarge(f"file is {size} bytes, over the {max_bytes}-byte input limit",
                       setting="max_input_bytes", location=source,
                       hint="raise KG_MAX_INPUT_BYTES or split the file")
    return size


def parse_raw(source: str, raw: Any, limits: InputLimits = InputLimits()) -> Record:
    """Parse one raw record from `iter_raw_records`: a decoded object, or one JSON Lines text."""
    if isinstance(raw, str):
        raw = loads_json(raw, source, limits.max_nesting_depth, one_line=True)
    return parse_record(raw, source, limits)


def iter_records(path: Path, max_bytes: int, limits: InputLimits = InputLimits()
                 ) -> Iterator[Record]:
    """Yield the records of a .json (one record or a list) or .jsonl file, streaming large ones."""
    for source, raw in iter_raw_records(path, max_bytes, limits):
        yield parse_raw(source, raw, limits)


def iter_raw_records(path: Path, max_bytes: int, limits: InputLimits = InputLimits()
                     ) -> Iterator[tuple[str, Any]]:
    """(location, raw record) pairs, cheap enough for the reading process; the expensive parse
    (`parse_raw`) can then run in worker processes. JSON Lines stream line by line."""
    size = check_size(path, max_bytes)
    if path.suffix == ".jsonl":
        with path.open("rb") as fh:
            yield from _jsonl_records(fh, str(path))
    elif size > _STREAM_JSON_ABOVE:
        yield from _iter_json_stream(path)
    else:
        yield from _json_records(path.read_bytes(), str(path), limits)


def raw_records_in(data: bytes, source: str, suffix: str, limits: InputLimits = InputLimits()
                   ) -> Iterator[tuple[str, Any]]:
    """The (location, raw record) pairs of a .json or .jsonl document held in memory (the
    validation page's input), named `source` in messages."""
    if suffix == ".jsonl":
        yield from _jsonl_records(io.BytesIO(data), source)
    else:
        yield from _json_records(data, source, limits)


def _json_records(data: bytes, source: str, limits: InputLimits) -> Iterator[tuple[str, Any]]:
    text = decode_utf8(data, source)
    obj = loads_json(text, source, limits.max_nesting_depth)
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        raise InputError("the file holds an empty list: no records", location=source)
    for i, item in enumerate(items):
        yield (f"{source} record {i + 1}" if isinstance(obj, list) else source), item


def _jsonl_records(lines: Iterable[bytes], source: str) -> Iterator[tuple[str, str]]:
    seen = 0
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen += 1
        yield f"{source}:{lineno}", decode_utf8(raw, f"{source}:{lineno}")
    if not seen:
        raise InputError("no records in file (only blank lines)", location=source)


def _iter_json_stream(path: Path) -> Iterator[tuple[str, Any]]:
    import ijson

    with path.open("rb") as fh:
        try:
            for i, obj in enumerate(ijson.items(fh, "item", use_float=True)):
                yield f"{path} record {i + 1}", obj
        except ijson.JSONError as exc:
            raise RecordError(f"malformed JSON: {exc}", location=f"{path} near byte {fh.tell()}") from exc
