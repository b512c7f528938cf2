"""What a handler gets (``Ctx``) and returns (``Reply``), the handler registry, and shared helpers."""

from __future__ import annotations

import io
import json
from collections.abc import Awaitable, Callable
from typing import Any

from .._record import field, record
from ._errors import ApiError
from ._request import Request
from ._spec import Operation
from ._state import ProjectData, State

__all__ = ["HANDLERS", "Ctx", "Received", "Reply", "handler", "page_links", "render_csv"]

_MAX_INDEX = 10**12


@record
class Reply:
    """A handler's answer: JSON (``body``), no body (``has_body=False``) or raw bytes (CSV)."""

    status: int
    body: Any = None
    has_body: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    content_type: str = "application/json"


@record(frozen=True)
class Received:
    """A request as the stand-in received it, for tests that check what a client sent (``state.received``)."""

    method: str
    path: str
    query: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON (``None`` when empty)."""
        return json.loads(self.body) if self.body.strip() else None


@record
class Ctx:
    """One request, checked against the spec: coerced ``params``, parsed ``body``, resolved ``project``."""

    state: State
    op: Operation
    request: Request
    params: dict[str, Any]
    body: Any
    project: ProjectData | None

    @property
    def proj(self) -> ProjectData:
        """The request's project (for project-scoped operations)."""
        if self.project is None:  # pragma: no cover - routing guarantees it
            raise ApiError.not_found("Project not found.")
        return self.project

    def limit_offset(self, default_limit: int = 100) -> tuple[int, int]:
        """``limit`` and ``offset``, clamped to sane integers."""
        limit = min(int(self.params.get("limit") or default_limit), _MAX_INDEX)
        offset = min(int(self.params.get("offset") or 0), _MAX_INDEX)
        return limit, offset

    @property
    def wants_csv(self) -> bool:
        """Whether ``format=csv`` was asked for."""
        return self.params.get("format") == "csv"


Handler = Callable[[Ctx], Awaitable[Reply]]
HANDLERS: dict[str, Handler] = {}


def handler(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for operation ids (without the ``environments_`` prefix)."""

    def register(fn: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = fn
        return fn

    return register


def page_links(ctx: Ctx, limit: int, offset: int, has_next: bool) -> tuple[str | None, str | None]:
    """Absolute ``next`` / ``previous`` URLs on the request's own origin (its Host header)."""
    url = ctx.request.url
    nxt = str(url.include_query_params(limit=limit, offset=offset + limit)) if has_next else None
    prev = None
    if offset > 0:
        prev_offset = max(0, offset - limit)
        prev = str(
            url.include_query_params(limit=limit, offset=prev_offset)
            if prev_offset
            else url.remove_query_params("offset").include_query_params(limit=limit)
        )
    return nxt, prev


def _flatten(prefix: str, value: Any, out: dict[str, str]) -> None:
    if isinstance(value, dict) and value:
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    elif isinstance(value, list):
        out[prefix] = ", ".join(v if isinstance(v, str) else json.dumps(v) for v in value)
    elif value is None:
        out[prefix] = ""
    else:
        out[prefix] = value if isinstance(value, str) else json.dumps(value)


def render_csv(rows: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> Reply:
    """Rows as CSV (``text/csv``), nested objects flattened to ``a.b`` columns, like PostHog's renderer."""
    flat: list[dict[str, str]] = []
    columns: dict[str, None] = {}
    for row in rows:
        out: dict[str, str] = {}
        _flatten("", {k: v for k, v in row.items() if k not in skip}, out)
        flat.append(out)
        columns.update(dict.fromkeys(out))
    import csv  # only a format=csv request needs it

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(flat)
    return Reply(200, raw=buf.getvalue().encode(), content_type="text/csv; charset=utf-8")
