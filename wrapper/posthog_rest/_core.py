"""The request-planning layer shared by the sync and async clients, and its two thin executors.

Everything the SDK does is written once as a *plan*: a generator that yields :class:`Call` (one
generated-endpoint call) or :class:`Sleep` steps and receives their results. :func:`run_plan` drives a
plan with blocking I/O, :func:`arun_plan` with ``await``; a bare :class:`Call` is a plan of one step (most
single reads), run without a generator. A :class:`Call` holds a generated operation's
``sync_detailed`` with its arguments bound by ``functools.partial`` (so mypy checks them against the
generated signature); the executors call that operation's ``sync_detailed`` / ``asyncio_detailed`` (or its
environments twin) and turn the outcome into the parsed model or a typed error (:func:`_finish`, shared).

Example:
    >>> from functools import partial
    >>> from posthog_openapi.api.users import users_me_retrieve
    >>> def plan(scope):
    ...     me = yield from Call(partial(users_me_retrieve.sync_detailed), expect=object)
    ...     return me
"""

from __future__ import annotations

import contextvars
import functools
import re
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeAlias, TypeVar

import httpx

from ._config import redact_url
from ._errors import (
    APIConnectionError,
    APIDeprecationWarning,
    APITimeoutError,
    InvalidRequestError,
    PostHogError,
    ResponseValidationError,
    error_from_response,
    looks_like_html,
    parse_failure,
)
from ._operations import operation_module
from ._pacing import LIMITS, Pacer, QueryGate
from ._record import field, record
from ._retry import CURRENT_CALL, HEADER_NAME, NEVER_SENT, CallContext
from ._validate import check_id, check_json

if TYPE_CHECKING:
    from posthog_openapi.client import AuthenticatedClient

T = TypeVar("T")
TimeoutLike: TypeAlias = "float | httpx.Timeout | None"
OK_2XX = frozenset(range(200, 300))


@record(frozen=True)
class Sleep:
    """A plan step: pause for ``seconds`` (``time.sleep`` or ``asyncio.sleep``)."""

    seconds: float


class Call(Generic[T]):
    """A plan step: one call of a generated operation.

    ``request`` is the projects-family operation's ``sync_detailed`` with its arguments bound, all by
    keyword, ``client`` left out (the executor passes it, and maps the operation to its environments twin
    when the client uses that family); ``expect`` is the model class a success parses to (``None``: any);
    ``ok`` the statuses that count as success; ``idempotent`` whether retries are safe.

    Example:
        >>> from posthog_openapi.api.insights import insights_retrieve
        >>> Call(partial(insights_retrieve.sync_detailed, project_id="1", id=5), expect=object)
    """

    # A plain slotted class: one is made per call, and a generated __init__ (@dataclass frozen, or @record)
    # costs 3-10 times as much per instance. Treat it as immutable.
    __slots__ = ("expect", "idempotent", "ok", "request", "timeout")

    def __init__(
        self,
        request: partial[Any],
        expect: type[T] | None,
        idempotent: bool = True,
        timeout: float | httpx.Timeout | None = None,
        ok: frozenset[int] = OK_2XX,
    ) -> None:
        self.request = request
        self.expect = expect
        self.idempotent = idempotent
        self.timeout = timeout
        self.ok = ok

    def __repr__(self) -> str:
        return f"Call({self.operation}, expect={getattr(self.expect, '__name__', None)})"

    @property
    def operation(self) -> str:
        """The generated module of the projects-family operation (``posthog_openapi.api.<tag>.<op>``)."""
        return self.request.func.__module__

    @property
    def kwargs(self) -> Mapping[str, Any]:
        """The operation's bound arguments."""
        return self.request.keywords

    def __iter__(self) -> Generator[Step, Any, T]:
        """``result = yield from call`` inside a plan: yields the step, returns its typed result."""
        result = yield self
        return result  # type: ignore[no-any-return]


Step: TypeAlias = "Call[Any] | Sleep"
Plan: TypeAlias = Generator[Step, Any, T]


