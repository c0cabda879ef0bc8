"""Read articles from files: plain text, HTML and JSON.

* ``.txt``: the first non-empty line is the headline; an optional date line may follow it
  ("2025-01-16", "Monday, 8 July 2024, 14:27"). The whole file is the article text, so evidence
  offsets point into the file as written.
* ``.html`` / ``.htm``: main text and metadata (title, date, URL, site name) via trafilatura.
* ``.json`` / ``.jsonl``: objects with ``text`` and optional ``title``, ``url``, ``publisher``,
  ``published`` (or ``date``), ``id``; an article record (``{"article": {...}}``) also works.

Every reader returns article dicts: ``id``, ``title``, ``publisher``, ``url``, ``published``,
``language``, ``text``. Bad input (binary, undecodable, too large) raises `ExtractInputError`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kg.extract.dates import parse_date_line, parse_iso

MAX_BYTES = 50 * 1024 * 1024


class ExtractInputError(ValueError):
    """An input file that cannot be read as an article (the message says why)."""


def _json(text: str, where: str, one_line: bool = False):
    """Parse JSON with kg's nesting limit (Python's parser recurses per level): malformed or
    too deep input is an ExtractInputError naming the file and line."""
    from kg.errors import InputError, KgError
    from kg.limits import InputLimits, loads_json

    try:
        return loads_json(text, where, InputLimits().max_nesting_depth, InputError,
                          one_line=one_line)
    except KgError as e:
        raise ExtractInputError(str(e)) from e


def slug(text: str, default: str = "article") -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:80].strip("-") or default


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode text bytes: UTF-8 (with or without BOM), else Windows-1252; reject binary."""
    if not data:
        return ""
    sample = data[:65536]
    if b"\x00" in sample:
        raise ExtractInputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    head = text[:65536]
    control = sum(1 for c in head if ord(c) < 32 and c not in "\n\r\t\f")
    if head and control / len(head) > 0.05:
        raise ExtractInputError(f"{name}: looks like a binary file (control characters), "
                                "not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_text(text: str, *, article_id: str | None = None, published: str | None = None,
                      title: str | None = None, url: str | None = None,
                      publisher: str | None = None) -> dict[str, Any]:
    """An article dict from plain text: headline = first line, optional date line after it."""
    lines = [ln.strip() for ln in text.split("\n", 6)[:6]]
    nonempty = [ln for ln in lines if ln]
    head = nonempty[0] if nonempty else ""
    if published is None and len(nonempty) > 1:
        published = parse_date_line(nonempty[1]) or parse_date_line(head)
    if title is None:
        title = head[:300] or (article_id or "untitled")
    return {
        "id": article_id or slug(title),
        "title": title,
        "publisher": publisher,
        "url": url,
        "published": published,
        "language": "en",
        "text": text,
    }


def article_from_json_line(line: bytes, name: str, index: int,
                           published: str | None = None) -> dict[str, Any]:
    """The article of one JSON Lines record (`index`: its 0-based line), as `read_articles`
    reads it from the whole file."""
    text = decode_bytes(line, f"{name}:{index + 1}")
    obj = _json(text, f"{name}:{index + 1}", one_line=True)
    art = _from_json_obj(obj, name, index)
    if published:
        art["published"] = published
    return art


def _from_json_obj(obj: Any, name: str, index: int) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ExtractInputError(f"{name}[{index}]: expected a JSON object with 'text'")
    if isinstance(obj.get("article"), dict):
        obj = obj["article"]
    text = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(text, str):
        raise ExtractInputError(f"{name}[{index}]: no 'text' string")
    published = obj.get("published") or obj.get("date") or obj.get("datePublished")
    if published is not None:
        d = parse_iso(str(published)) or parse_iso(parse_date_line(str(published)))
        published = d.isoformat() if d else None
    title = obj.get("title") or obj.get("headline")
    art = article_from_text(text.replace("\r\n", "\n"), article_id=obj.get("id"),
                            published=published, title=title, url=obj.get("url"),
                            publisher=obj.get("publisher"))
    if not obj.get("id"):
        art["id"] = slug(art["title"] or f"{Path(name).stem}-{index}")
    return art


