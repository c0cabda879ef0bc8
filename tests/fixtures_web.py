"""Web fixtures (a pytest plugin loaded by conftest.py): the real app, over a socket or not.

`app` and `client` (as in Flask's own tutorial) build `kg.web.create_app` over a temporary
on-disk store and talk to it through Flask's test client: the whole WSGI stack (middleware,
fast query handler, blueprints, query workers) without a socket, for tests where HTTP on the
wire does not matter. `load_into(app, *paths)` loads records or RDF through the real loader.

`live_server` starts `kg.web.create_app` on 127.0.0.1 with an OS-chosen port, served by the same
waitress server `kg serve` uses, in a thread, over a temporary on-disk store. It yields an object
that is its base URL as a `str` (so `requests.get(live_server + "/sparql")` works) and also
carries `.app`, `.store`, `.settings`, `.token` and `.load(...)` for tests that need them.

Override `live_server_settings` (a dict of setting overrides) in a test module to change limits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

WRITE_TOKEN = "test-write-token-0123456789"


class LiveServer(str):
    app = None
    store = None
    settings = None
    server = None
    token = WRITE_TOKEN

    @property
    def sparql(self) -> str:
        return self + "/sparql"

    @property
    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def load(self, *paths) -> None:
        """Load records/RDF files through the real loader (the SHACL gate) while serving."""
        from kg.loader import load

        load([str(p) for p in paths], self.store, self.settings)
        self.app.extensions["kg_endpoint"].after_write()

    def load_quads(self, quads) -> None:
        """Put quads straight into the store (test data that is not about validation)."""
        self.store.load_raw(quads)
        self.app.extensions["kg_endpoint"].after_write()


def start_live_server(tmp_path: Path, **overrides) -> LiveServer:
    from kg.settings import Settings
    from kg.store import open_store
    from kg.web import create_app
    from kg.web.server import make_server

    values = {"store": str(tmp_path / "live-store"), "write_token": WRITE_TOKEN,
              "query_workers": 2, "query_timeout": 30.0}
    values.update(overrides)
    settings = Settings.from_env({}, **values)
    store = open_store(settings)
    app = create_app(settings, store=store)
    server = make_server(app, "127.0.0.1", 0)
    server.start_thread()
    live = LiveServer(server.url)
    live.app, live.store, live.settings, live.server = app, store, settings, server
    return live


@pytest.fixture
def app(tmp_path):
    """The real app over a temporary on-disk store, with the write token; no socket."""
    from kg.settings import Settings
    from kg.store import open_store
    from kg.web import create_app
    from kg.web.server import shutdown

    settings = Settings.from_env({}, store=str(tmp_path / "app-store"), write_token=WRITE_TOKEN,
                                 query_workers=1)
    store = open_store(settings)
    app = create_app(settings, store=store)
    yield app
    shutdown(app)
    store.close()


@pytest.fixture
def client(app):
    """Flask's test client for `app`: requests go through the whole WSGI stack."""
    return app.test_client()


AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}


def load_into(app, *paths) -> None:
    """Load records/RDF files into the app's store through the real loader (the SHACL gate)."""
    from kg.loader import load

    ep = app.extensions["kg_endpoint"]
    load([str(p) for p in paths], ep.store, ep.settings)
    ep.after_write()


@pytest.fixture
def live_server_settings() -> dict:
    return {}


@pytest.fixture
def live_server(tmp_path, live_server_settings):
    live = start_live_server(tmp_path, **live_server_settings)
    try:
        yield live
    finally:
        live.server.close()
        live.store.close()


def view_of(resp) -> str | None:
    """The view a reply was evaluated on, from its `Server-Timing` header (kg.web.pool)."""
    for part in resp.headers.get("Server-Timing", "").split(","):
        part = part.strip()
        if part.startswith("snapshot;desc="):
            return part.split("=", 1)[1]
    return None
