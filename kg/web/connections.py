"""What kg adds to waitress's handling of connections: kg's JSON error shape on the errors
waitress answers itself, a deadline for reading a request, and room for new clients at the
connection cap.

Waitress (3.0) stops accepting connections once `connection_limit` are open, and closes a
connection only after `channel_timeout` seconds without a byte: 110 connections that each send
half a request header and a byte now and then (slowloris) stopped `kg serve` answering anyone.
So:

* a connection must deliver each request, headers and body, within `request_read_timeout`
  seconds of its first byte, or it is closed (checked about every second);
* when all `max_connections` slots are taken, the connection that has waited longest without
  completing a request (or sat idle longest) is closed to make room, so a client that sends
  its request at once is served while stalled ones wait their turn to be dropped;
* idle keep-alive connections close after `connection_idle_timeout` seconds.

Waitress answers some requests without calling the app (a body over `max_request_body_size`,
a request line or header it cannot parse); those answers come in kg's JSON error shape too.

A response with a known length goes out in one send, head and body together: waitress sends
every write at once (`send_bytes` is 1), so the head and the body left in two sends, two TCP
segments the client read one after the other (a point lookup 0.74 -> 0.67 ms median, measured
against the same server with two sends, 2026-12-03).

A point lookup is answered on the server's loop thread, where its request was read, instead of
being handed to a task thread: the hand-over (a queue, a thread woken, the trigger pipe to wake
the loop again) cost more than the app's own work, and more under load (probe: median 0.62-0.72
-> 0.40-0.42 ms, load average 8). Only a request that `lookup_candidate` accepts, arriving alone
on its connection, and only on a server built with a `loop_answer`
(kg.web.loop_lookups.LoopLookups), which answers it from waitress's parsed request if it can
without waiting (a point lookup on the open view: bounded work, kg.web.lookups), or returns None
before writing anything, and the request goes to a task thread as any other, from the start.
"""

from __future__ import annotations

import json
import logging
import select
import time
from collections.abc import Callable
from types import MethodType

from waitress.channel import ClientDisconnected, HTTPChannel
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask, WSGITask


log = logging.getLogger("kg.web")

_CODES = {400: "bad_request", 408: "timeout", 413: "too_large", 431: "bad_request",
          500: "internal", 501: "not_implemented"}


class JsonErrorTask(ErrorTask):
    """Waitress's own error responses, as `kg.errors.KgError.to_json()` shapes them."""

    def execute(self) -> None:
        error = self.request.error
        detail = str(error.body or "").strip()
        body: dict = {"error": _CODES.get(error.code, "bad_request"),
                      "message": f"{error.reason}: {detail}" if detail else error.reason}
        if error.code == 413:
            limit = self.channel.server.adj.max_request_body_size - 1024
            body["message"] = (f"the request body is over the cap (max_body_bytes={limit}); "
                               f"nothing was read or written")
            body["setting"] = "max_body_bytes"
            body["hint"] = "send less per request, or raise max_body_bytes"
        data = (json.dumps(body, ensure_ascii=False) + "\n").encode("utf-8")
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(data)
        self.write(data)


#: The largest body sent with its head in one piece (joining them copies the body).
ONE_SEND_MAX = 64 * 1024


class OneSendTask(WSGITask):
    """Waitress's WSGI task, but a body whose length is declared and which the app hands over
    in one piece (kg's answers: JSON, a page) leaves with the head in one send."""

    def write(self, data) -> None:
        if (self.wrote_header or not self.complete or not data or not self.has_body
                or self.chunked_response or self.content_length is None
                or len(data) > min(self.content_length, ONE_SEND_MAX)):
            super().write(data)  # waitress's own way: the head, then each piece
            return
        head = self.build_response_header()
        self.wrote_header = True
        self.content_bytes_written += len(data)
        self.channel.write_soon(head + bytes(data))


def lookup_candidate(request) -> bool:
    """A request that may be a point lookup by GET (the app decides: kg.web.query_path)."""
    return (request.error is None and request.command == "GET" and request.path == "/sparql"
            and "query=" in request.query and not request.content_length
            and not request.chunked)


