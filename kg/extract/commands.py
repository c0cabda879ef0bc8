"""`kg extract`, `kg eval` and `kg ingest` (registered on the kg command group by kg.cli)."""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections import Counter
from pathlib import Path

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
@click.option("--events", is_flag=True,
              help="Score event resolution instead: ingest, resolve, pairwise P/R/F1 and "
                   "B-cubed against the gold files' `event` ids.")
@click.option("--predictions", type=click.Path(dir_okay=False), default=None,
              help="With --events: also write the predicted facts, in gold shape with their "
                   "`event` (the event IRI), one article per line (JSON Lines).")
@click.option("--facts", "facts", type=click.Choice(["extracted", "gold"]), default="extracted",
              show_default=True,
              help="With --events: resolve the extracted facts (end to end), or the gold facts "
                   "themselves (the resolver alone).")
def eval_command(gold_dir, texts_dir, fmt, brief, events, predictions, facts):
    """Score extraction against gold: P/R/F1 per fact kind and overall, slot accuracy, and the
    misses and false alarms with their sentences. With --events, score event resolution.

    \b
    Example:
      kg eval --gold ../shared/dev/gold --texts ../shared/dev/articles
      kg eval --events --gold tests/data/events/gold --texts tests/data/events/articles
    """
    if (predictions or facts != "extracted") and not events:
        raise click.UsageError("--predictions and --facts go with --events")
    if events:
        from kg.events.evaluate import evaluate as evaluate_events
        from kg.events.evaluate import format_report as format_events

        result = evaluate_events(gold_dir, texts_dir, predictions, facts=facts)
        if fmt == "json":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
        else:
            click.echo(format_events(result, details=not brief))
        return
    from kg.extract.evaluate import evaluate, format_report

    report = evaluate(gold_dir, texts_dir)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, show_details=not brief))


# --------------------------------------------------------------------------- ingest

def _files_per_job(files: int, workers: int) -> int:
    """Enough jobs for every worker to stay busy to the end (about 8 each), none so large that
    the last one leaves the others idle for long."""
    return max(1, min(20, math.ceil(files / (workers * 8))))


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@_published_option
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes that extract and validate [default: one per core]; "
                   "1: all in this process. Not used with --cluster.")
@click.option("--cluster", "cluster", metavar="ADDRESS", default=None,
              help="Run extraction, linking and validation as tasks on a Dask cluster: the "
                   "scheduler's address (tcp://host:8786), its scheduler file, or local:N "
                   "(N local workers) [env KG_CLUSTER].")
@click.option("--commit", "commit", type=click.Choice(["all", "per-article"]), default=None,
              help="With --cluster: all (default): in input order, all or nothing; "
                   "per-article: each article as it arrives, replacing its graph.")
@click.option("--manifest", "manifests", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A file listing article paths, one per line (relative to the manifest); "
                   "with --cluster the workers read them from shared storage.")
@click.option("--strict", is_flag=True,
              help="With --cluster: stop at the first problem (an unreadable file, a failed "
                   "article or task, a warning); nothing is written in --commit all.")
@click.option("--dry-run", is_flag=True, help="Extract and validate, write nothing.")
@click.option("--keep", type=click.Path(dir_okay=False), default=None,
              help="Also save the extracted records here (JSON Lines).")
