"""The input of a cluster ingest, cut into partitions that travel to the workers.

Three kinds of input item, so that workers need no access to the machine `kg ingest` runs on
unless the input says so:

* an article file named on the command line (or found in a directory named there): its bytes
  travel with the task;
* one record of a JSON Lines file: its line travels, so a file of millions of articles is cut
  into many tasks instead of being one;
* one row of a manifest (`--manifest FILE`: one article path per line, `#` comments; relative
  paths are relative to the manifest): only the path travels, and the worker reads the file
  from shared storage.

A partition is a few consecutive items; its index is its place in the input, which is the order
the writer commits in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError


@dataclass(frozen=True)
class Item:
    """One input item. `data` is the file's bytes or the record's line (None: the worker reads
    `source` itself); `line` is the 0-based line of a JSON Lines record; `error` says why the
    item could not be read where it was listed (the worker reports it like any other problem)."""

    source: str
    data: bytes | None = None
    line: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class Partition:
    index: int
    items: tuple[Item, ...]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(item.source for item in self.items))


@dataclass(frozen=True)
class Inputs:
    """What `kg ingest` was given: article files (and directories) and manifests."""

    files: tuple[Path, ...]
    manifests: tuple[Path, ...] = ()

    @classmethod
    def from_args(cls, paths: Sequence[str], manifests: Sequence[str] = ()) -> Inputs:
        from kg.extract.textinput import expand_paths

        return cls(tuple(expand_paths(list(paths))), tuple(Path(m) for m in manifests))

    def count(self) -> int:
        """How many items the input holds (one pass over JSON Lines and manifests)."""
        n = 0
        for path in self.files:
            n += sum(1 for _ in _jsonl_lines(path)) if _is_jsonl(path) else 1
        for manifest in self.manifests:
            n += sum(1 for _ in manifest_rows(manifest))
        return n

    @property
    def unit(self) -> str:
        """What progress counts: files, records, or both."""
        records = any(_is_jsonl(p) for p in self.files)
        others = self.manifests or any(not _is_jsonl(p) for p in self.files)
        return "input(s)" if records and others else "record(s)" if records else "file(s)"

    def items(self) -> Iterator[Item]:
        """Every item in input order; file bytes are read only as their partition is made."""
        from kg.extract.textinput import ExtractInputError, read_file_bytes

        for path in self.files:
            if _is_jsonl(path):
                for index, line in _jsonl_lines(path):
                    yield Item(str(path), line, index)
                continue
            try:
                yield Item(str(path), read_file_bytes(path))
            except ExtractInputError as e:
                yield Item(str(path), error=str(e))
        for manifest in self.manifests:
            for row in manifest_rows(manifest):
                yield Item(row)

    def partitions(self, size: int) -> Iterator[Partition]:
        batch: list[Item] = []
        index = 0
        for item in self.items():
            batch.append(item)
            if len(batch) >= size:
                yield Partition(index, tuple(batch))
                index, batch = index + 1, []
        if batch:
            yield Partition(index, tuple(batch))


def manifest_rows(manifest: Path) -> Iterator[str]:
    """Article paths listed in a manifest, relative ones resolved against its directory."""
    try:
        with open(manifest, encoding="utf-8") as fh:
            for number, raw in enumerate(fh, 1):
                row = raw.strip()
                if not row or row.startswith("#"):
                    continue
                if "://" in row:
                    raise InputError("the manifest lists a URL; kg reads articles from paths "
                                     "(fetch them to shared storage first)",
                                     location=f"{manifest}:{number}")
                path = Path(row)
                yield str(path if path.is_absolute() else manifest.parent / path)
    except OSError as e:
        raise InputError(f"cannot read the manifest ({e.strerror})", location=str(manifest)) from e
    except UnicodeDecodeError as e:
        raise InputError("the manifest is not UTF-8 text", location=str(manifest)) from e


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(0-based line, bytes) of each non-blank line, streamed: a file of any size works."""
    try:
        with open(path, "rb") as fh:
            for index, line in enumerate(fh):
                if line.strip():
                    yield index, line
    except OSError as e:
        raise InputError(f"cannot read ({e.strerror})", location=str(path)) from e


def read_item(item: Item, published: str | None) -> list[dict[str, Any]]:
    """The articles of one item, on the worker (raises ExtractInputError for unusable input)."""
    from kg.extract.textinput import (
        ExtractInputError,
        article_from_json_line,
        articles_from_bytes,
        read_articles,
    )

    if item.error:
        raise ExtractInputError(item.error)
    if item.line is not None:
        return [article_from_json_line(item.data or b"", item.source, item.line, published)]
    if item.data is not None:
        return articles_from_bytes(item.data, item.source, published)
    return read_articles(item.source, published)
