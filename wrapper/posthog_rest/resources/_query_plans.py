"""The Query API as plans: run any query kind, HogQL with bound values, keyset pages, metadata, actors.

Every query goes through :func:`gated_call`: it books a slot in the project's 240/minute + 2,400/hour
budget and waits for one of PostHog's 3 concurrent-query slots (``_pacing.QueryGate``), shared by every
method of the client that queries (``ph.query.*``, ``ph.insights.trend``). Async ``refresh`` modes answer
202; the plan then polls ``query_status`` with the same plan as insight refreshes
(``_refresh.wait_for_query_plan``) and parses the finished status's results as the kind's response.

Example:
    >>> plans = QueryPlans(scope)
    >>> result = run_plan(conn, plans.sql("SELECT 1", None, refresh=None, name=None, timeout=None))
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from .._core import Call, Plan, Sleep
from .._errors import InvalidRequestError, QueryFailedError, ResponseValidationError
from .._hogql import QueryResult, check_sql, check_values
from .._keyset import KeysetSpec
from .._refresh import (
    BLOCKING_READ_TIMEOUT,
    cancel_query_plan,
    parse_refresh,
    query_status_plan,
    wait_for_query_plan,
)
from ._base import Plans

if TYPE_CHECKING:
    from posthog_openapi.client import AuthenticatedClient, Client
    from posthog_openapi.models.hog_ql_metadata_response import HogQLMetadataResponse
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse
    from posthog_openapi.models.query_request import QueryRequest
    from posthog_openapi.models.query_status import QueryStatus
    from posthog_openapi.types import Response

    from .._core import Connection

#: How often a plan waiting for one of the 3 query slots looks again.
SLOT_POLL_S = 0.01
DEFAULT_QUERY_TIMEOUT = 300.0


class _RunOp(Protocol):
    """The shape every ``query_*_create.sync_detailed`` shares."""

    def __call__(
        self, project_id: str, *, client: AuthenticatedClient | Client, body: QueryRequest
    ) -> Response[Any]: ...


def _operation(kind: str) -> tuple[_RunOp, type]:
    """The generated operation and response model for a query kind (``query_create`` for the others)."""
    from posthog_openapi.api.query import (
        query_actors_query_create,
        query_create,
        query_events_query_create,
        query_funnels_query_create,
        query_hogql_metadata_create,
        query_hogql_query_create,
        query_retention_query_create,
        query_trends_query_create,
    )
    from posthog_openapi.models import (
        actors_query_response,
        events_query_response,
        funnels_query_response,
        hog_ql_metadata_response,
        hog_ql_query_response,
        query_response,
        retention_query_response,
        trends_query_response,
    )

    typed: dict[str, tuple[_RunOp, type]] = {
        "HogQLQuery": (query_hogql_query_create.sync_detailed, hog_ql_query_response.HogQLQueryResponse),
        "EventsQuery": (query_events_query_create.sync_detailed, events_query_response.EventsQueryResponse),
        "ActorsQuery": (query_actors_query_create.sync_detailed, actors_query_response.ActorsQueryResponse),
        "TrendsQuery": (query_trends_query_create.sync_detailed, trends_query_response.TrendsQueryResponse),
        "FunnelsQuery": (query_funnels_query_create.sync_detailed, funnels_query_response.FunnelsQueryResponse),
        "RetentionQuery": (
            query_retention_query_create.sync_detailed,
            retention_query_response.RetentionQueryResponse,
        ),
        "HogQLMetadata": (query_hogql_metadata_create.sync_detailed, hog_ql_metadata_response.HogQLMetadataResponse),
    }
    return typed.get(kind, (query_create.sync_detailed, query_response.QueryResponse))


def as_query_dict(query: Any) -> dict[str, Any]:
    """A query (a ``posthog_models`` model, a dict, or a node read from PostHog) validated by ``posthog_models``
    and dumped to JSON. A node read from PostHog (``insight.query.source``) is sent as its ``to_dict()``, with
    the keys a newer PostHog added that this version does not know; its known fields are validated.

    Example:
        >>> as_query_dict({"kind": "HogQLQuery", "query": "SELECT 1"})["kind"]
        'HogQLQuery'
    """
    from pydantic import BaseModel

    if isinstance(query, BaseModel):
        return _validated(query.model_dump(mode="json", exclude_none=True, by_alias=True))
    if isinstance(query, Mapping):
        return _validated(dict(query))
    if hasattr(type(query), "__attrs_attrs__") and hasattr(query, "to_dict"):
        from posthog_openapi.types import to_known_dict

        _validated(_read_node_dict(query, to_known_dict))
        return _read_node_dict(query)
    raise InvalidRequestError(
        f"query must be a posthog_models query, a dict with 'kind' or a query node read from PostHog, "
        f"got {type(query).__name__}"
    )


def _validated(data: dict[str, Any]) -> dict[str, Any]:
    from pydantic import ValidationError

    from posthog_models import QuerySchema

    try:
        schema = QuerySchema.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        hint = ""
        if first["type"] == "extra_forbidden":
            hint = " (a key PostHog added after this version? pass the node read from PostHog itself, not its dict)"
        raise InvalidRequestError(f"Invalid query ({where}): {first['msg']}{hint}") from None
    dumped: dict[str, Any] = schema.model_dump(mode="json", exclude_none=True, by_alias=True)
    return dumped


INSIGHT_SOURCES = frozenset(
    {"TrendsQuery", "FunnelsQuery", "RetentionQuery", "PathsQuery", "StickinessQuery", "LifecycleQuery"}
)


def insight_query_dict(query: Any) -> dict[str, Any]:
    """An insight's ``query`` field: validated, a bare insight query wrapped in ``InsightVizNode`` and a
    ``HogQLQuery`` in ``DataVisualizationNode`` (as PostHog stores them). A query read from PostHog (an
    insight's ``query``, a generated model) is sent as its ``to_dict()``, keys this SDK does not know included.

    Example:
        >>> from posthog_models import EventsNode, TrendsQuery
        >>> insight_query_dict(TrendsQuery(series=[EventsNode(event="$pageview")]))["kind"]
        'InsightVizNode'
    """
    # A posthog_models node is validated; a dict is the caller's JSON, sent as given (PostHog checks it), and so
    # is a node read from PostHog (``insight.query``): its to_dict() has the keys this version does not know.
    if isinstance(query, Mapping):
        data = dict(query)
    elif hasattr(type(query), "__attrs_attrs__") and hasattr(query, "to_dict"):
        data = _read_node_dict(query)
    else:
        data = as_query_dict(query)
    if data.get("kind") in INSIGHT_SOURCES:
        return {"kind": "InsightVizNode", "source": data}
    if data.get("kind") == "HogQLQuery":
        return {"kind": "DataVisualizationNode", "source": data}
    return data


def _read_node_dict(query: Any, write: Callable[[Any], dict[str, Any]] | None = None) -> dict[str, Any]:
    try:
        data: dict[str, Any] = query.to_dict() if write is None else write(query)
    except (TypeError, ValueError, AttributeError) as exc:  # a field set to something to_dict cannot write
        raise InvalidRequestError(f"Invalid query: {type(exc).__name__}: {exc}") from None
    return data


def build_request(
    query: dict[str, Any], *, refresh: Any, name: str | None, client_query_id: str | None
) -> QueryRequest:
    """The generated ``QueryRequest`` for a validated query dict and the run options."""
    from posthog_openapi.models.query_request import QueryRequest

    mode = parse_refresh(refresh)
    if name is not None and (not isinstance(name, str) or len(name) > 128):
        raise InvalidRequestError(f"name must be a string of at most 128 characters, got {name!r}")
    if query.get("kind") == "HogQLQuery" and set(query) <= {"kind", "query", "values"}:
        return _hogql_request(query, mode, name, client_query_id)
    body: dict[str, Any] = {"query": query}
    for key, value in (("refresh", mode.value if mode else None), ("name", name), ("client_query_id", client_query_id)):
        if value is not None:
            body[key] = value
    try:
        return QueryRequest.from_dict(body)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidRequestError(f"Invalid query request: {type(exc).__name__}: {exc}") from None


def _hogql_request(query: dict[str, Any], mode: Any, name: str | None, client_query_id: str | None) -> QueryRequest:
    """A plain HogQL request built directly: ``from_dict`` would try the union's kinds one by one, on every page."""
    from posthog_openapi.models.hog_ql_query import HogQLQuery
    from posthog_openapi.models.hog_ql_values import HogQLValues
    from posthog_openapi.models.query_request import QueryRequest
    from posthog_openapi.models.refresh_mode import RefreshMode
    from posthog_openapi.types import UNSET

    values = HogQLValues.from_dict(query["values"]) if query.get("values") else UNSET
    request = _prepared_class()(
        query=HogQLQuery(query=query["query"], values=values),
        refresh=RefreshMode(mode.value) if mode is not None else UNSET,
        name=name if name is not None else UNSET,
        client_query_id=client_query_id if client_query_id is not None else UNSET,
    )
    request.json = QueryRequest.to_dict(request)
    prepared: QueryRequest = request
    return prepared


@functools.cache
def _prepared_class() -> type[Any]:
    """``QueryRequest`` with its JSON computed once: the generated ``to_dict`` (a dozen local imports and
    isinstance checks) otherwise runs twice per request, for the JSON check and for the body."""
    from posthog_openapi.models.query_request import QueryRequest

    class PreparedQueryRequest(QueryRequest):
        __slots__ = ("json",)
        json: dict[str, Any]

        def to_dict(self) -> dict[str, Any]:
            return self.json

    return PreparedQueryRequest


def gated_call(conn: Connection, project_id: str, call: Call[Any]) -> Plan[Any]:
    """Send ``call`` inside the project's Query API budget: a paced slot, then one of 3 in-flight slots."""
    gate = conn.query_gate(project_id)
    wait = gate.pacer.reserve()
    if wait > 0:
        yield Sleep(wait)
    while not gate.slots.try_enter():
        yield Sleep(SLOT_POLL_S)
    try:
        return (yield from call)
    finally:
        gate.slots.leave()


def _background_status(answer: Any, response_cls: type) -> Any:
    """The ``query_status`` of an answer that ran in the background (a 202), else ``None``.

    A kind's own operation parses its 200 as the kind's response and only a 202 as the generic
    ``QueryResponse``. A 202 may already be complete (the results then ride in ``query_status.results``).
    ``POST query/`` parses both as ``QueryResponse``: there a status counts when it is still running or
    holds the results the answer lacks.
    """
    from posthog_openapi.models.query_response import QueryResponse
    from posthog_openapi.models.query_status import QueryStatus

    if not isinstance(answer, QueryResponse):
        return None
    status = answer.query_status
    if not isinstance(status, QueryStatus):
        if response_cls is not QueryResponse:
            raise ResponseValidationError("The query runs in the background but its answer has no query_status")
        return None
    if response_cls is not QueryResponse or not status.complete:
        return status
    has_results = type(answer.results).__name__ != "Unset" and answer.results is not None
    return None if has_results else status


def _finished(status: Any, response_cls: type) -> Any:
    """A finished background query's results, parsed as its kind's response."""
    results = getattr(status, "results", None)
    data = results if isinstance(results, Mapping) and "results" in results else {"results": results}
    return response_cls.from_dict(dict(data))  # type: ignore[attr-defined]


class QueryPlans(Plans):
    """Plans of ``ph.query``."""

    def run(
        self,
        query: Any,
        *,
        refresh: Any = None,
        name: str | None = None,
        client_query_id: str | None = None,
        timeout: float | None = None,
        wait: bool = True,
        poll_interval: float = 0.25,
    ) -> Plan[Any]:
        """Plan: run any query kind; with an async refresh mode and ``wait``, poll until it completes."""
        return (
            yield from self.send(
                as_query_dict(query),
                refresh=refresh,
                name=name,
                client_query_id=client_query_id,
                timeout=timeout,
                wait=wait,
                poll_interval=poll_interval,
            )
        )

    def send(
        self,
        data: dict[str, Any],
        *,
        refresh: Any = None,
        name: str | None = None,
        client_query_id: str | None = None,
        timeout: float | None = None,
        wait: bool = True,
        poll_interval: float = 0.25,
    ) -> Plan[Any]:
        """Plan: send a query dict already checked (by ``posthog_models``, or built by the SDK itself: HogQL
        pages skip ``posthog_models``, whose import alone costs more than a page request)."""
        body = build_request(data, refresh=refresh, name=name, client_query_id=client_query_id)
        op, response_cls = _operation(data["kind"])
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
            raise InvalidRequestError(f"timeout must be > 0 seconds, got {timeout!r}")
        project_id = yield from self.scope.project_id()
        call: Call[Any] = Call(
            partial(op, project_id=project_id, body=body),
            expect=None,
            timeout=timeout if timeout is not None else BLOCKING_READ_TIMEOUT,
            ok=frozenset({200, 202}),
        )
        answer = yield from gated_call(self.scope.conn, project_id, call)
        status = _background_status(answer, response_cls)
        if status is None or not wait:
            return answer
        if not status.complete:
            status = yield from wait_for_query_plan(
                project_id,
                status.id,
                timeout=timeout or DEFAULT_QUERY_TIMEOUT,
                poll_interval=poll_interval,
                pace=self.scope.conn.query_gate(project_id).pacer.reserve,
            )
        elif status.error or status.error_message:
            message = status.error_message or "the query failed without a message"
            raise QueryFailedError(f"Query {status.id} failed: {message}", query_id=status.id, detail=message)
        return _finished(status, response_cls)

    def sql(
        self,
        sql: str,
        values: Mapping[str, Any] | None,
        *,
        refresh: Any = None,
        name: str | None = None,
        timeout: float | None = None,
    ) -> Plan[QueryResult]:
        """Plan: one HogQL query, its ``{placeholders}`` bound from ``values`` by the server."""
        query = hogql_query(sql, values)
        answer = yield from self.send(query, refresh=refresh, name=name, timeout=timeout)
        return QueryResult.from_response(answer)

    def validate(self, sql: str, timeout: float | None = None) -> Plan[HogQLMetadataResponse]:
        """Plan: HogQLMetadata for ``sql`` (errors, warnings with positions); nothing runs."""
        query = {"kind": "HogQLMetadata", "language": "hogQL", "query": check_sql(sql)}
        answer: HogQLMetadataResponse = yield from self.send(query, timeout=timeout)
        return answer

    def status(self, query_id: str) -> Plan[QueryStatus]:
        """Plan: a background query's status."""
        project_id = yield from self.scope.project_id()
        status: QueryStatus = yield from query_status_plan(project_id, query_id)
        return status

    def cancel(self, query_id: str) -> Plan[QueryCancelResponse]:
        """Plan: cancel a background query."""
        project_id = yield from self.scope.project_id()
        answer: QueryCancelResponse = yield from cancel_query_plan(project_id, query_id)
        return answer

    def page(
        self, spec: KeysetSpec, cursor: Sequence[Any] | None, *, name: str | None, timeout: float | None
    ) -> Plan[QueryResult]:
        """Plan: the keyset page after ``cursor``."""
        sql, values = spec.page(cursor)
        answer = yield from self.send(
            {"kind": "HogQLQuery", "query": sql, "values": values}, name=name, timeout=timeout
        )
        return QueryResult.from_response(answer)


def hogql_query(sql: str, values: Mapping[str, Any] | None) -> dict[str, Any]:
    """A ``HogQLQuery`` dict with checked values (every placeholder has one; types PostHog can bind).

    Example:
        >>> hogql_query("SELECT {n}", {"n": 1})
        {'kind': 'HogQLQuery', 'query': 'SELECT {n}', 'values': {'n': 1}}
    """
    bound = check_values(check_sql(sql), values)
    query: dict[str, Any] = {"kind": "HogQLQuery", "query": sql}
    if bound:
        query["values"] = bound
    return query


def actors_query(
    select: Sequence[str] | None,
    *,
    search: str | None,
    properties: Sequence[Any] | None,
    order_by: Sequence[str] | None,
    limit: int | None,
) -> dict[str, Any]:
    """An ``ActorsQuery`` dict (validated by ``posthog_models`` when run).

    Example:
        >>> actors_query(["id"], search="bob", properties=None, order_by=None, limit=10)
        {'kind': 'ActorsQuery', 'select': ['id'], 'search': 'bob', 'limit': 10}
    """
    from ._trend_query import property_filters

    if isinstance(select, str):
        raise InvalidRequestError(f"select must be a list of columns, got {select!r}")
    query: dict[str, Any] = {"kind": "ActorsQuery"}
    for key, value in (
        ("select", list(select) if select is not None else None),
        ("search", search),
        ("properties", property_filters(properties) if properties is not None else None),
        ("orderBy", list(order_by) if order_by is not None else None),
        ("limit", limit),
    ):
        if value is not None:
            query[key] = value
    return query


def next_cursor(spec: KeysetSpec, page: QueryResult) -> list[Any] | None:
    """The key of a page's last row (``None`` when the page was the last: fewer rows than asked for)."""
    if len(page.rows) < spec.page_size or not page.rows:
        return None
    last = page.rows[-1]
    return [last[i] for i in spec.key_indexes(page.columns)]


def visible(spec: KeysetSpec, page: QueryResult) -> QueryResult:
    """The page without the key columns added only for paging."""
    if spec.visible is None:
        return page
    n = spec.visible
    return QueryResult(page.columns[:n], page.types[:n], [row[:n] for row in page.rows], page.has_more)
