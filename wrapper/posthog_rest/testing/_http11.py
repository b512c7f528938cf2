"""The stand-in's HTTP/1.1 server: an ASGI app served over h11 on asyncio (keep-alive, pipelining, prompt stop).

uvicorn served the stand-in before. Importing it (its config with ``logging.config``, the reload and worker
supervisors with ``multiprocessing``, its click command) and configuring it cost ~15 ms of CPU, about a tenth
of every ``posthog-rest --demo`` command, for features the stand-in never uses (TLS, workers, reload,
websockets, proxy headers). The stand-in needs HTTP/1.1 on loopback for one app: h11, which the SDK's own
client loads anyway, parses and frames; this module runs the ASGI request/response cycles the way uvicorn's
h11 protocol does (same scope, same 400 / 500 answers, same keep-alive and flow control).

A stop request (any thread) wakes the loop at once; shutdown closes idle connections, lets running requests
finish (up to ``graceful_timeout`` seconds, polled every few milliseconds) and then cancels them.

Example:
    >>> server = Server(app)
    >>> threading.Thread(target=server.run, args=([sock],)).start(); server.up.wait(); ...; server.request_exit()
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import logging
import signal
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from email.utils import formatdate
from typing import Any
from urllib.parse import unquote

import h11

__all__ = ["Server"]

Message = MutableMapping[str, Any]
App = Callable[[Message, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[object]]

log = logging.getLogger("posthog_rest.testing")

#: How often shutdown looks whether the open connections and requests have finished.
_POLL = 0.005
#: A request body buffered beyond this pauses reading until the app asks for it.
_HIGH_WATER = 65536
_CLOSE = (b"connection", b"close")


def _phrase(status: int) -> bytes:
    try:
        return http.HTTPStatus(status).phrase.encode()
    except ValueError:  # a status of our own (the 512 fault): no reason phrase
        return b""


class Server:
    """Serve an ASGI app on already-bound sockets until :meth:`request_exit`.

    Example:
        >>> server = Server(app, graceful_timeout=1)
        >>> server.run([sock])  # blocks (in a thread for the stand-in); server.request_exit() ends it
    """

    def __init__(self, app: App, *, graceful_timeout: float | None = None, keep_alive: float = 5.0) -> None:
        self.app = app
        self.graceful_timeout = graceful_timeout
        self.keep_alive = keep_alive
        #: Set once the server accepts connections (or has failed to start): waiters wake at once.
        self.up = threading.Event()
        self.started = False
        self.should_exit = False
        self.connections: set[_Protocol] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def run(self, sockets: list[socket.socket], *, handle_signals: bool = False) -> None:
        """Serve until asked to stop; ``handle_signals``: Ctrl-C / SIGTERM stop it (the foreground ``serve``).

        Example:
            >>> Server(app).run([sock], handle_signals=True)
        """
        asyncio.run(self.serve(sockets, handle_signals=handle_signals))

    def request_exit(self) -> None:
        """Ask the server to stop, from any thread; it wakes at once.

        Example:
            >>> server.request_exit()
        """
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed: nothing to wake
                loop.call_soon_threadsafe(wake.set)

    async def serve(self, sockets: list[socket.socket], *, handle_signals: bool = False) -> None:
        """Accept connections on ``sockets`` until :meth:`request_exit`, then shut down gracefully.

        Example:
            >>> asyncio.run(server.serve([sock]))
        """
        loop = asyncio.get_running_loop()
        # The event is made before the first look at should_exit, so a request_exit() that finds no loop yet
        # has already set the flag that look reads.
        self._wake = asyncio.Event()
        self._loop = loop
        if handle_signals and threading.current_thread() is threading.main_thread():  # only it can take signals
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self.request_exit)
        try:
            servers = [await loop.create_server(lambda: _Protocol(self), sock=sock, backlog=2048) for sock in sockets]
            self.started = True
        finally:
            self.up.set()
        if not self.should_exit:
            await self._wake.wait()
        await self._shutdown(servers, sockets)

    async def _shutdown(self, servers: list[asyncio.Server], sockets: list[socket.socket]) -> None:
        for server in servers:
            server.close()
        for sock in sockets:
            sock.close()
        for connection in list(self.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = None if self.graceful_timeout is None else loop.time() + self.graceful_timeout
        while self.connections or self.tasks:
            if deadline is not None and loop.time() >= deadline:
                for task in self.tasks:
                    task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
                break
            await asyncio.sleep(_POLL)
        for server in servers:
            await server.wait_closed()


class _Protocol(asyncio.Protocol):
    """One client connection: h11 parses requests, each runs as a :class:`_Cycle` task."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.loop = asyncio.get_running_loop()
        self.conn = h11.Connection(h11.SERVER)
        self.transport: asyncio.Transport = None  # type: ignore[assignment]  # set in connection_made
        self.cycle: _Cycle | None = None
        self.read_paused = False
        self.writable = asyncio.Event()
        self.writable.set()
        self.local: tuple[str, int] | None = None
        self.client: tuple[str, int] | None = None
        self._idle: asyncio.TimerHandle | None = None

    # --- asyncio.Protocol ------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.server.connections.add(self)
        self.transport = transport  # type: ignore[assignment]
        self.local = _address(transport.get_extra_info("sockname"))
        self.client = _address(transport.get_extra_info("peername"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.server.connections.discard(self)
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
        if self.conn.our_state != h11.ERROR:
            with contextlib.suppress(h11.LocalProtocolError):  # the client left mid-request
                self.conn.send(h11.ConnectionClosed())
        if self.cycle is not None:
            self.cycle.message.set()
        self.writable.set()
        if exc is None:
            self.transport.close()
        self._stop_idle()

    def eof_received(self) -> None:
        pass  # the client may half-close after its request: the response still goes out

    def data_received(self, data: bytes) -> None:
        self._stop_idle()
        self.conn.receive_data(data)
        self._handle_events()

    def pause_writing(self) -> None:
        self.writable.clear()

    def resume_writing(self) -> None:
        self.writable.set()

    # --- reading -----------------------------------------------------------------------------------
    def pause_reading(self) -> None:
        if not self.read_paused:
            self.read_paused = True
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self.read_paused:
            self.read_paused = False
            self.transport.resume_reading()

    def _handle_events(self) -> None:
        while True:
            try:
                event = self.conn.next_event()
            except h11.RemoteProtocolError:
                self._bad_request("Invalid HTTP request received.")
                return
            if event is h11.NEED_DATA:
                return
            if event is h11.PAUSED:  # a pipelined request: it is read once this cycle is over
                self.pause_reading()
                return
            if isinstance(event, h11.Request):
                self._start(event)
            elif isinstance(event, h11.Data):
                if self.conn.our_state is h11.DONE or self.cycle is None:
                    continue  # the body of a request already answered
                self.cycle.body += event.data
                if len(self.cycle.body) > _HIGH_WATER:
                    self.pause_reading()
                self.cycle.message.set()
            elif isinstance(event, h11.EndOfMessage):
                if self.conn.our_state is h11.DONE:
                    self.transport.resume_reading()
                    self.conn.start_next_cycle()
                    continue
                if self.cycle is not None:
                    self.cycle.more_body = False
                    self.cycle.message.set()
                if self.conn.their_state == h11.MUST_CLOSE:
                    return
            elif isinstance(event, h11.ConnectionClosed):
                return

    def _start(self, event: h11.Request) -> None:
        self._stop_idle()
        headers = [(key.lower(), value) for key, value in event.headers]
        raw_path, _, query_string = event.target.partition(b"?")
        scope: Message = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": event.http_version.decode("ascii"),
            "server": self.local,
            "client": self.client,
            "scheme": "http",
            "method": event.method.decode("ascii"),
            "root_path": "",
            "path": unquote(raw_path.decode("ascii")),
            "raw_path": raw_path,
            "query_string": query_string,
            "headers": headers,
            "state": {},
        }
        self.cycle = _Cycle(self, scope)
        task = self.loop.create_task(self.cycle.run(self.server.app))
        task.add_done_callback(self.server.tasks.discard)
        self.server.tasks.add(task)

    def _bad_request(self, message: str) -> None:
        log.warning(message)
        with contextlib.suppress(h11.LocalProtocolError):
            headers = [(b"content-type", b"text/plain; charset=utf-8"), _CLOSE]
            self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers, reason=_phrase(400))))
            self.transport.write(self.conn.send(h11.Data(data=message.encode("ascii"))))
            self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()

    # --- between requests --------------------------------------------------------------------------
    def response_complete(self) -> None:
        if self.transport.is_closing():
            return
        self._stop_idle()
        self._idle = self.loop.call_later(self.server.keep_alive, self._close_idle)
        self.resume_reading()
        if self.conn.our_state is h11.DONE and self.conn.their_state is h11.DONE:
            self.conn.start_next_cycle()
            self._handle_events()

    def _close_idle(self) -> None:
        if not self.transport.is_closing():
            self.conn.send(h11.ConnectionClosed())
            self.transport.close()

    def _stop_idle(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None

    def shutdown(self) -> None:
        """The server stops: close now when idle, else once the running response is sent."""
        if self.cycle is None or self.cycle.response_complete:
            with contextlib.suppress(h11.LocalProtocolError):
                self.conn.send(h11.ConnectionClosed())
            self.transport.close()
        else:
            self.cycle.keep_alive = False


def _address(value: Any) -> tuple[str, int] | None:
    return (str(value[0]), int(value[1])) if isinstance(value, tuple) and len(value) >= 2 else None


class _Cycle:
    """One request and its response: the ASGI ``receive`` and ``send`` of a request."""

    def __init__(self, protocol: _Protocol, scope: Message) -> None:
        self.protocol = protocol
        self.conn = protocol.conn
        #: The fault injector's "reset" aborts ``send.__self__.transport``.
        self.transport = protocol.transport
        self.scope = scope
        self.message = asyncio.Event()
        self.disconnected = False
        self.keep_alive = True
        self.waiting_for_100_continue = self.conn.they_are_waiting_for_100_continue
        self.body = bytearray()
        self.more_body = True
        self.response_started = False
        self.response_complete = False

    async def run(self, app: App) -> None:
        try:
            result = await app(self.scope, self.receive, self.send)
        except BaseException:
            log.exception("Exception in ASGI application")
            if not self.response_started:
                await self._send_500()
            else:
                self.transport.close()
        else:
            if result is not None:  # a misbehaving app
                log.error("ASGI callable should return None, but returned %r.", result)
                self.transport.close()
            elif not self.response_started and not self.disconnected:
                log.error("ASGI callable returned without starting response.")
                await self._send_500()
            elif not self.response_complete and not self.disconnected:
                log.error("ASGI callable returned without completing response.")
                self.transport.close()

    async def _send_500(self) -> None:
        headers = [(b"content-type", b"text/plain; charset=utf-8"), _CLOSE]
        await self.send({"type": "http.response.start", "status": 500, "headers": headers})
        await self.send({"type": "http.response.body", "body": b"Internal Server Error"})

    async def send(self, message: Message) -> None:
        protocol = self.protocol
        if not protocol.writable.is_set() and not self.disconnected:
            await protocol.writable.wait()
        if self.disconnected:
            return
        if not self.response_started:
            if message["type"] != "http.response.start":
                raise RuntimeError(f"Expected ASGI message 'http.response.start', but got '{message['type']}'.")
            self.response_started = True
            self.waiting_for_100_continue = False
            status = message["status"]
            headers = [(b"date", formatdate(usegmt=True).encode()), *message.get("headers", [])]
            if (_CLOSE in self.scope["headers"] or not self.keep_alive) and _CLOSE not in headers:
                headers.append(_CLOSE)
            response = h11.Response(status_code=status, headers=headers, reason=_phrase(status))
            self.transport.write(self.conn.send(response))
        elif not self.response_complete:
            if message["type"] != "http.response.body":
                raise RuntimeError(f"Expected ASGI message 'http.response.body', but got '{message['type']}'.")
            body = b"" if self.scope["method"] == "HEAD" else message.get("body", b"")
            self.transport.write(self.conn.send(h11.Data(data=body)))
            if not message.get("more_body", False):
                self.response_complete = True
                self.message.set()
                self.transport.write(self.conn.send(h11.EndOfMessage()))
        else:
            raise RuntimeError(f"Unexpected ASGI message '{message['type']}' sent, after response already completed.")
        if self.response_complete:
            if self.conn.our_state is h11.MUST_CLOSE or not self.keep_alive:
                self.conn.send(h11.ConnectionClosed())
                self.transport.close()
            protocol.response_complete()

    async def receive(self) -> Message:
        if self.waiting_for_100_continue and not self.transport.is_closing():
            continue_ = h11.InformationalResponse(status_code=100, headers=[], reason="Continue")
            self.transport.write(self.conn.send(continue_))
            self.waiting_for_100_continue = False
        if not self.disconnected and not self.response_complete:
            self.protocol.resume_reading()
            await self.message.wait()
            self.message.clear()
        if self.disconnected or self.response_complete:
            return {"type": "http.disconnect"}
        message: Message = {"type": "http.request", "body": bytes(self.body), "more_body": self.more_body}
        self.body = bytearray()
        return message
