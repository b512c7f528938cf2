"""Run the stand-in: in a background thread (``local_posthog``) or in the foreground (``serve``)."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from ._app import StandInApp, create_app
from ._faults import ALL_FAULTS, FaultInjector
from ._http11 import Server
from ._ratelimit import DEFAULT_LIMITS
from ._state import State

__all__ = ["LocalPostHog", "local_posthog", "serve"]


def _bind(port: int, host: str = "127.0.0.1") -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only when the listener says TCP,
    # and without it every response's second write waits out Nagle + delayed ACK (~40 ms on loopback).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class LocalPostHog:
    """A running stand-in PostHog on ``127.0.0.1``, with knobs for tests.

    >>> from posthog_rest.testing import local_posthog
    >>> import httpx
    >>> with local_posthog(persons=50) as server:
    ...     r = httpx.get(f"{server.url}/api/users/@me/", headers={"Authorization": f"Bearer {server.api_key}"})
    ...     r.json()["team"]["id"] == server.project_id
    True
    """

    def __init__(
        self,
        seed: int = 7,
        persons: int = 2000,
        latency_ms: float = 0,
        validate: bool = True,
        port: int = 0,
        *,
        legacy_insight_endpoints: bool = False,
        person_write_delay: float = 0.3,
        events: int = 20_000,
    ) -> None:
        self.state = State(seed=seed, persons=persons, events=events)
        self.state.legacy_insight_endpoints = legacy_insight_endpoints
        self._legacy = legacy_insight_endpoints
        self.state.person_write_delay = person_write_delay
        self.app: FaultInjector = create_app(self.state, validate=validate)
        self.app.latency_ms = latency_ms
        self._port = port
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    # --- lifecycle --------------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> LocalPostHog:
        """Start serving in a daemon thread; returns once the port accepts connections.

        Example:
            >>> server = LocalPostHog(persons=100).start()
        """
        self._sock = _bind(self._port)
        self._server = Server(self.app, graceful_timeout=1)
        sock = self._sock
        server = self._server
        self._thread = threading.Thread(target=lambda: server.run([sock]), name="posthog-stand-in", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the stand-in PostHog did not start")
            server.up.wait(0.05)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread (at once: a few milliseconds when no request is running).

        Example:
            >>> server.stop()
        """
        if self._server is not None:
            self._server.request_exit()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> LocalPostHog:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests read ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The port it listens on.

        Example:
            >>> server.port > 0
            True
        """
        if self._sock is None:
            raise RuntimeError("not started")
        port: int = self._sock.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``.

        Example:
            >>> ph = PostHog(api_key=server.api_key, host=server.url)
        """
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_key(self) -> str:
        """A personal API key (``phx_…``) with every scope.

        Example:
            >>> server.api_key.startswith("phx_")
            True
        """
        return self.state.api_key

    @property
    def project_id(self) -> int:
        """The user's current project (what ``@current`` means).

        Example:
            >>> ph = PostHog(api_key=server.api_key, host=server.url)
            >>> ph.me().team.id == server.project_id
            True
        """
        return self.state.current_project_id

    @property
    def other_project_id(self) -> int:
        """A second project of the same organization.

        Example:
            >>> ph.with_project(server.other_project_id).insights.list(limit=5)
        """
        return self.state.other_project_id

    @property
    def stats(self) -> dict[str, int]:
        """Counters: ``requests``, ``faults``, ``fault:<kind>``, ``throttled``, ``op:<operation id>``, …

        Example:
            >>> server.stats["requests"], server.stats.get("fault:503", 0)
        """
        return dict(self.state.stats)

    @property
    def violations(self) -> list[str]:
        """Responses that did not conform to the spec, and handler crashes (should stay empty).

        Example:
            >>> assert not server.violations, server.violations
        """
        return list(self.state.violations)

    @property
    def inner_app(self) -> StandInApp:
        """The app under the fault-injecting middleware.

        Example:
            >>> server.inner_app.state is server.state
            True
        """
        return cast("StandInApp", self.app.app)  # FaultInjector types its app structurally

    # --- knobs ---------------------------------------------------------------------------------
    def key_with_scopes(self, scopes: Sequence[str]) -> str:
        """Mint a personal API key with just these scopes (``["insight:read"]``; write implies read).

        Example:
            >>> reader = PostHog(api_key=server.key_with_scopes(["insight:read"]), host=server.url)
        """
        return self.state.mint_key(list(scopes))

    def set_faults(self, rate: float = 0.1, kinds: Sequence[str] = ALL_FAULTS, seed: int = 1) -> None:
        """Inject faults into ``rate`` of requests, reproducibly from ``seed``; ``rate=0`` turns them off.

        Example:
            >>> server.set_faults(0.2, kinds=["503", "reset"], seed=3)
            >>> server.set_faults(0)
        """
        self.app.configure(rate, kinds, seed)

    def set_latency(self, ms: float) -> None:
        """Add ``ms`` milliseconds to every request.

        Example:
            >>> server.set_latency(50)
        """
        self.app.latency_ms = ms

    def set_rate_limits(self, enabled: bool = True, **limits: list[tuple[int, float]]) -> None:
        """Turn PostHog's per-project rate limits on or off.

        Override a category with e.g. ``analytics=[(5, 60.0)]`` (requests, window seconds); categories:
        ``analytics`` (calculations, persons), ``query`` (the Query API: 240/minute and 2,400/hour), ``crud``
        (everything else).

        Example:
            >>> server.set_rate_limits(analytics=[(5, 60.0)])
            >>> server.set_rate_limits(False)
        """
        limiter = self.inner_app.rate_limiter
        limiter.enabled = enabled
        limiter.limits = {k: list(v) for k, v in DEFAULT_LIMITS.items()} | {k: list(v) for k, v in limits.items()}
        limiter.reset()

    def set_query_limits(self, timeout: float = 10.0, concurrency: int = 3, delay: float = 0.0) -> None:
        """The Query API's limits: seconds a query may run, queries at once per project (one more answers 429),
        and extra seconds every query takes (to exercise concurrency and polling).

        Example:
            >>> server.set_query_limits(timeout=0.5, concurrency=1, delay=0.2)
            >>> server.set_query_limits()
        """
        self.state.query_timeout = timeout
        self.state.query_concurrency = concurrency
        self.state.query_delay = delay

    def set_calculation_time(self, seconds: float) -> None:
        """How long an insight calculation (blocking or in the background) takes.

        Example:
            >>> server.set_calculation_time(2.5)
        """
        self.state.calculation_time = seconds

    def set_person_write_delay(self, seconds: float) -> None:
        """How long a person ``$set`` / ``$unset`` takes to show (PostHog applies them through ingestion).

        Example:
            >>> server.set_person_write_delay(0)  # writes visible at once
        """
        self.state.person_write_delay = seconds

    def set_legacy_insight_endpoints(self, enabled: bool = True) -> None:
        """Serve (True) or 404 (False, PostHog Cloud today) the legacy insight endpoints.

        Example:
            >>> server.set_legacy_insight_endpoints(True)  # as an older self-hosted PostHog
        """
        self.state.legacy_insight_endpoints = enabled

    def set_freshness(self, very_fresh_seconds: float, stale_after_seconds: float) -> None:
        """The cache thresholds: "very fresh" (``blocking``/``async`` reuse it) and stale (``lazy_async``).

        Example:
            >>> server.set_freshness(very_fresh_seconds=60, stale_after_seconds=900)
        """
        self.state.very_fresh_seconds = very_fresh_seconds
        self.state.stale_after_seconds = stale_after_seconds

    def reset(self) -> None:
        """Back to the seeded data (persons, insights, extra keys) with every knob at its default.

        What one test wrote never reaches the next; the URL, the main key and the ids stay the same.

        Example:
            >>> ph.persons.delete(1000); server.reset()
            >>> ph.persons.get(1000).id
            1000
        """
        self.state.reset()
        self.state.legacy_insight_endpoints = self._legacy  # the mode it was started in
        self.set_faults(rate=0)
        self.set_latency(0)
        self.set_rate_limits(False)

    def fail_next_calculation(self, insight_id: int, message: str = "Query failed") -> None:
        """Make the next calculation of this insight fail with ``message`` (query status 400).

        Example:
            >>> server.fail_next_calculation(42, "Syntax error in HogQL")
            >>> ph.insights.refresh(42, wait=True)  # raises QueryFailedError
        """
        self.state.fail_next[insight_id] = message