class GuardedChannel(HTTPChannel):
    """A channel that remembers when the request it is reading began, and answers a point
    lookup on the loop thread that read it."""

    task_class = OneSendTask
    error_task_class = JsonErrorTask
    reading_since: float | None = None  # first byte of the request being read (None: between)
    receiving = False  # in `received`: a request completed now was read on the loop thread
    answer_now = False  # the request just read is answered here (`_add_task` said so)

    def received(self, data) -> bool:
        if data and self.request is None and self.reading_since is None:
            self.reading_since = time.time()
        self.receiving = True
        try:
            result = super().received(data)
        finally:
            self.receiving = False
        if self.request is None:  # every request in `data` is complete
            self.reading_since = None
        if self.answer_now:
            self.answer_now = False
            self._answer_here()
        return result

    def _answer_here(self) -> None:
        """Answer the first request on this (the loop) thread with the server's `loop_answer`
        (kg.web.loop_lookups); one it will not answer goes to a task thread untouched."""
        request = self.requests[0]
        answer = self.server.loop_answer
        try:
            data = answer(request)
        except Exception:  # noqa: BLE001 - a bug: logged; a task thread answers through the app
            log.exception("kg: failed while answering %s on the loop thread", request.path)
            data = None
        if data is None:
            self.server.task_dispatcher.add_task(self)
            return
        try:
            self.write_soon(data)
        except ClientDisconnected:
            with self.requests_lock:
                self.close_when_flushed = True
                for pending in self.requests:
                    pending.close()
                self.requests = []
            return
        answer.sent()
        if self.current_outbuf_count > 0:  # as waitress: the next request gets a new outbuf
            self.current_outbuf_count = self.adj.outbuf_high_watermark
        request.close()
        with self.requests_lock:
            self.requests.pop(0)
            if self.connected and self.requests:  # pipelined: the next one, as waitress does
                self.server.task_dispatcher.add_task(self)
        self.last_activity = time.time()


def _stalled_since(channel) -> float | None:
    """When a channel that serves nothing began to wait (its request's first byte, or its last
    activity when idle); None for channels busy serving or not ours."""
    if not isinstance(channel, GuardedChannel) or channel.requests or channel.will_close:
        return None
    return channel.reading_since or channel.last_activity


def _waiting(server) -> bool:
    """A client waits in the listening socket's backlog."""
    try:
        return bool(select.select([server.socket], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def guard(server, read_timeout: float, loop_answer=None) -> None:
    """Install the above on a waitress server from `create_server` (one socket or several).
    `loop_answer`: answers a point lookup read alone on a connection on the loop thread itself
    (kg.web.loop_lookups.LoopLookups: the response's bytes or None, never waiting; `sent()`
    after the response went out); None: every request goes to a task thread."""
    servers = [d for d in server._map.values() if isinstance(d, BaseWSGIServer)] or [server]
    for srv in servers:
        srv.channel_class = GuardedChannel
        srv.maintenance = MethodType(_maintenance_with(read_timeout), srv)
        srv.readable = MethodType(_readable, srv)
        if loop_answer is not None:
            srv.loop_answer = loop_answer
            srv.add_task = MethodType(_add_task_unless(lookup_candidate), srv)


def _add_task_unless(answer_here: Callable[[object], bool]):
    def add_task(self, channel) -> None:
        """BaseWSGIServer.add_task, but a request the loop thread just read alone and
        `answer_here` accepts is left for the channel to answer there (`received`)."""
        if (getattr(channel, "receiving", False) and len(channel.requests) == 1
                and answer_here(channel.requests[0])):
            channel.answer_now = True
            return
        self.task_dispatcher.add_task(channel)
    return add_task


def _maintenance_with(read_timeout: float):
    def maintenance(self, now: float) -> None:
        BaseWSGIServer.maintenance(self, now)  # idle connections: channel_timeout
        cutoff = now - read_timeout
        for channel in list(self.active_channels.values()):
            since = getattr(channel, "reading_since", None)
            if since is not None and since < cutoff and not channel.requests:
                channel.will_close = True  # the loop closes it
    return maintenance


def _readable(self) -> bool:
    """BaseWSGIServer.readable, but at the cap, with a client waiting to connect, it makes room
    instead of refusing to accept."""
    if self.accepting and len(self._map) >= self.adj.connection_limit and _waiting(self):
        stalled = [(since, ch) for ch in self.active_channels.values()
                   if (since := _stalled_since(ch)) is not None]
        if stalled:
            min(stalled, key=lambda pair: pair[0])[1].will_close = True
    return BaseWSGIServer.readable(self)


__all__ = ["GuardedChannel", "JsonErrorTask", "OneSendTask", "guard", "lookup_candidate"]
