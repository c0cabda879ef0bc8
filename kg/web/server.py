"""Serving the app: waitress (a production WSGI server) with threads and TCP_NODELAY.

`run(settings)` is what `kg serve` and `kg up` call; `make_server(app, host, port)` builds the
same server for tests and benchmarks (port 0: the OS picks one; `server.port` tells which).
Without TCP_NODELAY, small responses wait ~40 ms for delayed ACKs; waitress sets it on every
accepted socket from `socket_options`, which we pass explicitly.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import socket
import sys
import threading

from kg import serving
from kg.errors import AddressInUse, StoreLocked
from kg.settings import Settings
from kg.web.connections import guard
from kg.web.loop_lookups import LoopLookups

log = logging.getLogger("kg.web")


class Server:
    """A started-but-not-yet-serving waitress server; `serve()` blocks, `close()` stops it."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 0, threads: int | None = None,
                 max_body: int | None = None, lookups_on_loop: bool | None = None):
        from waitress.server import create_server

        settings = app.config.get("KG_SETTINGS") if hasattr(app, "config") else None
        threads = threads or ((settings.max_concurrent_queries + 4) if settings else 8)
        kwargs = {}
        if max_body or settings:
            kwargs["max_request_body_size"] = (max_body or settings.max_body_bytes) + 1024
        self.app = app
        limits = settings or Settings.from_env({})
        self._server = create_server(
            app, host=host, port=port, threads=threads, ident="",  # no `Server:` header
            channel_timeout=limits.connection_idle_timeout,
            connection_limit=limits.max_connections, cleanup_interval=1,
            clear_untrusted_proxy_headers=True, **kwargs)
        # kg's JSON errors, a deadline per request, room at the connection cap, point lookups
        # answered on the loop thread (kg's app only: it never waits there) (kg.web.connections)
        if lookups_on_loop is None:  # kg's app, unless lookup_max_rows=0 (no lookups at all)
            lookups_on_loop = ("kg_endpoint" in getattr(app, "extensions", {})
                               and settings is not None and settings.lookup_max_rows > 0)
        guard(self._server, limits.request_read_timeout,
              LoopLookups(app) if lookups_on_loop else None)
        # waitress applies adj.socket_options to every accepted socket (handle_accept); make
        # TCP_NODELAY explicit rather than rely on its default.
        opts = list(self._server.adj.socket_options or [])
        if (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1) not in opts:
            opts.append((socket.IPPROTO_TCP, socket.TCP_NODELAY, 1))
        self._server.adj.socket_options = opts
        self.host = host
        self.port = self._server.effective_port
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve(self) -> None:
        self._server.run()

    def stop(self) -> None:
        """Make `serve()` return (from any thread): the loop closes its sockets and ends."""
        try:
            self._server.trigger.pull_trigger(self._close_sockets)
        except OSError:
            self._close_sockets()

    def start_thread(self) -> Server:
        self._thread = threading.Thread(target=self.serve, name="kg-server", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop listening, drop idle keep-alive connections, stop the loop and the workers.

        A running loop closes its sockets itself (through waitress's trigger): closed from
        another thread, they could be closed while the loop sits in select() on them (EBADF)."""
        if self._thread is not None and self._thread.is_alive():
            try:
                self._server.trigger.pull_trigger(self._close_sockets)
            except OSError:
                self._close_sockets()
            self._thread.join(5)
        self._close_sockets()  # not serving (or the loop is gone): close what is left here
        try:
            self._server.task_dispatcher.shutdown(timeout=2)
        except Exception:  # noqa: BLE001 - best effort at shutdown
            pass
        shutdown(self.app)


    def _close_sockets(self) -> None:
        for channel in list(self._server._map.values()):
            try:
                channel.close()
            except OSError:
                pass
        try:
            self._server.close()
        except OSError:
            pass


def make_server(app, host: str = "127.0.0.1", port: int = 0, **kw) -> Server:
    return Server(app, host, port, **kw)


def shutdown(app) -> None:
    """Stop the app's worker processes (the store closes when the process ends)."""
    ext = getattr(app, "extensions", {}).get("kg_endpoint")
    if ext is not None:
        ext.close()


def run(settings: Settings, debug: bool = False) -> None:
    """Serve the endpoint on settings.host:settings.port until interrupted; print the address.

    The port is bound before the store is opened, so a busy port is a clear error that leaves
    nothing behind (no store directory). While serving an on-disk store, the server announces
    itself in the store directory (kg.serving) with a local write token, so other kg commands
    on this machine can write through it."""
    from kg.web import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = create_app(settings)
    ext = app.extensions.get("kg_endpoint")
    if debug:
        print(f"kg: development server (debug) on http://{settings.host}:{settings.port}/sparql",
              flush=True)
        try:
            app.run(host=settings.host, port=settings.port, debug=True, use_reloader=False,
                    threaded=True)
        finally:
            shutdown(app)
        return
    server = _bind(app, settings)  # a busy port fails here, before the store is opened
    failed: list[Exception] = []
    announced: list[str] = []
    if threading.current_thread() is threading.main_thread():
        # SIGTERM (a service manager, a test) stops the server as Ctrl-C does: cleanly.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    def stop(exc: Exception) -> None:  # the store cannot open: stop serving, exit with its error
        if isinstance(exc, StoreLocked) and not settings.is_remote_store:
            other = serving.find(settings.store)
            if other is not None:
                exc = StoreLocked(f"the store at {settings.store} is already served by kg serve "
                                  f"at {other.url} (process {other.pid})",
                                  hint="use that server, or stop it first")
        failed.append(exc)
        server.stop()

    def ready() -> None:  # the store is open: let other kg commands write through this server
        where = _announce(app, ext, server, settings)
        if where is not None:
            announced.append(where)

    try:
        if ext is not None:
            # listen first: /healthz answers while the store opens
            ext.start_in_background(stop, on_ready=ready)
        print(f"kg: SPARQL endpoint at {server.url}/sparql  (pages at {server.url}/; Ctrl-C stops)",
              flush=True)
        if settings.host not in ("127.0.0.1", "localhost", "::1"):
            print(f"kg: listening on {settings.host}: reachable from other machines",
                  file=sys.stderr)
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        for where in announced:
            serving.withdraw(where)
        server.close()
    if failed:
        raise failed[0]


def _bind(app, settings: Settings) -> Server:
    """The server, listening; a port another process holds is an AddressInUse error."""
    try:
        return make_server(app, settings.host, settings.port)
    except OSError as exc:
        where = f"{settings.host}:{settings.port}"
        if exc.errno == errno.EADDRINUSE:
            raise AddressInUse(
                f"cannot serve on {where}: another process is listening there; nothing was "
                f"started or created", hint="stop that process, or pick another port with "
                "--port / KG_PORT (a kg serve already running there serves its store at "
                f"http://{where}/)") from exc
        raise AddressInUse(f"cannot serve on {where}: {exc.strerror or exc}; nothing was "
                           f"started or created",
                           hint="pick another address with --host / --port (KG_HOST, KG_PORT)"
                           ) from exc


def _announce(app, ext, server: Server, settings: Settings) -> str | None:
    """Write the serving file into an on-disk store's directory; return the directory."""
    store = ext.store
    if not store.capabilities.on_disk:
        return None
    token = serving.new_token()
    app.config["KG_LOCAL_TOKEN"] = token
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(settings.host,
                                                                      settings.host)
    url = f"http://[{host}]:{server.port}" if ":" in host else f"http://{host}:{server.port}"
    serving.announce(store.location, serving.Serving(url, os.getpid(), token,
                                                     int(settings.max_body_bytes)))
    return store.location


__all__ = ["Server", "make_server", "run", "shutdown"]
