"""The ASGI application: route by the spec, authenticate, validate, rate-limit, dispatch, check answers."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from . import _account, _insight_lists, _insights, _person_lookups, _persons, _query  # noqa: F401 - registers handlers
from ._auth import authenticate, check_scopes, extract_key
from ._cloud import environments_headers, removed
from ._context import HANDLERS, Ctx, Received, Reply
from ._errors import ApiError, envelope
from ._faults import FaultInjector
from ._ratelimit import RateLimiter, category_of
from ._refresh import normalize_mode
from ._request import ClientDisconnectedError, Request
from ._spec import Operation, operations, spec_json
from ._state import ProjectData, State
from ._validation import ResponseViolationError, coerce_params, validate_body, validate_response

__all__ = ["StandInApp", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("posthog_rest.testing")


class StandInApp:
    """The stand-in's ASGI app (without fault injection; see ``create_app``).

    Example:
        >>> app = StandInApp(State(seed=7, persons=10))
        >>> app.rate_limiter.enabled = False  # or server.inner_app, under a running LocalPostHog
    """

    def __init__(self, state: State, *, validate: bool = True, rate_limiter: RateLimiter | None = None) -> None:
        self.state = state
        self.validate = validate
        self.rate_limiter = rate_limiter or RateLimiter()
        self.ops = operations()
        missing = {op.handler_name for op in self.ops} - set(HANDLERS)
        if missing:  # pragma: no cover - a spec change without a handler
            raise RuntimeError(f"no handler for operations: {sorted(missing)}")
        self._schema_body = spec_json()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            status, body, headers = await self.handle(request)
        except ClientDisconnectedError:  # the client hung up mid-request: nobody to answer, nothing to log
            self.state.stats["client_disconnects"] += 1
            return
        # An explicit Content-Length: without it the server answers chunked, in three writes, and the last small write
        # waits out Nagle + delayed ACK (~40 ms a request on loopback).
        raw_headers = [(k.lower().encode(), v.encode()) for k, v in headers.items() if k.lower() != "content-length"]
        raw_headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": body})

    # --- the pipeline -----------------------------------------------------------------------------
    async def handle(self, request: Request) -> tuple[int, bytes, dict[str, str]]:
        """Answer one request: ``(status, body bytes, headers)``.

        Example:
            >>> scope = {"type": "http", "method": "GET", "path": "/api/schema/", "headers": [], "query_string": b""}
            >>> (await server.inner_app.handle(posthog_rest.testing._request.Request(scope)))[0]
            200
        """
        state = self.state
        state.stats["requests"] += 1
        path, method = request.path, request.method
        if path in ("/api/schema/", "/api/schema") and method == "GET":
            return 200, self._schema_body, {"content-type": "application/json"}
        op, path_params, allowed = self._route(path, method)
        if op is None:
            if allowed:
                err = ApiError(405, "invalid_request", "method_not_allowed", f'Method "{method}" not allowed.')
                return self._error(err, {"allow": ", ".join(sorted(allowed))})
            return self._error(ApiError.not_found())
        if removed(op, state.legacy_insight_endpoints):  # PostHog Cloud dropped the route: a plain 404
            return self._error(ApiError.not_found())
        state.stats[f"op:{op.operation_id}"] += 1
        try:
            reply = await self._dispatch(op, request, path_params)
        except ApiError as err:
            reply = Reply(err.status, err.body, headers=dict(err.headers))
        except ClientDisconnectedError:
            raise
        except Exception:  # a bug in the stand-in: make it loud
            trace = traceback.format_exc()
            log.error("stand-in handler crashed: %s", trace)
            state.violations.append(f"{op.operation_id}: unhandled exception\n{trace}")
            reply = Reply(500, envelope("server_error", "error", "A server error occurred."))
        reply.headers.update(environments_headers(op, path))
        return self._finish(op, reply)

    def _route(self, path: str, method: str) -> tuple[Operation | None, dict[str, str], set[str]]:
        allowed: set[str] = set()
        for op in self.ops:
            match = op.regex.match(path)
            if match is None:
                continue
            if op.method == method:
                return op, match.groupdict(), allowed
            allowed.add(op.method)
        if allowed:
            # a literal path (e.g. /insights/activity/) may also match a templated one with this method
            return None, {}, allowed
        return None, {}, allowed

    async def _dispatch(self, op: Operation, request: Request, path_params: dict[str, str]) -> Reply:
        state = self.state
        raw_body = await request.body()
        headers = {k.lower(): v for k, v in request.header_items()}
        query = request.query_items()
        seen = {k: v for k, v in query if k != "personal_api_key"}  # the log never holds a key
        state.received.append(Received(request.method, request.path, seen, raw_body))
        scopes = authenticate(state, extract_key(headers, query, raw_body))
        check_scopes(scopes, op.scopes)
        # Legacy `refresh=true` / `false` are accepted by PostHog: validate them as the mode they mean.
        query = [
            (k, normalize_mode(v) if k == "refresh" and v.lower() in ("true", "false", "1", "0") else v)
            for k, v in query
        ]
        params = coerce_params(op, path_params, query)
        project = self._project(op, params)
        retry_after = self.rate_limiter.check(
            project.id if project else state.current_project_id, category_of(op.handler_name)
        )
        if retry_after is not None:
            state.stats["throttled"] += 1
            raise ApiError(
                429,
                "throttled_error",
                "throttled",
                f"Request was throttled. Expected available in {retry_after} seconds.",
                headers={"Retry-After": str(retry_after)},
            )
        body = validate_body(op, raw_body) if op.method in ("POST", "PATCH", "PUT") else None
        ctx = Ctx(state, op, request, params, body, project)
        return await HANDLERS[op.handler_name](ctx)

    def _project(self, op: Operation, params: dict[str, Any]) -> ProjectData | None:
        if "project_id" not in params:
            return None
        raw = str(params["project_id"])
        pid = self.state.current_project_id if raw == "@current" else int(raw)
        project = self.state.projects.get(pid)
        if project is None:
            raise ApiError.not_found("Project not found.")
        return project

    def _finish(self, op: Operation, reply: Reply) -> tuple[int, bytes, dict[str, str]]:
        headers = dict(reply.headers)
        if reply.raw is not None:
            headers["content-type"] = reply.content_type
            return reply.status, reply.raw, headers
        if self.validate:
            try:
                validate_response(op, reply.status, reply.body, reply.has_body, headers)
            except ResponseViolationError as violation:
                log.error("stand-in response violates the spec: %s", violation)
                self.state.violations.append(str(violation))
                reply = Reply(
                    500,
                    envelope(
                        "server_error",
                        "response_validation_failed",
                        f"The stand-in's response violates the spec: {violation}",
                    ),
                )
                headers = {}
        if not reply.has_body:
            return reply.status, b"", headers
        headers["content-type"] = "application/json"
        return reply.status, json.dumps(reply.body, separators=(",", ":")).encode(), headers

    def _error(self, err: ApiError, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
        return err.status, json.dumps(err.body).encode(), {"content-type": "application/json", **(headers or {})}


def create_app(
    state: State | None = None, *, validate: bool = True, faults: FaultInjector | None = None
) -> FaultInjector:
    """The stand-in as an ASGI app: ``StandInApp`` wrapped in the fault-injecting middleware.

    >>> from posthog_rest.testing import State, create_app
    >>> app = create_app(State(seed=7, persons=10))
    >>> app.app.state.current_project.persons.live_count()
    10
    """
    state = state or State()
    inner = StandInApp(state, validate=validate)
    if faults is None:
        return FaultInjector(inner, state)
    faults.app = inner
    return faults
