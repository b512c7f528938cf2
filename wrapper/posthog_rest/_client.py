"""``PostHog`` and ``AsyncPostHog``: configuration, the shared connection, and the resources.

Example:
    >>> from posthog_rest import PostHog
    >>> with PostHog(api_key="phx_…", host="eu", project="Marketing site") as ph:
    ...     print(ph.me().email)
    ...     for insight in ph.insights.list(limit=10):
    ...         print(insight.name)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._client_base import (  # noqa: F401 - DEFAULT_*, USER_AGENT and the aliases are re-exported
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    ApiFamily,
    AuthMode,
    _Common,
)
from ._core import arun_plan, run_plan
from ._http import async_client, sync_client
from ._projects import list_projects_plan
from ._retry import DEFAULT_DEADLINE
from .resources._base import Scope, to_async_raw, to_raw
from .resources._lazy import LazyResource, forget_resources

if TYPE_CHECKING:
    from posthog_openapi.models.project import Project
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse
    from posthog_openapi.models.query_status import QueryStatus
    from posthog_openapi.models.user import User

    from .resources._query_async import AsyncQuery
    from .resources.insights import AsyncInsights, AsyncInsightsWithRawResponse, Insights, InsightsWithRawResponse
    from .resources.persons import AsyncPersons, AsyncPersonsWithRawResponse, Persons, PersonsWithRawResponse
    from .resources.query import Query


# The resources' makers: each imports its module when a client first reads that resource.
def _insights(scope: Scope) -> Insights:
    from .resources.insights import Insights

    return Insights(scope)


def _persons(scope: Scope) -> Persons:
    from .resources.persons import Persons

    return Persons(scope)


def _query(scope: Scope) -> Query:
    from .resources.query import Query

    return Query(scope)


def _async_insights(scope: Scope) -> AsyncInsights:
    from .resources.insights import AsyncInsights

    return AsyncInsights(scope)


def _async_persons(scope: Scope) -> AsyncPersons:
    from .resources.persons import AsyncPersons

    return AsyncPersons(scope)


def _async_query(scope: Scope) -> AsyncQuery:
    from .resources._query_async import AsyncQuery

    return AsyncQuery(scope)


class PostHog(_Common):
    """The PostHog REST API client (blocking I/O).

    Defaults come from ``POSTHOG_PERSONAL_API_KEY``, ``POSTHOG_HOST`` (``"us"``, ``"eu"`` or a URL;
    default US cloud) and ``POSTHOG_PROJECT_ID`` (an id, a project name, or ``"@current"``, the default).

    Example:
        >>> ph = PostHog()                                  # from the environment
        >>> ph = PostHog(api_key="phx_…", host="eu", project="Marketing site", timeout=60, max_retries=4)
        >>> ph.insights.get(short_id="aBc123").name
    """

    # Each is made for the bound project when first read (its module loads then: see resources._lazy).
    insights: LazyResource[Insights] = LazyResource(_insights)
    persons: LazyResource[Persons] = LazyResource(_persons)
    #: The Query API: ``ph.query.sql(...)``, ``ph.query.run(...)``, ``ph.query.export_events(...)``.
    query: LazyResource[Query] = LazyResource(_query)

    def __init__(
        self,
        api_key: str | None = None,
        host: str | None = None,
        project: int | str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        api_family: ApiFamily = "projects",
        allow_insecure_http: bool = False,
        auth: AuthMode = "header",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        key, base_url, ref, timeout_ = self._configure(
            api_key,
            host,
            project,
            timeout=timeout,
            max_retries=max_retries,
            api_family=api_family,
            allow_insecure_http=allow_insecure_http,
            auth=auth,
        )
        settings = self._settings(key, base_url, auth, max_retries, timeout_, max_response_bytes, deadline)
        self._owns_http = True
        self._http = sync_client(settings, http_client)
        generated = self._generated_client(key, base_url, timeout_).set_httpx_client(self._http)
        self._connect(generated, key, base_url, api_family, ref)

    def _bind(self, scope: Scope) -> None:
        self._scope = scope
        forget_resources(self)

    def with_project(self, project: int | str) -> PostHog:
        """A copy bound to another project (id, name or ``@current``), sharing the connection pool.

        Example:
            >>> staging = ph.with_project("Staging")
            >>> staging.insights.list()
        """
        return self._rebind(project)

    @property
    def with_raw_response(self) -> PostHogWithRawResponse:
        """Every method, returning :class:`~posthog_rest.RawResponse` (status, headers, body, parsed).

        Example:
            >>> raw = ph.with_raw_response.insights.get(42)
            >>> raw.status_code, raw.headers["content-type"], raw.parse().name
        """
        return PostHogWithRawResponse(self)

    def project_id(self, *, timeout: float | httpx.Timeout | None = None) -> str:
        """The project's path parameter: its id (a name is looked up once, then cached) or ``@current``.

        Example:
            >>> PostHog(project="Marketing site").project_id()
            '12345'
        """
        return str(run_plan(self._conn, self._scope.project_id(timeout)))

    def me(self, *, timeout: float | httpx.Timeout | None = None) -> User:
        """The key's user, with its current project (``team``) and organizations.

        Example:
            >>> ph.me().team.name
        """
        return run_plan(self._conn, iter(self._me_call(timeout)))

    def projects(self, *, timeout: float | httpx.Timeout | None = None) -> list[Project]:
        """Every project the key can see.

        Example:
            >>> [(p.id, p.name) for p in ph.projects()]
        """
        return run_plan(self._conn, list_projects_plan(self._conn, timeout))

    def current_project(self, *, timeout: float | httpx.Timeout | None = None) -> Project:
        """The client's project.

        Example:
            >>> ph.current_project().timezone
        """
        return run_plan(self._conn, self._project_plan(timeout))

    def query_status(self, query_id: str, *, timeout: float | httpx.Timeout | None = None) -> QueryStatus:
        """The status of a background calculation (``complete``, ``error``, ``error_message``, …).

        Example:
            >>> ph.query_status(insight.query_status.id).complete
        """
        return run_plan(self._conn, self._query_status_plan(query_id, timeout))

    def cancel_query(self, query_id: str, *, timeout: float | httpx.Timeout | None = None) -> QueryCancelResponse:
        """Cancel a background calculation.

        Example:
            >>> ph.cancel_query(err.query_id).message
        """
        return run_plan(self._conn, self._cancel_plan(query_id, timeout))

    def close(self) -> None:
        """Close the client (a ``http_client`` you passed stays open: it is yours).

        Example:
            >>> ph.close()
        """
        for stop in list(self._conn.pager_stops):  # pages on the wire are nobody's now: never retried
            stop.set()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncPostHog(_Common):
    """The PostHog REST API client for asyncio: the same surface as :class:`PostHog`, with ``await``.

    Example:
        >>> async with AsyncPostHog() as aph:
        ...     me = await aph.me()
        ...     async for person in aph.persons.list(where("plan") == "pro", limit=10):
        ...         print(person.id)
    """

    insights: LazyResource[AsyncInsights] = LazyResource(_async_insights)
    persons: LazyResource[AsyncPersons] = LazyResource(_async_persons)
    query: LazyResource[AsyncQuery] = LazyResource(_async_query)

    def __init__(
        self,
        api_key: str | None = None,
        host: str | None = None,
        project: int | str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        api_family: ApiFamily = "projects",
        allow_insecure_http: bool = False,
        auth: AuthMode = "header",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        key, base_url, ref, timeout_ = self._configure(
            api_key,
            host,
            project,
            timeout=timeout,
            max_retries=max_retries,
            api_family=api_family,
            allow_insecure_http=allow_insecure_http,
            auth=auth,
        )
        settings = self._settings(key, base_url, auth, max_retries, timeout_, max_response_bytes, deadline)
        self._owns_http = True
        self._http = async_client(settings, http_client)
        generated = self._generated_client(key, base_url, timeout_).set_async_httpx_client(self._http)
        self._connect(generated, key, base_url, api_family, ref)

    def _bind(self, scope: Scope) -> None:
        self._scope = scope
        forget_resources(self)

    def with_project(self, project: int | str) -> AsyncPostHog:
        """See :meth:`PostHog.with_project`.

        Example:
            >>> staging = aph.with_project(2)
        """
        return self._rebind(project)

    @property
    def with_raw_response(self) -> AsyncPostHogWithRawResponse:
        """See :attr:`PostHog.with_raw_response`.

        Example:
            >>> raw = await aph.with_raw_response.insights.get(42)
        """
        return AsyncPostHogWithRawResponse(self)

    async def project_id(self, *, timeout: float | httpx.Timeout | None = None) -> str:
        """See :meth:`PostHog.project_id`.

        Example:
            >>> await aph.project_id()
        """
        return str(await arun_plan(self._conn, self._scope.project_id(timeout)))

    async def me(self, *, timeout: float | httpx.Timeout | None = None) -> User:
        """See :meth:`PostHog.me`.

        Example:
            >>> (await aph.me()).email
        """
        return await arun_plan(self._conn, iter(self._me_call(timeout)))

    async def projects(self, *, timeout: float | httpx.Timeout | None = None) -> list[Project]:
        """See :meth:`PostHog.projects`.

        Example:
            >>> await aph.projects()
        """
        return await arun_plan(self._conn, list_projects_plan(self._conn, timeout))

    async def current_project(self, *, timeout: float | httpx.Timeout | None = None) -> Project:
        """See :meth:`PostHog.current_project`.

        Example:
            >>> await aph.current_project()
        """
        return await arun_plan(self._conn, self._project_plan(timeout))

    async def query_status(self, query_id: str, *, timeout: float | httpx.Timeout | None = None) -> QueryStatus:
        """See :meth:`PostHog.query_status`.

        Example:
            >>> await aph.query_status("abc")
        """
        return await arun_plan(self._conn, self._query_status_plan(query_id, timeout))

    async def cancel_query(self, query_id: str, *, timeout: float | httpx.Timeout | None = None) -> QueryCancelResponse:
        """See :meth:`PostHog.cancel_query`.

        Example:
            >>> await aph.cancel_query("abc")
        """
        return await arun_plan(self._conn, self._cancel_plan(query_id, timeout))

    async def aclose(self) -> None:
        """Close the client (a ``http_client`` you passed stays open: it is yours).

        Example:
            >>> await aph.aclose()
        """
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class PostHogWithRawResponse:
    """``ph.with_raw_response``: the client's methods returning :class:`~posthog_rest.RawResponse`.

    Example:
        >>> ph.with_raw_response.me().headers
    """

    def __init__(self, client: PostHog) -> None:
        self.insights: InsightsWithRawResponse = client.insights.with_raw_response
        self.persons: PersonsWithRawResponse = client.persons.with_raw_response
        self.me = to_raw(client.me)
        self.current_project = to_raw(client.current_project)
        self.query_status = to_raw(client.query_status)
        self.cancel_query = to_raw(client.cancel_query)


class AsyncPostHogWithRawResponse:
    """``aph.with_raw_response``: the async client's methods returning :class:`~posthog_rest.RawResponse`.

    Example:
        >>> (await aph.with_raw_response.me()).status_code
    """

    def __init__(self, client: AsyncPostHog) -> None:
        self.insights: AsyncInsightsWithRawResponse = client.insights.with_raw_response
        self.persons: AsyncPersonsWithRawResponse = client.persons.with_raw_response
        self.me = to_async_raw(client.me)
        self.current_project = to_async_raw(client.current_project)
        self.query_status = to_async_raw(client.query_status)
        self.cancel_query = to_async_raw(client.cancel_query)
