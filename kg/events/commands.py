"""`kg events`: see, rebuild and curate resolved events (one real-world event, many reports)."""

from __future__ import annotations

import getpass
import json
import os

import click

from kg.command_store import open_for_command
from kg.progress import Progress

__all__ = ["events_group", "register"]


def _default_who() -> str:
    try:
        return os.environ.get("KG_ANALYST") or getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises several types when no user is known
        return "unknown"


def _validator():
    from kg.validate import Validator

    return Validator()


def _outcome(verb: str, outcome, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(outcome.to_json()))
    else:
        click.echo(f"{verb}: {outcome.reports} report(s) in {outcome.events} event(s); "
                   f"+{outcome.added} -{outcome.removed} quads in {outcome.seconds:.2f}s")


def _served(verb: str, done: dict, fmt: str) -> None:
    """What the serving endpoint did (an Outcome as JSON)."""
    if fmt == "json":
        click.echo(json.dumps(done))
    else:
        click.echo(f"{verb}: {done['reports']} report(s) in {done['events']} event(s); "
                   f"+{done['added']} -{done['removed']} quads in {done['seconds']:.2f}s")


fmt_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                          show_default=True)


@click.group("events", invoke_without_command=True)
@click.option("--review", is_flag=True,
              help="List links the rules made with a score near the threshold, with sentences.")
@click.option("--margin", type=click.FloatRange(0, 1), default=None,
              help="How near the threshold a score must be to be listed [default 0.1].")
@fmt_option
@click.pass_context
def events_group(ctx, review, margin, fmt):
    """Resolved events: each strike, transfer, treaty or holding once, with all its reports.

    Every load resolves the facts it wrote against the stored events (docs/events.md explains
    the rules); these commands show, rebuild and correct the result.

    \b
    Examples:
      kg events                          # how many events and reports
      kg events --review                 # uncertain links, with their sentences
      kg events show kgid:event/strike/3f2a9c1b7d4e
      kg events merge EVENT_A EVENT_B --who alice --note "same strike, two spellings"
      kg events split EVENT FACT --who alice
      kg events rebuild                  # recompute every event from scratch
    """
    if ctx.invoked_subcommand is not None:
        if review:
            raise click.UsageError("--review goes without a subcommand: kg events --review")
        return
    from kg.events.curation import review as review_links
    from kg.events.rules import REVIEW_MARGIN

    with open_for_command(ctx, read_only=True) as store:
        if review:
            items = review_links(store, REVIEW_MARGIN if margin is None else margin)
            if fmt == "json":
                click.echo(json.dumps([i.to_json() for i in items], indent=2,
                                      ensure_ascii=False))
                return
            for i in items:
                click.echo(f"{i.score:.2f} {i.rule:<26} {i.event_label}")
                click.echo(f"     event {i.event}")
                click.echo(f"     fact  {i.fact}")
                click.echo(f"     why   {i.note}")
                click.echo(f"     “{i.sentence}”")
                if i.partner_sentence:
                    click.echo(f"     with “{i.partner_sentence}”")
            click.echo(f"{len(items)} link(s) to review", err=True)
            return
        counts = _counts(store)
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
        return
    for kind, (events, reports) in sorted(counts["kinds"].items()):
        click.echo(f"{kind:<14}{events:>7} event(s) {reports:>7} report(s)")
    if counts["pending"]:
        click.echo(f"{counts['pending']} article(s) await resolution: run kg events sync",
                   err=True)


def _counts(store) -> dict:
    from kg import namespaces as ns
    from kg.events.reports import select_rows

    g = ns.GRAPH_EVENTS.value
    kinds = {}
    for r in select_rows(store, f"""SELECT ?kind (COUNT(DISTINCT ?e) AS ?events)
            (COUNT(?f) AS ?reports) WHERE {{ GRAPH <{g}> {{ ?e kg:eventKind ?kind .
            ?f prov:specializationOf ?e }} }} GROUP BY ?kind"""):
        kinds[r["kind"].rsplit("#", 1)[-1]] = (int(r["events"]), int(r["reports"]))
    pending = next(select_rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> "
                                      f"{{ ?a kg:eventsPending ?x }} }}"))
    return {"kinds": kinds, "pending": int(pending["n"])}