@dataclass
class RawResponse(Generic[T]):
    """What ``with_raw_response`` returns: the HTTP status, headers and body, plus the parsed model.

    Example:
        >>> raw = ph.insights.with_raw_response.get(42)
        >>> raw.status_code, raw.headers["content-type"], raw.parse().name
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    method: str
    url: str
    retries: int
    parsed: T

    def parse(self) -> T:
        """The parsed body (the same model the plain call returns).

        Example:
            >>> ph.insights.with_raw_response.get(42).parse().name
        """
        return self.parsed

    def json(self) -> Any:
        """The body decoded as JSON.

        Example:
            >>> ph.insights.with_raw_response.get(42).json()["short_id"]
        """
        return httpx.Response(self.status_code, content=self.content).json()


RAW_CAPTURE: contextvars.ContextVar[list[RawResponse[Any]] | None] = contextvars.ContextVar(
    "posthog_rest_raw", default=None
)


@record
class Connection:
    """The shared state of a client and its ``with_project`` copies: config, generated client, caches."""

    base_url: str
    api_key: str = field(repr=False)  # never shown
    family: str
    generated: AuthenticatedClient
    project_names: dict[str, str] = field(default_factory=dict)
    _modules: dict[str, ModuleType] = field(default_factory=dict)
    #: Bulk-paging pacers by (project id, rate-limit category), shared by every pager (see ``_pacing``).
    pacers: dict[tuple[str, str], Pacer] = field(default_factory=dict)
    #: Whether this client already warned about a ``Deprecation`` / ``Sunset`` answer (once per client).
    deprecation_noticed: bool = False
    #: The stop events of this client's prefetching pagers still alive: closing the client sets them first, so a
    #: page whose socket the close breaks is not retried (nor its retry announced) on a closed client.
    pager_stops: weakref.WeakSet[threading.Event] = field(default_factory=weakref.WeakSet)

    def notice_deprecation(self, headers: httpx.Headers, url: str) -> None:
        """Warn once per client (:class:`~posthog_rest.APIDeprecationWarning`) that PostHog marks ``url`` deprecated."""
        if self.deprecation_noticed or not ("deprecation" in headers or "sunset" in headers):
            return
        self.deprecation_noticed = True
        told = [f"{name}: {headers[name]}" for name in ("Deprecation", "Sunset", "Link") if name in headers]
        warnings.warn(
            f"PostHog marks {url.split('?')[0]} as deprecated ({'; '.join(told)}). With api_family='environments', "
            "switch to the default 'projects' family.",
            APIDeprecationWarning,
            stacklevel=4,
        )

    #: Query API budgets by project id, shared by every method that sends a query (see ``_pacing``).
    gates: dict[str, QueryGate] = field(default_factory=dict)

    def query_gate(self, project_id: str) -> QueryGate:
        """The shared :class:`~posthog_rest._pacing.QueryGate` of one project's Query API traffic."""
        found = self.gates.get(project_id)
        if found is None:
            found = self.gates.setdefault(project_id, QueryGate())
        return found

    def pacer(self, project_id: str, category: str) -> Pacer:
        """The shared :class:`~posthog_rest._pacing.Pacer` of one project's rate-limit category."""
        key = (project_id, category)
        found = self.pacers.get(key)
        if found is None:
            found = self.pacers.setdefault(key, Pacer(LIMITS[category]))
        return found

    def operation(self, call: Call[Any]) -> ModuleType:
        """The generated module to run ``call`` with in this connection's path family."""
        name = call.request.func.__module__
        module = self._modules.get(name)
        if module is None:
            module = self._modules.setdefault(name, operation_module(name, self.family))
        return module

    def context_for(self, call: Call[Any]) -> CallContext:
        """A fresh :class:`CallContext` for ``call`` (idempotency and timeout for the transport).

        Raises :class:`InvalidRequestError` for an object id that is not an integer (nothing is sent).
        """
        check_ids(call.request.keywords)
        timeout = call.timeout
        return CallContext(call.idempotent, None if timeout is None else as_timeout(timeout))


#: A background query's id (PostHog uses hex/UUID-like ids): no "/", "." or "%" that could change the path.
QUERY_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")


def as_timeout(value: float | httpx.Timeout | None, error: type[PostHogError] = InvalidRequestError) -> httpx.Timeout:
    """``value`` seconds as an ``httpx.Timeout`` (at most 10 s of it to connect); ``None`` means no timeout.

    Example:
        >>> as_timeout(60)
        Timeout(connect=10.0, read=60.0, write=60.0, pool=60.0)
    """
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise error(f"timeout must be > 0 seconds (or None for no timeout), got {value!r}")
    return httpx.Timeout(float(value), connect=min(10.0, float(value)))


def check_ids(kwargs: Mapping[str, Any]) -> None:
    """Refuse an ``id`` that is not a non-negative integer (or digits), and a ``query_id`` that is not a plain token.

    A ``query_id`` of ``..`` would otherwise normalise ``…/query/../`` into the project's own URL.

    Example:
        >>> check_ids({"id": "abc"})  # raises InvalidRequestError
        >>> check_ids({"query_id": ".."})  # raises InvalidRequestError
    """
    for name, arg in kwargs.items():
        if type(arg) is str and arg.isascii():  # most path parameters: ASCII text, always plain JSON
            # an id other than the usual one of at most 18 digits (always within 64 bits), or a query id
            if (name == "id" and not (arg.isdigit() and len(arg) < 19)) or name == "query_id":
                _check_id_argument(name, arg)
            continue
        if name in ("id", "query_id"):
            _check_id_argument(name, arg)
        check_json(arg, name)  # bodies and query parameters: plain, finite JSON only