@click.pass_context
def ingest_command(ctx, paths, published, workers, cluster, commit, manifests, strict, dry_run,
                   keep):
    """Extract, link, validate and load article texts (.txt, .html, .json, .jsonl) in one step.

    Each worker extracts and validates a few files at a time; this process commits their
    graphs in input order, all or nothing, while the workers go on (docs/scaling.md). With
    --cluster the workers are those of a Dask cluster.

    \b
    Example:
      kg ingest --published 2025-01-17 articles/
      kg ingest --dry-run --keep records.jsonl articles/
      kg ingest --cluster tcp://scheduler:8786 --store http://oxigraph:7878 articles/
    """
    from kg import serving
    from kg.errors import ValidationFailed
    from kg.confidence import UNSURE
    from kg.settings import Settings
    from kg.store import open_store

    published = _check_date(published)
    settings = ctx.obj["settings"] if ctx.obj and "settings" in ctx.obj else None
    settings = settings or Settings.from_env()
    cluster = cluster or settings.values.get("cluster") or None
    if not cluster and (commit or strict):
        raise click.UsageError("--commit and --strict go with --cluster")
    if not paths and not manifests:
        raise click.UsageError("give article files or directories, or --manifest FILE")
    started = time.perf_counter()
    kinds: Counter = Counter()
    unsure: Counter = Counter()
    failures: list[str] = []
    keep_file = open(keep, "w", encoding="utf-8") if keep else None

    def on_report(report) -> None:
        kinds.update(report.kinds)
        unsure.update(report.unsure)
        failures.extend(report.problems)
        if keep_file:
            for r in report.records:
                keep_file.write(json.dumps(r, ensure_ascii=False) + "\n")

    # A cluster's workers open the store themselves: it must be shareable, not a kg serve's.
    store = open_store(settings, read_only=dry_run and not cluster,
                       via_endpoint=not dry_run and not cluster, missing_ok=dry_run and not cluster,
                       command="load")
    if serving.via_message(store):
        click.echo(serving.via_message(store), err=True)
    try:
        if cluster:
            summary, count, unit = _ingest_on_cluster(cluster, paths, manifests, store, settings,
                                                published, dry_run, bool(keep), commit or "all",
                                                strict, on_report)
        else:
            summary, count, unit = _ingest_here(paths, manifests, store, settings, published,
                                          workers, dry_run, bool(keep), on_report)
    except ValidationFailed as refused:
        click.echo(refused.report.to_text(), err=True)  # what was refused, and why
        raise
    finally:
        store.close()
        if keep_file:
            keep_file.close()
    secs = time.perf_counter() - started
    click.echo(f"articles: {summary.articles} extracted from {count} {unit} in {secs:.1f}s")
    click.echo("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"))
    if unsure:
        click.echo(f"  of which below confidence {UNSURE} (right less than half the time on "
                   "held-out news; `kg stats` shows every band): "
                   + ", ".join(f"{k} {v}" for k, v in sorted(unsure.items())))
    if summary.articles:
        click.echo(f"loaded: {'yes' if summary.written else 'no (dry run)'}; "
                   f"{summary.quads} quads; warnings: {len(summary.report.warnings)}")
    if failures:
        click.echo(f"failures: {len(failures)}", err=True)
        for f in failures:
            click.echo(f"  {f}", err=True)
        sys.exit(2 if not summary.articles else 0)


def _ingest_here(paths, manifests, store, settings, published, workers, dry_run, keep_records,
                 on_report):
    """`kg ingest` on this machine's processes (kg.loader's workers)."""
    from kg.extract.ingest import TextBatch
    from kg.extract.textinput import expand_paths
    from kg.loader import load_jobs
    from kg.progress import Progress

    workers = workers or os.cpu_count() or 1
    files = [str(p) for p in expand_paths(list(paths))]
    if manifests:
        from kg.cluster.inputs import manifest_rows

        files += [row for m in manifests for row in manifest_rows(Path(m))]
    if not files:
        raise click.UsageError("no article files (.txt, .html, .htm, .json, .jsonl) found")
    per_job = _files_per_job(len(files), workers)
    jobs = [TextBatch(tuple(files[i:i + per_job]), published, keep_records=keep_records)
            for i in range(0, len(files), per_job)]
    progress = Progress("ingest", total=len(files), unit="file(s)")

    def on_result(result) -> None:
        on_report(result.extra)
        progress(result.extra.files, "extracted and validated")

    summary = load_jobs(jobs, store, settings, files=len(files), workers=min(workers, len(jobs)),
                        dry_run=dry_run, on_result=on_result, exclusive=True)
    return summary, len(files), "file(s)"


def _ingest_on_cluster(address, paths, manifests, store, settings, published, dry_run,
                       keep_records, commit, strict, on_report):
    """`kg ingest --cluster`: the same work as tasks on a Dask cluster (kg.cluster)."""
    from kg.cluster.ingest import ingest_on_cluster
    from kg.cluster.inputs import Inputs
    from kg.progress import Progress

    inputs = Inputs.from_args(paths, manifests)
    if not inputs.files and not inputs.manifests:
        raise click.UsageError("no article files (.txt, .html, .htm, .json, .jsonl) found")
    progress = Progress("ingest", total=inputs.count(), unit=inputs.unit)
    summary, stats = ingest_on_cluster(address, inputs, store, settings, published=published,
                                       dry_run=dry_run, keep_records=keep_records, commit=commit,
                                       strict=strict, progress=progress, on_report=on_report)
    share = stats.write_seconds / stats.seconds if stats.seconds else 0.0
    click.echo(f"cluster: {stats.workers} worker(s), {stats.threads} thread(s); tasks used "
               f"{stats.worker_cpu:.1f}s CPU; spaCy and the matchers loaded "
               f"{stats.pipeline_loads} time(s); workers lost: {len(stats.lost_workers)}")
    click.echo(f"writer: {stats.write_seconds:.1f}s writing ({share:.0%} of the run), "
               f"{stats.writer_cpu:.1f}s CPU in this process")
    return summary, progress.total, inputs.unit
def register(cli_group: click.Group) -> None:
    """Add ``extract``, ``eval`` and ``ingest`` to the kg command group."""
    cli_group.add_command(extract_command)
    cli_group.add_command(eval_command)
    cli_group.add_command(ingest_command)