@events_group.command("rebuild")
@fmt_option
@click.pass_context
def rebuild_command(ctx, fmt):
    """Resolve every report from scratch and replace the events graph (the same graph the
    loads built one by one; analysts' decisions are kept and applied)."""
    from kg.events.resolve import Resolver

    progress = Progress("events")
    with open_for_command(ctx) as store:
        progress(0, "rebuilding")
        if store.kg_endpoint:  # kg serve holds the store: it rebuilds under its write lock
            _served("rebuilt", store.kg_api("/api/events/rebuild", {}), fmt)
            return
        outcome = Resolver(store, _validator()).rebuild()
    _outcome("rebuilt", outcome, fmt)


@events_group.command("sync")
@fmt_option
@click.pass_context
def sync_command(ctx, fmt):
    """Resolve the articles whose events are out of step: left pending by a stopped load, or
    written or removed by something that did not resolve them (scans the store)."""
    from kg.events.resolve import Resolver

    with open_for_command(ctx) as store:
        if store.kg_endpoint:
            done = store.kg_api("/api/events/sync", {})
            _served(f"synced {done['articles']} article(s)", done, fmt)
            return
        outcome = Resolver(store, _validator()).sync()
    _outcome(f"synced {outcome.articles} article(s)", outcome, fmt)


@events_group.command("show")
@click.argument("event")
@fmt_option
@click.pass_context
def show_command(ctx, event, fmt):
    """One event: what its reports agree on, where they differ, and every report."""
    from kg.events.curation import event_iri
    from kg.events.view import event_view

    with open_for_command(ctx, read_only=True) as store:
        view = event_view(store, event_iri(event))
    if fmt == "json":
        click.echo(json.dumps(view.to_json(), indent=2, ensure_ascii=False))
        return
    click.echo(view.to_text())


def _decide(ctx, kind: str, body: dict, fmt: str) -> None:
    """Record a decision: in the store, or through the kg endpoint that serves it (its
    /api/events/... does the same under its write lock, and its gate keeps kgg:curation and
    kgg:events to their owners)."""
    from kg.events import curation

    with open_for_command(ctx) as store:
        if store.kg_endpoint:
            done = store.kg_api(f"/api/events/{kind}", body)
        else:
            args = [body["a"], body["b"]] if kind == "merge" else [body["event"], body["fact"]]
            decision, outcome = getattr(curation, kind)(store, *args, body["who"], body["note"],
                                                        validator=_validator())
            done = {"decision": decision.iri, "kind": decision.kind, "who": decision.who,
                    "when": decision.when, "events": outcome.touched}
    if fmt == "json":
        click.echo(json.dumps(done, indent=2))
        return
    click.echo(f"{done['kind']} recorded ({done['decision']}, by {done['who']}, {done['when']})")
    for e in done["events"]:
        click.echo(f"  event {e}")


@events_group.command("merge")
@click.argument("event_a")
@click.argument("event_b")
@click.option("--who", default=None, help="Who decides [env KG_ANALYST; default: login name].")
@click.option("--note", default=None, help="Why (kept with the decision).")
@fmt_option
@click.pass_context
def merge_command(ctx, event_a, event_b, who, note, fmt):
    """Decide that two events are one (kept in kgg:curation; beats the rules, survives reloads)."""
    _decide(ctx, "merge", {"a": event_a, "b": event_b, "who": who or _default_who(),
                           "note": note}, fmt)


@events_group.command("split")
@click.argument("event")
@click.argument("fact")
@click.option("--who", default=None, help="Who decides [env KG_ANALYST; default: login name].")
@click.option("--note", default=None, help="Why (kept with the decision).")
@fmt_option
@click.pass_context
def split_command(ctx, event, fact, who, note, fmt):
    """Decide that FACT is not EVENT (kept in kgg:curation; beats the rules, survives reloads)."""
    _decide(ctx, "split", {"event": event, "fact": fact, "who": who or _default_who(),
                           "note": note}, fmt)


def register(cli_group: click.Group) -> None:
    """Add `kg events` to the kg command group."""
    cli_group.add_command(events_group)