@contextlib.contextmanager
def local_posthog(
    seed: int = 7,
    persons: int = 2000,
    latency_ms: float = 0,
    validate: bool = True,
    port: int = 0,
    *,
    legacy_insight_endpoints: bool = False,
    person_write_delay: float = 0.3,
    events: int = 20_000,
) -> Iterator[LocalPostHog]:
    """Run a stand-in PostHog for the ``with`` block.

    It answers as PostHog Cloud does (December 2026): the legacy insight endpoints (``insights/trend/``, …)
    are 404 and person ``$set`` / ``$unset`` writes show after ``person_write_delay`` seconds.
    ``legacy_insight_endpoints=True`` serves the legacy endpoints, as an older self-hosted PostHog does.
    ``events`` seeded events (consistent with the persons) answer the Query API; they are made on the first query.

    >>> import httpx
    >>> with local_posthog(seed=7, persons=100) as server:
    ...     auth = {"Authorization": f"Bearer {server.api_key}"}
    ...     page = httpx.get(f"{server.url}/api/projects/@current/persons/?limit=10", headers=auth).json()
    >>> len(page["results"]), "count" in page
    (10, False)
    """
    server = LocalPostHog(
        seed=seed,
        persons=persons,
        latency_ms=latency_ms,
        validate=validate,
        port=port,
        legacy_insight_endpoints=legacy_insight_endpoints,
        person_write_delay=person_write_delay,
        events=events,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def serve(
    port: int = 0,
    seed: int = 7,
    persons: int = 2000,
    latency_ms: float = 0,
    faults: float = 0.0,
    host: str = "127.0.0.1",
    legacy: bool = False,
    events: int = 20_000,
    validate: bool = True,
    *,
    key_scopes: Sequence[Sequence[str]] = (),
    rate_limits: bool = False,
    limits: Mapping[str, list[tuple[int, float]]] | None = None,
    **_: Any,
) -> None:
    """Serve a stand-in PostHog in the foreground until interrupted (``posthog-rest serve``).

    ``key_scopes`` mints one extra key per entry with just those scopes (printed in the banner);
    ``rate_limits`` turns PostHog's per-project limits on, ``limits`` overrides some categories
    (``{"analytics": [(5, 60.0)]}``; implies ``rate_limits``). A busy port raises ``OSError`` before
    anything is printed.

    Example:
        >>> serve(port=8010, persons=500, faults=0.05)  # blocks; Ctrl-C stops it
        >>> serve(port=8010, key_scopes=[["insight:read"]], limits={"analytics": [(5, 60.0)]})
    """
    sock = _bind(port, host)
    server = LocalPostHog(
        seed=seed,
        persons=persons,
        latency_ms=latency_ms,
        validate=validate,
        port=port,
        legacy_insight_endpoints=legacy,
        events=events,
    )
    if faults:
        server.set_faults(faults)
    if rate_limits or limits:
        server.set_rate_limits(True, **dict(limits or {}))
    scoped = [(list(scopes), server.key_with_scopes(scopes)) for scopes in key_scopes]
    actual = sock.getsockname()[1]
    print(f"PostHog stand-in listening on http://{host}:{actual}")
    print(f"  project id:   {server.project_id}  (other project: {server.other_project_id})")
    print(f"  personal API key: {server.api_key}")
    mode = "an older self-hosted PostHog (legacy insight endpoints served)" if legacy else "PostHog Cloud, Dec 2026"
    print(f"  behaves as:   {mode}")
    for scopes, key in scoped:
        print(f"  key with {', '.join(scopes) or 'no scopes'}: {key}")
    if rate_limits or limits:
        limiter = server.inner_app.rate_limiter.limits
        print("  rate limits: " + "; ".join(f"{k} {_windows(v)}" for k, v in limiter.items()))
    print(f"  try: curl -H 'Authorization: Bearer {server.api_key}' http://{host}:{actual}/api/users/@me/")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C before the server took over the signal
        Server(server.app).run([sock], handle_signals=True)


def _windows(windows: list[tuple[int, float]]) -> str:
    return ", ".join(f"{n}/{seconds:g}s" for n, seconds in windows)
