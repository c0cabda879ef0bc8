"""The `kg` command: a thin view over the library (kg.loader, kg.store, kg.validate, kg.web).

Errors are kg.errors classes; `main` prints them with their hint and exits with their exit code
(0 ok, 1 validation violations, 2 unusable input, 3 a limit, 4 the store or the cluster).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pyoxigraph as ox

from kg import __version__, packagedata
from kg.errors import KgError, ValidationFailed
from kg.events import commands as events_commands
from kg.extract import commands as extract_commands
from kg.link import commands as link_commands
from kg.progress import Progress
from kg.command_store import open_for_command
from kg.settings import Settings

STORE_HELP = "Store directory or remote SPARQL URL [env KG_STORE; default ~/.local/share/kg/store]."


def _settings(ctx: click.Context, **overrides) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.with_(**{k: v for k, v in overrides.items() if v is not None}) if overrides else base


def _store_override(ctx: click.Context, _param, value: str | None):
    if value:
        ctx.obj["settings"] = ctx.obj["settings"].with_(store=value)
    return value


host_option = click.option("--host", envvar="KG_HOST", default=None,
                           help="Bind address [default 127.0.0.1].")
port_option = click.option("--port", envvar="KG_PORT", type=int, default=None,
                           help="Port [default 8000].")
store_option = click.option(
    "--store", "store_dir", expose_value=False, callback=_store_override, is_eager=False,
    help="Store directory or remote SPARQL URL (also accepted before the command).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--store", envvar="KG_STORE", help=STORE_HELP)
@click.option("--endpoint", envvar="KG_ENDPOINT", default=None,
              help="The kg serve holding the store, for writes while it runs [default: found "
                   "in the store directory]; its token: KG_STORE_TOKEN.")
@click.pass_context
def cli(ctx: click.Context, store: str | None, endpoint: str | None) -> None:
    """kg: load security-news facts into a validated RDF store and serve them over SPARQL.

    \b
    Example:
      kg load examples/records/      # validate, then load all or nothing
      kg query 'SELECT * WHERE { ?s a <https://kg.example.org/ontology#Strike> }'
    """
    ctx.ensure_object(dict)
    ctx.obj["settings"] = Settings.from_env(store=store, endpoint=endpoint)


@cli.command()
@store_option
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Validate and show what would change; write nothing.")
@click.option("--strict", is_flag=True, help="Treat warnings as failures.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def load(ctx, paths, dry_run, strict, fmt):
    """Validate article records or RDF files, then load them all or nothing.

    \b
    Example:
      kg load examples/records/ data/extra.ttl
      kg load --dry-run new-articles.jsonl
    """
    from kg.loader import load as do_load

    settings = _settings(ctx)
    with open_for_command(ctx, read_only=dry_run, missing_ok=dry_run) as store:
        try:
            summary = do_load(paths, store, settings, dry_run=dry_run, strict=strict,
                              progress=Progress("load"), exclusive=True)
        except ValidationFailed as exc:
            _print_report(exc.report, fmt)
            raise
    if fmt == "json":
        click.echo(json.dumps(summary.to_json(), indent=2))
        return
    if summary.report.warnings:
        click.echo(summary.report.to_text(limit=3), err=True)
    warnings = len(summary.report.warnings)
    changes = {k: v for k, v in summary.changes.items() if v != (0, 0)}
    if summary.unchanged or (dry_run and not changes):
        verb = "nothing would change" if dry_run else "nothing changed"
        click.echo(f"{verb}: {summary.articles} article(s), {summary.units} unit(s) from "
                   f"{summary.files} file(s) are already stored exactly as they are (checked in "
                   f"{summary.seconds:.2f}s); {warnings} warning(s)")
        return
    verb = "would change" if dry_run else "loaded"
    click.echo(f"{verb}: {summary.articles} article(s), {summary.units} unit(s), "
               f"{summary.quads} quads from {summary.files} file(s) in {summary.seconds:.2f}s; "
               f"{warnings} warning(s)")
    if dry_run:
        for label, (added, removed) in changes.items():
            click.echo(f"  {label}: +{added} -{removed} triples")
    elif "(total)" in summary.changes:
        added, removed = summary.changes["(total)"]
        click.echo(f"  changed: +{added} -{removed} triples")


def _print_report(report, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    elif fmt == "turtle":
        click.echo(report.to_turtle())
    else:
        click.echo(report.to_text(), err=True)


@cli.command()
@store_option
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              help="text for people; json, or turtle (the standard SHACL report) for machines.")
@click.option("--engine", type=click.Choice(["compiled", "pyshacl"]), default="compiled",
              help="compiled (fast, default) or pyshacl (the reference engine).")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.pass_context
def validate(ctx, paths, fmt, engine, strict):
    """Check inputs against the record format and the SHACL shapes, writing nothing; every bad
    record is listed. Exit 0 conforms, 1 violations, 2 unusable (records that break the format).

    \b
    Example:
      kg validate --format json examples/records/
    """
    from kg.loader import validate_paths
    from kg.validate import Validator

    with open_for_command(ctx, read_only=True, missing_ok=True) as store:
        summary = validate_paths(paths, store, _settings(ctx), validator=Validator(engine=engine),
                                 progress=Progress("validate"))
    from kg.validate import RECORD_FORMAT

    report = summary.report
    if fmt == "text":
        click.echo(report.to_text(limit=None))
    else:
        _print_report(report, fmt)
    if any(r.component == RECORD_FORMAT for r in report.results):
        sys.exit(2)  # records that break the format: unusable as they are (each one listed)
    if not report.conforms or (strict and report.warnings):
        sys.exit(1)


@cli.command()
@store_option
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              default="table")
@click.pass_context
def query(ctx, sparql, file, fmt):
    """Run a SPARQL query over the union of all graphs.

    kg's prefixes (kg:, state:, person:, place:, ..., schema:, rdfs:, xsd:, wd:) need no PREFIX
    lines; `kg prefixes` lists them.

    \b
    Example:
      kg query -f queries/strikes-casualties-by-attacker.rq --format csv
      kg query 'SELECT ?s WHERE { ?s kg:attacker state:russia }'
    """
    from kg.namespaces import PREFIXES
    from kg.output import write_results
    from kg.web.safety import check_complexity

    if bool(sparql) == bool(file):
        raise click.UsageError("give a query string or -f FILE (one of them)")
    text = Path(file).read_text("utf-8") if file else sparql
    settings = _settings(ctx)
    # Oxigraph's parser recurses per nesting level: refuse what would crash it, as the endpoint does
    check_complexity(text, settings.max_nesting_depth, settings.max_query_operators)
    with open_for_command(ctx, read_only=True) as store:
        write_results(store.query(text, prefixes=PREFIXES), fmt, sys.stdout)


@cli.command()
def prefixes():
    """List the prefixes every query may use without declaring them.

    \b
    Example:
      kg prefixes
    """
    from kg.namespaces import PREFIXES

    width = max(len(p) for p in PREFIXES) + 1
    for prefix, iri in PREFIXES.items():
        click.echo(f"{prefix + ':':<{width}} <{iri}>")


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def stats(ctx, fmt):
    """Counts per class and graph, facts by confidence, and entities linked to Wikidata or not.

    \b
    Example:
      kg stats --format json
    """
    from kg.confidence import MEANING
    from kg.stats import store_stats

    with open_for_command(ctx, read_only=True) as store:
        result = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"store: {result['store']}\nquads: {result['quads']}")
    click.echo("classes:")
    for cls, n in result["classes"].items():
        click.echo(f"  {n:>8}  {cls}")
    click.echo("graphs:")
    for kind, n in result["graphs"].items():
        click.echo(f"  {n:>8}  {kind}")
    if result["confidence"]:
        click.echo(f"facts by confidence ({MEANING}):")
        for kind, bands in result["confidence"].items():
            click.echo(f"  {kind:<13} " + ", ".join(f"{n} {band}" for band, n in bands.items()))
    link = result["linking"]
    click.echo(f"entities: {link['linked']} linked to Wikidata, {link['unlinked']} unlinked")
    for e in link["unlinked_examples"]:
        click.echo(f"  unlinked: {e}")


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), default="nquads")
@click.option("--quickstatements", is_flag=True,
              help="Write facts that map to Wikidata properties as QuickStatements commands.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default stdout).")
@click.pass_context
def export(ctx, fmt, quickstatements, output):
    """Write the whole store as N-Quads or TriG, or facts as QuickStatements.

    \b
    Example:
      kg export --format trig -o backup.trig
      kg export --quickstatements -o wikidata.qs
    """
    if quickstatements:
        from kg.link.quickstatements import quickstatements_export

        with open_for_command(ctx, read_only=True) as store:
            if output:
                with open(output, "w", encoding="utf-8") as fh:
                    export = quickstatements_export(store, fh)
            else:
                export = quickstatements_export(store, sys.stdout)
        for warning in export.warnings:
            click.echo(f"warning: {warning}", err=True)
        click.echo(f"{export.created} new item(s); {len(export.skipped)} skipped: Wikidata has "
                   f"them already (linked with kg link)", err=True)
        return
    rdf_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    with open_for_command(ctx, read_only=True) as store:
        if output:
            with open(output, "wb") as fh:
                store.dump(fh, rdf_format)
        else:
            store.dump(sys.stdout.buffer, rdf_format)


@cli.command()
@store_option
@host_option
@port_option
@click.option("--debug", is_flag=True, help="Flask's development server (never in production).")
@click.pass_context
def serve(ctx, host, port, debug):
    """Serve the SPARQL endpoint and the analyst pages.

    \b
    Example:
      kg serve --port 8000
    """
    from kg.web.server import run

    run(_settings(ctx, host=host, port=port), debug=debug)


@cli.command()
@store_option
@host_option
@port_option
@click.option("--no-serve", is_flag=True, help="Load the examples and stop.")
@click.pass_context
def up(ctx, host, port, no_serve):
    """The main job: load the bundled example articles into the store, then serve the endpoint."""
    from kg.loader import load as do_load
    from kg.web.server import run

    settings = _settings(ctx, host=host, port=port)
    examples = packagedata.example_records()
    with open_for_command(ctx) as store:
        summary = do_load([examples], store, settings, progress=Progress("up"), exclusive=True)
        served = getattr(store, "serving", None)
        click.echo(f"loaded {summary.articles} example article(s) ({summary.quads} quads) into "
                   f"{served or store.location}", err=True)
    if served:
        click.echo(f"kg: already served: SPARQL endpoint at {served}/sparql  (pages at "
                   f"{served}/)", err=True)
        return
    if not no_serve:
        run(settings, debug=False)


# Commands that live with their feature: extract, eval, ingest; link, gazetteer; events.
extract_commands.register(cli)
link_commands.register(cli)
events_commands.register(cli)


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except ValidationFailed as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KgError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
