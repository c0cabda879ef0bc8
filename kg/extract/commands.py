"""`kg extract`, `kg eval` and `kg ingest` (registered on the kg command group by kg.cli)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import click


def _published_option(f):
    return click.option("--published", metavar="YYYY-MM-DD", default=None,
                        help="Publication date (overrides the file's metadata); relative dates "
                             "('on Friday') resolve against it.")(f)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    from kg.extract.dates import parse_iso

    d = parse_iso(value)
    if d is None or len(value) != 10:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--published")
    return d.isoformat()


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["records", "facts"]), default="records",
              show_default=True,
              help="records: article records (docs/design.md); facts: the gold-file shape.")
@_published_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write JSON Lines here instead of standard output.")
def extract_command(files, fmt, published, output):
    """Extract facts with evidence from article FILES (.txt, .html, .json; directories too).

    Prints one JSON object per article (JSON Lines).

    \b
    Example:
      kg extract --published 2025-01-17 article.txt
      kg extract --format facts texts/ > facts.jsonl
    """
    from kg.extract.records import extract_article, record_to_gold_facts
    from kg.extract.textinput import ExtractInputError, expand_paths, read_articles

    published = _check_date(published)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    failures = 0
    try:
        for path in expand_paths(list(files)):
            try:
                articles = read_articles(path, published=published)
            except ExtractInputError as e:
                click.echo(f"kg extract: {e}", err=True)
                failures += 1
                continue
            for art in articles:
                if not art.get("published"):
                    click.echo(f"kg extract: {path}: no publication date found; relative dates "
                               "stay unresolved (use --published)", err=True)
                rec = extract_article(art)
                obj = record_to_gold_facts(rec) if fmt == "facts" else rec
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    if failures:
        sys.exit(2)


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Directory of gold files (NAME.json, the format of GOLD.md).")
@click.option("--texts", "texts_dir", required=True,
              type=click.Path(exists=True, file_okay=False),
              help="Directory of article texts (NAME.txt / .html / .json).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--brief", is_flag=True, help="Scores only, without misses and false alarms.")
def eval_command(gold_dir, texts_dir, fmt, brief):
    """Score extraction against gold: P/R/F1 per fact kind and overall, slot accuracy, and the
    misses and false alarms with their sentences.

    \b
    Example:
      kg eval --gold ../shared/dev/gold --texts ../shared/dev/articles
    """
    from kg.extract.evaluate import evaluate, format_report

    report = evaluate(gold_dir, texts_dir)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, show_details=not brief))


# --------------------------------------------------------------------------- ingest

def _extract_file(args: tuple[str, str | None]) -> tuple[str, list[dict[str, Any]], list[str]]:
    """Worker: one file -> its records (each checked with kg.records.parse_record)."""
    path, published = args
    from kg.extract.records import extract_article
    from kg.extract.textinput import ExtractInputError, read_articles

    problems: list[str] = []
    records: list[dict[str, Any]] = []
    try:
        articles = read_articles(path, published=published)
    except ExtractInputError as e:
        return path, [], [str(e)]
    for art in articles:
        if not art.get("published"):
            problems.append(f"{path}: no publication date (use --published)")
            continue
        try:
            rec = link_record(extract_article(art))
            from kg.records import parse_record

            parse_record(rec, source=path)
            records.append(rec)
        except Exception as e:  # one bad article must not stop the others
            problems.append(f"{path}: {e}")
    return path, records, problems


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


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@_published_option
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes that extract and validate [default: one per core].")
@click.option("--dry-run", is_flag=True, help="Extract and validate, write nothing.")
@click.option("--keep", type=click.Path(dir_okay=False), default=None,
              help="Also save the extracted records here (JSON Lines).")
@click.pass_context
def ingest_command(ctx, paths, published, workers, dry_run, keep):
    """Extract, link, validate and load article texts (.txt, .html, .json) in one step.

    \b
    Example:
      kg ingest --published 2025-01-17 articles/
      kg ingest --dry-run --keep records.jsonl articles/
    """
    from kg.extract.textinput import expand_paths

    published = _check_date(published)
    workers = workers or os.cpu_count() or 1
    files = [str(p) for p in expand_paths(list(paths))]
    if not files:
        raise click.UsageError("no article files (.txt, .html, .htm, .json, .jsonl) found")
    started = time.perf_counter()
    records: list[dict[str, Any]] = []
    failures: list[str] = []
    jobs = [(f, published) for f in files]
    if workers > 1 and len(files) > 1:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_extract_file, jobs, chunksize=4)
    else:
        pool = None
        results = map(_extract_file, jobs)
    with click.progressbar(results, length=len(files), label="extracting", file=sys.stderr,
                           show_pos=True) as bar:
        for _path, recs, problems in bar:
            records.extend(recs)
            failures.extend(problems)
    if pool:
        pool.shutdown()
    kinds = Counter(f["type"] for r in records for f in r.get("facts", []))
    if keep:
        with open(keep, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary_load = None
    if records:
        from kg.loader import load
        from kg.store import open_store

        with tempfile.TemporaryDirectory(prefix="kg-ingest-") as tmp:
            spool = Path(tmp) / "records.jsonl"
            with open(spool, "w", encoding="utf-8") as fh:
                for r in records:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            settings = ctx.obj["settings"] if ctx.obj and "settings" in ctx.obj else None
            if settings is None:
                from kg.settings import Settings

                settings = Settings.from_env()
            settings = settings.with_(validation_workers=workers)
            store = open_store(settings)
            try:
                summary_load = load([spool], store, settings, dry_run=dry_run)
            finally:
                store.close()
    secs = time.perf_counter() - started
    click.echo(f"articles: {len(records)} extracted from {len(files)} file(s) in {secs:.1f}s")
    click.echo("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"))
    if summary_load is not None:
        rep = summary_load.report
        click.echo(f"loaded: {'yes' if summary_load.written else 'no (dry run)'}; "
                   f"{summary_load.quads} quads; warnings: {len(rep.warnings)}")
    if failures:
        click.echo(f"failures: {len(failures)}", err=True)
        for f in failures:
            click.echo(f"  {f}", err=True)
        sys.exit(2 if not records else 0)


def register(cli_group: click.Group) -> None:
    """Add ``extract``, ``eval`` and ``ingest`` to the kg command group."""
    cli_group.add_command(extract_command)
    cli_group.add_command(eval_command)
    cli_group.add_command(ingest_command)
