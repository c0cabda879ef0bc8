"""Click commands for linking: ``kg link`` and ``kg gazetteer``.

The lead's ``kg/cli.py`` calls :func:`register` on its group; ``kg export --quickstatements``
calls :func:`kg.link.quickstatements.quickstatements_export` (re-exported here).
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

import click
import pyoxigraph as ox

from kg.command_store import open_for_command
from kg.link.curation import (
    check_links,
    decision_history,
    parse_qid,
    record_decision,
    review_queue,
)
from kg.link.gazetteer import GAZETTEER_GRAPH, Gazetteer
from kg.link.quickstatements import quickstatements_export

__all__ = ["gazetteer_group", "link_command", "quickstatements_export", "register"]


def _default_who() -> str:
    try:
        return os.environ.get("KG_ANALYST") or getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises several types when no user is known
        return "unknown"


@click.command("link")
@click.argument("entity", required=False)
@click.argument("qid", required=False)
@click.option("--review", is_flag=True,
              help="List unlinked entities to review, most mentioned first.")
@click.option("--kind", "kinds", multiple=True,
              help="With --review: only this kind (person, place, org, state, weapon, or a type "
                   "such as ArmedGroup); repeatable.")
@click.option("--all", "include_unmentioned", is_flag=True,
              help="With --review: also entities no fact mentions.")
@click.option("--limit", type=click.IntRange(1), default=None, help="With --review: at most N.")
@click.option("--check", is_flag=True,
              help="Report entities whose QID changed, conflicts or was disputed.")
@click.option("--history", "history", is_flag=True,
              help="With ENTITY (or alone): every decision, who, when, what it replaced.")
@click.option("--none", "no_match", is_flag=True, help="Record that ENTITY has no Wikidata item.")
@click.option("--replace", is_flag=True,
              help="Replace another analyst's different decision (it stays in the history).")
@click.option("--who", default=None, help="Who decides [env KG_ANALYST; default: login name].")
@click.option("--note", default=None, help="Why (kept with the decision).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def link_command(ctx, entity, qid, review, kinds, include_unmentioned, limit, check, history,
                 no_match, replace, who, note, fmt):
    """Review and curate Wikidata links.

    \b
    Examples:
      kg link --review --kind person --limit 20   # the most mentioned unlinked people first
      kg link place/okhmatdyt-hospital Q1234 --who alice --note "checked on Wikidata"
      kg link org/some-militia --none --who alice
      kg link state/x Q42 --replace --who bob     # overrule alice's decision, kept as history
      kg link --history place/okhmatdyt-hospital  # who decided what, when, replacing what
      kg link --check                             # QIDs that changed, conflict or were disputed
    """
    if review + check + (bool(entity) or history) != 1:
        raise click.UsageError("give exactly one of --review, --check, --history [ENTITY] or "
                               "ENTITY [QID|--none]")
    if review:
        _review(ctx, kinds, include_unmentioned, limit, fmt)
        return
    if check:
        store = open_for_command(ctx, read_only=True)
        issues = check_links(store)
        if fmt == "json":
            click.echo(json.dumps([i.__dict__ for i in issues], indent=2))
        else:
            for i in issues:
                click.echo(f"{i.kind}\t{i.entity}\t{i.detail}")
            click.echo(f"{len(issues)} issue(s)", err=True)
        ctx.exit(1 if issues else 0)
    if history:
        _history(ctx, entity, fmt)
        return
    if bool(qid) == no_match:
        raise click.UsageError("give either a QID or --none")
    store = open_for_command(ctx)
    d = record_decision(store, entity, None if no_match else parse_qid(qid),
                        who or _default_who(), note=note, replace=replace)
    replaced = f"; replaces the decision for {d.replaced_qid or 'no item'}" if d.replaces else ""
    click.echo(f"{d.entity} -> {d.outcome} (by {d.who}, {d.when.isoformat()}){replaced}")


def _review(ctx, kinds, include_unmentioned, limit, fmt) -> None:
    store = open_for_command(ctx, read_only=True)
    items = review_queue(store, kinds=tuple(kinds), include_unmentioned=include_unmentioned,
                         limit=limit)
    if fmt == "json":
        click.echo(json.dumps([{
            "entity": i.entity, "label": i.label, "type": i.type, "status": i.status,
            "mentions": i.mentions, "sentences": list(i.sentences),
            "candidates": [{"key": c.key, "qid": c.wikidata, "score": c.score, "kind": c.kind}
                           for c in i.candidates]} for i in items], indent=2))
        return
    for i in items:
        click.echo(f"{i.entity}\t{i.type}\t{i.label}\t{i.mentions} mention(s)\t[{i.status}]")
        for s in i.sentences:
            click.echo(f"    “{s}”")
        for c in i.candidates:
            click.echo(f"    candidate {c.key} {c.wikidata} score={c.score:.2f} ({c.kind})")
    scope = "" if include_unmentioned else " mentioned in the articles (--all for every one)"
    click.echo(f"{len(items)} entit{'y' if len(items) == 1 else 'ies'} to review{scope}", err=True)


def _history(ctx, entity, fmt) -> None:
    store = open_for_command(ctx, read_only=True)
    decisions = decision_history(store, entity)
    if fmt == "json":
        click.echo(json.dumps([{"entity": d.entity, "qid": d.qid, "who": d.who,
                                "when": d.when.isoformat(), "note": d.note,
                                "replaces": d.replaces, "replaced_qid": d.replaced_qid}
                               for d in decisions], indent=2))
        return
    for d in decisions:
        replaced = f"\treplaced {d.replaced_qid or 'no item'}" if d.replaces else ""
        note = f"\t“{d.note}”" if d.note else ""
        click.echo(f"{d.when.isoformat()}\t{d.entity}\t{d.outcome}\tby {d.who}{replaced}{note}")
    click.echo(f"{len(decisions)} decision(s)", err=True)


@click.group("gazetteer")
def gazetteer_group():
    """The entity gazetteer: load it, import Wikidata results, reconcile online.

    \b
    Example:
      kg gazetteer import wdqs-results.json
    """


@gazetteer_group.command("load")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Gazetteer directory (default: the shipped one).")
@click.pass_context
def gazetteer_load(ctx, directory):
    """Replace the gazetteer graph with the gazetteer tables.

    \b
    Example:
      kg gazetteer load
    """
    from kg.shared_graphs import remove_repeats

    gaz = Gazetteer.load(directory)
    store = open_for_command(ctx)
    summary = store.write({ox.NamedNode(GAZETTEER_GRAPH): gaz.to_quads()})
    remove_repeats(store)
    linked = sum(1 for e in gaz if e.wikidata)
    click.echo(f"gazetteer: {len(gaz)} entities ({linked} linked to Wikidata); "
               f"+{summary.total_added} -{summary.total_removed} triples")


@gazetteer_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Your gazetteer directory to write [default: setting "
                                 "gazetteer_dir, ~/.local/share/kg/gazetteer].")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.pass_context
def gazetteer_import(ctx, file, directory, dry_run):
    """Merge Wikidata Query Service results (SPARQL JSON or CSV: item, label, aliases, type)
    into your own gazetteer rows and the store's gazetteer graph.

    Rows match entities by QID, or by their label or any alias against an entity's label and
    aliases. The installed package's gazetteer is never edited.

    \b
    Example:
      kg gazetteer import query.json --dry-run
    """
    from kg.link.importer import import_results

    directory = directory or Path(ctx.obj["settings"].gazetteer_dir).expanduser()
    store = None if dry_run else open_for_command(ctx)
    try:
        report = import_results(file, directory, dry_run=dry_run, store=store)
    finally:
        if store is not None:
            store.close()
    for key in report.added:
        click.echo(f"added\t{key}")
    for key, what in report.changed:
        click.echo(f"changed\t{key}\t{what}")
    for item, why in report.skipped:
        click.echo(f"skipped\t{item}\t{why}")
    written = "" if dry_run or not (report.added or report.changed) else \
        f"; written to {directory / 'entities.tsv'}" + \
        ("" if not report.store_graphs else " and the store's gazetteer graph")
    click.echo(f"{len(report.added)} added, {len(report.changed)} changed, "
               f"{len(report.skipped)} skipped" + (" (dry run)" if dry_run else written),
               err=True)


@gazetteer_group.command("reconcile")
@click.option("--online", is_flag=True, help="Ask Wikidata's entity search (off by default).")
@click.option("--type", "types", multiple=True, help="Only entities of this type (repeatable).")
@click.option("--limit", type=int, default=20, help="At most this many entities.")
@click.option("--api-url", default=None, help="Entity search API (default: Wikidata's).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="On-disk cache [default ~/.cache/kg/wikidata].")
@click.option("--interval", type=float, default=1.0, help="Seconds between requests.")
def gazetteer_reconcile(online, types, limit, api_url, cache_dir, interval):
    """Suggest QIDs for gazetteer entities that have none (suggestions only; apply with
    `kg link ENTITY QID`).

    \b
    Example:
      kg gazetteer reconcile --online --type WeaponSystem --limit 10
    """
    from kg.link.online import DEFAULT_API, WikidataSearch

    gaz = Gazetteer.load()
    todo = [e for e in gaz if not e.wikidata and (not types or e.type in types)][:limit]
    if not online:
        for e in todo:
            click.echo(f"{e.key}\t{e.label}\t(unlinked)")
        click.echo(f"{len(todo)} unlinked; add --online to ask Wikidata", err=True)
        return
    cache = cache_dir or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kg" / "wikidata"
    client = WikidataSearch(cache, api_url=api_url or DEFAULT_API, min_interval=interval)
    for e in todo:
        hits = client.search(e.label)
        click.echo(f"{e.key}\t{e.label}")
        for h in hits:
            click.echo(f"    {h.qid}\t{h.label}\t{h.description}")


def register(cli_group: click.Group) -> None:
    """Add ``link`` and ``gazetteer`` to the kg command group."""
    cli_group.add_command(link_command)
    cli_group.add_command(gazetteer_group)