def _check_id_argument(name: str, value: Any) -> None:
    if name == "query_id":
        if value is not None and not (isinstance(value, str) and QUERY_ID.fullmatch(value)):
            raise InvalidRequestError(f"A query id is letters, digits, '-' and '_' only, got {value!r}")
    elif value is not None and value != "@current":  # projects_retrieve's id is a project reference
        check_id(value)


def _where(conn: Connection, ctx: CallContext) -> tuple[str, str]:
    request = ctx.request
    if request is None:
        return "?", conn.base_url
    return request.method, redact_url(str(request.url), conn.api_key)


def _finish(
    conn: Connection, call: Call[T], ctx: CallContext, result: Any, exc: BaseException | None, seen: int = -1
) -> T:
    """Turn a ``*_detailed`` outcome (result or exception) into the parsed model or a typed error.

    The common case (a documented success of the expected type) is decided first, without the method and
    redacted URL every error names: those are made only when something is reported. ``seen``: the generated
    ``UNVERIFIED`` count before the call; when parsing left it unchanged, ``from_dict`` checked every field
    itself and the type check (which walks the whole model) is skipped.
    """
    if exc is not None:
        _raise_for(conn, call, ctx, exc)
    promote, check, mismatch, unverified = _after_parsing()
    status = int(result.status_code)
    parsed = promote(result.parsed)
    http = ctx.response
    headers = http.headers if http is not None else httpx.Headers(result.headers)
    if not conn.deprecation_noticed and _deprecated(headers):
        conn.notice_deprecation(headers, _where(conn, ctx)[1])
    if status in call.ok and (call.expect is None or isinstance(parsed, call.expect)):
        try:
            if unverified.count != seen:
                check(parsed)
        except mismatch as problem:
            method, url = _where(conn, ctx)
            raise ResponseValidationError(
                f"HTTP {status}: the response to {method} {url} does not match the spec: {problem}",
                status=status,
                headers=headers,
                body=result.content,
                **_applied(call, ctx, method, url, True),
            ) from None
        capture = RAW_CAPTURE.get()
        if capture is not None:
            method, url = _where(conn, ctx)
            capture.append(RawResponse(status, headers, result.content, method, url, ctx.retries, parsed))
        return parsed  # type: ignore[no-any-return]
    method, url = _where(conn, ctx)
    if status >= 400:
        raise error_from_response(
            status=status,
            headers=headers,
            content=result.content,
            parsed=parsed,
            **_applied(call, ctx, method, url, status >= 500),
        )
    expected = call.expect.__name__ if call.expect is not None else "a documented response"
    raise ResponseValidationError(
        f"HTTP {status}: unexpected response (expected {expected}, got {_body_kind(result.content, parsed)})",
        status=status,
        headers=headers,
        body=result.content,
        **_applied(call, ctx, method, url, True),
    )


@functools.cache
def _after_parsing() -> tuple[Callable[[Any], Any], Callable[[Any], None], type[Exception], Any]:
    """The wrapper's promotion and type check (and what it raises), and the generated models' count of values
    they kept unchecked: imported on the first call (they load generated models)."""
    from posthog_openapi.types import UNVERIFIED

    from ._models import promote
    from ._strict import SpecMismatchError, check

    return promote, check, SpecMismatchError, UNVERIFIED


def _applied(call: Call[Any], ctx: CallContext, method: str, url: str, maybe: bool) -> dict[str, Any]:
    """An error's common fields; ``may_have_been_applied`` only for writes (a read changes nothing)."""
    return {
        "method": method,
        "url": url,
        "retries": ctx.retries,
        "may_have_been_applied": None if call.idempotent else maybe,
    }


def _deprecated(headers: httpx.Headers) -> bool:
    """Whether PostHog marked the answer deprecated: one pass over the (lower-cased) header names, all in C."""
    return not _DEPRECATION_HEADERS.isdisjoint(map(HEADER_NAME, headers._list))


_DEPRECATION_HEADERS = frozenset({b"deprecation", b"sunset"})


