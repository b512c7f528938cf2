"""What every resource shares: its scope (connection + project), plan runners and raw-response wrappers.

Example:
    >>> raw = ph.insights.with_raw_response.get(42)
    >>> raw.status_code, raw.retries
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from .._core import RAW_CAPTURE, Call, Connection, Plan, RawResponse, TimeoutLike, arun_plan, run_plan
from .._errors import InvalidRequestError
from .._projects import is_direct, resolve_project_plan
from .._record import field, record
from .._validate import check_fields

T = TypeVar("T")
P = ParamSpec("P")


@record(frozen=True)
class Scope:
    """A connection bound to a project reference (id, name or ``@current``)."""

    conn: Connection
    project: str
    #: The project path parameter when it needs no look-up (an id or ``@current``), else ``None``.
    direct: str | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "direct", self.project if is_direct(self.project) else None)

    def project_id(self, timeout: TimeoutLike = None) -> Plan[str]:
        """Plan: the project path parameter (looks a name up once, then caches it)."""
        return resolve_project_plan(self.conn, self.project, timeout)


class Plans:
    """Base of a resource's plan collections: the scope they resolve the project from."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope


def build_model(cls: type[T], data: Mapping[str, Any], what: str) -> T:
    """A generated request model from a dict via its own ``from_dict``; bad input → InvalidRequestError."""
    try:
        model = cls.from_dict(dict(data))  # type: ignore[attr-defined]
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidRequestError(f"Invalid {what}: {type(exc).__name__}: {exc}") from None
    # Keys no field names land in additional_properties: a typo would be sent and ignored by PostHog.
    names = [a.name for a in cls.__attrs_attrs__ if a.init]  # type: ignore[attr-defined]
    check_fields(getattr(model, "additional_properties", {}), names, f"Invalid {what}:")
    return model  # type: ignore[no-any-return]


def _guard_keywords(fn: Callable[..., Any], owner: str) -> Callable[..., Any]:
    """``fn`` refusing keywords it does not take with :class:`UnexpectedArgumentError` (naming the closest)."""
    params = inspect.signature(fn).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return fn  # free-form fields: build_model checks them against the request model
    names = frozenset(p.name for p in params if p.kind is not inspect.Parameter.VAR_POSITIONAL and p.name != "self")
    where = f"{owner}.{fn.__name__}()"

    def check(kwargs: dict[str, Any]) -> None:
        if kwargs and not names.issuperset(kwargs):
            check_fields(kwargs, names, where)

    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def guarded_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            check(kwargs)
            return await fn(self, *args, **kwargs)

        return guarded_async

    @functools.wraps(fn)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            check(kwargs)
        return fn(self, *args, **kwargs)

    return guarded


class _Guarded:
    """Public methods of subclasses refuse unknown keywords as ``UnexpectedArgumentError`` (also a ``TypeError``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, _guard_keywords(value, cls.__name__.lower().removeprefix("async")))


class SyncResource(_Guarded):
    """Base of sync resources: runs plans with blocking I/O."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def _run(self, plan: Plan[T] | Call[T]) -> T:
        return run_plan(self._scope.conn, plan)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} project={self._scope.project!r}>"


class AsyncResource(_Guarded):
    """Base of async resources: runs plans with ``await``."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def _run(self, plan: Plan[T] | Call[T]) -> T:
        return await arun_plan(self._scope.conn, plan)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} project={self._scope.project!r}>"


def _last(capture: list[RawResponse[Any]], result: T) -> RawResponse[T]:
    if not capture:  # pragma: no cover - every wrapped method makes at least one call
        raise RuntimeError("no HTTP response was recorded")
    return dataclasses.replace(capture[-1], parsed=result)


def to_raw(fn: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a sync method so it returns a :class:`RawResponse` (the last HTTP response + the result).

    Example:
        >>> get = to_raw(ph.insights.get); get(42).headers
    """

    @functools.wraps(fn)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture: list[RawResponse[Any]] = []
        token = RAW_CAPTURE.set(capture)
        try:
            result = fn(*args, **kwargs)
        finally:
            RAW_CAPTURE.reset(token)
        return _last(capture, result)

    return wrapped


def to_async_raw(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Async twin of :func:`to_raw`.

    Example:
        >>> raw = await to_async_raw(aph.insights.get)(42)
    """

    @functools.wraps(fn)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture: list[RawResponse[Any]] = []
        token = RAW_CAPTURE.set(capture)
        try:
            result = await fn(*args, **kwargs)
        finally:
            RAW_CAPTURE.reset(token)
        return _last(capture, result)

    return wrapped
