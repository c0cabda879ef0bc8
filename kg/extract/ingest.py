"""The `kg ingest` job: article files in, checked and linked records out, where the loader runs it.

A `TextBatch` is a `kg.loader.Job`: the loader hands it to a worker process, which extracts,
links and checks its articles and then validates them in the same process, so nothing crosses a
process boundary twice and the loading process only writes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.confidence import UNSURE
from kg.model import Record


@dataclass
class IngestReport:
    """What a batch of files gave besides records: per-kind fact counts and the files' problems."""

    files: int = 0
    kinds: Counter = field(default_factory=Counter)
    # facts per kind whose best confidence is below UNSURE: right less than half the time on
    # held-out news (kg.extract.calibration), said in the summary so a load can be checked
    unsure: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)  # only when asked to keep them

    def count(self, raw: dict[str, Any]) -> None:
        """Count one extracted record's facts (per kind, and those below UNSURE)."""
        facts = raw.get("facts", [])
        self.kinds.update(f["type"] for f in facts)
        self.unsure.update(f["type"] for f in facts if _best_confidence(f) < UNSURE)


@dataclass
class TextBatch:
    """A job: these article files, extracted with this publication date default."""

    paths: tuple[str, ...]
    published: str | None = None
    keep_records: bool = False

    def records(self) -> tuple[list[tuple[str, Record]], IngestReport]:
        report = IngestReport(files=len(self.paths))
        out: list[tuple[str, Record]] = []
        for path in self.paths:
            for raw, record in extract_file(path, self.published, report.problems):
                out.append((path, record))
                report.count(raw)
                if self.keep_records:
                    report.records.append(raw)
        return out, report


def _best_confidence(fact: dict[str, Any]) -> float:
    return max((float(e.get("confidence", 1.0)) for e in fact.get("evidence", [])), default=1.0)


def extract_file(path: str, published: str | None, problems: list[str]
                 ) -> list[tuple[dict[str, Any], Record]]:
    """One file's articles as (raw record, typed record); what fails goes to `problems`, so one
    bad article never stops the others."""
    from kg.extract.textinput import ExtractInputError, read_articles

    try:
        articles = read_articles(path, published=published)
    except ExtractInputError as e:
        problems.append(str(e))
        return []
    return extract_articles(articles, path, problems)


def extract_articles(articles: list[dict[str, Any]], path: str, problems: list[str]
                     ) -> list[tuple[dict[str, Any], Record]]:
    """Extract, link and type each article read from `path`; what fails goes to `problems`."""
    from kg.extract.records import extract_article
    from kg.records import parse_record

    out = []
    for art in articles:
        if not art.get("published"):
            problems.append(f"{path}: no publication date (use --published)")
            continue
        try:
            raw = link_record(extract_article(art))
            out.append((raw, parse_record(raw, source=path)))
        except Exception as e:  # reported per article; the others go on
            problems.append(f"{path}: {e}")
    return out


def link_record(record: dict[str, Any]) -> dict[str, Any]:
    """Link the entities the extractor could not find in the gazetteer (unknown names) with the
    linker's fuzzy matching; linked ones take the gazetteer key."""
    new = record.get("entities") or []
    if not new:
        return record
    linker = _linker()
    published = record["article"].get("published")
    from kg.extract.dates import parse_iso

    on = parse_iso(published)
    rename: dict[str, str] = {}
    kept = []
    for e in new:
        try:
            res = linker.link(e["label"], types={e["type"]}, on=on)
        except Exception:
            res = None
        if res is not None and res.linked and res.key != e["key"]:
            rename[e["key"]] = res.key
        else:
            kept.append(e)
    if not rename:
        return record
    for f in record.get("facts", []):
        for k, v in list(f.items()):
            if isinstance(v, str) and v in rename:
                f[k] = rename[v]
            elif isinstance(v, list):
                f[k] = [rename.get(x, x) if isinstance(x, str) else x for x in v]
    record["entities"] = kept
    return record


_LINKER = None


def _linker():
    global _LINKER
    if _LINKER is None:
        from kg.link.linker import Linker

        _LINKER = Linker()
    return _LINKER