class _TextOnly:
    """Fallback when trafilatura cannot be imported: visible text of <p>/<h1> and the title
    (stdlib html.parser; scripts, styles, navigation and footers skipped)."""

    def __init__(self, html: str):
        from html.parser import HTMLParser

        parts: list[str] = []
        state = {"skip": 0, "title": "", "in_title": False}

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style", "nav", "footer", "header", "aside"):
                    state["skip"] += 1
                if tag == "title":
                    state["in_title"] = True
                if tag in ("p", "h1", "h2", "h3", "li", "br", "div"):
                    parts.append("\n")

            def handle_endtag(self, tag):
                if tag in ("script", "style", "nav", "footer", "header", "aside"):
                    state["skip"] = max(0, state["skip"] - 1)
                if tag == "title":
                    state["in_title"] = False

            def handle_data(self, data):
                if state["in_title"]:
                    state["title"] += data
                elif not state["skip"]:
                    parts.append(data)

        P().feed(html)
        text = re.sub(r"[ \t]+", " ", "".join(parts))
        self.text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
        self.title = state["title"].strip()
        self.date = self.url = self.sitename = None


def _from_html(html: str, name: str) -> dict[str, Any]:
    try:
        import trafilatura
    except ImportError:  # trafilatura needs lxml_html_clean with lxml >= 5.2
        trafilatura = None
    if trafilatura is None:
        doc = _TextOnly(html)
    else:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    if doc is None:
        raise ExtractInputError(f"{name}: no main text found in the HTML")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    body = get("text") or ""
    title = (get("title") or "").strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    published = parse_iso(get("date"))
    return {
        "id": slug(title) if title else slug(Path(name).stem),
        "title": title or Path(name).stem,
        "publisher": get("sitename"),
        "url": get("url"),
        "published": published.isoformat() if published else None,
        "language": "en",
        "text": text,
    }


def read_articles(path: str | Path, published: str | None = None) -> list[dict[str, Any]]:
    """Articles in one file (a .json file may hold several). ``published`` overrides metadata."""
    return articles_from_bytes(read_file_bytes(path), path, published)


def read_file_bytes(path: str | Path) -> bytes:
    """A file's bytes, refused (ExtractInputError) when unreadable or over the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ExtractInputError(f"{p}: {size} bytes is over the {MAX_BYTES}-byte limit")
        return p.read_bytes()
    except OSError as e:
        raise ExtractInputError(f"{p}: cannot read ({e.strerror})") from e


def articles_from_bytes(data: bytes, path: str | Path, published: str | None = None
                        ) -> list[dict[str, Any]]:
    """The articles of a file's bytes, read as `read_articles` reads that file (its name and
    suffix decide the format): where the bytes were read need not be where they are parsed."""
    p = Path(path)
    text = decode_bytes(data, str(p))
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or (
            suffix not in (".txt", ".json", ".jsonl")
            and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)):
        arts = [_from_html(text, str(p))]
    elif suffix == ".jsonl":
        arts = [_from_json_obj(_json(ln, f"{p}:{i + 1}", one_line=True), str(p), i)
                for i, ln in enumerate(text.splitlines()) if ln.strip()]
    elif suffix == ".json":
        data = _json(text, str(p)) if text.strip() else []
        items = data if isinstance(data, list) else [data]
        arts = [_from_json_obj(o, str(p), i) for i, o in enumerate(items)]
    else:
        arts = [article_from_text(text, article_id=slug(p.stem))]
    for a in arts:
        if published:
            a["published"] = published
    return arts


TEXT_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files from a mix of files and directories (directories: their article files, sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file()
                              and f.suffix.lower() in TEXT_SUFFIXES))
        else:
            out.append(p)
    return out
