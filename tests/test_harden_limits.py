"""Bounded memory and time against hostile servers on 127.0.0.1, each call in a capped child process.

A stacked-gzip bomb, an endless body and a 1 byte/s trickle end in a typed error naming the limit, within
the address-space cap of the child (``RLIMIT_AS``) and the call's deadline, sync and async.
"""

from __future__ import annotations

import gzip
import io
import itertools
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hostile import BASE_MIB, KEY, run_capped, within_cap
from scripted_server import Answer, ScriptedServer

ME = "/api/users/@me/"
KINDS = pytest.mark.parametrize("kind", ["sync", "async"])
SCRIPT = Path(sys.executable).with_name("posthog-rest")


def gzip_bomb(layers: int, size: int = 256 << 20) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times (each layer shrinks the previous ~1000x)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6) as gz:
        chunk = b"\0" * (1 << 20)
        for _ in range(size // len(chunk)):
            gz.write(chunk)
    data = out.getvalue()
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(3)


def headers_then(body: Callable[[], Iterator[bytes]], *, status: str = "200 OK", extra: str = "") -> Any:
    """A writer: the status line and a content type, then what ``body()`` yields (afresh for each request)."""

    def write(wfile: Any) -> None:
        wfile.write(f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{extra}".encode())
        for piece in body():
            wfile.write(piece)
            wfile.flush()

    return write


def endless_chunks() -> Iterator[bytes]:
    yield b"transfer-encoding: chunked\r\n\r\n"
    chunk = b"[" * 4096
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    while True:
        yield frame


def trickle(text: bytes, every: float = 1.0) -> Iterator[bytes]:
    for byte in text:
        time.sleep(every)
        yield bytes([byte])


@KINDS
def test_a_stacked_gzip_bomb_stops_at_the_cap(kind: str, bomb: bytes) -> None:
    assert len(bomb) < 2000  # a few hundred bytes on the wire…
    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(200, bomb, headers={"content-encoding": "gzip, gzip, gzip"}))
        got = run_capped(kind, srv.url, "ph.me()", memory_mib=512)
    assert got.outcome == "ResponseTooLargeError", got
    assert "max_response_bytes=67108864 bytes (64 MiB)" in got.text
    assert within_cap(got.peak_mib, 64 * 2**20), got
    assert got.seconds < 20


@KINDS
def test_an_endless_body_stops_at_a_configured_cap(kind: str) -> None:
    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(writer=headers_then(endless_chunks)))
        got = run_capped(kind, srv.url, "ph.me()", memory_mib=512, max_response_bytes=8 * 2**20)
    assert got.outcome == "ResponseTooLargeError", got
    assert "max_response_bytes=8388608 bytes (8 MiB)" in got.text
    assert within_cap(got.peak_mib, 8 * 2**20), got
    assert got.seconds < 20


@KINDS
def test_a_body_under_the_cap_is_fine_and_one_over_it_is_not(kind: str) -> None:
    me = b'{"uuid": "8c1f3a52-0000-4000-8000-000000000001", "email": "' + b"a" * 3000 + b'@x.io"}'
    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(200, gzip.compress(me), headers={"content-encoding": "gzip"}))
        small = run_capped(kind, srv.url, "ph.me()", max_response_bytes=len(me) - 1)
        fits = run_capped(kind, srv.url, "ph.me()", max_response_bytes=len(me))
    assert small.outcome == "ResponseTooLargeError"
    assert f"max_response_bytes={len(me) - 1} bytes" in small.text
    assert fits.outcome == "ok", fits


@KINDS
@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_one_byte_per_second_server_cannot_outlive_the_deadline(kind: str, where: str) -> None:
    body = b'{"uuid": "8c1f3a52-0000-4000-8000-000000000001", "email": "slow@example.com"}'
    if where == "body":

        def pieces() -> Iterator[bytes]:
            return itertools.chain([f"content-length: {len(body)}\r\n\r\n".encode()], trickle(body, 0.5))
    else:

        def pieces() -> Iterator[bytes]:
            return trickle(b"x-slow: " + b"s" * 100 + b"\r\n", 0.5)

    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(writer=headers_then(pieces)))
        got = run_capped(kind, srv.url, "ph.me()", timeout=60, deadline=3, max_retries=2)
    assert got.outcome == "DeadlineExceededError", got
    assert "deadline of 3 s" in got.text
    assert got.seconds < 5


@KINDS
def test_the_deadline_covers_retry_after_waits(kind: str) -> None:
    throttled = b'{"type":"throttled_error","code":"throttled","detail":"Slow down.","attr":null}'
    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(429, throttled, headers={"retry-after": "30"}))
        got = run_capped(kind, srv.url, "ph.me()", deadline=5)
        assert len(srv.requests) == 1  # a 30 s wait does not fit in 5 s: the 429 is the answer
    assert got.outcome == "RateLimitError", got
    assert got.seconds < 3


def test_cli_reports_a_bomb_with_its_limit_and_exit_code(bomb: bytes) -> None:
    with ScriptedServer() as srv:
        srv.script("GET", ME, Answer(200, bomb, headers={"content-encoding": "gzip, gzip, gzip"}))
        env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
        cap = "import resource,sys; resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20,) * 2)"
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", f"{cap}; from posthog_rest.cli import main; sys.exit(main())", "whoami"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1, done.stderr
    assert "max_response_bytes=67108864 bytes (64 MiB)" in done.stderr
    assert "MemoryError" not in done.stderr
    assert KEY not in done.stderr + done.stdout
    assert time.monotonic() - started < 30


def test_the_childs_peak_is_its_own_not_that_of_the_process_that_started_it() -> None:
    # A parent that once held 256 MiB: ru_maxrss in the child would report that peak (Linux carries it over exec),
    # which made the capped tests fail late in a full run, where pytest itself had peaked at 355 MiB.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from hostile import run_capped\n"
        "ballast = b'x' * (256 << 20); del ballast\n"
        "print(run_capped('sync', 'http://127.0.0.1:9', 'ph.__class__').peak_mib)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent)], capture_output=True, text=True, timeout=60, check=True
    )
    assert float(done.stdout) < BASE_MIB
