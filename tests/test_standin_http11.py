"""The stand-in's own HTTP/1.1 server (h11 on asyncio): keep-alive, pipelining, framing and failures, byte by byte."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import h11
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog
from posthog_rest.testing._http11 import Server


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(persons=20) as running:
        yield running


def _get(target: str, key: str, *extra: str) -> bytes:
    lines = [f"GET {target} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {key}", *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _responses(sock: socket.socket, methods: list[bytes]) -> list[tuple[h11.Response, bytes]]:
    """Read one response per method off ``sock`` with an h11 client (which checks their framing)."""
    client = h11.Connection(h11.CLIENT)
    answers: list[tuple[h11.Response, bytes]] = []
    for method in methods:
        client.send(h11.Request(method=method, target="/", headers=[("host", "x")]))
        client.send(h11.EndOfMessage())
        response, body = None, b""
        while True:
            event = client.next_event()
            if event is h11.NEED_DATA:
                client.receive_data(sock.recv(65536))
            elif isinstance(event, h11.Response):
                response = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                break
        assert response is not None
        answers.append((response, body))
        if client.our_state is h11.MUST_CLOSE:
            break
        client.start_next_cycle()
    return answers


def _connect(server: LocalPostHog) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=5)


def test_keep_alive_serves_several_requests_on_one_connection(server: LocalPostHog) -> None:
    with _connect(server) as sock:
        for _ in range(3):
            sock.sendall(_get("/api/users/@me/", server.api_key))
            [(response, body)] = _responses(sock, [b"GET"])
            assert response.status_code == 200
            assert b'"email"' in body
            assert dict(response.headers)[b"content-type"] == b"application/json"
            assert b"date" in dict(response.headers)


def test_pipelined_requests_are_answered_in_order(server: LocalPostHog) -> None:
    with _connect(server) as sock:
        sock.sendall(_get("/api/users/@me/", server.api_key) + _get("/api/nothing-here/", server.api_key))
        (first, _), (second, _) = _responses(sock, [b"GET", b"GET"])
    assert (first.status_code, second.status_code) == (200, 404)


def test_connection_close_is_honoured(server: LocalPostHog) -> None:
    with _connect(server) as sock:
        sock.sendall(_get("/api/users/@me/", server.api_key, "Connection: close"))
        [(response, _)] = _responses(sock, [b"GET"])
        assert (b"connection", b"close") in response.headers
        assert sock.recv(1) == b""  # the server closed its side


def test_a_malformed_request_is_a_400_and_the_connection_closes(server: LocalPostHog) -> None:
    with _connect(server) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert data.endswith(b"Invalid HTTP request received.")


def test_head_gets_headers_without_a_body(server: LocalPostHog) -> None:
    with _connect(server) as sock:
        head = _get("/api/users/@me/", server.api_key).replace(b"GET ", b"HEAD ", 1)
        sock.sendall(head + _get("/api/users/@me/", server.api_key))
        (_, body), (after, after_body) = _responses(sock, [b"HEAD", b"GET"])
    assert body == b""
    assert after.status_code == 200
    assert b'"email"' in after_body


# --- the server on its own, with apps that misbehave ------------------------------------------------------------
class _Running:
    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.server = Server(app, graceful_timeout=1)
        self.thread = threading.Thread(target=self.server.run, args=([self.sock],), daemon=True)

    def __enter__(self) -> _Running:
        self.thread.start()
        assert self.server.up.wait(5)
        assert self.server.started
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.request_exit()
        self.thread.join(5)
        assert not self.thread.is_alive()

    def ask(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(request)
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        return data


async def _crashes(scope: Any, receive: Any, send: Any) -> None:
    raise RuntimeError("boom")


async def _says_nothing(scope: Any, receive: Any, send: Any) -> None:
    return None


async def _echo(scope: Any, receive: Any, send: Any) -> None:
    body, more = b"", True
    while more:
        message = await receive()
        body, more = body + message.get("body", b""), message.get("more_body", False)
    headers = [(b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def test_an_app_that_crashes_or_answers_nothing_gets_a_500(caplog: pytest.LogCaptureFixture) -> None:
    request = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
    for app in (_crashes, _says_nothing):
        with _Running(app) as running:
            answer = running.ask(request)
        assert answer.startswith(b"HTTP/1.1 500 Internal Server Error\r\n")
        assert b"\r\nInternal Server Error\r\n" in answer  # chunked: the app gave no length
    assert "boom" in caplog.text


def test_expect_100_continue_gets_the_interim_answer_when_the_app_reads() -> None:
    head = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
    with _Running(_echo) as running, socket.create_connection(("127.0.0.1", running.port), timeout=5) as sock:
        sock.sendall(head)
        assert sock.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"hello")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")
    assert data.endswith(b"hello")


def test_a_large_body_in_pieces_reaches_the_app_whole() -> None:
    body = bytes(range(256)) * 1024  # 256 KiB: more than the read buffer's high-water mark
    head = f"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
    with _Running(_echo) as running:
        answer = running.ask(head + body)
    assert answer.endswith(b"\r\n\r\n" + body)


def test_stop_waits_for_a_running_request_then_closes() -> None:
    release = threading.Event()

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        while not release.is_set():
            await asyncio.sleep(0.01)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    with _Running(slow) as running, socket.create_connection(("127.0.0.1", running.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.05)
        running.server.request_exit()
        time.sleep(0.05)
        release.set()
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"connection: close" in data.lower()
    assert data.endswith(b"ok")


def test_serve_stops_on_sigterm_too() -> None:
    script = (
        "import signal, os, threading\n"
        "from posthog_rest.testing import serve\n"
        "threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGTERM)).start()\n"
        "serve(port=0, persons=10)\n"
        "print('stopped')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("stopped")
