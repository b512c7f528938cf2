"""A tiny HTTP server on 127.0.0.1 for tests: answers what the test scripts, records what it received.

with ScriptedServer() as srv:
    srv.route("GET", "/api/users/@me/", 200, b"<html>oops</html>", content_type="text/html")
    ...
    srv.requests  # [(method, path with query, headers dict, body)]
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """What to send back: status, body, headers; ``delay`` seconds first; ``raw`` bytes replace everything;
    ``writer`` (given the socket file) writes the whole answer itself: trickles, endless or chunked bodies."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raw: bytes | None = None
    writer: Callable[[Any], None] | None = None


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """A threaded HTTP/1.1 server answering scripted :class:`Answer`s by (method, path without query)."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Answer | Callable[[Seen], Answer]] = {}
        self.default = Answer(404, b'{"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null}')
        self.requests: list[Seen] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def route(self, method: str, path: str, status: int = 200, body: bytes | str | Any = b"", **kw: Any) -> None:
        """Answer ``method path`` with ``status`` and ``body`` (bytes, str, or a callable taking :class:`Seen`)."""
        if callable(body):
            self.routes[(method, path)] = body
            return
        data = body.encode() if isinstance(body, str) else body
        self.routes[(method, path)] = Answer(status, data, **kw)

    def script(self, method: str, path: str, answer: Answer | Callable[[Seen], Answer]) -> None:
        """Answer ``method path`` with ``answer`` (or what it returns for each request)."""
        self.routes[(method, path)] = answer

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> ScriptedServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                server.requests.append(seen)
                route = server.routes.get((self.command, self.path.split("?", 1)[0]), server.default)
                answer = route(seen) if callable(route) else route
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.writer is not None:
                    self.close_connection = True
                    try:
                        answer.writer(self.wfile)
                        self.wfile.flush()
                    except OSError:  # the client hung up (what a capped or timed-out client does)
                        pass
                    return
                if answer.raw is not None:
                    self.wfile.write(answer.raw)
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                self.send_header("content-type", answer.content_type)
                self.send_header("content-length", str(len(answer.body)))
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _serve  # noqa: N815

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=lambda: self._httpd.serve_forever(poll_interval=0.01) if self._httpd else None, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