def _raise_for(conn: Connection, call: Call[Any], ctx: CallContext, exc: BaseException) -> NoReturn:
    """The typed error for a ``*_detailed`` call that raised ``exc`` (transport, parsing or our own)."""
    method, url = _where(conn, ctx)
    if isinstance(exc, PostHogError):  # raised by the transport (a refused redirect, too big a body)
        exc.method, exc.url, exc.retries = method, url, ctx.retries
        exc.may_have_been_applied = exc.may_have_been_applied if not call.idempotent else None
        exc.__cause__ = exc.__context__ = None
        raise exc.with_traceback(None)
    sent = not isinstance(exc, NEVER_SENT)
    if isinstance(exc, httpx.TimeoutException):
        raise APITimeoutError(
            f"Request timed out ({type(exc).__name__})", **_applied(call, ctx, method, url, sent)
        ) from None
    if isinstance(exc, httpx.InvalidURL):  # e.g. a query string over httpx's length limit: never sent
        raise InvalidRequestError(f"Invalid request URL: {exc}", **_applied(call, ctx, method, url, False)) from None
    if isinstance(exc, httpx.HTTPError):
        raise APIConnectionError(
            f"Connection error: {type(exc).__name__}: {exc}",
            **_applied(call, ctx, method, url, sent),
        ) from None
    response = ctx.response
    if response is None or not isinstance(exc, Exception):
        raise exc
    if response.status_code >= 400:
        raise error_from_response(
            status=response.status_code,
            headers=response.headers,
            content=response.content,
            **_applied(call, ctx, method, url, response.status_code >= 500),
        ) from None
    raise ResponseValidationError(
        f"HTTP {response.status_code}: the response does not match the spec: {parse_failure(exc, response.content)}",
        status=response.status_code,
        headers=response.headers,
        body=response.content,
        **_applied(call, ctx, method, url, True),
    ) from None


def _body_kind(content: bytes, parsed: Any) -> str:
    """What came back, for a validation error: an HTML page, a non-JSON body, or the parsed type."""
    if looks_like_html(content):
        return "an HTML page"
    if parsed is None and content:
        return "a body that is not the expected JSON"
    if parsed is None:
        return "an empty body"
    return type(parsed).__name__


def execute(conn: Connection, call: Call[T]) -> T:
    """Run one :class:`Call` with blocking I/O."""
    ctx = conn.context_for(call)
    seen = _after_parsing()[3].count
    token = CURRENT_CALL.set(ctx)
    failure: Exception | None = None
    request = call.request
    try:
        module = conn._modules.get(request.func.__module__) or conn.operation(call)
        result = module.sync_detailed(*request.args, client=conn.generated, **request.keywords)
    except Exception as exc:
        failure, result = exc, None
    finally:
        CURRENT_CALL.reset(token)
    # Finished outside the ``except``: the typed error must not chain httpx's (its request holds the key).
    return _finish(conn, call, ctx, result, failure, seen)


async def aexecute(conn: Connection, call: Call[T]) -> T:
    """Run one :class:`Call` with ``await``."""
    ctx = conn.context_for(call)
    seen = _after_parsing()[3].count  # other tasks' parses may move it too: then the check just runs
    token = CURRENT_CALL.set(ctx)
    failure: Exception | None = None
    try:
        result = await conn.operation(call).asyncio_detailed(*call.request.args, client=conn.generated, **call.kwargs)
    except Exception as exc:
        failure, result = exc, None
    finally:
        CURRENT_CALL.reset(token)
    # Finished outside the ``except``: the typed error must not chain httpx's (its request holds the key).
    return _finish(conn, call, ctx, result, failure, seen)


def run_plan(conn: Connection, plan: Plan[T] | Call[T]) -> T:
    """Drive a plan with blocking I/O; errors from a step are thrown into the plan (it may catch them).

    A bare :class:`Call` is a plan of one step: it runs as it is, without a generator to drive (most single
    reads, such as ``insights.get(id)``, are one).
    """
    if isinstance(plan, Call):
        return execute(conn, plan)
    value: Any = None
    error: PostHogError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            continue
        try:
            value = execute(conn, step)
        except PostHogError as exc:
            error = exc


async def arun_plan(conn: Connection, plan: Plan[T] | Call[T]) -> T:
    """Drive a plan with ``await``; same semantics as :func:`run_plan` (a bare :class:`Call` runs as it is)."""
    if isinstance(plan, Call):
        return await aexecute(conn, plan)
    value: Any = None
    error: PostHogError | None = None
    while True:
        try:
            step = plan.throw(error) if error is not None else plan.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        if isinstance(step, Sleep):
            import asyncio  # lazily: sync users never pay for importing asyncio

            await asyncio.sleep(step.seconds)
            continue
        try:
            value = await aexecute(conn, step)
        except PostHogError as exc:
            error = exc


def only(**kwargs: Any) -> dict[str, Any]:
    """The keyword arguments that are not ``None`` (the generated functions want ``UNSET`` left out)."""
    return {k: v for k, v in kwargs.items() if v is not None}
