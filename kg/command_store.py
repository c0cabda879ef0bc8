"""The store a kg command works on: one way for every command group to open it.

Reads get a read-only view (works while `kg serve` holds the store); writes get the store, or
the `kg serve` that holds it, with the command named in its writes (kg.gate.COMMAND_GRAPHS)."""

from __future__ import annotations

import click


def open_for_command(ctx: click.Context, read_only: bool = False, missing_ok: bool = False):
    """The store for the command `ctx` runs; says so on stderr when writes go through a server."""
    from kg import serving
    from kg.store import open_store

    store = open_store(ctx.obj["settings"], read_only=read_only, via_endpoint=not read_only,
                       missing_ok=missing_ok, command=ctx.command_path)
    if serving.via_message(store):
        click.echo(serving.via_message(store), err=True)
    return store


__all__ = ["open_for_command"]
